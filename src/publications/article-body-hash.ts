import { createHash } from 'node:crypto';
import type { Article } from '../model/article';

/**
 * The SHA-256 of an article's body with its whitespace normalised (runs of white space as one
 * space, none at the ends): one `Article` node per distinct body, however many files or feeds
 * published it. The body is the text after the title line, so a republication under a new
 * headline is the same article; an article that is only a title is keyed by its title.
 */
export function articleBodyHash(article: Pick<Article, 'text'>): string {
  const cut = article.text.indexOf('\n');
  const body = cut === -1 ? '' : normaliseWhitespace(article.text.slice(cut + 1));
  const keyed = body !== '' ? `body\n${body}` : `title\n${normaliseWhitespace(article.text)}`;
  return createHash('sha256').update(keyed).digest('hex');
}

function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
