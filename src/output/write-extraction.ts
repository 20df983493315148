/**
 * Runs extraction over input paths and writes one JSON document to a stream: the exchange
 * format (`eval`) or the full results with provenance (`json`, streamed result by result).
 * Errors, skips and warnings go to `log`; they never stop the other files.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Problem } from '../model/item';
import { extractPaths, type ExtractOptions } from '../run/extract-articles';
import { canStartPool, defaultExtractThreads, extractPathsInWorkers } from '../run/extract-pool';
import { ExchangeBuilder } from './exchange-json';

/** What `newsgraph extract` writes: the evaluation exchange document or the full results. */
export type ExtractionFormat = 'eval' | 'json';

interface WriteExtractionOptions extends ExtractOptions {
  readonly format: ExtractionFormat;
  /** Where problems and notes go (one line each). */
  readonly log: (line: string) => void;
  /**
   * Worker threads that extract (default as `load`: `defaultExtractThreads`); 0, or an `extract`
   * function given, extracts on the main thread. The output is the same either way.
   */
  readonly extractThreads?: number;
  /** The compiled worker script (tests); without one beside the pool's module, extraction stays on the main thread. */
  readonly workerFile?: string;
}

/** What a run did. */
interface ExtractionSummary {
  readonly articles: number;
  /** The problems of level `error`, in input order. */
  readonly errors: readonly Problem[];
  readonly skipped: number;
}

/** Extracts `paths` and writes the document to `out` (not closed). */
export async function writeExtraction(
  paths: readonly string[],
  out: Writable,
  options: WriteExtractionOptions,
): Promise<ExtractionSummary> {
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const builder = new ExchangeBuilder();
  const errors: Problem[] = [];
  let articles = 0;
  let skipped = 0;
  if (options.format === 'json') await write('{"articles":[\n');
  const threads = options.extract ? 0 : (options.extractThreads ?? defaultExtractThreads());
  const items =
    threads > 0 && canStartPool(options.workerFile)
      ? extractPathsInWorkers(paths, {
          threads,
          ...(options.workerFile ? { workerFile: options.workerFile } : {}),
        })
      : extractPaths(paths, options);
  for await (const item of items) {
    if (item.kind === 'value') {
      if (options.format === 'json') await write(`${articles > 0 ? ',\n' : ''}${JSON.stringify(item.value)}`);
      else builder.add(item.value);
      articles++;
      continue;
    }
    const { problem } = item;
    if (problem.level === 'error') {
      errors.push(problem);
      options.log(`error: ${problem.message}`);
    } else {
      if (problem.level === 'skipped') skipped++;
      options.log(`${problem.level}: ${problem.path}: ${problem.message}`);
    }
  }
  // Each error as the json format has always had it: path, line (for a `.jsonl` record), message.
  const listed = errors.map(({ path, line, message }) => ({ path, line, message }));
  if (options.format === 'json') await write(`\n],"errors":${JSON.stringify(listed)}}\n`);
  else await write(`${JSON.stringify(builder.build(), null, 2)}\n`);
  return { articles, errors, skipped };
}
