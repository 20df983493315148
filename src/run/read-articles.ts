/**
 * The first stages of every run (`extract`, `load`, the benchmarks): read the input files
 * (`readSources`, `.jsonl` streamed) and cut each into cleaned articles (`splitArticles`).
 * Problems pass through in input order, and a file that cannot be split becomes one more.
 */
import { readSources } from '../ingest/read-sources';
import { splitArticles } from '../ingest/split-articles';
import type { Article, SourceFile } from '../model/article';
import type { Item } from '../model/item';

/** The articles of one source file, or the problem that it cannot be split. Never throws. */
export function splitSource(file: SourceFile): Item<Article>[] {
  try {
    const articles = splitArticles(file);
    if (articles.length === 0 && file.text.trim() !== '') {
      // Text that is all page furniture (a newsletter teaser, a subscription notice): say so
      // rather than load nothing in silence.
      const where = file.line !== undefined ? `line ${file.line}: ` : '';
      const message = `${where}no article text once page furniture is removed (newsletter, subscription or navigation lines only); nothing loaded`;
      return [{ kind: 'problem', problem: { path: file.path, line: file.line, level: 'warning', message } }];
    }
    return articles.map((article) => ({ kind: 'value', value: article }));
  } catch (err) {
    const where = file.line !== undefined ? `${file.path}:${file.line}` : file.path;
    const message = `${where}: cannot split into articles: ${err instanceof Error ? err.message : String(err)}`;
    return [{ kind: 'problem', problem: { path: file.path, line: file.line, level: 'error', message } }];
  }
}

/** Splits every source file of `sources` into articles, in order; problems pass through. */
export async function* splitSources(sources: AsyncIterable<Item<SourceFile>>): AsyncGenerator<Item<Article>> {
  for await (const item of sources) {
    if (item.kind === 'problem') yield item;
    else yield* splitSource(item.value);
  }
}

/**
 * Reads `paths` (files or folders of `.txt`/`.jsonl`) and yields their cleaned articles in
 * input order. Never throws for bad input: every problem names its file, and the other files go on.
 */
export function readArticles(paths: readonly string[]): AsyncGenerator<Item<Article>> {
  return splitSources(readSources(paths));
}
