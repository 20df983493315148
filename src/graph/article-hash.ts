import { createHash } from 'node:crypto';
import type { Article } from '../model/article';

/**
 * Version of the extraction rules. Part of every article's hash, so that an upgrade that
 * changes what is extracted reloads articles whose text did not change.
 */
const EXTRACTOR_VERSION = '6';

/**
 * Version of the article ids (stored as `Article.idScheme`). 3: ids start with the name of the
 * loaded folder (`guardian-ukraine/001.txt#0`), so files of one relative path in different
 * folders are different articles; 2: the path relative to the loaded folder, and a `.jsonl`
 * record's URL when it has no id; 1 (unstored): the file's base name. Part of the hash too, so that the first load after the change rewrites every article
 * and marks it; an article of scheme 1 under an old id is then replaced, not duplicated.
 */
export const ARTICLE_ID_SCHEME = 3;

/** The hashes of the articles hashed so far: a load asks for an article's hash up to three times (extraction ahead, the group's plan, the batch). */
const hashes = new WeakMap<Article, string>();

/** SHA-256 over what decides an article's facts: its text, title, date, URL and the rules' version. */
export function articleHash(article: Article): string {
  let hash = hashes.get(article);
  if (hash === undefined) {
    hash = hashOf(article);
    hashes.set(article, hash);
  }
  return hash;
}

function hashOf(article: Article): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        EXTRACTOR_VERSION,
        ARTICLE_ID_SCHEME,
        article.title,
        article.text,
        article.publishedAt ?? null,
        article.url ?? null,
      ]),
    )
    .digest('hex');
}
