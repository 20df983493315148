/**
 * `npm run bench:extract`: throughput of the whole extraction pipeline (read → split articles →
 * sentences → entities → quotes → attacks) over the shared corpus, through the run path's stages
 * (`src/run/`), first on one thread, then with one worker thread per core (each worker reads,
 * splits and extracts parts of the input itself: `src/run/extract-pool.ts`). Prints MB/s,
 * articles/s and CPU-seconds per MB (all threads: the figure a busy machine disturbs least) for
 * each, and ends with one line of JSON holding those figures.
 *
 *   node dist-tools/bench-extract.js [--corpus ../shared/corpus] [--threads N]
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readSources } from '../dist/ingest/read-sources';
import type { SourceFile } from '../dist/model/article';
import type { Item } from '../dist/model/item';
import { PACKAGE_ROOT } from '../dist/package-root';
import { extractArticles } from '../dist/run/extract-articles';
import { countPathsInWorkers } from '../dist/run/extract-pool';
import { countItem, zeroCounts, type ExtractCounts } from '../dist/run/extract-worker';
import { splitSources } from '../dist/run/read-articles';
import { compileWithoutInlining } from '../dist/run/jit-settings';

/** Figures of one run. */
interface RunFigures {
  readonly threads: number;
  readonly seconds: number;
  /** CPU time of the process (every thread) over the run: steadier than `seconds` on a busy machine. */
  readonly cpuSeconds: number;
  readonly cpuSecondsPerMB: number;
  readonly megabytes: number;
  readonly articles: number;
  readonly mbPerSecond: number;
  readonly articlesPerSecond: number;
  readonly facts: number;
}

/** The clock at the start of a run. */
interface Start {
  readonly wall: bigint;
  readonly cpu: NodeJS.CpuUsage;
}

const now = (): Start => ({ wall: process.hrtime.bigint(), cpu: process.cpuUsage() });

/** The run path's read stage over `paths`, counting the UTF-8 bytes of the files read. */
async function* sources(
  paths: readonly string[],
  bytes: { total: number },
): AsyncGenerator<Item<SourceFile>> {
  for await (const item of readSources(paths)) {
    if (item.kind === 'value') bytes.total += Buffer.byteLength(item.value.text, 'utf8');
    yield item;
  }
}

async function runSingle(paths: readonly string[]): Promise<RunFigures> {
  const started = now();
  const bytes = { total: 0 };
  const total = zeroCounts();
  for await (const item of extractArticles(splitSources(sources(paths, bytes)))) countItem(total, item);
  return figures(1, started, bytes.total, total);
}

/**
 * The same stages on the worker pool of the run path (`src/run/extract-pool.ts`): the workers
 * read, split and extract parts of the input (runs of files, byte ranges of a `.jsonl` file).
 */
async function runWorkers(paths: readonly string[], threads: number): Promise<RunFigures> {
  const started = now();
  const total = await countPathsInWorkers(paths, { threads });
  return figures(threads, started, total.bytes, total);
}

function figures(threads: number, started: Start, bytes: number, counts: ExtractCounts): RunFigures {
  const seconds = Number(process.hrtime.bigint() - started.wall) / 1e9;
  const cpu = process.cpuUsage(started.cpu);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const megabytes = bytes / 1e6;
  return {
    threads,
    seconds: round(seconds),
    cpuSeconds: round(cpuSeconds),
    cpuSecondsPerMB: round(cpuSeconds / megabytes),
    megabytes: round(megabytes),
    articles: counts.articles,
    mbPerSecond: round(megabytes / seconds),
    articlesPerSecond: round(counts.articles / seconds),
    facts: counts.facts + counts.entities,
  };
}

const round = (n: number): number => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const args = await yargs(hideBin(process.argv))
    .option('corpus', { type: 'string', default: resolve(PACKAGE_ROOT, '../shared/corpus') })
    .option('threads', { type: 'number', default: availableParallelism() })
    .strict()
    .parseAsync();
  const paths = ['guardian-ukraine', 'ukraine-news', 'reuters21578.jsonl'].map((p) => join(args.corpus, p));
  const single = await runSingle(paths);
  print('single thread', single);
  const parallel = await runWorkers(paths, args.threads);
  print(`${args.threads} worker threads`, parallel);
  console.log(JSON.stringify({ corpusMB: single.megabytes, single, workers: parallel }));
}

function print(label: string, f: RunFigures): void {
  console.log(
    `${label}: ${f.megabytes} MB, ${f.articles} articles in ${f.seconds} s: ${f.mbPerSecond} MB/s, ${f.articlesPerSecond} articles/s` +
      ` (${f.cpuSeconds} CPU-s, ${f.cpuSecondsPerMB} CPU-s/MB)`,
  );
}

// As the CLI does (src/main.ts): V8's flags are set before any extraction code runs.
compileWithoutInlining();
main().catch((err: unknown) => {
  console.error('bench:extract:', err);
  process.exitCode = 1;
});
