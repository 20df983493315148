import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/neo4j/connect';
import { resetTestDatabase } from '../integration/test-database';
import { testConfig } from '../integration/test-neo4j';
import { articleText } from './articles';
import { runCliToEnd } from './spawn-cli';

/** What loading a hostile file must give: its articles, one error naming it, or nothing at all. */
type Outcome = 'loads' | 'error' | 'nothing';

interface Hostile {
  readonly kind: string;
  /** Path under the input folder. */
  readonly file: string;
  readonly outcome: Outcome;
  readonly write: (path: string) => void;
}

const GOOD = articleText(1);
const MB = 1024 * 1024;
const filler = (bytes: number): string =>
  'the quick brown fox jumps over the lazy dog and runs far away '
    .repeat(Math.ceil(bytes / 62))
    .slice(0, bytes);
const bytes = (...parts: (number[] | string | Buffer)[]): Buffer =>
  Buffer.concat(parts.map((p) => (Array.isArray(p) ? Buffer.from(p) : Buffer.from(p))));
const utf16be = (text: string): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
const text = (content: string | Buffer) => (path: string) => writeFileSync(path, content);
const record = (fields: object): string => JSON.stringify(fields);

const CASES: readonly Hostile[] = [
  { kind: 'empty file', file: 'empty.txt', outcome: 'nothing', write: text('') },
  { kind: 'only whitespace', file: 'whitespace.txt', outcome: 'nothing', write: text(' \n\t\n   \r\n') },
  { kind: 'only punctuation', file: 'punctuation.txt', outcome: 'nothing', write: text('“” ‘’ — … *** ---') },
  {
    kind: 'random binary',
    file: 'binary.txt',
    outcome: 'error',
    write: text(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))),
  },
  { kind: 'NUL byte in text', file: 'nul.txt', outcome: 'error', write: text(`Headline\n\nBody\u0000more`) },
  {
    kind: 'invalid UTF-8 throughout',
    file: 'invalid-utf8.txt',
    outcome: 'error',
    write: text(Buffer.from(Array.from({ length: 2000 }, (_, i) => 0x80 + (i % 64)))),
  },
  {
    kind: 'a few invalid UTF-8 bytes (Latin-1 accents)',
    file: 'latin1.txt',
    outcome: 'loads',
    write: text(Buffer.from(GOOD.replace('Mayor', 'Maire é'), 'latin1')),
  },
  {
    kind: 'UTF-8 with a byte-order mark',
    file: 'utf8-bom.txt',
    outcome: 'loads',
    write: text(bytes([0xef, 0xbb, 0xbf], GOOD)),
  },
  {
    kind: 'UTF-16 LE with a byte-order mark',
    file: 'utf16le.txt',
    outcome: 'loads',
    write: text(bytes([0xff, 0xfe], Buffer.from(GOOD, 'utf16le'))),
  },
  {
    kind: 'UTF-16 BE with a byte-order mark',
    file: 'utf16be.txt',
    outcome: 'loads',
    write: text(bytes([0xfe, 0xff], utf16be(GOOD))),
  },
  {
    kind: 'UTF-32',
    file: 'utf32.txt',
    outcome: 'error',
    write: text(bytes([0xff, 0xfe, 0, 0], Buffer.from('H\0\0\0i\0\0\0'))),
  },
  {
    kind: '20 MB on one line',
    file: 'one-line-20mb.txt',
    outcome: 'loads',
    write: text(`Long line ${filler(20 * MB)}`),
  },
  { kind: '3 MB single word', file: 'one-word-3mb.txt', outcome: 'loads', write: text('x'.repeat(3 * MB)) },
  {
    kind: 'unbalanced quotation marks',
    file: 'unbalanced-quotes.txt',
    outcome: 'loads',
    write: text(
      'Talks stall\n\n“We will not give up, the mayor said. "Officials said the bridge was hit.\n‘ And more ” here.',
    ),
  },
  {
    kind: 'nested quotation marks',
    file: 'nested-quotes.txt',
    outcome: 'loads',
    write: text(
      `Nested\n\n“He said ‘they told us “leave ‘now’ or else” at dawn’ to me,” Mayor Anna Kovalenko said.\n`,
    ),
  },
  {
    kind: '50,000 repeated sentences',
    file: 'repeated.txt',
    outcome: 'loads',
    write: text(`Council meets\n\n${'The council met again on Tuesday. '.repeat(50_000)}`),
  },
  {
    kind: 'other scripts',
    file: 'scripts.txt',
    outcome: 'loads',
    write: text(
      'Переговоры\n\nМинистр заявил, что переговоры продолжатся. 会谈将在周三继续。 قال الوزير إن المحادثات ستستمر. מו״מ',
    ),
  },
  {
    kind: 'emoji',
    file: 'emoji.txt',
    outcome: 'loads',
    write: text(`🚀 News 🇺🇦\n\n${GOOD.replace(/\./g, ' 🔥👍🏽.')}`),
  },
  {
    kind: 'control characters',
    file: 'control.txt',
    outcome: 'loads',
    write: text(GOOD.replace(/ /g, (_, i: number) => (i % 5 === 0 ? ' \u0007\u001b' : ' '))),
  },
  { kind: 'CR line ends', file: 'cr.txt', outcome: 'loads', write: text(GOOD.replace(/\n/g, '\r')) },
  { kind: 'CRLF line ends', file: 'crlf.txt', outcome: 'loads', write: text(GOOD.replace(/\n/g, '\r\n')) },
  {
    kind: 'a bad JSON line among good ones',
    file: 'bad-json.jsonl',
    outcome: 'error',
    write: text(
      [record({ title: 'Fine', body: GOOD }), '{"title": "broken", "body": ', record({ body: GOOD })].join(
        '\n',
      ),
    ),
  },
  {
    kind: 'JSON fields of the wrong type',
    file: 'wrong-types.jsonl',
    outcome: 'error',
    write: text([record({ title: 'Fine', body: GOOD }), record({ title: ['x'], body: 42 })].join('\n')),
  },
  {
    kind: 'JSON lines that are not objects',
    file: 'not-objects.jsonl',
    outcome: 'error',
    write: text([record({ body: GOOD }), '[1, 2, 3]'].join('\n')),
  },
  {
    kind: 'a 10 MB JSON line',
    file: 'big-line.jsonl',
    outcome: 'loads',
    write: text(record({ title: 'Big', body: filler(10 * MB) })),
  },
  {
    kind: 'JSON Lines with a byte-order mark',
    file: 'bom.jsonl',
    outcome: 'loads',
    write: text(bytes([0xef, 0xbb, 0xbf], record({ title: 'BOM', body: GOOD }))),
  },
  {
    kind: 'HTML',
    file: 'page.txt',
    outcome: 'loads',
    write: text(
      `<!DOCTYPE html><html><head><title>x</title><script>alert(1)</script></head><body><h1>Strikes</h1><p>${GOOD}</p></body></html>`,
    ),
  },
  {
    kind: 'Cypher-like text in names',
    file: 'cypher-names.txt',
    outcome: 'loads',
    write: text(
      'Mayor Robert\'}) DETACH DELETE n // resigns\n\n"We stay," Mayor Robert\'}) MATCH (n) DETACH DELETE n // said on Monday in Kharkiv.\n' +
        'Officials from $param and `backtick` Inc. said MERGE (x) RETURN x.\n',
    ),
  },
  {
    kind: 'zero-width characters',
    file: 'zero-width.txt',
    outcome: 'loads',
    write: text(GOOD.replace(/a/g, 'a\u200B').replace(/e/g, 'e\u200D\uFEFF')),
  },
  { kind: 'gzip bytes', file: 'archive.txt', outcome: 'error', write: text(gzipSync(Buffer.from(GOOD))) },
  {
    kind: 'PDF bytes',
    file: 'document.txt',
    outcome: 'error',
    write: text(
      Buffer.from(
        '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n',
        'latin1',
      ),
    ),
  },
  {
    kind: 'a file name with spaces and non-ASCII',
    file: 'Новости über café 2024.txt',
    outcome: 'loads',
    write: text(GOOD),
  },
  {
    kind: 'a file in a folder holding a symlink loop',
    file: 'loop/inside.txt',
    outcome: 'loads',
    write: text(GOOD),
  },
  {
    kind: 'a dangling symbolic link',
    file: 'dangling.txt',
    outcome: 'error',
    write: (path) => symlinkSync(join(path, '..', 'gone.txt'), path),
  },
  {
    kind: 'a named pipe',
    file: 'pipe.txt',
    outcome: 'nothing',
    write: (path) => execFileSync('mkfifo', [path]),
  },
];

/**
 * Hostile input, generated here: one load of a folder holding every case and a good article.
 * No crash and no hang (the load is bounded in time), each bad file named once, every good
 * file loaded, and the empty ones neither loaded nor reported.
 */
describe('hostile input (real Neo4j)', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  const dir = join(mkdtempSync(join(tmpdir(), 'newsgraph-hostile-')), 'in');
  let driver: Driver;
  let stderr = '';
  let code: number | null = null;
  let signal: string | null = null;
  let ids: string[] = [];

  beforeAll(async () => {
    mkdirSync(join(dir, 'loop'), { recursive: true });
    for (const c of CASES) c.write(join(dir, c.file));
    writeFileSync(join(dir, 'good.txt'), articleText(2));
    symlinkSync(dir, join(dir, 'loop', 'back-to-top'));
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'itself'));
    driver = await openDriver(config.neo4j);
    await resetTestDatabase(driver, config);
    const result = await runCliToEnd(config, ['load', dir], 240_000);
    ({ stderr, code, signal } = result);
    // Every input article is a Publication; copies of one body share one Article (see README).
    ids = (
      await driver.executeQuery('MATCH (p:Publication) RETURN p.id AS id', {}, { database })
    ).records.map((r) => r.get('id') as string);
  }, 300_000);
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await driver.close();
  });

  it(`covers at least 30 kinds of hostile input`, () => {
    expect(new Set(CASES.map((c) => c.kind)).size).toBeGreaterThanOrEqual(30);
  });

  it('the load ends by itself, without a crash, with exit code 1 for the bad files', () => {
    expect(signal).toBeNull();
    expect(stderr).not.toMatch(/unexpected error|Error:|\n {4}at /);
    expect(code).toBe(1);
    // Ids start with the loaded folder's name (`in`).
    expect(ids).toContain('in/good.txt#0');
  });

  const errorsNaming = (file: string): number =>
    stderr.split('\n').filter((line) => line.startsWith(`error: ${join(dir, file)}`)).length;
  const articlesOf = (file: string): string[] => ids.filter((id) => id.startsWith(`in/${file}#`));

  it.each(CASES.map((c) => [c.kind, c] as const))('%s', (_kind, c) => {
    if (c.outcome === 'error') expect(errorsNaming(c.file)).toBe(1);
    else expect(errorsNaming(c.file)).toBe(0);
    if (c.outcome === 'nothing') expect(articlesOf(c.file)).toEqual([]);
    if (c.outcome === 'loads' || c.file.endsWith('.jsonl')) {
      expect(articlesOf(c.file).length).toBeGreaterThan(0);
    }
  });

  it('reads the folder with the symlink loop once', () => {
    expect(articlesOf('loop/inside.txt')).toEqual(['in/loop/inside.txt#0']);
    expect(ids.filter((id) => id.includes('back-to-top') || id.includes('itself'))).toEqual([]);
  });
});
