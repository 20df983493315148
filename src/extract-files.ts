/**
 * Extraction over input files, without a database: readSources → splitArticles → extractArticle.
 * Yields one item per article result and per error, skip or warning. A bad file (or an article
 * whose extraction throws) becomes an error item naming the file; the other files go on.
 */
import { readArticles } from './read-articles';
import type { Article, SourceError } from './model/article';
import type { ArticleResult } from './model/result';
import { extractArticle } from './pipeline';

/** What `extractFiles` yields. */
export type ExtractItem =
  | { readonly kind: 'result'; readonly result: ArticleResult }
  | { readonly kind: 'error'; readonly error: SourceError }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'warning'; readonly path: string; readonly message: string };

export interface ExtractOptions {
  /** Runs on each article instead of `extractArticle` (tests, workers). */
  readonly extract?: (article: Article) => ArticleResult;
}

/**
 * Reads `paths` (files or folders of `.txt`/`.jsonl`) and extracts every article, in input order.
 * Never throws for bad input: problems are yielded as `error` items.
 */
export async function* extractFiles(
  paths: readonly string[],
  options: ExtractOptions = {},
): AsyncGenerator<ExtractItem> {
  const extract = options.extract ?? extractArticle;
  for await (const item of readArticles(paths)) {
    if (item.kind !== 'article') {
      yield item;
      continue;
    }
    const { article } = item;
    try {
      yield { kind: 'result', result: extract(article) };
    } catch (err) {
      const message = `${failure(article.path, undefined, err)} (article ${article.id})`;
      yield { kind: 'error', error: { path: article.path, message } };
    }
  }
}

function failure(path: string, line: number | undefined, err: unknown): string {
  const where = line !== undefined ? `${path}:${line}` : path;
  return `${where}: extraction failed: ${err instanceof Error ? err.message : String(err)}`;
}
