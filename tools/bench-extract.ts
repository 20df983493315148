/**
 * `npm run bench:extract`: throughput of the whole extraction pipeline (read → split articles →
 * sentences → entities → quotes → attacks) over the shared corpus, through the run path's stages
 * (`src/run/`), first on one thread, then with one worker thread per core (each worker splits and
 * extracts batches of files). Prints MB/s and articles/s for each, and ends with one line
 * of JSON holding those figures.
 *
 *   node dist-tools/bench-extract.js [--corpus ../shared/corpus] [--threads N]
 */
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readSources } from '../dist/ingest/read-sources';
import type { SourceFile } from '../dist/model/article';
import type { Item } from '../dist/model/item';
import type { ArticleResult } from '../dist/model/result';
import { PACKAGE_ROOT } from '../dist/package-root';
import { extractArticles, extractItem } from '../dist/run/extract-articles';
import { splitSource, splitSources } from '../dist/run/read-articles';

/** Figures of one run. */
interface RunFigures {
  readonly threads: number;
  readonly seconds: number;
  readonly megabytes: number;
  readonly articles: number;
  readonly mbPerSecond: number;
  readonly articlesPerSecond: number;
  readonly facts: number;
}

interface Counts {
  articles: number;
  facts: number;
  errors: number;
}

const BATCH_FILES = 32;
const MAX_BATCHES_IN_FLIGHT = 3;

const zero = (): Counts => ({ articles: 0, facts: 0, errors: 0 });

/** Counts one item of the extraction stage: an article's entities and facts, or an error. */
function count(counts: Counts, item: Item<ArticleResult>): void {
  if (item.kind === 'problem') {
    if (item.problem.level === 'error') counts.errors++;
    return;
  }
  counts.articles++;
  counts.facts += item.value.facts.length + item.value.entities.length;
}

/** In a worker: the run path's split and extract stages over `files`, counting what came out. */
function extractBatch(files: readonly SourceFile[]): Counts {
  const counts = zero();
  for (const file of files) {
    for (const item of splitSource(file))
      count(counts, item.kind === 'value' ? extractItem(item.value) : item);
  }
  return counts;
}

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

/** Reads the corpus as batches of source files for the workers. */
async function* batches(paths: readonly string[], bytes: { total: number }): AsyncGenerator<SourceFile[]> {
  let batch: SourceFile[] = [];
  for await (const item of sources(paths, bytes)) {
    if (item.kind !== 'value') continue;
    batch.push(item.value);
    if (batch.length >= BATCH_FILES) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function runSingle(paths: readonly string[]): Promise<RunFigures> {
  const started = process.hrtime.bigint();
  const bytes = { total: 0 };
  const total = zero();
  for await (const item of extractArticles(splitSources(sources(paths, bytes)))) count(total, item);
  return figures(1, started, bytes.total, total);
}

async function runWorkers(paths: readonly string[], threads: number): Promise<RunFigures> {
  const started = process.hrtime.bigint();
  const workers = Array.from({ length: threads }, () => new Worker(__filename));
  const total = zero();
  const inFlight = new Array<number>(threads).fill(0);
  let wake: (() => void) | undefined;
  for (const [i, worker] of workers.entries()) {
    worker.on('message', (counts: Counts) => {
      add(total, counts);
      inFlight[i]--;
      wake?.();
    });
  }
  const bytes = { total: 0 };
  for await (const batch of batches(paths, bytes)) {
    let i = inFlight.indexOf(Math.min(...inFlight));
    while (inFlight[i] >= MAX_BATCHES_IN_FLIGHT) {
      await new Promise<void>((r) => (wake = r));
      i = inFlight.indexOf(Math.min(...inFlight));
    }
    inFlight[i]++;
    workers[i].postMessage(batch);
  }
  while (inFlight.some((n) => n > 0)) await new Promise<void>((r) => (wake = r));
  await Promise.all(workers.map((w) => w.terminate()));
  return figures(threads, started, bytes.total, total);
}

function add(total: Counts, counts: Counts): void {
  total.articles += counts.articles;
  total.facts += counts.facts;
  total.errors += counts.errors;
}

function figures(threads: number, started: bigint, bytes: number, counts: Counts): RunFigures {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const megabytes = bytes / 1e6;
  return {
    threads,
    seconds: round(seconds),
    megabytes: round(megabytes),
    articles: counts.articles,
    mbPerSecond: round(megabytes / seconds),
    articlesPerSecond: round(counts.articles / seconds),
    facts: counts.facts,
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
    `${label}: ${f.megabytes} MB, ${f.articles} articles in ${f.seconds} s: ${f.mbPerSecond} MB/s, ${f.articlesPerSecond} articles/s`,
  );
}

if (isMainThread) {
  main().catch((err: unknown) => {
    console.error('bench:extract:', err);
    process.exitCode = 1;
  });
} else {
  parentPort?.on('message', (files: SourceFile[]) => parentPort?.postMessage(extractBatch(files)));
}
