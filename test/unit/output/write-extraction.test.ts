import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Article } from '../../../src/model/article';
import type { ArticleResult } from '../../../src/model/result';
import { writeExtraction, type ExtractionFormat } from '../../../src/output/write-extraction';

// The workers run the compiled pipeline: `npm run build` first (as `npm test` does).
const workerFile = resolve(__dirname, '../../../dist/run/extract-worker.js');

async function run(
  paths: string[],
  format: ExtractionFormat,
  extract?: (a: Article) => ArticleResult,
  extractThreads = 0,
) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const log: string[] = [];
  const summary = await writeExtraction(paths, out, {
    format,
    log: (l) => log.push(l),
    extract,
    extractThreads,
    workerFile,
  });
  return { summary, log, doc: JSON.parse(chunks.join('')) as Record<string, unknown> };
}

describe('writeExtraction', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ng-extract-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'Harbour reopens\n\nThe mayor of Harbourtown said the port would reopen on Monday.',
    );
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(
      join(dir, 'c.txt'),
      'Storm warning\n\nForecasters said the storm would reach the coast tonight.',
    );
    writeFileSync(join(dir, 'd.pdf'), 'not text');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the exchange document for the good files and reports the bad one', async () => {
    const { summary, log, doc } = await run([dir], 'eval');
    expect((doc.files as { source: string }[]).map((f) => f.source)).toEqual(['a.txt', 'c.txt']);
    expect(summary.articles).toBe(2);
    expect(summary.errors.map((e) => e.path)).toEqual([join(dir, 'b.txt')]);
    expect(log.some((l) => l.startsWith('error:') && l.includes('b.txt') && l.includes('binary'))).toBe(true);
    expect(log.some((l) => l.startsWith('skipped:') && l.includes('d.pdf'))).toBe(true);
  });

  it('writes the same document and problems with extraction on worker threads', async () => {
    for (const format of ['eval', 'json'] as const) {
      const single = await run([dir], format);
      const pooled = await run([dir], format, undefined, 2);
      expect(pooled.doc).toEqual(single.doc);
      expect(pooled.log).toEqual(single.log);
      expect(pooled.summary).toEqual(single.summary);
    }
  });

  it('writes full results with provenance in json format', async () => {
    const { doc } = await run([join(dir, 'a.txt')], 'json');
    const articles = doc.articles as ArticleResult[];
    expect(articles).toHaveLength(1);
    expect(articles[0].article.id).toBe(`${basename(dir)}/a.txt#0`);
    expect(articles[0].sentences.length).toBeGreaterThan(0);
    expect(doc.errors).toEqual([]);
  });

  it('goes on with the other files when extraction throws on one article', async () => {
    const extract = (a: Article): ArticleResult => {
      if (a.source === 'a.txt') throw new Error('boom');
      return { article: a, sentences: [], entities: [], facts: [] };
    };
    const { summary } = await run([join(dir, 'a.txt'), join(dir, 'c.txt')], 'eval', extract);
    expect(summary.articles).toBe(1);
    expect(summary.errors[0].message).toContain(
      `a.txt: extraction failed: boom (article ${basename(dir)}/a.txt#0)`,
    );
  });
});
