import { createHash } from 'node:crypto';
import type { Article } from '../model/article';

/**
 * The SHA-256 of an article's body with its whitespace normalised (runs of white space as one
 * space, none at the ends): one `Article` node per distinct body, however many files or feeds
 * published it. The body is the text after the title line, so a republication under a new
 * headline is the same article; an article that is only a title is keyed by its title. An
 * article of a dataset (`load --dataset`) is keyed with its dataset's name too: the same body in
 * two datasets is two articles, one in each.
 */
export function articleBodyHash(article: Pick<Article, 'text' | 'dataset'>): string {
  const cut = article.text.indexOf('\n');
  const body = cut === -1 ? '' : normaliseWhitespace(article.text.slice(cut + 1));
  const text = body !== '' ? `body\n${body}` : `title\n${normaliseWhitespace(article.text)}`;
  // Datasets are held apart: a body is one article per dataset (articles without one share a key).
  const keyed = article.dataset === undefined ? text : `dataset\n${article.dataset}\n${text}`;
  return createHash('sha256').update(keyed).digest('hex');
}

function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
