/** Source files, articles and article results for tests. */
import type { Article, SourceFile } from '../../src/model/article';
import type { ArticleResult } from '../../src/model/result';

/** A source file `name` (in `/in/`) holding `text`. */
export const sourceFileOf = (text: string, name = 't.txt'): SourceFile => ({
  path: `/in/${name}`,
  name,
  text,
});

/**
 * An article over `text`, from the file `t.txt`, its title the first line of the text;
 * `more` overrides any field (another source, a publication date, no title).
 */
export function articleOf(text: string, more: Partial<Article> = {}): Article {
  return {
    id: 't.txt#0',
    source: 't.txt',
    path: 't.txt',
    index: 0,
    title: text.split('\n')[0],
    text,
    ...more,
  };
}

/** The article `index` of the file `source`, its title and text both "T". */
export const articleIn = (source: string, index = 0): Article =>
  articleOf('T', { id: `${source}#${index}`, source, path: `/in/${source}`, index });

/** An extraction result for `article`: no sentences, entities or facts unless given. */
export function resultOf(
  article: Article,
  parts: Partial<Omit<ArticleResult, 'article'>> = {},
): ArticleResult {
  return { article, sentences: [], entities: [], facts: [], ...parts };
}
