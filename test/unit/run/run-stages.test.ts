import type { Article, SourceFile } from '../../../src/model/article';
import type { Item } from '../../../src/model/item';
import type { ArticleResult } from '../../../src/model/result';
import { extractArticles, extractItem } from '../../../src/run/extract-articles';
import { splitSource, splitSources } from '../../../src/run/read-articles';
import { articleIn, sourceFileOf } from '../../support/articles';

async function collect<T>(items: AsyncIterable<Item<T>>): Promise<Item<T>[]> {
  const out: Item<T>[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* fromList<T>(items: readonly Item<T>[]): AsyncGenerator<Item<T>> {
  yield* items;
}

const empty = (article: Article): ArticleResult => ({ article, sentences: [], entities: [], facts: [] });

describe('the stages of the run path', () => {
  it('splits a source file into article values', () => {
    const items = splitSource(sourceFileOf('Harbour reopens\n\nThe mayor said the port would reopen.'));
    expect(items.map((i) => i.kind)).toEqual(['value']);
    expect(items[0].kind === 'value' && items[0].value.id).toBe('t.txt#0');
  });

  it('warns, naming the file, when a file holds only page furniture', () => {
    const items = splitSource(
      sourceFileOf(
        'Newsletter As news happens\n\nBy submitting your email, you agree to our Terms of Service and Privacy Policy . You can opt out at any time.',
        'teaser.txt',
      ),
    );
    expect(items).toHaveLength(1);
    const item = items[0];
    expect(item.kind === 'problem' && item.problem.level).toBe('warning');
    expect(item.kind === 'problem' && item.problem.message).toMatch(/no article text/);
  });

  it('passes problems through in input order, between the articles', async () => {
    const skipped: Item<SourceFile> = {
      kind: 'problem',
      problem: { path: '/in/notes.md', level: 'skipped', message: 'not a .txt or .jsonl file' },
    };
    const items = await collect(
      extractArticles(
        splitSources(
          fromList<SourceFile>([
            { kind: 'value', value: sourceFileOf('One\n\nFirst text.', 'a.txt') },
            skipped,
            { kind: 'value', value: sourceFileOf('Two\n\nSecond text.', 'b.txt') },
          ]),
        ),
        { extract: empty },
      ),
    );
    expect(items.map((i) => (i.kind === 'value' ? i.value.article.source : i.problem.level))).toEqual([
      'a.txt',
      'skipped',
      'b.txt',
    ]);
    expect(items[1]).toBe(skipped);
  });

  it('turns an extraction that throws into an error naming the file, the reason and the article', () => {
    const item = extractItem(articleIn('a.txt'), () => {
      throw new Error('boom');
    });
    expect(item).toEqual({
      kind: 'problem',
      problem: {
        path: '/in/a.txt',
        level: 'error',
        message: '/in/a.txt: extraction failed: boom (article a.txt#0)',
      },
    });
  });
});
