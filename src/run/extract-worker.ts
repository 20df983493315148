/**
 * The worker side of the extraction pool (`extract-pool.ts`): each message is one batch of
 * source files; the worker splits and extracts them on the run path (`splitSource`,
 * `extractItem`) and answers with the batch's results, or only their counts. Its lexicons and
 * gazetteers are loaded once, on the first batch, and kept for the worker's life.
 */
import { parentPort } from 'node:worker_threads';
import type { SourceFile } from '../model/article';
import type { Item } from '../model/item';
import type { ArticleResult } from '../model/result';
import { extractItem } from './extract-articles';
import { splitSource } from './read-articles';

/** What an extraction yields, counted. */
export interface ExtractCounts {
  articles: number;
  entities: number;
  facts: number;
  /** Problems of level `error` (a file or an article that could not be read or extracted). */
  errors: number;
  /** Characters of the cleaned article texts extracted. */
  characters: number;
}

/** One batch for a worker: its number, what to answer with, and its source files (problems pass through). */
export interface WorkerRequest {
  readonly id: number;
  readonly reply: 'counts' | 'results';
  readonly sources: readonly Item<SourceFile>[];
}

export type WorkerReply =
  | { readonly id: number; readonly counts: ExtractCounts }
  | { readonly id: number; readonly items: readonly Item<ArticleResult>[] };

export const zeroCounts = (): ExtractCounts => ({
  articles: 0,
  entities: 0,
  facts: 0,
  errors: 0,
  characters: 0,
});

/** Adds one item of the extraction stage to `counts`. */
export function countItem(counts: ExtractCounts, item: Item<ArticleResult>): void {
  if (item.kind === 'problem') {
    if (item.problem.level === 'error') counts.errors++;
    return;
  }
  counts.articles++;
  counts.entities += item.value.entities.length;
  counts.facts += item.value.facts.length;
  counts.characters += item.value.article.text.length;
}

/** Splits and extracts one batch, as the single-threaded run path does. */
export function extractBatch(request: WorkerRequest): WorkerReply {
  const counts = zeroCounts();
  const items: Item<ArticleResult>[] = [];
  for (const source of request.sources) {
    const articles = source.kind === 'value' ? splitSource(source.value) : [source];
    for (const article of articles) {
      const item = article.kind === 'value' ? extractItem(article.value) : article;
      if (request.reply === 'counts') countItem(counts, item);
      else items.push(item);
    }
  }
  return request.reply === 'counts' ? { id: request.id, counts } : { id: request.id, items };
}

parentPort?.on('message', (request: WorkerRequest) => parentPort?.postMessage(extractBatch(request)));
