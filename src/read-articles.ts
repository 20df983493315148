import { readSources } from './ingest/read-sources';
import { splitArticles } from './ingest/split-articles';
import type { Article, SourceError } from './model/article';

/** What `readArticles` yields: a cleaned article, or a file's error, skip or warning. */
export type ArticleItem =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'error'; readonly error: SourceError }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'warning'; readonly path: string; readonly message: string };

/**
 * Reads `paths` (files or folders of `.txt`/`.jsonl`, streamed) and yields their cleaned
 * articles in input order. Never throws for bad input: a file that cannot be read or split
 * becomes an `error` item naming it, and the other files go on.
 */
export async function* readArticles(paths: readonly string[]): AsyncGenerator<ArticleItem> {
  for await (const item of readSources(paths)) {
    if (item.kind !== 'file') {
      yield item;
      continue;
    }
    const { file } = item;
    let articles: Article[];
    try {
      articles = splitArticles(file);
    } catch (err) {
      const where = file.line !== undefined ? `${file.path}:${file.line}` : file.path;
      const message = `${where}: cannot split into articles: ${err instanceof Error ? err.message : String(err)}`;
      yield { kind: 'error', error: { path: file.path, line: file.line, message } };
      continue;
    }
    for (const article of articles) yield { kind: 'article', article };
  }
}
