/**
 * Datasets (`load --dataset`, `reset --dataset`, `stats --dataset`) and the filters of the canned
 * queries (from, to, source, dataset, minArticles), against the real Neo4j. The articles are
 * invented and written to a temporary folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/run/load-paths';
import { openDriver } from '../../src/neo4j/connect';
import type { Row } from '../../src/queries/canned-query';
import { findQuery, loadQueries } from '../../src/queries/load-queries';
import { runCannedQuery } from '../../src/queries/run-query';
import { fingerprint } from '../reliability/graph-fingerprint';
import { testConfig } from './test-neo4j';
import { runCli } from './run-cli';
import { resetTestDatabase } from './test-database';

const SHARED_BODY =
  'Russian drones struck Varnitsa on 3 March, killing two people, regional officials said.\n' +
  '"We will rebuild every house in the village," Mayor Olena Brovko said.';

const record = (id: string, date: string, title: string, body: string): string =>
  JSON.stringify({ id, date, title, body });

/** Two folders: `north` (two articles) and `south` (the first north article's body again, and one of its own). */
function writeCorpus(): { north: string; south: string } {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-datasets-'));
  const north = join(root, 'north');
  const south = join(root, 'south');
  mkdirSync(north);
  mkdirSync(south);
  writeFileSync(
    join(north, 'wire.jsonl'),
    [
      record('n1', '2024-03-04', 'Drones hit Varnitsa', SHARED_BODY),
      record(
        'n2',
        '2024-05-20',
        'Minister speaks',
        'Defence Minister Taras Hrebenko said the army would hold the line.\n' +
          'Russian forces shelled Dorvanka, killing one man, officials said.',
      ),
    ].join('\n'),
  );
  writeFileSync(
    join(south, 'feed.jsonl'),
    [
      record('s1', '2024-03-05', 'Village mourns after drone strike', SHARED_BODY),
      record(
        's2',
        '2024-04-10',
        'Port reopens',
        'Harbour master Pavlo Senko said the port of Odesa would reopen on Friday.\n' +
          'He said ships were already waiting.',
      ),
    ].join('\n'),
  );
  return { north, south };
}

describe('datasets and query filters (real Neo4j)', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  let driver: Driver;
  const corpus = writeCorpus();
  const load = (path: string, dataset?: string) =>
    loadPaths([path], {
      driver,
      database,
      batchSize: config.batchSize,
      ...(dataset === undefined ? {} : { dataset }),
    });
  const catalogue = loadQueries();
  /** Untyped: the rows are compared whole, across queries. */
  const rowsOf = async (name: string, params: Record<string, unknown> = {}): Promise<Row[]> => [
    ...(await runCannedQuery(driver, findQuery(catalogue, name), { limit: 1000, ...params }, { database }))
      .rows,
  ];
  const ids = async (cypher: string): Promise<string[]> =>
    (await driver.executeQuery(cypher, {}, { database })).records.map((r) => r.get(0) as string).sort();

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    await resetTestDatabase(driver, config);
  });
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await driver.close();
  });

  it('reset --dataset removes one dataset and leaves the graph the other gives alone, entities it shares included', async () => {
    expect((await load(corpus.south, 'south')).failed).toBe(0);
    const southAlone = await fingerprint(driver, database);
    expect(southAlone.labels.Quote).toBeGreaterThan(0);

    expect((await load(corpus.north, 'north')).failed).toBe(0);
    const both = await fingerprint(driver, database);
    // Idempotent: the same input into the same dataset again changes nothing.
    const again = await load(corpus.north, 'north');
    expect(again.written).toBe(0);
    expect(await fingerprint(driver, database)).toEqual(both);
    // The body both datasets hold is one article in each.
    expect(await ids(`MATCH (a:Article) RETURN a.id + ' ' + a.dataset`)).toEqual([
      'north::n1 north',
      'north::n2 north',
      'south::s1 south',
      'south::s2 south',
    ]);

    const preview = await runCli(config, ['reset', '--dataset', 'north']);
    expect(preview.code).toBe(1);
    expect(preview.stderr).toMatch(/would remove 2 articles, 2 publications/);
    expect(await fingerprint(driver, database)).toEqual(both);

    const reset = await runCli(config, ['reset', '--dataset', 'north', '--yes']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/Removed dataset "north" .*: 2 articles/);
    expect(await fingerprint(driver, database)).toEqual(southAlone);
    // Nothing of north is left, the village both named stays, the minister only north named is gone.
    expect(
      await ids(`MATCH (n) WHERE n.dataset = 'north' OR n.id STARTS WITH 'north::' RETURN n.id`),
    ).toEqual([]);
    expect(await ids(`MATCH (e:Entity) WHERE 'varnitsa' IN e.keys RETURN e.id`)).toHaveLength(1);
    expect(await ids(`MATCH (e:Entity) WHERE 'taras hrebenko' IN e.keys RETURN e.id`)).toEqual([]);
    expect(
      await ids(
        `MATCH ()-[r:HOLDS_ROLE]->() UNWIND r.articles AS a WITH a WHERE a STARTS WITH 'north::' RETURN a`,
      ),
    ).toEqual([]);

    await load(corpus.north, 'north');
    expect(await fingerprint(driver, database)).toEqual(both);
  });

  it('stats --dataset counts one dataset only', async () => {
    const stats = await runCli(config, ['stats', '--dataset', 'south', '--json']);
    expect(stats.code).toBe(0);
    const counts = JSON.parse(stats.stdout) as { kind: string; name: string; count: number }[];
    const of = (name: string) => counts.find((c) => c.kind === 'label' && c.name === name)?.count;
    expect(of('Article')).toBe(2);
    expect(of('Publication')).toBe(2);
    expect(of('Quote')).toBe((await ids(`MATCH (q:Quote {dataset: 'south'}) RETURN q.id`)).length);
    expect((await runCli(config, ['stats', '--dataset', 'no such/name'])).code).toBe(1);
  });

  it('filters by dataset, publication dates and source; returns entity ids', async () => {
    const north = await rowsOf('who-said-what', { speaker: 'Olena Brovko', dataset: 'north' });
    expect(north.map((r) => [r.articleId, r.dataset])).toEqual([['north::n1', 'north']]);
    expect(north[0].speakerId).toEqual(expect.stringMatching(/^person:/));
    const all = await rowsOf('who-said-what', { speaker: 'Olena Brovko' });
    expect(all.map((r) => r.articleId).sort()).toEqual(['north::n1', 'south::s1']);
    const march5on = await rowsOf('who-said-what', { speaker: 'Olena Brovko', from: '2024-03-05' });
    expect(march5on.map((r) => r.articleId)).toEqual(['south::s1']);
    const toMarch4 = await rowsOf('who-said-what', { speaker: 'Olena Brovko', to: '2024-03-04' });
    expect(toMarch4.map((r) => r.articleId)).toEqual(['north::n1']);
    const bySource = await rowsOf('articles', { source: 'feed.jsonl' });
    expect(bySource.map((r) => r.articleId).sort()).toEqual(['south::s1', 'south::s2']);
    const byFile = await rowsOf('articles', { source: 'wire.jsonl' });
    expect(byFile.map((r) => r.articleId).sort()).toEqual(['north::n1', 'north::n2']);
    const mentioned = await rowsOf('most-mentioned', { dataset: 'south', minArticles: 2 });
    expect(mentioned.map((r) => r.entity)).not.toContain('Taras Hrebenko');
    for (const r of mentioned) expect(r.articles as number).toBeGreaterThanOrEqual(2);
  });

  it('attack queries: the event date apart from the publication date, coordinates, and date filters on the event', async () => {
    const rows = await rowsOf('who-attacked-where', { dataset: 'north' });
    const varnitsa = rows.find((r) => r.target === 'Varnitsa');
    expect(varnitsa).toMatchObject({
      eventDate: '2024-03-03',
      datePrecision: 'day',
      dateSource: 'text',
      publishedAt: '2024-03-04',
      attackerId: 'location:ru',
    });
    // An attack whose text gives no date: no event date, the publication date its own column.
    const undated = rows.find((r) => r.target === 'Dorvanka');
    expect(undated).toMatchObject({ eventDate: null, datePrecision: 'unknown', publishedAt: '2024-05-20' });
    const timeline = await rowsOf('attack-timeline', { dataset: 'north' });
    expect(timeline.find((r) => r.target === 'Dorvanka')).toMatchObject({
      eventDate: null,
      publishedAt: '2024-05-20',
    });
    for (const r of rows) {
      expect(typeof r.targetId).toBe('string');
      if (r.latitude !== null) {
        expect(typeof r.longitude).toBe('number');
        expect(['site', 'city', 'region', 'country']).toContain(r.precision);
      }
    }
    const spring = await rowsOf('who-attacked-where', { from: '2024-04-01', to: '2024-06-30' });
    expect(spring.map((r) => r.target)).toEqual(['Dorvanka']);
    const march = await rowsOf('attack-timeline', { from: '2024-03-01', to: '2024-03-31' });
    expect(march.map((r) => r.dataset).sort()).toEqual(['north', 'south']);
    // Events never join datasets: each report of the shared body is an event of one article.
    const events = await rowsOf('who-attacked-where', { events: true });
    expect(events.filter((r) => r.target === 'Varnitsa').map((r) => [r.dataset, r.articles])).toEqual([
      ['north', 1],
      ['south', 1],
    ]);
    expect(await rowsOf('who-attacked-where', { events: true, minArticles: 2 })).toEqual([]);
  });
});
