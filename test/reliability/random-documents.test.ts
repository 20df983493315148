import fc from 'fast-check';
import { splitArticles } from '../../src/ingest/split-articles';
import { decodeText } from '../../src/ingest/decode-text';
import { extractArticle } from '../../src/pipeline';
import { newsLike } from '../support/news-words';

const documents = fc.oneof(
  newsLike(60),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => {
    const decoded = decodeText(bytes);
    return decoded.ok ? decoded.text : '';
  }),
);

/** 10,000 small random documents (news-like word salad, any Unicode, random bytes) through extraction. */
describe('extraction of random documents', () => {
  it('10,000 random documents: splitting and extraction never throw', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), (text, asRecord) => {
        const source = asRecord
          ? { path: '/in/random.jsonl', name: 'random.jsonl', key: 'random.jsonl', line: 1, text }
          : { path: '/in/random.txt', name: 'random.txt', key: 'random.txt', text };
        for (const article of splitArticles(source)) extractArticle(article);
      }),
      { numRuns: 10_000 },
    );
  }, 240_000);
});
