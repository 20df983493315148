import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../../../src/ingest/read-sources';
import { MAX_ARTICLE_CHARS, splitArticles } from '../../../src/ingest/split-articles';
import { extractArticle } from '../../../src/pipeline';
import type { Item } from '../../../src/model/item';
import type { ArticleResult } from '../../../src/model/result';
import { extractPaths } from '../../../src/run/extract-articles';

async function collect(paths: string[]): Promise<Item<ArticleResult>[]> {
  const items: Item<ArticleResult>[] = [];
  for await (const item of extractPaths(paths)) items.push(item);
  return items;
}

/** What an item is: `result`, or the level of its problem. */
const kindOf = (item: Item<ArticleResult>): string => (item.kind === 'value' ? 'result' : item.problem.level);

/** Writes about `megabytes` MB of `chunk` repeated, without holding it all in memory. */
function writeBig(path: string, chunk: string, megabytes: number): void {
  const fd = openSync(path, 'w');
  const block = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
  for (let i = 0; i < megabytes; i++) writeSync(fd, block);
  closeSync(fd);
}

describe('extraction over awkward files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ng-robust-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives no article and no error for an empty file', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(await collect([join(dir, 'empty.txt')])).toEqual([]);
  });

  it('reports a binary file and still extracts the next file', async () => {
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    writeFileSync(join(dir, 'ok.txt'), 'Bridge reopens\n\nThe mayor said the bridge would reopen on Monday.');
    const items = await collect([join(dir, 'photo.txt'), join(dir, 'ok.txt')]);
    expect(items.map(kindOf)).toEqual(['error', 'result']);
    expect(items[0].kind === 'problem' && items[0].problem.message).toMatch(/photo\.txt: binary file/);
  });

  it('extracts a file with invalid UTF-8 after a warning', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Market report\n\nTraders said prices rose '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' today.'),
    ]);
    writeFileSync(join(dir, 'latin.txt'), bytes);
    const items = await collect([join(dir, 'latin.txt')]);
    expect(items.map(kindOf)).toEqual(['warning', 'result']);
  });

  it('extracts files with unbalanced quotation marks and in other languages', async () => {
    writeFileSync(join(dir, 'quotes.txt'), 'Talks\n\n“We will stay, the minister said.\n\nOthers said “no.');
    writeFileSync(
      join(dir, 'other.txt'),
      'Wahlen\n\nDer Minister sagte am Mittwoch, die Gespräche würden fortgesetzt.',
    );
    const items = await collect([join(dir, 'quotes.txt'), join(dir, 'other.txt')]);
    expect(items.map(kindOf)).toEqual(['result', 'result']);
  });

  // A 50 MB file must neither hang nor exhaust memory. Extracting all of it is what the
  // bench:extract command measures; here the whole file is read and cut into bounded articles,
  // and the first and last articles go through the pipeline, which keeps the test to seconds.
  it('reads a 50 MB text file into bounded articles', async () => {
    const path = join(dir, 'big.txt');
    writeBig(path, 'Officials said the harbour was shelled on Monday and repairs began.\n', 50);
    const files = [];
    for await (const item of readSources([path])) if (item.kind === 'value') files.push(item.value);
    expect(files).toHaveLength(1);
    const articles = splitArticles(files[0]);
    expect(articles.length).toBeGreaterThan(400);
    expect(Math.max(...articles.map((a) => a.text.length))).toBeLessThanOrEqual(MAX_ARTICLE_CHARS + 2);
    for (const a of [articles[0], articles[articles.length - 1]])
      expect(extractArticle(a).sentences.length).toBeGreaterThan(0);
  }, 120_000);

  it('streams a 50 MB .jsonl file record by record', async () => {
    const path = join(dir, 'big.jsonl');
    writeBig(path, `${JSON.stringify({ title: 'Rates', body: 'The bank said rates would rise.' })}\n`, 50);
    let records = 0;
    for await (const item of readSources([path])) if (item.kind === 'value') records++;
    expect(records).toBeGreaterThan(500_000);
  }, 120_000);
});
