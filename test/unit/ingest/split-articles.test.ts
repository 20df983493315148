import type { SourceFile } from '../../../src/model/article';
import { MAX_ARTICLE_CHARS, splitArticles } from '../../../src/ingest/split-articles';
import { sourceFileOf } from '../../support/articles';

const p1 = 'The city council approved the harbour budget on Tuesday after a long debate.';
const p2 = 'Residents said the new ferry line would cut their travel time by half.';
const p3 = 'Rescue teams searched the valley for survivors after the river burst its banks.';

describe('splitArticles', () => {
  it('makes one article of a plain file, the first line as title, furniture removed', () => {
    const [article, ...rest] = splitArticles(
      sourceFileOf(['Council backs harbour plan', '', p1, 'Advertisement', p2].join('\n'), 'page.txt'),
    );
    expect(rest).toEqual([]);
    expect(article).toMatchObject({
      id: 'page.txt#0',
      source: 'page.txt',
      index: 0,
      title: 'Council backs harbour plan',
    });
    expect(article.text).toBe(`Council backs harbour plan\n\n${p1}\n${p2}`);
  });

  it('skips leading furniture when choosing the title', () => {
    const [article] = splitArticles(
      sourceFileOf(
        ['Connect with us', 'Advertisement', 'Council backs harbour plan', p1].join('\n'),
        'page.txt',
      ),
    );
    expect(article.title).toBe('Council backs harbour plan');
  });

  it('splits a file holding several pages, each with its headline and Published block', () => {
    const page = (section: string, title: string, para: string): string[] => [
      section,
      '',
      title,
      '',
      'Published',
      '',
      'on',
      '',
      title,
      '',
      para,
      '',
      'Continue Reading',
    ];
    const text = [
      'Connect with us',
      '',
      ...page('News', 'Council backs harbour plan', p1),
      '',
      ...page('News', 'Floods sweep the valley', p3),
    ].join('\n');
    const articles = splitArticles(sourceFileOf(text, 'multi.txt'));
    expect(articles.map((a) => [a.id, a.title, a.text])).toEqual([
      ['multi.txt#0', 'Council backs harbour plan', `Council backs harbour plan\n\n${p1}`],
      ['multi.txt#1', 'Floods sweep the valley', `Floods sweep the valley\n\n${p3}`],
    ]);
  });

  it('does not start a new article at a capitalised line inside a body', () => {
    const text = [
      'Council backs harbour plan',
      '',
      p1,
      '',
      'What Happens Next',
      '',
      p2,
      '',
      'The Vote',
      p3,
    ].join('\n');
    const articles = splitArticles(sourceFileOf(text, 'page.txt'));
    expect(articles).toHaveLength(1);
    expect(articles[0].text).toContain('What Happens Next');
  });

  it('does not take a teaser of another story for the article', () => {
    const text = ['Council backs harbour plan', p1, 'Read more', 'Floods sweep the valley', '', p2].join(
      '\n',
    );
    const [article] = splitArticles(sourceFileOf(text, 'page.txt'));
    expect(article.text).not.toContain('Floods sweep the valley');
    expect(article.text).toContain(p2);
  });

  it('reads the publication date from a timestamp line under the title and removes that line', () => {
    const [article] = splitArticles(
      sourceFileOf(['Council backs harbour plan', '2022-08-01T16:23:25Z', '', p1].join('\n'), 'page.txt'),
    );
    expect(article.publishedAt).toBe('2022-08-01T16:23:25Z');
    expect(article.text).toBe(`Council backs harbour plan\n\n${p1}`);
  });

  it('takes the publication date from a timestamp in the file name', () => {
    const [article] = splitArticles(
      sourceFileOf(`Council backs harbour plan\n${p1}`, '20240507T131500Z_XX_en_abc.txt'),
    );
    expect(article.publishedAt).toBe('2024-05-07T13:15:00Z');
  });

  it('makes one article of a jsonl record with its id, title and date', () => {
    const source: SourceFile = {
      path: '/in/wire.jsonl',
      name: 'wire.jsonl',
      line: 3,
      id: 'wire-42',
      title: 'HARBOUR BUDGET PASSED',
      date: '26-FEB-1987 15:01:01.79',
      text: `HARBOUR BUDGET PASSED\n\n${p1}`,
    };
    const [article] = splitArticles(source);
    expect(article).toMatchObject({
      id: 'wire-42',
      index: 2,
      title: 'HARBOUR BUDGET PASSED',
      publishedAt: '1987-02-26T15:01:01Z',
    });
  });

  it('makes ids of the key (folder and relative path), and says which ids older loaders gave', () => {
    const nested: SourceFile = {
      path: '/in/a/001.txt',
      name: '001.txt',
      key: 'in/a/001.txt',
      legacyKey: 'a/001.txt',
      text: `Harbour\n${p1}`,
    };
    const [article] = splitArticles(nested);
    expect(article).toMatchObject({
      id: 'in/a/001.txt#0',
      legacyIds: ['a/001.txt#0', '001.txt#0'],
      source: '001.txt',
    });
    const other = splitArticles({ ...nested, path: '/in/b/001.txt', key: 'in/b/001.txt' });
    expect(other[0].id).toBe('in/b/001.txt#0');
    const [top] = splitArticles({ ...nested, path: '/in/001.txt', key: '001.txt', legacyKey: '001.txt' });
    expect(top.id).toBe('001.txt#0');
    expect(top).not.toHaveProperty('legacyIds');
  });

  it('gives a jsonl record without id its URL as id, else its key and line', () => {
    const record: SourceFile = {
      path: '/in/feeds/wire.jsonl',
      name: 'wire.jsonl',
      key: 'in/feeds/wire.jsonl',
      legacyKey: 'feeds/wire.jsonl',
      line: 7,
      url: 'https://example.org/harbour',
      text: `Harbour\n\n${p1}`,
    };
    expect(splitArticles(record)[0]).toMatchObject({
      id: 'https://example.org/harbour',
      legacyIds: ['wire.jsonl#7'],
    });
    const bare = { ...record, url: undefined };
    expect(splitArticles(bare)[0]).toMatchObject({
      id: 'in/feeds/wire.jsonl#7',
      legacyIds: ['feeds/wire.jsonl#7', 'wire.jsonl#7'],
    });
    expect(splitArticles({ ...record, id: 'wire-1' })[0].id).toBe('wire-1');
    expect(splitArticles({ ...record, id: 'wire-1' })[0]).not.toHaveProperty('legacyIds');
  });

  it('returns no article for an empty or furniture-only file', () => {
    expect(splitArticles(sourceFileOf('', 'page.txt'))).toEqual([]);
    expect(splitArticles(sourceFileOf('Advertisement\n\nShare\n', 'page.txt'))).toEqual([]);
  });

  it('shortens a first line that is a whole paragraph to its first sentence', () => {
    const [article] = splitArticles(sourceFileOf(`${p1} ${p2} ${p3} ${p1} ${p2}`, 'page.txt'));
    expect(article.title).toBe(p1);
    expect(article.text.startsWith(`${p1}\n`)).toBe(true);
  });

  it('cuts a very long article into parts under the size limit', () => {
    const text = `Long report\n\n${`${p1}\n`.repeat(Math.ceil((2.5 * MAX_ARTICLE_CHARS) / p1.length))}`;
    const articles = splitArticles(sourceFileOf(text, 'page.txt'));
    expect(articles.length).toBe(3);
    for (const a of articles) {
      expect(a.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS + 2);
      expect(a.title).toBe('Long report');
    }
  });
});
