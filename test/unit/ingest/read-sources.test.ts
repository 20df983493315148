import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceItem } from '../../../src/model/source-item';
import { readSources } from '../../../src/ingest/read-sources';

async function collect(paths: string[]): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(paths)) items.push(item);
  return items;
}

describe('readSources', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ng-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders recursively in sorted order and skips other extensions with a note', async () => {
    mkdirSync(join(dir, 'b-sub'));
    writeFileSync(join(dir, 'c.txt'), 'Third');
    writeFileSync(join(dir, 'a.txt'), 'First');
    writeFileSync(join(dir, 'b-sub', 'inner.txt'), 'Second');
    writeFileSync(join(dir, 'notes.csv'), 'x,y');
    const items = await collect([dir]);
    expect(items.map((i) => (i.kind === 'file' ? i.file.text : i.kind))).toEqual([
      'First',
      'Second',
      'Third',
      'skipped',
    ]);
    const first = items[0];
    expect(first.kind === 'file' && first.file.name).toBe('a.txt');
  });

  it('keys each file by its path relative to the folder given, or its name when given by itself', async () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', '001.txt'), 'One');
    writeFileSync(join(dir, 'b', '001.txt'), 'Two');
    writeFileSync(join(dir, 'b', 'feed.jsonl'), JSON.stringify({ text: 'Three' }));
    const keys = async (paths: string[]) =>
      (await collect(paths)).map((i) => (i.kind === 'file' ? i.file.key : i.kind));
    expect(await keys([dir])).toEqual(['a/001.txt', 'b/001.txt', 'b/feed.jsonl']);
    expect(await keys([join(dir, 'b')])).toEqual(['001.txt', 'feed.jsonl']);
    expect(await keys([join(dir, 'a', '001.txt'), `${join(dir, 'b')}/`])).toEqual([
      '001.txt',
      '001.txt',
      'feed.jsonl',
    ]);
  });

  it('streams a .jsonl file, one record per line, and names file and line of a bad line', async () => {
    const file = join(dir, 'wire.jsonl');
    const lines = [
      JSON.stringify({
        id: 'w-1',
        title: 'Rates rise',
        body: 'The bank raised rates.',
        date: '26-FEB-1987 15:01:01.79',
      }),
      '{"title": "broken", ',
      '',
      JSON.stringify({ text: 'Only a text field.', url: 'https://example.org/a' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ title: 'No body' }),
    ];
    writeFileSync(file, lines.join('\n'));
    const items = await collect([file]);
    expect(items.map((i) => i.kind)).toEqual(['file', 'error', 'file', 'error', 'error']);
    const [rec, bad, rec2, arr, nobody] = items;
    expect(rec.kind === 'file' && rec.file).toMatchObject({
      id: 'w-1',
      title: 'Rates rise',
      text: 'Rates rise\n\nThe bank raised rates.',
      date: '26-FEB-1987 15:01:01.79',
      name: 'wire.jsonl',
      line: 1,
    });
    expect(bad.kind === 'error' && bad.error).toMatchObject({ path: file, line: 2 });
    expect(bad.kind === 'error' && bad.error.message).toMatch(/wire\.jsonl:2: invalid JSON/);
    expect(rec2.kind === 'file' && rec2.file).toMatchObject({ text: 'Only a text field.', line: 4 });
    expect(arr.kind === 'error' && arr.error.message).toMatch(/:5: expected a JSON object, found an array/);
    expect(nobody.kind === 'error' && nobody.error.message).toMatch(/"body" or "text"/);
  });

  it('abandons a .jsonl file whose first lines are all invalid', async () => {
    const file = join(dir, 'junk.jsonl');
    writeFileSync(file, 'not json\n'.repeat(1000));
    const items = await collect([file]);
    expect(items.length).toBeLessThan(30);
    expect(items[items.length - 1]).toMatchObject({ kind: 'error' });
    const last = items[items.length - 1];
    expect(last.kind === 'error' && last.error.message).toMatch(/not a JSON Lines file/);
  });

  it('reports a binary file as an error naming the file', async () => {
    const file = join(dir, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const items = await collect([file]);
    expect(items).toHaveLength(1);
    expect(items[0].kind === 'error' && items[0].error.message).toMatch(/image\.txt: binary file/);
  });

  it('decodes invalid UTF-8 with replacement characters and a warning', async () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]));
    const items = await collect([file]);
    expect(items.map((i) => i.kind)).toEqual(['warning', 'file']);
    expect(items[1].kind === 'file' && items[1].file.text).toBe('Caf\uFFFD open');
  });

  it('reads an empty file as an empty text and drops a byte-order mark', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bom.txt'), '\uFEFFHeadline');
    const items = await collect([join(dir, 'empty.txt'), join(dir, 'bom.txt')]);
    expect(items.map((i) => (i.kind === 'file' ? i.file.text : i.kind))).toEqual(['', 'Headline']);
  });

  it('reports a missing path and goes on with the next', async () => {
    writeFileSync(join(dir, 'ok.txt'), 'Fine');
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
    expect(items[0].kind === 'error' && items[0].error.message).toMatch(
      /missing\.txt: no such file or directory/,
    );
    expect(items[1].kind).toBe('file');
  });
});
