import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/neo4j/connect';
import { resetTestDatabase } from '../integration/test-database';
import { testConfig } from '../integration/test-neo4j';
import { articleText, writeArticles } from './articles';
import { fingerprint, type Fingerprint } from './graph-fingerprint';
import { runCliToEnd, spawnCli, type Finished } from './spawn-cli';

const ARTICLES = 160;

/** `loaders` windows over `files` that overlap by a third of a window and together cover all. */
function overlapping(files: readonly string[], loaders: number): string[][] {
  const size = Math.ceil(files.length / loaders);
  const overlap = Math.ceil(size / 3);
  return Array.from({ length: loaders }, (_, j) =>
    files.slice(Math.max(0, j * size - overlap), Math.min(files.length, (j + 1) * size + overlap)),
  );
}

/**
 * Loaders at once on overlapping inputs (files given one by one, so each file has the same id
 * in every loader): the graph equals one load of all of them, and no loader fails.
 */
describe('concurrent loaders (real Neo4j)', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-concurrent-'));
  const files = writeArticles(join(root, 'articles'), ARTICLES);
  let driver: Driver;
  let single: Fingerprint;

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    await resetTestDatabase(driver, config);
    const one = await runCliToEnd(config, ['load', ...files]);
    expect(one.code).toBe(0);
    single = await fingerprint(driver, database);
    expect(single.articles).toBe(ARTICLES);
  }, 180_000);
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await driver.close();
  });

  it.each([2, 4])(
    '%i loaders at once on overlapping inputs give the graph of one load, and none fails',
    async (loaders) => {
      await resetTestDatabase(driver, config);
      const runs: Finished[] = await Promise.all(
        overlapping(files, loaders).map((part) => spawnCli(config, ['load', ...part]).done),
      );
      for (const run of runs) {
        expect({
          code: run.code,
          stderr: run.stderr.split('\n').filter((l) => /^error|newsgraph:/.test(l)),
        }).toEqual({
          code: 0,
          stderr: [],
        });
      }
      expect(await fingerprint(driver, database)).toEqual(single);
    },
    180_000,
  );

  it('an article edited and reloaded while another loader runs keeps only its new facts', async () => {
    await resetTestDatabase(driver, config);
    const edited = join(root, 'edited.txt');
    writeFileSync(edited, articleText(9001, ' (first version)'));
    expect((await runCliToEnd(config, ['load', edited])).code).toBe(0);
    const facts = async (): Promise<string[]> =>
      (
        await driver.executeQuery(
          `MATCH (a:Article {id: $id})
           OPTIONAL MATCH (a)<-[:IN]-(s:Sentence)
           OPTIONAL MATCH (s)<-[:IN]-(q:Quote)
           RETURN a.title AS title, collect(DISTINCT s.text) + collect(DISTINCT q.text) AS texts`,
          { id: `${basename(root)}/edited.txt#0` },
          { database },
        )
      ).records.flatMap((r) => [r.get('title') as string, ...(r.get('texts') as string[])]);
    expect((await facts()).some((t) => t.includes('(first version)'))).toBe(true);

    const other = spawnCli(config, ['load', ...files]);
    await new Promise((r) => setTimeout(r, 1500));
    writeFileSync(edited, articleText(9001, ' (second version)'));
    const reload = await runCliToEnd(config, ['load', edited]);
    const reloadedAt = reload.exitedAt;
    const rest = await other.done;
    expect([reload.code, rest.code]).toEqual([0, 0]);
    expect(rest.exitedAt).toBeGreaterThan(reloadedAt - 30_000);
    const after = await facts();
    expect(after.filter((t) => t.includes('(first version)'))).toEqual([]);
    expect(after.filter((t) => t.includes('(second version)')).length).toBeGreaterThanOrEqual(2);
    expect((await fingerprint(driver, database)).articles).toBe(ARTICLES + 1);
  }, 180_000);
});
