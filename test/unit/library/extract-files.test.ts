import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../../src/library/extract-files';

describe('extract()', () => {
  it('gives each article with its facts, and each bad file as a problem naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'Bridge in Dornick to reopen\n\n"The bridge will open again in May," the mayor Mara Velt said on Tuesday.\n',
    );
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01]));
    const { articles, problems } = await extract([dir]);
    expect(articles.map((a) => a.article.title)).toEqual(['Bridge in Dornick to reopen']);
    const quotes = articles[0].facts.filter((f) => f.kind === 'quote');
    expect(quotes.map((q) => q.text)).toEqual(['The bridge will open again in May']);
    expect(problems).toEqual([expect.objectContaining({ path: join(dir, 'b.txt'), level: 'error' })]);
  });
});
