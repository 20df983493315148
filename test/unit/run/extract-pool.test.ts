import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Item } from '../../../src/model/item';
import type { ArticleResult } from '../../../src/model/result';
import { extractItem, extractPaths } from '../../../src/run/extract-articles';
import { countPathsInWorkers, ExtractPool, extractPathsInWorkers } from '../../../src/run/extract-pool';
import { jsonlRanges } from '../../../src/run/jsonl-ranges';
import { articleIn, articleOf } from '../../support/articles';

// The workers run the compiled pipeline: `npm run build` first (as `npm test` does).
const workerFile = resolve(__dirname, '../../../dist/run/extract-worker.js');

const texts = [
  'Harbour reopens\n\nThe mayor of Veltava, Ana Rojas, said the port would reopen on Monday.',
  'Drone strike\n\nRussian forces struck the town of Orlin overnight, killing two people, officials said.',
  'Talks resume\n\n“We are ready to talk,” said Petro Danyliuk, the foreign minister of Ukraine.',
  'Storm warning\n\nForecasters said the storm would reach the coast of Norway by Friday.',
];

const record = (i: number): string =>
  JSON.stringify({ id: `r${i}`, title: `Report ${i}`, body: texts[i % texts.length].split('\n\n')[1] });

let dir: string;

async function collect(items: AsyncIterable<Item<ArticleResult>>): Promise<Item<ArticleResult>[]> {
  const out: Item<ArticleResult>[] = [];
  for await (const item of items) out.push(item);
  return out;
}

beforeAll(() => {
  if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-pool-'));
  mkdirSync(join(dir, 'news'));
  texts.forEach((t, i) => writeFileSync(join(dir, 'news', `${i}.txt`), t));
  writeFileSync(join(dir, 'news', 'notes.md'), 'not an input');
  // Lines ending in \n, \r\n and a lone \r, a bad record and invalid UTF-8 in two lines, all
  // past the first part (the first 20 lines, which may get a file abandoned).
  const lines = Array.from({ length: 30 }, (_, i) => record(i));
  lines[24] = '{"title": "cut off';
  const ends = ['\n', '\r\n', '\r'];
  const bytes = Buffer.from(lines.map((l, i) => l + ends[i % 3]).join('') + '\n', 'utf8');
  for (const n of [21, 27]) bytes[bytes.indexOf(`Report ${n}`) + 1] = 0xff;
  writeFileSync(join(dir, 'wire.jsonl'), bytes);
  writeFileSync(
    join(dir, 'junk.jsonl'),
    Array.from({ length: 30 }, () => 'not json').join('\n') + '\n' + record(1),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the extraction pool over paths', () => {
  it('yields what the single-threaded run path yields, in input order, however small the parts', async () => {
    const paths = [join(dir, 'news'), join(dir, 'wire.jsonl'), join(dir, 'missing.txt')];
    const single = await collect(extractPaths(paths));
    for (const partBytes of [1, 200, 1 << 20]) {
      const pooled = await collect(
        extractPathsInWorkers(paths, { threads: 2, partBytes, filesPerPart: 2, workerFile }),
      );
      expect(pooled).toEqual(single);
    }
    const problems = single.flatMap((i) => (i.kind === 'problem' ? [i.problem] : []));
    // The bad record keeps its line number; invalid UTF-8 is warned of once a file.
    expect(problems.filter((p) => p.level === 'error').map((p) => p.line)).toEqual([25, undefined]);
    expect(problems.filter((p) => p.message.includes('invalid UTF-8'))).toHaveLength(1);
    expect(single.filter((i) => i.kind === 'value')).toHaveLength(texts.length + 29);
  });

  it('abandons a file that is not JSON Lines once, whatever part its later lines fall in', async () => {
    const paths = [join(dir, 'junk.jsonl')];
    const single = await collect(extractPaths(paths));
    const pooled = await collect(extractPathsInWorkers(paths, { threads: 2, partBytes: 20, workerFile }));
    expect(pooled).toEqual(single);
    expect(pooled.filter((i) => i.kind === 'value')).toHaveLength(0);
    expect(
      pooled.filter((i) => i.kind === 'problem' && i.problem.message.includes('abandoned')),
    ).toHaveLength(1);
  });

  it('counts the articles, entities, facts, errors and bytes read', async () => {
    const paths = [join(dir, 'news'), join(dir, 'wire.jsonl')];
    const counts = await countPathsInWorkers(paths, { threads: 2, partBytes: 100, workerFile });
    const single = await collect(extractPaths(paths));
    const values = single.flatMap((i) => (i.kind === 'value' ? [i.value] : []));
    expect(counts).toMatchObject({
      articles: values.length,
      entities: values.reduce((n, r) => n + r.entities.length, 0),
      facts: values.reduce((n, r) => n + r.facts.length, 0),
      errors: 1,
    });
    expect(counts.facts).toBeGreaterThan(0);
    expect(counts.bytes).toBeGreaterThan(texts.join('').length);
  });
});

describe('ExtractPool.extract', () => {
  it('gives the results of articles read by the main thread, each with its own article', async () => {
    const pool = new ExtractPool({ threads: 2, workerFile });
    try {
      const articles = texts.map((t, i) =>
        articleOf(t, { id: `${i}.txt#0`, source: `${i}.txt`, path: `/in/${i}.txt` }),
      );
      const [first, second] = await Promise.all([
        pool.extract(articles.slice(0, 2)),
        pool.extract(articles.slice(2)),
      ]);
      const pooled = [...first, ...second];
      expect(pooled).toEqual(articles.map((a) => extractItem(a)));
      pooled.forEach((item, i) => expect(item.kind === 'value' && item.value.article).toBe(articles[i]));
    } finally {
      await pool.close();
    }
  });

  it('rejects what it was asked once it is closed', async () => {
    const pool = new ExtractPool({ threads: 1, workerFile });
    await pool.close();
    await expect(pool.extract([articleIn('a.txt')])).rejects.toThrow(/closed/);
  });
});

describe('jsonlRanges', () => {
  it('cuts after line feeds and numbers each part’s first line as readline does', async () => {
    const file = join(dir, 'lines.jsonl');
    writeFileSync(file, 'x\n'.repeat(20) + 'a\r\nb\rc\nd\ne');
    expect(await jsonlRanges(file, 1)).toEqual([
      { start: 0, end: 40, firstLine: 1 },
      { start: 40, end: 43, firstLine: 21 },
      { start: 43, end: 47, firstLine: 22 },
      { start: 47, end: 49, firstLine: 24 },
      { start: 49, firstLine: 25 },
    ]);
    expect(await jsonlRanges(file, 1 << 20)).toEqual([{ start: 0, firstLine: 1 }]);
  });

  it('keeps the first lines that could get a file abandoned in its first part, blank lines aside', async () => {
    const file = join(dir, 'blank.jsonl');
    writeFileSync(file, ' \n\t\n' + 'x\n'.repeat(25));
    const [first] = await jsonlRanges(file, 1);
    expect(first).toEqual({ start: 0, end: 4 + 40, firstLine: 1 });
  });
});
