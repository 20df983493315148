import type { Article } from '../../../src/model/article';
import type { Item } from '../../../src/model/item';
import type { ArticleResult } from '../../../src/model/result';
import { articleHash } from '../../../src/graph/article-hash';
import { extractAhead } from '../../../src/run/extract-ahead';
import { articleIn, resultOf } from '../../support/articles';

/** An extractor that records which articles it ran on. */
function counting(): { calls: string[]; extract: (a: Article) => Item<ArticleResult> } {
  const calls: string[] = [];
  return { calls, extract: (a) => (calls.push(a.id), { kind: 'value', value: resultOf(a) }) };
}

const nothingStored = async (): Promise<Map<string, string | null>> => new Map();

describe('extractAhead', () => {
  it('hands out a result computed ahead once, and extracts an article not computed ahead when asked', async () => {
    const { calls, extract } = counting();
    const ahead = extractAhead(extract);
    const [a, b] = [articleIn('a.txt'), articleIn('b.txt')];
    await ahead.prefetch([a], nothingStored);
    expect(calls).toEqual(['a.txt#0']);
    expect(ahead.extract(a)).toEqual({ kind: 'value', value: resultOf(a) });
    expect(ahead.extract(b).kind).toBe('value');
    expect(ahead.extract(a).kind).toBe('value');
    expect(calls).toEqual(['a.txt#0', 'b.txt#0', 'a.txt#0']);
  });

  it('skips the articles whose stored hash equals their hash (unchanged), so a reload extracts nothing ahead', async () => {
    const { calls, extract } = counting();
    const ahead = extractAhead(extract);
    const [a, b] = [articleIn('a.txt'), articleIn('b.txt')];
    await ahead.prefetch([a, b], async () => new Map([[a.id, articleHash(a)]]));
    expect(calls).toEqual(['b.txt#0']);
  });

  it('stops between two articles when told, keeping what it computed', async () => {
    const { calls, extract } = counting();
    const ahead = extractAhead(extract);
    const group = ['a.txt', 'b.txt', 'c.txt'].map((s) => articleIn(s));
    const running = ahead.prefetch(group, nothingStored);
    await new Promise((resolve) => setImmediate(resolve));
    ahead.stop();
    await running;
    expect(calls.length).toBeLessThan(3);
    const before = calls.length;
    ahead.extract(group[0]);
    expect(calls.length).toBe(before);
  });
});
