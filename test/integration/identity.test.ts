import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/run/load-paths';
import { openDriver } from '../../src/neo4j/connect';
import { testConfig } from './test-neo4j';
import { runCli } from './run-cli';
import { resetTestDatabase } from './test-database';

// Invented articles: one person in two transliterations, a lone surname after a title, and a
// surname-only envoy named in full only in the other article.
const ONE = `Talks resume in the border town
Foreign Minister Sergei Dovbenko said on Monday that the talks in Vilnius would resume next week.
"We are ready to listen," Olena Marchuk, the mayor of Kharkiv, told reporters in Kharkiv.
Mr Halvorsen, the envoy, said the Brussels office was closed.
`;
const TWO = `Envoy meets mayor after shelling
Sergey Dovbenko, the foreign minister, told reporters in Vilnius that the shelling must stop.
Mayor Marchuk said the city of Kharkiv had lost power for six hours.
"We will not leave," Marchuk said on Tuesday.
Dag Halvorsen, the Norwegian envoy, said he had met the mayor in Kharkiv.
`;

describe('cross-article identity (real Neo4j)', () => {
  const config = testConfig();
  let driver: Driver;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-identity-'));
  const folder = (name: string, text: string): string => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, `${name}.txt`), text);
    return path;
  };
  const one = folder('one', ONE);
  const two = folder('two', TWO);
  const load = (paths: string[]) =>
    loadPaths(paths, { driver, database: config.neo4j.database, batchSize: config.batchSize });
  const query = (text: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(text, params, { database: config.neo4j.database });
  /** Node ids and labels, and relationships by their ends' ids, as sorted text. */
  const graph = async (): Promise<string[]> => {
    const { records } = await query(
      `MATCH (n) WHERE NOT n:NewsgraphOwner OPTIONAL MATCH (n)-[r]->(m)
       RETURN n.id AS id, labels(n) AS labels, n.mergedIds AS merged, type(r) AS type, m.id AS to`,
    );
    return records.map((r) => JSON.stringify(r.toObject())).sort();
  };
  const people = async (): Promise<string[]> =>
    (await query('MATCH (p:Person) RETURN p.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
  });
  beforeEach(async () => {
    await resetTestDatabase(driver, config);
  });
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await driver.close();
  });

  it('gives one node per person, and the same graph whatever the load order', async () => {
    await load([one]);
    await load([two]);
    const oneThenTwo = await graph();
    expect(await people()).toEqual([
      'person:dag halvorsen',
      'person:olena marchuk',
      'person:sergei dovbenko',
    ]);
    const { records } = await query(
      `MATCH (p:Person {id: 'person:olena marchuk'})-[:SAID]->(q:Quote) RETURN count(q) AS quotes, p.mergedIds AS merged`,
    );
    expect(records[0].get('quotes')).toBe(3);
    expect(records[0].get('merged')).toEqual(['person:marchuk']);

    await resetTestDatabase(driver, config);
    await load([two]);
    await load([one]);
    expect(await graph()).toEqual(oneThenTwo);

    await resetTestDatabase(driver, config);
    await load([one, two]);
    expect(await graph()).toEqual(oneThenTwo);
  });

  it('relink applies the alias file: merges, keeps apart and renames', async () => {
    await load([one, two]);
    const aliases = join(dir, 'aliases.json');
    writeFileSync(
      aliases,
      JSON.stringify({
        merge: [{ into: 'Olena Marchuk', names: ['Dag Halvorsen'] }],
        separate: ['Halvorsen'],
        rename: { 'Sergei Dovbenko': 'S. Dovbenko' },
      }),
    );
    const run = await runCli(config, ['relink'], { NEWSGRAPH_ALIASES: aliases });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^identity {2}\d+ entity keys/);
    expect(await people()).toEqual(['person:halvorsen', 'person:olena marchuk', 'person:sergei dovbenko']);
    const { records } = await query(
      `MATCH (p:Person {id: 'person:sergei dovbenko'}) RETURN p.name AS name, p.aliases AS aliases`,
    );
    expect(records[0].get('name')).toBe('S. Dovbenko');
    expect(records[0].get('aliases')).toContain('Sergei Dovbenko');

    // Without the file the graph goes back to the automatic clusters.
    writeFileSync(aliases, '{}');
    expect((await runCli(config, ['relink'], { NEWSGRAPH_ALIASES: aliases })).code).toBe(0);
    expect(await people()).toEqual([
      'person:dag halvorsen',
      'person:olena marchuk',
      'person:sergei dovbenko',
    ]);
  });

  it('refuses a malformed alias file, naming it and the problem', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ merge: [{ into: 'Olena Marchuk' }] }));
    const run = await runCli(config, ['relink'], { NEWSGRAPH_ALIASES: bad });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}: merge[0].names must be a non-empty list of names`);
  });
});
