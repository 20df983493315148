/**
 * Extraction on worker threads. An {@link ExtractPool} starts its workers on the first request
 * (`extract-worker.ts`; each loads the lexicons and gazetteers once) and hands them units of
 * work from one queue, at most `maxInFlight` a worker, so a worker that finishes early takes
 * the next unit. Two kinds of unit:
 *
 * - **articles the main thread read** (`extract`, the loader): one message a batch, each
 *   result coming back without its article, which the main thread holds and reattaches;
 * - **parts of the input** (`extractPathsInWorkers`, `countPathsInWorkers`: the benchmark):
 *   the main thread only walks the paths (`walkSources`) and cuts each `.jsonl` file into byte
 *   ranges (`jsonl-ranges.ts`); the workers read, split and extract the files themselves, and
 *   answer with results or with a few counts.
 *
 * Results come out in input order, with the problems of the run path in their places.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { walkSources, type SourceEntry } from '../ingest/read-sources';
import type { Article, SourceFile } from '../model/article';
import type { Item } from '../model/item';
import type { ArticleResult } from '../model/result';
import { WORKER_RESOURCE_LIMITS } from './heap-settings';
import { jsonlRanges } from './jsonl-ranges';
import {
  addCounts,
  zeroCounts,
  type ExtractCounts,
  type ResultWithoutArticle,
  type WorkerReply,
  type WorkerRequest,
} from './extract-worker';

export type { ExtractCounts };

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  readonly threads?: number;
  /** Units of work sent to a worker before it answers (default 2: it never waits for the next). */
  readonly maxInFlight?: number;
  /** The compiled worker script (default `extract-worker.js` beside this module). */
  readonly workerFile?: string;
}

/** The worker script beside this module; absent when the module runs from sources (ts-jest). */
export const DEFAULT_WORKER_FILE = join(__dirname, 'extract-worker.js');

/** True when `workerFile` (default: the one beside this module) exists, so a pool can start. */
export const canStartPool = (workerFile: string = DEFAULT_WORKER_FILE): boolean => existsSync(workerFile);

/**
 * Extraction threads of an export or `extract` by default: one per core but one, which the main
 * thread (reading, building the graph or the document) keeps; at least one.
 */
export const defaultExtractThreads = (): number => Math.max(1, availableParallelism() - 1);

/**
 * Extraction threads of a load by default: one per core but two, since the main thread (reading,
 * hashing, building and sending the batches) and Neo4j each keep one; none on two cores or fewer.
 * With none, the main thread extracts the next group ahead while Neo4j writes the group before
 * (`extractAhead`): the write is the slower of the two, so a worker there only adds its own
 * heap, lexicons and JIT warm-up (on two cores, alternated loads of the corpus took the same time
 * with and without one, and about 150 MB more memory with one).
 */
export const defaultLoadThreads = (): number => Math.max(0, availableParallelism() - 2);

/** A request before its id is given. */
type Unit = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

interface Task {
  readonly unit: Unit;
  readonly resolve: (reply: WorkerReply) => void;
  readonly reject: (error: Error) => void;
  worker?: number;
}

/** Worker threads extracting units of work from one queue (see the module comment). */
export class ExtractPool {
  readonly threads: number;
  private readonly maxInFlight: number;
  private readonly workerFile: string;
  private workers: Worker[] = [];
  private readonly inFlight: number[];
  private readonly queue: Task[] = [];
  private readonly sent = new Map<number, Task>();
  private nextId = 0;
  private failure: Error | undefined;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.threads = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 2);
    this.workerFile = options.workerFile ?? DEFAULT_WORKER_FILE;
    this.inFlight = new Array<number>(this.threads).fill(0);
  }

  /** Extracts `articles` on one worker: their results or problems, in the same order. */
  async extract(articles: readonly Article[]): Promise<Item<ArticleResult>[]> {
    if (articles.length === 0) return [];
    const reply = await this.run({ kind: 'articles', articles });
    if (reply.kind !== 'articles') throw new Error(`extraction worker answered ${reply.kind} to articles`);
    return reply.items.map((item, i): Item<ArticleResult> =>
      item.kind === 'problem' ? item : { kind: 'value', value: withArticle(item.value, articles[i]) },
    );
  }

  /** Runs one unit on the first worker free; rejects when a worker fails or the pool is closed. */
  run(unit: Unit): Promise<WorkerReply> {
    return new Promise<WorkerReply>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      if (this.closed) return reject(new Error('the extraction pool is closed'));
      this.queue.push({ unit, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; units not answered yet are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    this.fail(new Error('the extraction pool is closed'));
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): void {
    this.workers = Array.from({ length: this.threads }, (_, i) => {
      const worker = new Worker(this.workerFile, { resourceLimits: WORKER_RESOURCE_LIMITS });
      worker.on('message', (reply: WorkerReply) => this.answered(i, reply));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  private dispatch(): void {
    if (this.failure || this.closed) return;
    if (this.workers.length === 0 && this.queue.length > 0) this.start();
    while (this.queue.length > 0) {
      const free = Math.min(...this.inFlight);
      if (free >= this.maxInFlight) return;
      const w = this.inFlight.indexOf(free);
      const task = this.queue.shift() as Task;
      const id = this.nextId++;
      task.worker = w;
      this.sent.set(id, task);
      this.inFlight[w]++;
      this.workers[w].postMessage({ ...task.unit, id } as WorkerRequest);
    }
  }

  private answered(worker: number, reply: WorkerReply): void {
    const task = this.sent.get(reply.id);
    if (task === undefined) return;
    this.sent.delete(reply.id);
    this.inFlight[worker]--;
    if (reply.kind === 'failed') task.reject(new Error(`extraction worker failed: ${reply.message}`));
    else task.resolve(reply);
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const tasks = [...this.sent.values(), ...this.queue.splice(0)];
    this.sent.clear();
    for (const task of tasks) task.reject(this.failure);
  }
}

/** The result of `article` from a worker's reply, which left the article out. */
const withArticle = (result: ResultWithoutArticle, article: Article): ArticleResult => ({
  article,
  sentences: result.sentences,
  entities: result.entities,
  facts: result.facts,
});

export interface PathsOptions extends PoolOptions {
  /** Bytes of a `.jsonl` file per unit (default 1 MB). */
  readonly partBytes?: number;
  /** `.txt` files per unit at most (default 64; fewer when they pass `partBytes`). */
  readonly filesPerPart?: number;
}

/**
 * Reads and extracts `paths` on worker threads and counts what came out: the figures of
 * {@link extractPathsInWorkers} without sending the results back (the benchmark).
 */
export async function countPathsInWorkers(
  paths: readonly string[],
  options: PathsOptions = {},
): Promise<ExtractCounts> {
  const total = zeroCounts();
  for await (const reply of runParts(paths, 'counts', options)) {
    if ('problem' in reply) {
      if (reply.problem.level === 'error') total.errors++;
    } else if (reply.kind === 'counts') addCounts(total, reply.counts);
  }
  return total;
}

/**
 * Reads `paths` (files or folders of `.txt`/`.jsonl`) and extracts every article on worker
 * threads, yielding the same items in the same order as `extractPaths` on one thread.
 */
export async function* extractPathsInWorkers(
  paths: readonly string[],
  options: PathsOptions = {},
): AsyncGenerator<Item<ArticleResult>> {
  for await (const reply of runParts(paths, 'results', options)) {
    if ('problem' in reply) yield reply;
    else if (reply.kind === 'results') yield* reply.items;
  }
}

/** A walk problem (answered at once) or a unit's reply, as they come out in input order. */
type PartOut = Extract<Item<SourceFile>, { kind: 'problem' }> | WorkerReply;

/**
 * Cuts the input of `paths` into units, runs them on a pool and yields the answers in input
 * order. The parts of one `.jsonl` file after the part where the file stopped (abandoned, or
 * unreadable) are dropped, and so is every warning of invalid UTF-8 of a file but its first, as
 * a whole read of the file would do.
 */
async function* runParts(
  paths: readonly string[],
  reply: 'counts' | 'results',
  options: PathsOptions,
): AsyncGenerator<PartOut> {
  const pool = new ExtractPool(options);
  const partBytes = options.partBytes ?? 1 << 20;
  const filesPerPart = options.filesPerPart ?? 64;
  /** Units sent ahead of the one yielded next, at most (bounds the results held). */
  const ahead = pool.threads * 4;
  const pending: { readonly out: Promise<PartOut>; readonly file?: string; readonly part?: number }[] = [];
  const stopped = new Set<string>();
  const warned = new Set<string>();
  const settle = (out: Promise<PartOut>): Promise<PartOut> => {
    out.catch(() => undefined); // awaited in order below; until then a failure is not unhandled
    return out;
  };
  /** What of a unit's answer comes out (see above); undefined when nothing does. */
  const keepOf = (unit: (typeof pending)[number], out: PartOut): PartOut | undefined => {
    if ('problem' in out || unit.file === undefined) return out;
    if (stopped.has(unit.file) && (unit.part ?? 0) > 0) return undefined;
    if ('stopped' in out && out.stopped) stopped.add(unit.file);
    if (!('utf8Warning' in out) || out.utf8Warning === undefined) return out;
    if (!warned.has(unit.file)) {
      warned.add(unit.file);
      return out;
    }
    const at = out.utf8Warning;
    return out.kind === 'results' ? { ...out, items: out.items.filter((_, i) => i !== at) } : out;
  };
  /** Yields the answers of the units sent so far, in order, until at most `keep` are left. */
  async function* flush(keep: number): AsyncGenerator<PartOut> {
    while (pending.length > keep) {
      const unit = pending.shift() as (typeof pending)[number];
      const kept = keepOf(unit, await unit.out);
      if (kept !== undefined) yield kept;
    }
  }
  try {
    let files: SourceEntry[] = [];
    let filesBytes = 0;
    const sendFiles = (): void => {
      if (files.length === 0) return;
      pending.push({ out: settle(pool.run({ kind: 'files', reply, entries: files })) });
      files = [];
      filesBytes = 0;
    };
    for await (const entry of walkSources(paths)) {
      if ('kind' in entry) {
        sendFiles();
        if (entry.kind === 'problem') pending.push({ out: Promise.resolve(entry) });
      } else if (entry.type === 'txt') {
        files.push(entry);
        filesBytes += entry.size;
        if (files.length >= filesPerPart || filesBytes >= partBytes) sendFiles();
      } else {
        sendFiles();
        const ranges = await jsonlRanges(entry.path, partBytes).catch(() => [{ start: 0, firstLine: 1 }]);
        for (const [part, range] of ranges.entries()) {
          yield* flush(ahead);
          pending.push({
            out: settle(pool.run({ kind: 'jsonl', reply, entry, range })),
            file: entry.path,
            part,
          });
        }
      }
      yield* flush(ahead);
    }
    sendFiles();
    yield* flush(0);
  } finally {
    await pool.close();
  }
}
