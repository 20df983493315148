/** `extract()`: the extraction of files and folders, without a database. */
import type { Problem } from '../model/item';
import type { ArticleResult } from '../model/result';
import { extractPaths } from '../run/extract-articles';

export interface ExtractResult {
  /** Per article, in input order: its sentences, entities with their mentions, and facts. */
  readonly articles: readonly ArticleResult[];
  /** Files (or records) that could not be read or extracted, each naming the file and the reason. */
  readonly problems: readonly Problem[];
}

/**
 * Extracts entities, quotes and attacks from files and folders of `.txt` and `.jsonl`, as
 * `newsgraph extract --format json` does, without a database. Never throws for bad input:
 * each bad file is one of `problems`. For corpora too large to hold, iterate `extractPaths`.
 *
 * @example
 * const { articles } = await extract(['seeds']);
 * const quotes = articles.flatMap((a) => a.facts.filter((f) => f.kind === 'quote'));
 */
export async function extract(paths: readonly string[]): Promise<ExtractResult> {
  const articles: ArticleResult[] = [];
  const problems: Problem[] = [];
  for await (const item of extractPaths(paths)) {
    if (item.kind === 'value') articles.push(item.value);
    else problems.push(item.problem);
  }
  return { articles, problems };
}
