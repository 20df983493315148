import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/neo4j/connect';
import type { QueryResult } from '../../src/queries/canned-query';
import { findQuery, loadQueries } from '../../src/queries/load-queries';
import { resolveName } from '../../src/queries/resolve-name';
import { runCannedQuery } from '../../src/queries/run-query';
import { loadPaths } from '../../src/run/load-paths';
import { runCli } from './run-cli';
import { resetTestDatabase } from './test-database';
import { testConfig } from './test-neo4j';

/** Two invented articles: a minister by full name (with "ł") in one, as "Mr Kovalenko" in the other. */
const ARTICLES: Record<string, string> = {
  '001.txt': `Bridge works on the Styr river to finish before the spring floods

Defence Minister Mirosław Kovalenko said on Monday that the new bridge over the Styr river would open in April. “We will finish the work before the floods,” Kovalenko told reporters in Lutsk.

Anna Petrenko, the mayor of Rivne, said the city needed more buses for the workers. Ihor Petrenko, a farmer from Dubno, said the harvest had been poor this year.
`,
  '002.txt': `Minister promises safe crossing in Lutsk

Mr Kovalenko said on Tuesday that the bridge was safe for heavy trucks. “Every beam has been checked twice,” he said.
`,
};
const KOVALENKO_QUOTES = [
  'Every beam has been checked twice',
  'We will finish the work before the floods',
  'the bridge was safe for heavy trucks',
  'the new bridge over the Styr river would open in April',
];

describe('name lookup in the canned queries (real Neo4j)', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  let driver: Driver;
  const run = (name: string, params: Record<string, unknown>): Promise<QueryResult> =>
    runCannedQuery(driver, findQuery(loadQueries(), name), params, { database });
  const quotesBy = async (speaker: string): Promise<string[]> =>
    (await run('who-said-what', { speaker })).rows.map((r) => String(r.quote)).sort();
  const cli = (args: string[]) => runCli(config, args);

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    await resetTestDatabase(driver, config);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-lookup-'));
    for (const [file, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, file), text);
    const summary = await loadPaths([dir], { driver, database, batchSize: config.batchSize });
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await driver.close();
  });

  it('finds the quotes of one person in both articles by the full name (the "Mr Kovalenko" of the other too)', async () => {
    const result = await run('who-said-what', { speaker: 'Mirosław Kovalenko' });
    expect(result.rows.map((r) => String(r.quote)).sort()).toEqual(KOVALENKO_QUOTES);
    expect(result.lookups).toEqual([
      expect.objectContaining({
        param: 'speaker',
        given: 'Mirosław Kovalenko',
        outcome: 'found',
        how: 'exact',
        entity: expect.objectContaining({ id: 'person:miroslaw kovalenko', name: 'Mirosław Kovalenko' }),
      }),
    ]);
  });

  it.each([
    ['the surname', 'Kovalenko', 'exact'],
    ['a title and the surname', 'Minister Kovalenko', 'title'],
    ['an honorific and the surname', 'Mr. Kovalenko', 'title'],
    ['the name without its diacritic', 'Miroslaw Kovalenko', 'exact'],
    ['another transliteration', 'Kovalyenko', 'phonetic'],
    ['another transliteration of the full name', 'Myroslav Kovalenko', 'phonetic'],
    ['the key of the other article, merged into the node or beside it', 'person:kovalenko', 'id'],
  ])('finds the same quotes by %s ("%s")', async (_, speaker, how) => {
    const result = await run('who-said-what', { speaker });
    expect(result.rows.map((r) => String(r.quote)).sort()).toEqual(KOVALENKO_QUOTES);
    expect(result.lookups?.[0]).toMatchObject({
      outcome: 'found',
      how,
      entity: { name: 'Mirosław Kovalenko' },
    });
  });

  it('lists both people of a shared surname, and runs for neither', async () => {
    const result = await run('who-said-what', { speaker: 'Petrenko' });
    expect(result.rows).toEqual([]);
    const lookup = result.lookups?.[0];
    expect(lookup?.outcome).toBe('ambiguous');
    expect(lookup?.outcome === 'ambiguous' && lookup.candidates.map((c) => c.name).sort()).toEqual([
      'Anna Petrenko',
      'Ihor Petrenko',
    ]);
    expect(await quotesBy('Anna Petrenko')).toEqual(['the city needed more buses for the workers']);
  });

  it('says a near miss matches nothing and suggests the closest names', async () => {
    const result = await run('who-said-what', { speaker: 'Kovalchuk' });
    expect(result.rows).toEqual([]);
    expect(result.lookups?.[0]).toMatchObject({
      outcome: 'not-found',
      suggestions: expect.arrayContaining([expect.objectContaining({ name: 'Mirosław Kovalenko' })]),
    });
  });

  it('looks names up in the other queries too (co-mentioned, quotes-about, and resolveName for scripts)', async () => {
    const pairs = await run('co-mentioned', { entity: 'Miroslaw Kovalenko' });
    expect(pairs.rows.map((r) => r.other)).toContain('Styr river');
    expect(pairs.rows.every((r) => r.entity === 'Mirosław Kovalenko')).toBe(true);
    const about = await run('quotes-about', { entity: 'Styr' });
    expect(about.rows.map((r) => [r.about, r.speaker, r.quote])).toEqual([
      ['Styr river', 'Mirosław Kovalenko', 'the new bridge over the Styr river would open in April'],
    ]);
    const match = await resolveName(driver, 'Defence Minister Kovalyenko', { database });
    expect(match).toMatchObject({ outcome: 'found', entity: { name: 'Mirosław Kovalenko' } });
  });

  describe('the command line', () => {
    it('runs for the entity found, and says how it was found on stderr', async () => {
      const { code, stdout, stderr } = await cli([
        'query',
        'who-said-what',
        '-p',
        'speaker=Kovalyenko',
        '-f',
        'json',
      ]);
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as { quote: string }[]).map((r) => r.quote).sort()).toEqual(
        KOVALENKO_QUOTES,
      );
      expect(stderr).toMatch(
        /speaker "Kovalyenko": Mirosław Kovalenko \(Person, person:miroslaw kovalenko, .*\), found as another spelling/,
      );
    });

    it('lists the candidates of an ambiguous name on stderr, exit code 0', async () => {
      const { code, stdout, stderr } = await cli([
        'query',
        'who-said-what',
        '-p',
        'speaker=Mr Petrenko',
        '-f',
        'json',
      ]);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual([]);
      expect(stderr).toMatch(/warning: speaker "Mr Petrenko" fits 2 entities/);
      expect(stderr).toMatch(/\n {2}Anna Petrenko \(Person, person:anna petrenko, 1 article\)/);
      expect(stderr).toMatch(/\n {2}Ihor Petrenko \(Person, person:ihor petrenko, 1 article\)/);
    });

    it('warns with "did you mean" when nothing fits, exit code 0', async () => {
      const { code, stdout, stderr } = await cli([
        'query',
        'who-said-what',
        '-p',
        'speaker=Kovalchuk',
        '-f',
        'csv',
      ]);
      expect(code).toBe(0);
      expect(stdout.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(
        /warning: speaker "Kovalchuk" matches no entity in the graph; did you mean: .*Mirosław Kovalenko/,
      );
    });
  });
});
