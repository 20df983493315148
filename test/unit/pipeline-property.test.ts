import fc from 'fast-check';
import { splitArticles } from '../../src/ingest/split-articles';
import type { ArticleResult } from '../../src/model/result';
import { factsOfKind } from '../../src/model/fact';
import { extractArticle } from '../../src/pipeline';
import { sourceFileOf } from '../support/articles';
import { newsLike } from '../support/news-words';

/** Every span of a result lies within the article text, and every span's text is its slice. */
function assertSpans(r: ArticleResult): void {
  const text = r.article.text;
  const inside = (s: { start: number; end: number }): void => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
  };
  for (const s of r.sentences) {
    inside(s);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const e of r.entities) {
    for (const m of e.mentions) {
      inside(m);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const q of factsOfKind(r.facts, 'quote')) {
    inside(q);
    expect(text).toContain(q.text);
    if (q.speaker.span !== undefined) {
      inside(q.speaker.span);
      expect(text.slice(q.speaker.span.start, q.speaker.span.end)).toBe(q.speaker.span.text);
    }
  }
  for (const a of factsOfKind(r.facts, 'attack')) inside(a);
}

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  newsLike(120),
);

describe('pipeline on random text', () => {
  it('never throws and keeps every span inside the article text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const article of splitArticles(sourceFileOf(text, 'random.txt'))) {
          assertSpans(extractArticle(article));
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'unbalanced quotation marks',
      'Talks stall\n\n“We will not give up, the mayor said. Officials said the bridge was hit.\n',
    ],
    [
      'another language',
      'Переговоры\n\nМинистр заявил, что переговоры продолжатся в среду. 会谈将在周三继续。',
    ],
    ['right-to-left text', 'المحادثات\n\nقال الوزير إن المحادثات ستستمر يوم الأربعاء.'],
    ['one very long line', `${'Officials said the harbour was shelled on Monday '.repeat(2000)}`],
  ])('handles %s', (_name, text) => {
    const articles = splitArticles(sourceFileOf(text, 'x.txt'));
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) assertSpans(extractArticle(a));
  });

  it('gives no article, and no error, for text without letters or digits', () => {
    expect(
      splitArticles({
        path: '/in/x.txt',
        name: 'x.txt',
        text: '\u201C\u201C\u201D\u201D"" \u2018\u2019 \u2014 \u2026 ***',
      }),
    ).toEqual([]);
  });
});
