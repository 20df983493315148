/**
 * The extraction stage of every run: each article through `extractArticle`, an article whose
 * extraction throws becoming a problem that names its file; the other articles go on.
 */
import type { Article } from '../model/article';
import type { Item } from '../model/item';
import type { ArticleResult } from '../model/result';
import { extractArticle } from '../pipeline';
import { readArticles } from './read-articles';

/** How one article is extracted: `extractArticle` unless a caller (a test, a worker) gives another. */
export type ExtractFn = (article: Article) => ArticleResult;

export interface ExtractOptions {
  /** Runs on each article instead of `extractArticle` (tests, workers). */
  readonly extract?: ExtractFn;
}

/** The result of one article, or the problem that its extraction threw. Never throws. */
export function extractItem(article: Article, extract: ExtractFn = extractArticle): Item<ArticleResult> {
  try {
    return { kind: 'value', value: extract(article) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const message = `${article.path}: extraction failed: ${reason} (article ${article.id})`;
    return { kind: 'problem', problem: { path: article.path, level: 'error', message } };
  }
}

/** Extracts every article of `articles`, in order; problems pass through. */
export async function* extractArticles(
  articles: AsyncIterable<Item<Article>>,
  options: ExtractOptions = {},
): AsyncGenerator<Item<ArticleResult>> {
  for await (const item of articles) {
    if (item.kind === 'problem') yield item;
    else yield extractItem(item.value, options.extract);
  }
}

/**
 * Reads `paths` (files or folders of `.txt`/`.jsonl`) and extracts every article, in input
 * order, without a database. Never throws for bad input: every problem names its file.
 */
export function extractPaths(
  paths: readonly string[],
  options: ExtractOptions = {},
): AsyncGenerator<Item<ArticleResult>> {
  return extractArticles(readArticles(paths), options);
}
