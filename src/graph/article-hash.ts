import { createHash } from 'node:crypto';
import type { Article } from '../model/article';

/**
 * Version of the extraction rules. Part of every article's hash, so that an upgrade that
 * changes what is extracted reloads articles whose text did not change.
 */
const EXTRACTOR_VERSION = '2';

/** SHA-256 over what decides an article's facts: its text, title, date, URL and the rules' version. */
export function articleHash(article: Article): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        EXTRACTOR_VERSION,
        article.title,
        article.text,
        article.publishedAt ?? null,
        article.url ?? null,
      ]),
    )
    .digest('hex');
}
