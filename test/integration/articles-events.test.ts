import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/run/load-paths';
import { openDriver } from '../../src/neo4j/connect';
import { runQuery } from '../../src/queries/run-query';
import { testConfig } from './test-neo4j';
import { resetTestDatabase } from './test-database';

// The same report republished a few hours later under another file name, and another article on
// the same strike (invented places and wording).
const REPORT = `Shelling hits eastern town
Russian forces shelled Varnitsa on Monday, killing two people, regional officials said.
"We will rebuild every school that was destroyed in this town," Mayor Olena Brovko said on Monday.
`;
const OTHER_REPORT = `Town counts damage after attack
Russian troops shelled Varnitsa on Monday, destroying a school and wounding three people, the governor said.
The mayor said repairs would take months.
`;

describe('republished articles and events (real Neo4j)', () => {
  const config = testConfig();
  let driver: Driver;
  const load = (paths: string[]) =>
    loadPaths(paths, { driver, database: config.neo4j.database, batchSize: config.batchSize });
  const query = (text: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(text, params, { database: config.neo4j.database });
  /** Articles with their copies and the facts under them. */
  const articles = async () =>
    (
      await query(
        `MATCH (a:Article)
         RETURN a.id AS id, a.publishedAt AS date, a.publications AS publications, a.publicationIds AS copies,
                a.publicationDates AS dates,
                COUNT { (a)<-[:IN]-(:Sentence)<-[:IN]-(q:Quote) } AS quotes,
                COUNT { (a)<-[:IN]-(:Sentence)<-[:IN]-(t:Attack) } AS attacks
         ORDER BY id`,
      )
    ).records.map((r) => r.toObject());
  const count = async (label: string): Promise<number> =>
    (await query(`MATCH (n) WHERE $label IN labels(n) RETURN count(n) AS c`, { label })).records[0].get(
      'c',
    ) as number;

  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-copies-'));
  const [early, late, other] = ['early', 'late', 'other'].map((name) => join(folder, name));
  for (const dir of [early, late, other]) mkdirSync(dir);
  writeFileSync(join(early, '20240507T090000Z_strike.txt'), REPORT);
  // The copy: other whitespace, a later timestamp.
  writeFileSync(
    join(late, '20240507T170000Z_copy.txt'),
    REPORT.replace(/ on Monday, killing/, '  on Monday,\n killing'),
  );
  writeFileSync(join(other, '20240507T150000Z_report.txt'), OTHER_REPORT);

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

  it('the same body in two files is one article with both publications and its facts once, in either order', async () => {
    const first = await load([early]);
    const [alone] = await articles();
    expect(alone).toMatchObject({ publications: 1, quotes: expect.any(Number), attacks: expect.any(Number) });
    expect(alone.quotes + alone.attacks).toBeGreaterThan(1);
    const oneArticle = [
      {
        ...alone,
        publications: 2,
        copies: ['early/20240507T090000Z_strike.txt#0', 'late/20240507T170000Z_copy.txt#0'],
        dates: ['2024-05-07T09:00:00Z', '2024-05-07T17:00:00Z'],
      },
    ];
    const second = await load([late]);
    expect([first.written, second.written, second.copies]).toEqual([1, 1, 1]);
    expect(await articles()).toEqual(oneArticle);
    const inOrder = await count('Quote');

    await resetTestDatabase(driver, config);
    await load([late]);
    expect(await articles()).toMatchObject([{ id: 'late/20240507T170000Z_copy.txt#0', publications: 1 }]);
    // The earlier copy, loaded later, takes the facts over: the later one's are gone.
    const swap = await load([early]);
    expect(swap).toMatchObject({ written: 1, copies: 0, failed: 0 });
    expect(await articles()).toEqual(oneArticle);
    expect(await count('Quote')).toBe(inOrder);
    expect(await count('Publication')).toBe(2);

    // Both at once, and again: nothing changes, nothing is extracted.
    await load([late, early]);
    const again = await load([late, early]);
    expect(again).toMatchObject({ written: 0, skipped: 2 });
    expect(await articles()).toEqual(oneArticle);
  });

  it('a changed copy leaves the article; the copy becomes an article of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-edit-'));
    const copy = join(dir, '20240507T170000Z_copy.txt');
    writeFileSync(copy, REPORT);
    await load([early, dir]);
    expect((await articles()).map((a) => a.publications)).toEqual([2]);
    writeFileSync(copy, OTHER_REPORT);
    expect(await load([dir])).toMatchObject({ written: 1, copies: 0 });
    const now = await articles();
    expect(now.map((a) => [a.id, a.publications])).toEqual([
      ['early/20240507T090000Z_strike.txt#0', 1],
      [expect.stringMatching(/20240507T170000Z_copy\.txt#0$/), 1],
    ]);
  });

  it('two articles reporting the same strike are one event with articles=2; queries return events with --events', async () => {
    await load([early, other]);
    const { records } = await query(
      `MATCH (e:Event) RETURN e.articles AS articles, e.sources AS sources, e.attacks AS attacks,
              e.date AS date, e.attacker AS attacker, e.target AS target, COUNT { (e)<-[:PART_OF]-(:Attack) } AS parts`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        articles: 2,
        sources: 2,
        attacks: 2,
        date: '2024-05-06',
        attacker: 'Russia',
        target: 'Varnitsa',
        parts: 2,
      },
    ]);
    const options = { database: config.neo4j.database };
    const mentions = await runQuery(driver, 'who-attacked-where', { attacker: 'Russia' }, options);
    expect(mentions.map((r) => [r.target, r.articles])).toEqual([
      ['Varnitsa', 2],
      ['Varnitsa', 2],
    ]);
    const events = await runQuery(
      driver,
      'who-attacked-where',
      { attacker: 'Russia', events: true },
      options,
    );
    expect(events).toMatchObject([
      { target: 'Varnitsa', eventDate: '2024-05-06', articles: 2, sources: 2, killed: 2, injured: 3 },
    ]);
    const timeline = await runQuery(driver, 'attack-timeline', { events: true }, options);
    expect(timeline).toHaveLength(1);

    // The copy adds a source, not an article; loading again changes nothing; in any order the same.
    await load([late]);
    const after = (await query(`MATCH (e:Event) RETURN e.articles AS a, e.sources AS s`)).records.map((r) =>
      r.toObject(),
    );
    expect(after).toEqual([{ a: 2, s: 3 }]);
    await resetTestDatabase(driver, config);
    await load([other]);
    await load([late]);
    await load([early]);
    const reversed = (
      await query(`MATCH (e:Event) RETURN e.id AS id, e.articles AS a, e.sources AS s`)
    ).records.map((r) => r.toObject());
    expect(reversed).toEqual([{ id: expect.stringMatching(/^event:/), a: 2, s: 3 }]);
    expect(await count('Event')).toBe(1);
  });

  it('a load interrupted before its event pass has its events completed by the next load', async () => {
    await load([early, other]);
    const event = `MATCH (e:Event)<-[:PART_OF]-(a:Attack) WITH e, a ORDER BY a.id
      RETURN e.id AS id, e.articles AS articles, e.sources AS sources, e.killed AS killed, collect(a.id) AS parts`;
    const whole = (await query(event)).records.map((r) => r.toObject());
    expect(whole).toHaveLength(1);
    // What a load stopped after its groups committed leaves: attacks without an event.
    await query('MATCH (e:Event) DETACH DELETE e');
    const again = await load([early, other]);
    expect(again.written).toBe(0);
    expect((await query(event)).records.map((r) => r.toObject())).toEqual(whole);
  });
});
