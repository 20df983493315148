/**
 * The worker side of the extraction pool (`extract-pool.ts`). A message is one unit of work:
 * a batch of articles the main thread has read (the loader), or a part of the input it has not
 * read (the benchmark and `extractPathsInWorkers`): a run of `.txt` files or a byte range of a
 * `.jsonl` file, which the worker reads, splits and extracts itself on the run path
 * (`readSourceEntry`, `splitSource`, `extractItem`). The reply is the unit's results, or only
 * their counts (a few numbers a message). The lexicons and gazetteers are loaded once, on the
 * first article, and kept for the worker's life.
 */
import { parentPort } from 'node:worker_threads';
import {
  readJsonlPart,
  readSourceEntry,
  type JsonlPartState,
  type JsonlRange,
  type SourceEntry,
} from '../ingest/read-sources';
import type { Article, SourceFile } from '../model/article';
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
  /** UTF-8 bytes of the source texts read (a `.txt` file, a `.jsonl` record's title and body). */
  bytes: number;
}

/** An article's result without its article, which the main thread holds already. */
export type ResultWithoutArticle = Omit<ArticleResult, 'article'>;

/** One unit of work for a worker (see the module comment). */
export type WorkerRequest =
  | { readonly id: number; readonly kind: 'articles'; readonly articles: readonly Article[] }
  | {
      readonly id: number;
      readonly kind: 'files';
      readonly reply: 'counts' | 'results';
      readonly entries: readonly SourceEntry[];
    }
  | {
      readonly id: number;
      readonly kind: 'jsonl';
      readonly reply: 'counts' | 'results';
      readonly entry: SourceEntry;
      readonly range: JsonlRange;
    };

/** Of a `.jsonl` part: whether the file stopped in it, and the index in `items` of its warning of invalid UTF-8. */
export interface PartNotes {
  readonly stopped?: boolean;
  readonly utf8Warning?: number;
}

export type WorkerReply =
  | { readonly id: number; readonly kind: 'articles'; readonly items: readonly Item<ResultWithoutArticle>[] }
  | ({ readonly id: number; readonly kind: 'counts'; readonly counts: ExtractCounts } & PartNotes)
  | ({
      readonly id: number;
      readonly kind: 'results';
      readonly items: readonly Item<ArticleResult>[];
    } & PartNotes)
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

export const zeroCounts = (): ExtractCounts => ({
  articles: 0,
  entities: 0,
  facts: 0,
  errors: 0,
  characters: 0,
  bytes: 0,
});

/** Adds one item of the extraction stage to `counts` (not `bytes`: those are counted as sources are read). */
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

/** Adds `more` to `total`. */
export function addCounts(total: ExtractCounts, more: ExtractCounts): void {
  for (const k of Object.keys(total) as (keyof ExtractCounts)[]) total[k] += more[k];
}

/** Extracts articles the main thread read; each result leaves out its article (the main thread reattaches it). */
export function extractBatch(articles: readonly Article[]): Item<ResultWithoutArticle>[] {
  return articles.map((article): Item<ResultWithoutArticle> => {
    const item = extractItem(article);
    if (item.kind === 'problem') return item;
    const { sentences, entities, facts } = item.value;
    return { kind: 'value', value: { sentences, entities, facts } };
  });
}

/** Reads, splits and extracts one part of the input, answering with its results or their counts. */
async function extractPart(
  request: Extract<WorkerRequest, { kind: 'files' | 'jsonl' }>,
): Promise<WorkerReply> {
  const counts = zeroCounts();
  const items: Item<ArticleResult>[] = [];
  const state: JsonlPartState = { stopped: false };
  let utf8Warning: number | undefined;
  const take = (source: Item<SourceFile>): void => {
    if (source.kind === 'value') counts.bytes += Buffer.byteLength(source.value.text, 'utf8');
    else if (source === state.utf8Warning) utf8Warning = items.length;
    const articles = source.kind === 'value' ? splitSource(source.value) : [source];
    for (const article of articles) {
      const item = article.kind === 'value' ? extractItem(article.value) : article;
      if (request.reply === 'counts') countItem(counts, item);
      else items.push(item);
    }
  };
  if (request.kind === 'files') {
    for (const entry of request.entries) for await (const source of readSourceEntry(entry)) take(source);
  } else {
    for await (const source of readJsonlPart(request.entry, request.range, state)) take(source);
  }
  const notes: PartNotes = {
    ...(state.stopped ? { stopped: true } : {}),
    ...(utf8Warning !== undefined ? { utf8Warning } : {}),
  };
  return request.reply === 'counts'
    ? { id: request.id, kind: 'counts', counts, ...notes }
    : { id: request.id, kind: 'results', items, ...notes };
}

/** Answers one request; a failure of the worker itself (not of an article: those are problems) is a `failed` reply. */
export async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    if (request.kind === 'articles')
      return { id: request.id, kind: 'articles', items: extractBatch(request.articles) };
    return await extractPart(request);
  } catch (err) {
    return { id: request.id, kind: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
