import { splitArticles } from '../../../src/ingest/split-articles';
import { sourceFileOf } from '../../support/articles';

const BODY =
  'Officials in Tarnow said the new bridge would open in May.\n\n' +
  'The mayor, Ewa Lis, told reporters the work had cost less than planned.';

const only = (text: string) => {
  const [article, ...rest] = splitArticles(sourceFileOf(text, 'page.txt'));
  expect(rest).toEqual([]);
  return article;
};

describe('article titles: the headline, never page furniture', () => {
  it.each([
    ['an audio prompt', 'NEW You can now listen to Daily Herald articles!'],
    ['a newsletter teaser', 'The Garden Hour: A newsletter for only the best gardening tips'],
    [
      'a newsletter excerpt notice',
      'You’re reading an excerpt from the Morning Brief newsletter. Sign up to get the rest free, sent to your inbox every weekday.',
    ],
    ['a dateline with the outlet', 'Krakow Daily Herald Business —'],
  ])('skips %s above the headline', (_label, furniture) => {
    const article = only(`${furniture}\n\nTarnow bridge to open in May\n\n${BODY}`);
    expect(article.title).toBe('Tarnow bridge to open in May');
    expect(article.text).not.toContain(furniture);
  });

  it('titles an article without a headline by its first sentence, and keeps its whole text', () => {
    const article = only(BODY);
    expect(article.title).toBe('Officials in Tarnow said the new bridge would open in May.');
    expect(article.text).toBe(BODY);
  });

  it('cuts a long first sentence at a word break', () => {
    const lede =
      'Officials in the southern Polish city of Tarnow said on Tuesday that the long-delayed bridge over the Dunajec river would finally open to traffic in May after years of disputes.';
    const article = only(
      `${lede}\n\nThe mayor, Ewa Lis, told reporters the work had cost less than planned.`,
    );
    expect(article.title.length).toBeLessThanOrEqual(120);
    expect(article.title).toMatch(/^Officials in the southern Polish city of Tarnow .*\p{L}…$/u);
    expect(article.text.startsWith(lede)).toBe(true);
  });

  it('does not end the first sentence at an initial', () => {
    const article = only(
      `Anna Lis is a professor at the Jan K. Nowak Institute. She studies bridges.\n\n${BODY}`,
    );
    expect(article.title).toBe('Anna Lis is a professor at the Jan K. Nowak Institute.');
  });

  it('keeps a headline as it is', () => {
    expect(only(`Tarnow bridge to open in May, mayor says\n\n${BODY}`).title).toBe(
      'Tarnow bridge to open in May, mayor says',
    );
  });
});
