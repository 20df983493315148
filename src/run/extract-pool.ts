/**
 * Extraction on worker threads: the main thread reads the source files and sends them in
 * batches (`batchFiles` files a message, at most `maxInFlight` batches queued per worker); each
 * worker (`extract-worker.ts`) loads the lexicons and gazetteers once and splits and extracts its
 * batches. Answers are either each batch's counts (a few numbers a message: the benchmark) or its
 * results, yielded in input order.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../model/article';
import type { Item } from '../model/item';
import type { ArticleResult } from '../model/result';
import { zeroCounts, type ExtractCounts, type WorkerReply, type WorkerRequest } from './extract-worker';

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  readonly threads?: number;
  /** Source files per message (default 32: a `.jsonl` record is one file). */
  readonly batchFiles?: number;
  /** Batches queued per worker at most (default 3). */
  readonly maxInFlight?: number;
  /** The compiled worker script (default `extract-worker.js` beside this module). */
  readonly workerFile?: string;
}

export type { ExtractCounts };

/** Extracts every source on worker threads and returns the counts of what came out. */
export async function countInWorkers(
  sources: AsyncIterable<Item<SourceFile>>,
  options: PoolOptions = {},
): Promise<ExtractCounts> {
  const total = zeroCounts();
  for await (const reply of runPool(sources, 'counts', options)) {
    if (!('counts' in reply)) continue;
    for (const k of Object.keys(total) as (keyof ExtractCounts)[]) total[k] += reply.counts[k];
  }
  return total;
}

/** Extracts every source on worker threads, yielding each article's result (or problem) in input order. */
export async function* extractInWorkers(
  sources: AsyncIterable<Item<SourceFile>>,
  options: PoolOptions = {},
): AsyncGenerator<Item<ArticleResult>> {
  for await (const reply of runPool(sources, 'results', options)) if ('items' in reply) yield* reply.items;
}

/** Runs the batches of `sources` through the workers and yields their replies in batch order. */
async function* runPool(
  sources: AsyncIterable<Item<SourceFile>>,
  reply: WorkerRequest['reply'],
  options: PoolOptions,
): AsyncGenerator<WorkerReply> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const batchFiles = options.batchFiles ?? 32;
  const maxInFlight = options.maxInFlight ?? 3;
  const workers = Array.from(
    { length: threads },
    () => new Worker(options.workerFile ?? join(__dirname, 'extract-worker.js')),
  );
  const inFlight = new Array<number>(threads).fill(0);
  const done = new Map<number, WorkerReply>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const waitForReply = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));
  for (const [i, worker] of workers.entries()) {
    worker.on('message', (answer: WorkerReply) => {
      done.set(answer.id, answer);
      inFlight[i]--;
      signal();
    });
    worker.on('error', (err) => {
      failure ??= err;
      signal();
    });
  }
  let sent = 0;
  let next = 0;
  /** The replies that arrived in order, removed from `done`. */
  function* ready(): Generator<WorkerReply> {
    for (let r = done.get(next); r !== undefined; r = done.get(next)) {
      done.delete(next++);
      yield r;
    }
  }
  try {
    let batch: Item<SourceFile>[] = [];
    const send = async (): Promise<void> => {
      let i = inFlight.indexOf(Math.min(...inFlight));
      while (inFlight[i] >= maxInFlight && failure === undefined) {
        await waitForReply();
        i = inFlight.indexOf(Math.min(...inFlight));
      }
      if (failure) throw failure;
      inFlight[i]++;
      const request: WorkerRequest = { id: sent++, reply, sources: batch };
      workers[i].postMessage(request);
      batch = [];
    };
    for await (const source of sources) {
      batch.push(source);
      if (batch.length >= batchFiles) {
        await send();
        yield* ready();
      }
    }
    if (batch.length > 0) await send();
    while (next < sent) {
      if (failure) throw failure;
      if (!done.has(next)) await waitForReply();
      yield* ready();
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
