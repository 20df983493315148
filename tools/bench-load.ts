/**
 * `npm run bench:load`: loads ../shared/corpus into a fresh database and prints articles/s,
 * nodes and relationships written per second, the time of an unchanged reload and peak
 * memory; compares the batched writer with a naive loader (one transaction per fact) on a
 * subset. The last line is one line of JSON with all figures.
 *
 * Unless NEO4J_URI is given, it runs its own local server instance (`.neo4j/bench`, Bolt 7689 and
 * HTTP 7476, or NEWSGRAPH_BENCH_BOLT_PORT / NEWSGRAPH_BENCH_HTTP_PORT), so it never touches your graph. It resets the database it loads into, so it
 * claims it first: it refuses a database that holds nodes it did not write (one that is not
 * empty and that the benchmark did not claim before) unless NEWSGRAPH_BENCH_ALLOW_RESET=1.
 */
import { join, resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../dist/config';
import { benchConfig } from './bench-config';
import { buildBatch } from '../dist/graph/build-batch';
import { claimDatabase } from '../dist/graph/claim-database';
import { Neo4jWriter } from '../dist/graph/neo4j-writer';
import type { ArticleResult } from '../dist/model/result';
import { openDriver } from '../dist/neo4j/connect';
import { ensureNeo4j } from '../dist/neo4j/ensure-neo4j';
import { PACKAGE_ROOT } from '../dist/package-root';
import { extractPaths } from '../dist/run/extract-articles';
import { loadPaths, type LoadSummary } from '../dist/run/load-paths';
import { limitHeapGrowth } from '../dist/run/heap-settings';
import { naiveWrite } from './naive-load';
import { exportBulk } from '../dist/bulk/export-bulk';
import { importBulk } from '../dist/bulk/import-bulk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { compileWithoutInlining } from '../dist/run/jit-settings';

const SUBSET = 150;
/** The owner name the benchmark claims its database with. */
const BENCH_OWNER = 'newsgraph load benchmark';
const DEFAULT_BOLT_PORT = 7689;
const DEFAULT_HTTP_PORT = 7476;
const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

async function graphSize(writer: Neo4jWriter): Promise<{ nodes: number; relationships: number }> {
  const counts = await writer.stats();
  const sum = (kind: string): number =>
    counts
      .filter((c) => c.kind === kind && c.name !== 'Entity' && c.name !== 'NewsgraphOwner')
      .reduce((s, c) => s + c.count, 0);
  // Entities carry two labels (Entity and their type): count them once, through their type. The
  // benchmark's ownership marker is not part of the graph.
  return { nodes: sum('label'), relationships: sum('relationship') };
}

async function subset(dir: string, n: number): Promise<ArticleResult[]> {
  const out: ArticleResult[] = [];
  for await (const item of extractPaths([dir])) {
    if (item.kind === 'value') out.push(item.value);
    if (out.length >= n) break;
  }
  return out;
}

/**
 * The bulk path on the same corpus, into the emptied database of the bench's own local server:
 * `exportBulk` (extraction and CSV files) then `importBulk` (neo4j-admin, with the server's stop,
 * start and schema). `bulkSeconds` is extraction plus the importer; the server's restart is
 * printed apart. Skipped (null) when NEO4J_URI names another Neo4j: the importer is offline and local.
 */
async function benchBulk(
  config: Config,
  corpus: string,
): Promise<{ bulkSeconds: number; line: string } | null> {
  if (config.neo4j.uriGiven) return null;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-bulk-'));
  try {
    const exported = await exportBulk([corpus], dir, {
      // NEWSGRAPH_EXTRACT_THREADS as for `newsgraph export` (0: extraction on the main thread).
      ...(config.extractThreads === undefined ? {} : { extractThreads: config.extractThreads }),
    });
    const imported = await importBulk(config, dir, () => undefined);
    const bulkSeconds = exported.seconds + imported.importSeconds;
    const line =
      `bulk:   ${exported.articles} articles in ${bulkSeconds.toFixed(1)} s = export ${exported.seconds.toFixed(1)} s ` +
      `(extraction ${exported.extractSeconds.toFixed(1)} s, CSV ${exported.csvSeconds.toFixed(1)} s) + ` +
      `neo4j-admin import ${imported.importSeconds.toFixed(1)} s; ${imported.nodes} nodes, ${imported.relationships} relationships ` +
      `(${Math.round((imported.nodes + imported.relationships) / bulkSeconds)} elements/s; server stop, start and schema: ` +
      `${(imported.seconds - imported.importSeconds).toFixed(1)} s more)`;
    return { bulkSeconds, line };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const corpus = resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared', 'corpus'));
  const config = benchConfig(process.env, 'bench:load', {
    instance: 'bench',
    boltPort: DEFAULT_BOLT_PORT,
    httpPort: DEFAULT_HTTP_PORT,
  });
  const ready = await ensureNeo4j(config, { purpose: 'cli', log: (l) => console.error(l) });
  const driver: Driver = await openDriver(ready.neo4j);
  const db = ready.neo4j.database;
  const writer = new Neo4jWriter(driver, db, config.batchSize);
  try {
    await claimDatabase(driver, db, {
      owner: BENCH_OWNER,
      uri: ready.neo4j.uri,
      allowReset: config.benchAllowReset,
      allowVariable: 'NEWSGRAPH_BENCH_ALLOW_RESET',
    });
    // 1. Naive loader against the batched writer on the same subset.
    const articles = await subset(join(corpus, 'guardian-ukraine'), SUBSET);
    const batch = buildBatch(articles);
    await writer.reset();
    await writer.ensureSchema();
    // Warm-up: the server compiles the write queries and warms its caches once, as the naive
    // loader does in its first few transactions; neither figure should carry that cost.
    await writer.write(batch, []);
    await writer.reset();
    let t = performance.now();
    const transactions = await naiveWrite(driver, db, batch);
    const naiveSeconds = (performance.now() - t) / 1000;
    // The batched write takes a second or two, so one run is at the mercy of a GC pause or
    // another process: take the median of three, each into an emptied database.
    const batchedRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      await writer.reset();
      t = performance.now();
      await writer.write(batch, []);
      batchedRuns.push((performance.now() - t) / 1000);
    }
    const batchedSeconds = [...batchedRuns].sort((a, b) => a - b)[1];
    const ratio = naiveSeconds / batchedSeconds;
    console.log(
      `subset: ${articles.length} articles; naive ${naiveSeconds.toFixed(1)} s (${transactions} transactions), ` +
        `batched ${batchedSeconds.toFixed(2)} s (median of ${batchedRuns.map((x) => x.toFixed(2)).join(', ')}): ${ratio.toFixed(1)}x faster`,
    );

    // 2. The whole corpus into a fresh database, then again unchanged.
    await writer.reset();
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 500);
    // Live heap after a full collection every 5,000 articles (with --expose-gc): flat figures
    // show that memory does not grow with the corpus (RSS also holds freed pages V8 keeps).
    const heapMb: number[] = [];
    const gc = (globalThis as { gc?: () => void }).gc;
    const load = (): Promise<LoadSummary> =>
      loadPaths([corpus], {
        driver,
        database: db,
        batchSize: config.batchSize,
        // NEWSGRAPH_EXTRACT_THREADS as for `newsgraph load` (0: extraction on the main thread).
        ...(config.extractThreads === undefined ? {} : { extractThreads: config.extractThreads }),
        onProgress: (p) => {
          if (gc && Math.floor(p.articles / 5000) > heapMb.length) {
            gc();
            heapMb.push(mb(process.memoryUsage().heapUsed));
          }
        },
      });
    // As the load command does; the bulk export below keeps V8's own heap growth, as its command does.
    const liftHeapCap = limitHeapGrowth();
    const first = await load();
    const firstRss = [...rss];
    const size = await graphSize(writer);
    const second = await load();
    clearInterval(sampler);
    liftHeapCap();
    const peak = Math.max(...rss, process.resourceUsage().maxRSS * 1024);
    // RSS at the end of each quarter of the first load: flat figures mean memory does not grow with the corpus.
    const quarter = (q: number): number =>
      mb(firstRss[Math.max(0, Math.ceil((firstRss.length * q) / 4) - 1)] ?? 0);
    const figures = {
      articles: first.articles,
      failed: first.failed,
      loadSeconds: +first.seconds.toFixed(1),
      articlesPerSecond: +(first.articles / first.seconds).toFixed(1),
      nodes: size.nodes,
      relationships: size.relationships,
      nodesPerSecond: Math.round(size.nodes / first.seconds),
      relationshipsPerSecond: Math.round(size.relationships / first.seconds),
      reloadSeconds: +second.seconds.toFixed(1),
      reloadShare: +(second.seconds / first.seconds).toFixed(3),
      reloadSkipped: second.skipped,
      peakRssMb: mb(peak),
      rssByQuarterMb: [1, 2, 3, 4].map(quarter),
      heapAfterGcEvery5000Mb: heapMb,
      naiveSeconds: +naiveSeconds.toFixed(1),
      batchedSeconds: +batchedSeconds.toFixed(2),
      batchedOverNaive: +ratio.toFixed(1),
      subsetArticles: articles.length,
    };
    console.log(
      `load:   ${figures.articles} articles in ${figures.loadSeconds} s = ${figures.articlesPerSecond} articles/s; ` +
        `${figures.nodes} nodes (${figures.nodesPerSecond}/s), ${figures.relationships} relationships (${figures.relationshipsPerSecond}/s)`,
    );
    console.log(
      `reload: ${figures.reloadSeconds} s unchanged (${(figures.reloadShare * 100).toFixed(1)}% of the first load), ${figures.reloadSkipped} skipped`,
    );
    console.log(
      `memory: peak RSS ${figures.peakRssMb} MB; RSS at each quarter of the run ${figures.rssByQuarterMb.join(', ')} MB; live heap after GC every 5,000 articles ${heapMb.join(', ')} MB`,
    );
    // 3. The bulk path, side by side (it stops and restarts the server: last).
    await writer.reset();
    await driver.close();
    const bulk = await benchBulk(config, corpus);
    if (bulk !== null) console.log(bulk.line);
    console.log(
      JSON.stringify({ ...figures, bulkSeconds: bulk === null ? null : +bulk.bulkSeconds.toFixed(1) }),
    );
  } finally {
    await driver.close();
    await ready.stop();
  }
}

// As the CLI does (src/main.ts): V8's flags are set before any extraction code runs.
compileWithoutInlining();
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
