/**
 * Runs extraction over input paths and writes one JSON document to a stream: the exchange
 * format (`eval`) or the full results with provenance (`json`, streamed result by result).
 * Errors, skips and warnings go to `log`; they never stop the other files.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { extractFiles, type ExtractOptions } from '../extract-files';
import type { SourceError } from '../model/article';
import { ExchangeBuilder } from './exchange-json';

/** What `newsgraph extract` writes: the evaluation exchange document or the full results. */
export type ExtractionFormat = 'eval' | 'json';

interface WriteExtractionOptions extends ExtractOptions {
  readonly format: ExtractionFormat;
  /** Where problems and notes go (one line each). */
  readonly log: (line: string) => void;
}

/** What a run did. */
interface ExtractionSummary {
  readonly articles: number;
  readonly errors: readonly SourceError[];
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
  const errors: SourceError[] = [];
  let articles = 0;
  let skipped = 0;
  if (options.format === 'json') await write('{"articles":[\n');
  for await (const item of extractFiles(paths, options)) {
    if (item.kind === 'result') {
      if (options.format === 'json')
        await write(`${articles > 0 ? ',\n' : ''}${JSON.stringify(item.result)}`);
      else builder.add(item.result);
      articles++;
    } else if (item.kind === 'error') {
      errors.push(item.error);
      options.log(`error: ${item.error.message}`);
    } else if (item.kind === 'skipped') {
      skipped++;
      options.log(`skipped: ${item.path}: ${item.reason}`);
    } else {
      options.log(`warning: ${item.path}: ${item.message}`);
    }
  }
  if (options.format === 'json') await write(`\n],"errors":${JSON.stringify(errors)}}\n`);
  else await write(`${JSON.stringify(builder.build(), null, 2)}\n`);
  return { articles, errors, skipped };
}
