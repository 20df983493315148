import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { SourceFile } from '../../../src/model/article';
import type { Item, Problem } from '../../../src/model/item';
import { readSources } from '../../../src/ingest/read-sources';

/** A named pipe: reading it would block forever, so the walk must not open it. */
function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

async function collect(paths: string[]): Promise<Item<SourceFile>[]> {
  const items: Item<SourceFile>[] = [];
  for await (const item of readSources(paths)) items.push(item);
  return items;
}

/** What an item is, as the user sees it: `file`, or the level of its problem. */
const kindOf = (item: Item<SourceFile>): string => (item.kind === 'value' ? 'file' : item.problem.level);
const problemsOf = (items: Item<SourceFile>[], level: Problem['level']): Problem[] =>
  items.flatMap((i) => (i.kind === 'problem' && i.problem.level === level ? [i.problem] : []));

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
    expect(items.map((i) => (i.kind === 'value' ? i.value.text : kindOf(i)))).toEqual([
      'First',
      'Second',
      'Third',
      'skipped',
    ]);
    const first = items[0];
    expect(first.kind === 'value' && first.value.name).toBe('a.txt');
  });

  it('keys each file by the name of the folder given and the path relative to it; a file given by itself by its folder', async () => {
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', '001.txt'), 'One');
    writeFileSync(join(dir, 'b', '001.txt'), 'Two');
    writeFileSync(join(dir, 'b', 'feed.jsonl'), JSON.stringify({ text: 'Three' }));
    const keys = async (paths: string[]) =>
      (await collect(paths)).map((i) => (i.kind === 'value' ? i.value.key : kindOf(i)));
    const root = basename(dir);
    expect(await keys([dir])).toEqual([`${root}/a/001.txt`, `${root}/b/001.txt`, `${root}/b/feed.jsonl`]);
    expect(await keys([join(dir, 'b')])).toEqual(['b/001.txt', 'b/feed.jsonl']);
    // Two files of one name in different folders keep different keys, given alone or in their folder.
    expect(await keys([join(dir, 'a', '001.txt'), `${join(dir, 'b')}/`])).toEqual([
      'a/001.txt',
      'b/001.txt',
      'b/feed.jsonl',
    ]);
    const legacy = (await collect([join(dir, 'b')])).map((i) =>
      i.kind === 'value' ? i.value.legacyKey : '',
    );
    expect(legacy).toEqual(['001.txt', 'feed.jsonl']);
  });

  it('follows a symbolic link up the tree once: a cycle ends, each real folder is read once', async () => {
    mkdirSync(join(dir, 'news', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'news', 'a.txt'), 'First');
    writeFileSync(join(dir, 'news', 'deep', 'b.txt'), 'Second');
    symlinkSync(join(dir, 'news'), join(dir, 'news', 'deep', 'up'));
    symlinkSync(join(dir, 'news', 'deep'), join(dir, 'news', 'same-as-deep'));
    const items = await collect([join(dir, 'news')]);
    const files = items.flatMap((i) => (i.kind === 'value' ? [i.value.key] : []));
    expect(files).toEqual(['news/a.txt', 'news/deep/b.txt']);
    const skipped = items.flatMap((i) =>
      i.kind === 'problem' && i.problem.level === 'skipped' ? [i.problem.path] : [],
    );
    expect(skipped).toEqual([join(dir, 'news', 'deep', 'up'), join(dir, 'news', 'same-as-deep')]);
  });

  it('follows a link to a folder outside the tree, and skips hidden entries', async () => {
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'in', '.git'), { recursive: true });
    writeFileSync(join(dir, 'elsewhere', 'x.txt'), 'Outside');
    writeFileSync(join(dir, 'in', '.git', 'config.txt'), 'Hidden folder');
    writeFileSync(join(dir, 'in', '.draft.txt'), 'Hidden file');
    writeFileSync(join(dir, 'in', 'y.txt'), 'Inside');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'in', 'linked'));
    const items = await collect([join(dir, 'in')]);
    expect(items.flatMap((i) => (i.kind === 'value' ? [i.value.key] : []))).toEqual([
      'in/linked/x.txt',
      'in/y.txt',
    ]);
    expect(problemsOf(items, 'skipped').map((p) => p.message)).toEqual(['hidden', 'hidden']);
  });

  it('reports an entry it cannot read, once, and goes on with the others', async () => {
    writeFileSync(join(dir, 'a.txt'), 'First');
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'b-dangling.txt'));
    makeFifo(join(dir, 'c-pipe.txt'));
    writeFileSync(join(dir, 'd.txt'), 'Last');
    const items = await collect([dir]);
    const errors = items.flatMap((i) =>
      i.kind === 'problem' && i.problem.level === 'error' ? [i.problem.message] : [],
    );
    expect(errors).toEqual([
      `${join(dir, 'b-dangling.txt')}: symbolic link to a missing file (no such file or directory)`,
    ]);
    expect(items.flatMap((i) => (i.kind === 'value' ? [i.value.text] : []))).toEqual(['First', 'Last']);
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
    expect(items.map(kindOf)).toEqual(['file', 'error', 'file', 'error', 'error']);
    const [rec, bad, rec2, arr, nobody] = items;
    expect(rec.kind === 'value' && rec.value).toMatchObject({
      id: 'w-1',
      title: 'Rates rise',
      text: 'Rates rise\n\nThe bank raised rates.',
      date: '26-FEB-1987 15:01:01.79',
      name: 'wire.jsonl',
      line: 1,
    });
    expect(bad.kind === 'problem' && bad.problem).toMatchObject({ path: file, line: 2 });
    expect(bad.kind === 'problem' && bad.problem.message).toMatch(/wire\.jsonl:2: invalid JSON/);
    expect(rec2.kind === 'value' && rec2.value).toMatchObject({ text: 'Only a text field.', line: 4 });
    expect(arr.kind === 'problem' && arr.problem.message).toMatch(
      /:5: expected a JSON object, found an array/,
    );
    expect(nobody.kind === 'problem' && nobody.problem.message).toMatch(/"body" or "text"/);
  });

  it('abandons a .jsonl file whose first lines are all invalid', async () => {
    const file = join(dir, 'junk.jsonl');
    writeFileSync(file, 'not json\n'.repeat(1000));
    const items = await collect([file]);
    expect(items.length).toBeLessThan(30);
    expect(items[items.length - 1]).toMatchObject({ kind: 'problem', problem: { level: 'error' } });
    const last = items[items.length - 1];
    expect(last.kind === 'problem' && last.problem.message).toMatch(/not a JSON Lines file/);
  });

  it('reports a binary file as an error naming the file', async () => {
    const file = join(dir, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const items = await collect([file]);
    expect(items).toHaveLength(1);
    expect(items[0].kind === 'problem' && items[0].problem.message).toMatch(/image\.txt: binary file/);
  });

  it('decodes invalid UTF-8 with replacement characters and a warning', async () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]));
    const items = await collect([file]);
    expect(items.map(kindOf)).toEqual(['warning', 'file']);
    expect(items[1].kind === 'value' && items[1].value.text).toBe('Caf\uFFFD open');
  });

  it('reads an empty file as an empty text and drops a byte-order mark', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bom.txt'), '\uFEFFHeadline');
    const items = await collect([join(dir, 'empty.txt'), join(dir, 'bom.txt')]);
    expect(items.map((i) => (i.kind === 'value' ? i.value.text : kindOf(i)))).toEqual(['', 'Headline']);
  });

  it('reports a missing path and goes on with the next', async () => {
    writeFileSync(join(dir, 'ok.txt'), 'Fine');
    const items = await collect([join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
    expect(items[0].kind === 'problem' && items[0].problem.message).toMatch(
      /missing\.txt: no such file or directory/,
    );
    expect(kindOf(items[1])).toBe('file');
  });
});
