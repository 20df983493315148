import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load, openSession, type NewsgraphSession, type WhoSaidWhatRow } from '../../src';
import { PACKAGE_ROOT } from '../../src/package-root';
import { openDriver } from '../../src/neo4j/connect';
import { runCli } from './run-cli';
import { resetTestDatabase } from './test-database';
import { testConfig } from './test-neo4j';

const SEEDS = join(PACKAGE_ROOT, 'seeds');

describe('the library: load(), openSession() and typed queries (real Neo4j)', () => {
  const config = testConfig();
  let ng: NewsgraphSession;

  beforeAll(async () => {
    const driver = await openDriver(config.neo4j);
    try {
      await resetTestDatabase(driver, config);
    } finally {
      await driver.close();
    }
  });
  afterAll(async () => {
    await resetTestDatabase(ng.driver, config);
    await ng.close();
  });

  it('load() writes the seeds into the configured database and says what it wrote', async () => {
    const summary = await load([SEEDS], { config });
    expect(summary.failed).toBe(0);
    expect(summary.written).toBeGreaterThan(0);
    expect(summary.quotes).toBeGreaterThan(0);
    expect(summary.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('a session loads the same files again without writing anything', async () => {
    ng = await openSession({ config });
    const again = await ng.load([SEEDS]);
    expect(again.written).toBe(0);
    expect(again.skipped).toBeGreaterThan(0);
  });

  it('load() with a dataset keeps the articles apart, as load --dataset does; a bad name stops it first', async () => {
    const one = join(SEEDS, readdirSync(SEEDS).sort()[0]);
    const summary = await load([one], { config, dataset: 'library-test' });
    expect(summary.failed).toBe(0);
    expect(summary.written).toBeGreaterThan(0);
    const { rows } = await ng.query('articles', { dataset: 'library-test', limit: 100_000 });
    expect(rows).toHaveLength(summary.written);
    expect(rows.every((r) => r.dataset === 'library-test' && r.articleId.startsWith('library-test::'))).toBe(
      true,
    );
    const all = await ng.query('articles', { limit: 100_000 });
    expect(all.rows.filter((r) => r.dataset === null).length).toBeGreaterThan(0);
    await expect(ng.load([one], { dataset: 'no spaces allowed' })).rejects.toThrow(/dataset name/);
  });

  it('runQuery gives typed rows of the query', async () => {
    const rows: WhoSaidWhatRow[] = await ng.runQuery('who-said-what', {
      speaker: 'Zelenskyy',
      limit: 10_000,
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.speaker))).toEqual(new Set(['Volodymyr Zelenskyy']));
    expect(rows.every((r) => r.speech === 'direct' || r.speech === 'reported')).toBe(true);
  });

  it('says when a result reaches its limit: truncated in the result, a warning from runQuery', async () => {
    const cut = await ng.query('articles', { limit: 2 });
    expect(cut).toMatchObject({ truncated: true, limit: 2 });
    expect(cut.rows).toHaveLength(2);
    const whole = await ng.query('articles', { limit: 100_000 });
    expect(whole.truncated).toBe(false);
    expect(whole.rows.length).toBeGreaterThan(2);
    expect((await ng.query('connection', { from: 'Zelenskyy', to: 'Ukraine' })).truncated).toBe(false);

    const warnings: string[] = [];
    const rows = await ng.runQuery('articles', { limit: 2 }, { onWarning: (m) => warnings.push(m) });
    expect(rows).toEqual(cut.rows);
    expect(warnings).toEqual([
      expect.stringMatching(/^query articles returned 2 rows, its limit: there may be more/),
    ]);
    await ng.runQuery('articles', { limit: 100_000 }, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
  });

  it('the CLI warns on stderr when the rows reach the limit, and only then', async () => {
    const cut = await runCli(config, ['query', 'articles', '-p', 'limit=2', '-f', 'json']);
    expect(cut.code).toBe(0);
    expect(JSON.parse(cut.stdout)).toHaveLength(2);
    expect(cut.stderr).toMatch(/warning: query articles returned 2 rows, its limit: there may be more/);
    const whole = await runCli(config, ['query', 'articles', '-p', 'limit=100000', '-f', 'json']);
    expect(whole.stderr).not.toMatch(/warning/);
  });
});
