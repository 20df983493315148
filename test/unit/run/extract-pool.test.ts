import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceFile } from '../../../src/model/article';
import type { Item } from '../../../src/model/item';
import { extractArticles } from '../../../src/run/extract-articles';
import { countInWorkers, extractInWorkers } from '../../../src/run/extract-pool';
import { splitSources } from '../../../src/run/read-articles';
import { sourceFileOf } from '../../support/articles';

// The workers run the compiled pipeline: `npm run build` first (as `npm test` does).
const workerFile = resolve(__dirname, '../../../dist/run/extract-worker.js');

async function* fromList<T>(items: readonly Item<T>[]): AsyncGenerator<Item<T>> {
  yield* items;
}

const texts = [
  'Harbour reopens\n\nThe mayor of Veltava, Ana Rojas, said the port would reopen on Monday.',
  'Drone strike\n\nRussian forces struck the town of Orlin overnight, killing two people, officials said.',
  'Talks resume\n\n“We are ready to talk,” said Petro Danyliuk, the foreign minister of Ukraine.',
  'Storm warning\n\nForecasters said the storm would reach the coast of Norway by Friday.',
];

const sources = (): Item<SourceFile>[] => [
  ...texts.map((t, i): Item<SourceFile> => ({ kind: 'value', value: sourceFileOf(t, `${i}.txt`) })),
  {
    kind: 'problem',
    problem: { path: '/in/notes.md', level: 'skipped', message: 'not a .txt or .jsonl file' },
  },
  { kind: 'value', value: sourceFileOf(texts[0], 'last.txt') },
];

describe('the extraction pool', () => {
  beforeAll(() => {
    if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run npm run build first`);
  });

  it('yields what the single-threaded run path yields, in input order, whatever the batch size', async () => {
    const single: unknown[] = [];
    for await (const item of extractArticles(splitSources(fromList(sources())))) single.push(item);
    const pooled: unknown[] = [];
    for await (const item of extractInWorkers(fromList(sources()), { threads: 2, batchFiles: 2, workerFile }))
      pooled.push(item);
    expect(pooled).toEqual(single);
    expect(single).toHaveLength(texts.length + 2);
  });

  it('counts the articles, entities and facts of every batch', async () => {
    const counts = await countInWorkers(fromList(sources()), { threads: 2, batchFiles: 1, workerFile });
    let entities = 0;
    let facts = 0;
    for await (const item of extractArticles(splitSources(fromList(sources())))) {
      if (item.kind !== 'value') continue;
      entities += item.value.entities.length;
      facts += item.value.facts.length;
    }
    expect(counts).toMatchObject({ articles: texts.length + 1, entities, facts, errors: 0 });
    expect(facts).toBeGreaterThan(0);
  });
});
