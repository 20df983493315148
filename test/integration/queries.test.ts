import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/run/load-paths';
import { openDriver } from '../../src/neo4j/connect';
import { PACKAGE_ROOT } from '../../src/package-root';
import type { PlainValue, Row } from '../../src/queries/canned-query';
import { findQuery, loadQueries } from '../../src/queries/load-queries';
import { QueryParamError, UnknownQueryError } from '../../src/queries/query-errors';
import { runCannedQuery } from '../../src/queries/run-query';
import { toPlain } from '../../src/queries/to-plain';
import { testConfig } from './test-neo4j';
import { runCli } from './run-cli';
import { resetTestDatabase } from './test-database';

const SEEDS = join(PACKAGE_ROOT, 'seeds');
const ALL = 10_000;
/** Parameter values that would do harm if they were spliced into the Cypher text. */
const HOSTILE = [
  "x'}) DETACH DELETE n //",
  "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 AS speaker //',
  '$limit',
];

type Graph = Record<string, PlainValue>;

describe('canned queries on the loaded seeds (real Neo4j)', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  let driver: Driver;
  const catalogue = loadQueries();
  /** Untyped on purpose: these tests also give wrong names and parameters. */
  const rowsOf = async (name: string, params: Record<string, unknown> = {}): Promise<Row[]> => [
    ...(await runCannedQuery(driver, findQuery(catalogue, name), params, { database })).rows,
  ];
  /** An independent look at the graph, to check the canned queries against. */
  const graph = async (cypher: string, params: Record<string, unknown> = {}): Promise<Graph[]> =>
    (await driver.executeQuery(cypher, params, { database })).records.map((r) => r.toObject() as Graph);
  const counts = async (): Promise<string> =>
    JSON.stringify(
      await graph(`MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels`),
    );
  const cli = (args: string[]) => runCli(config, args);
  const sorted = <T>(xs: T[]): T[] =>
    [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    await resetTestDatabase(driver, config);
    const summary = await loadPaths([SEEDS], { driver, database, batchSize: config.batchSize });
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await driver.close();
  });

  describe('who-said-what', () => {
    it('finds a speaker of the seeds by full name or alias, whatever the case and diacritics', async () => {
      const byName = await rowsOf('who-said-what', { speaker: 'Volodymyr Zelenskyy', limit: ALL });
      expect(byName.length).toBeGreaterThan(0);
      expect(new Set(byName.map((r) => r.speaker))).toEqual(new Set(['Volodymyr Zelenskyy']));
      expect(await rowsOf('who-said-what', { speaker: 'ZELENSKYY', limit: ALL })).toEqual(byName);
      expect(await rowsOf('who-said-what', { speaker: 'volodymyr  zelénskyy', limit: ALL })).toEqual(byName);
    });

    it('returns exactly the quotes the graph holds for that speaker, with speech kind, medium and article', async () => {
      const rows = await rowsOf('who-said-what', { speaker: 'zelenskyy', limit: ALL });
      const expected = await graph(
        `MATCH (e:Entity)-[:SAID]->(q:Quote) WHERE 'zelenskyy' IN e.keys
         MATCH (a:Article {id: q.article})
         RETURN q.text AS quote, CASE WHEN q.direct THEN 'direct' ELSE 'reported' END AS speech,
                q.medium AS medium, a.title AS article, a.id AS articleId`,
      );
      expect(
        sorted(
          rows.map(({ quote, speech, medium, article, articleId }) => ({
            quote,
            speech,
            medium,
            article,
            articleId,
          })),
        ),
      ).toEqual(sorted(expected));
      for (const r of rows) {
        expect(r.sentences).toEqual(expect.arrayContaining([expect.any(Number)]));
        expect(['direct', 'reported']).toContain(r.speech);
      }
    });

    it('takes the limit, and finds nothing for a name no one has', async () => {
      expect(await rowsOf('who-said-what', { speaker: 'zelenskyy', limit: 1 })).toHaveLength(1);
      expect(await rowsOf('who-said-what', { speaker: 'Nobody Atall' })).toEqual([]);
    });
  });

  describe('quotes-about', () => {
    it('returns the quotes that name a place, with their speakers', async () => {
      const rows = await rowsOf('quotes-about', { entity: 'Kyiv', limit: ALL });
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.about))).toEqual(new Set(['Kyiv']));
      const expected = await graph(
        `MATCH (q:Quote)-[:ABOUT]->(e:Entity) WHERE 'kyiv' IN e.keys
         MATCH (speaker)-[:SAID]->(q)
         RETURN q.text AS quote, coalesce(speaker.name, speaker.description) AS speaker, q.article AS articleId`,
      );
      expect(sorted(rows.map(({ quote, speaker, articleId }) => ({ quote, speaker, articleId })))).toEqual(
        sorted(expected),
      );
    });
  });

  describe('top-speakers', () => {
    it('ranks speakers by their number of quotes, with the counts the graph holds', async () => {
      const rows = await rowsOf('top-speakers', { limit: ALL });
      const expected = await graph(
        `MATCH (e:Entity)-[:SAID]->(q:Quote) RETURN e.name AS speaker, count(q) AS quotes, count(DISTINCT q.article) AS articles`,
      );
      expect(sorted(rows.map(({ speaker, quotes, articles }) => ({ speaker, quotes, articles })))).toEqual(
        sorted(expected),
      );
      const quotes = rows.map((r) => r.quotes as number);
      expect(quotes).toEqual([...quotes].sort((a, b) => b - a));
      expect(rows.find((r) => r.speaker === 'Volodymyr Zelenskyy')).toMatchObject({ type: 'Person' });
    });

    it('lists the roles and organizations of the speakers', async () => {
      const rows = await rowsOf('top-speakers', { limit: ALL });
      const roles = await graph(
        `MATCH (p:Person)-[r:HOLDS_ROLE]->(of) WHERE (p)-[:SAID]->(:Quote)
         RETURN p.name AS speaker, r.title + ', ' + of.name AS role, of:Organization AS org, of.name AS of`,
      );
      expect(roles.length).toBeGreaterThan(0);
      for (const { speaker, role, org, of } of roles) {
        const row = rows.find((r) => r.speaker === speaker);
        expect(row?.roles).toContain(role);
        if (org) expect(row?.organizations).toContain(of);
        else expect(row?.organizations).not.toContain(of);
      }
      expect(rows.find((r) => r.speaker === 'Volodymyr Zelenskyy')?.roles).toEqual(
        expect.arrayContaining([expect.stringMatching(/^president, Ukraine$/i)]),
      );
    });
  });

  describe('attacks', () => {
    const attacksInGraph = () =>
      graph(
        `MATCH (t:Attack)-[:BY]->(by), (t)-[:TARGETED]->(target)
         RETURN by.name AS attacker, target.name AS target,
                COLLECT { MATCH (t)-[:IN_PLACE]->(p) RETURN p.name }[0] AS place,
                toInteger(t.killed) AS killed,
                COLLECT { MATCH (t)-[:USED]->(w) RETURN w.name ORDER BY w.name } AS weapons,
                t.article AS articleId`,
      );

    it('who-attacked-where: every attack with attacker, target, place, weapons, toll and source', async () => {
      const rows = await rowsOf('who-attacked-where', { limit: ALL });
      expect(rows.length).toBeGreaterThan(0);
      expect(
        sorted(
          rows.map(({ attacker, target, place, killed, weapons, articleId }) => ({
            attacker,
            target,
            place,
            killed,
            weapons,
            articleId,
          })),
        ),
      ).toEqual(sorted(await attacksInGraph()));
      expect(rows.some((r) => r.attacker === 'Russia')).toBe(true);
      for (const r of rows) {
        expect(typeof r.article).toBe('string');
        expect((r.sentences as string[]).length).toBeGreaterThan(0);
      }
    });

    it('who-attacked-where and attack-timeline: filtered by attacker', async () => {
      const all = await attacksInGraph();
      const russian = all.filter((a) => a.attacker === 'Russia');
      expect(russian.length).toBeGreaterThan(0);
      const rows = await rowsOf('who-attacked-where', { attacker: 'russia', limit: ALL });
      expect(rows).toHaveLength(russian.length);
      const timeline = await rowsOf('attack-timeline', { attacker: 'RUSSIA', limit: ALL });
      expect(timeline).toHaveLength(russian.length);
      expect(new Set(timeline.map((r) => r.attacker))).toEqual(new Set(['Russia']));
    });

    it('attack-timeline: grouped by attacker, dated attacks in date order before undated ones', async () => {
      const rows = await rowsOf('attack-timeline', { limit: ALL });
      expect(rows).toHaveLength((await attacksInGraph()).length);
      const attackers = rows.map((r) => r.attacker as string);
      for (const name of new Set(attackers)) {
        const block = attackers.flatMap((a, i) => (a === name ? [i] : []));
        expect(block[block.length - 1] - block[0]).toBe(block.length - 1);
        // The day an attack is ordered by: its event date, else its article's publication day.
        const dates = block.map(
          (i) =>
            (rows[i].eventDate as string | null) ??
            (rows[i].publishedAt as string | null)?.slice(0, 10) ??
            null,
        );
        const dated = dates.filter((d): d is string => d !== null);
        expect(dates.slice(0, dated.length)).toEqual([...dated].sort());
      }
      expect(attackers).toEqual([...attackers].sort());
    });

    it('attacks-on a country: the country, places inside it, and places with its country code', async () => {
      const countries = await graph(
        `MATCH (:Attack)-[:TARGETED|IN_PLACE]->(place)
         MATCH (country:Location {placeKind: 'country'})
         WHERE country.countryCode = place.countryCode OR country.keys[0] IN place.keys
         RETURN DISTINCT country.name AS name, country.keys[0] AS key, country.countryCode AS code`,
      );
      expect(countries.map((c) => c.name)).toEqual(expect.arrayContaining(['Ukraine', 'Russia']));
      const hows = new Set<PlainValue>();
      for (const country of countries) {
        const rows = await rowsOf('attacks-on', { place: country.name, limit: ALL });
        const expected = await graph(
          `MATCH (t:Attack)-[:TARGETED]->(target)
           WHERE $key IN target.keys OR target.countryCode = $code
              OR EXISTS { (t)-[:IN_PLACE]->(p) WHERE $key IN p.keys }
           RETURN target.name AS target, t.article AS articleId`,
          { key: country.key, code: country.code },
        );
        expect(sorted(rows.map(({ target, articleId }) => ({ target, articleId })))).toEqual(
          sorted(expected),
        );
        for (const r of rows) hows.add(r.how);
      }
      expect([...hows]).toEqual(expect.arrayContaining(['inside it', 'the place']));
      const ukraine = await rowsOf('attacks-on', { place: 'Ukraine', limit: ALL });
      expect(
        ukraine.some((r) => r.target !== 'Ukraine' && r.how === 'inside it' && r.place === 'Ukraine'),
      ).toBe(true);
    });

    it('attacks-on within a radius: distances agree with the haversine formula', async () => {
      const [kyiv] = await graph(
        `MATCH (k:Location) WHERE 'kyiv' IN k.keys AND k.point IS NOT NULL
         RETURN k.point.latitude AS lat, k.point.longitude AS lon`,
      );
      const targets = await graph(
        `MATCH (t:Attack)-[:TARGETED]->(target) WHERE target.point IS NOT NULL
         RETURN target.name AS name, target.point.latitude AS lat, target.point.longitude AS lon`,
      );
      const km = (a: Graph, b: Graph): number => {
        const rad = (d: PlainValue) => ((d as number) * Math.PI) / 180;
        const h =
          Math.sin((rad(b.lat) - rad(a.lat)) / 2) ** 2 +
          Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin((rad(b.lon) - rad(a.lon)) / 2) ** 2;
        return 2 * 6371 * Math.asin(Math.sqrt(h));
      };
      const radius = 600;
      const near = targets.filter((t) => km(kyiv, t) < radius - 5).map((t) => t.name);
      expect(near.length).toBeGreaterThan(1);
      const rows = await rowsOf('attacks-on', { place: 'kyiv', radiusKm: radius, limit: ALL });
      expect(rows.map((r) => r.target)).toEqual(expect.arrayContaining(near));
      for (const r of rows) {
        expect(r.distanceKm as number).toBeLessThanOrEqual(radius);
        const t = targets.find((x) => x.name === r.target) as Graph;
        expect(Math.abs((r.distanceKm as number) - km(kyiv, t))).toBeLessThan(km(kyiv, t) * 0.01 + 0.2);
      }
      const without = await rowsOf('attacks-on', { place: 'kyiv', limit: ALL });
      expect(without.every((r) => r.how !== 'within the radius')).toBe(true);
      expect(rows.length).toBeGreaterThan(without.length);
    });

    it('weapons-used: per attacker and weapon, the attacks and the numbers launched and intercepted', async () => {
      const rows = await rowsOf('weapons-used', { limit: ALL });
      const used = await graph(
        `MATCH (t:Attack)-[:BY]->(by), (t)-[:USED]->(w:Weapon)
         RETURN by.name AS attacker, w.name AS weapon, substring(w.id, 7) AS key,
                t.weaponCounts AS counts, t.intercepted AS intercepted`,
      );
      const expected = new Map<
        string,
        { attacks: number; launched: number | null; intercepted: number | null }
      >();
      for (const u of used) {
        const id = `${u.attacker}|${u.weapon}`;
        const e = expected.get(id) ?? { attacks: 0, launched: null, intercepted: null };
        const launched = (JSON.parse(u.counts as string) as Record<string, number>)[u.key as string];
        const down = (JSON.parse((u.intercepted as string | null) ?? '{}') as Record<string, number>)[
          u.key as string
        ];
        expected.set(id, {
          attacks: e.attacks + 1,
          launched: launched === undefined ? e.launched : (e.launched ?? 0) + launched,
          intercepted: down === undefined ? e.intercepted : (e.intercepted ?? 0) + down,
        });
      }
      expect(rows).toHaveLength(expected.size);
      for (const r of rows) {
        expect(expected.get(`${r.attacker}|${r.weapon}`)).toEqual({
          attacks: r.attacks,
          launched: r.launched,
          intercepted: r.intercepted,
        });
      }
      expect(rows.some((r) => r.attacker === 'Russia' && r.weapon === 'drone')).toBe(true);
      expect(rows.some((r) => typeof r.launched === 'number' && r.launched > 0)).toBe(true);
    });
  });

  describe('mentions', () => {
    it('most-mentioned: entities by number of articles, as the graph counts them', async () => {
      const rows = await rowsOf('most-mentioned', { limit: ALL });
      const expected = await graph(
        `MATCH (a:Article)-[m:MENTIONS]->(e) RETURN e.name AS entity, count(a) AS articles, toInteger(sum(m.count)) AS mentions`,
      );
      expect(sorted(rows.map(({ entity, articles, mentions }) => ({ entity, articles, mentions })))).toEqual(
        sorted(expected),
      );
      const articles = rows.map((r) => r.articles as number);
      expect(articles).toEqual([...articles].sort((a, b) => b - a));
      expect(articles[0]).toBeGreaterThanOrEqual(3);
      expect(rows.slice(0, 10).map((r) => r.entity)).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
    });

    it('most-mentioned: one type only', async () => {
      const rows = await rowsOf('most-mentioned', { type: 'person', limit: 5 });
      expect(rows).toHaveLength(5);
      expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['Person']));
    });

    it('co-mentioned: pairs named in the same sentences, counted as the MENTIONS sentence lists say', async () => {
      const rows = await rowsOf('co-mentioned', { entity: 'Kyiv', limit: ALL });
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r.entity))).toEqual(new Set(['Kyiv']));
      const mentions = await graph(
        `MATCH (a:Article)-[m:MENTIONS]->(e) RETURN a.id AS article, e.id AS id, e.name AS name, e.keys AS keys, m.sentences AS sentences`,
      );
      const kyiv = mentions.filter((m) => (m.keys as string[]).includes('kyiv'));
      const expected = new Map<string, number>();
      for (const k of kyiv) {
        for (const m of mentions.filter((x) => x.article === k.article && x.id !== k.id)) {
          const shared = (m.sentences as number[]).filter((i) =>
            (k.sentences as number[]).includes(i),
          ).length;
          if (shared > 0) expected.set(m.name as string, (expected.get(m.name as string) ?? 0) + shared);
        }
      }
      const found = new Map<string, number>();
      for (const r of rows)
        found.set(r.other as string, (found.get(r.other as string) ?? 0) + (r.sentences as number));
      expect(found).toEqual(expected);
      const top = await rowsOf('co-mentioned', { limit: 3 });
      expect(top).toHaveLength(3);
      expect((top[0].sentences as number) >= (top[2].sentences as number)).toBe(true);
    });
  });

  describe('connection', () => {
    it('links a speaker and a place through the facts, one step per row, without articles', async () => {
      const [pair] = await graph(
        `MATCH (p:Person)-[:SAID]->(:Quote)-[:ABOUT]->(place:Location)
         WHERE NOT (p)-[:HOLDS_ROLE]->(place)
         RETURN p.name AS from, place.name AS to LIMIT 1`,
      );
      const rows = await rowsOf('connection', { from: pair.from, to: pair.to });
      expect(rows).toHaveLength(2);
      expect(rows[0].node).toBe(pair.from);
      expect(rows[rows.length - 1].next).toBe(pair.to);
      rows.forEach((r, i) => {
        expect(r.step).toBe(i + 1);
        if (i > 0) expect(r.node).toBe(rows[i - 1].next);
        expect(r.link).toMatch(
          /^(<-\[(SAID|ABOUT|BY|TARGETED|IN_PLACE|USED|HOLDS_ROLE)\]-|-\[(SAID|ABOUT|BY|TARGETED|IN_PLACE|USED|HOLDS_ROLE)\]->)$/,
        );
        expect(typeof r.articleId).toBe('string');
      });
    });

    it('takes a role as one step, and finds nothing between entities no fact links', async () => {
      const zelenskyy = await rowsOf('connection', { from: 'Zelenskyy', to: 'Ukraine' });
      expect(zelenskyy.length).toBeGreaterThanOrEqual(1);
      expect(zelenskyy[0].node).toBe('Volodymyr Zelenskyy');
      const [lonely] = await graph(
        `MATCH (e:Entity) WHERE NOT (e)--(:Quote) AND NOT (e)--(:Attack) AND NOT (e)-[:HOLDS_ROLE]-()
         RETURN e.name AS name LIMIT 1`,
      );
      expect(await rowsOf('connection', { from: lonely.name, to: 'Ukraine' })).toEqual([]);
      expect(await rowsOf('connection', { from: 'Zelenskyy', to: 'volodymyr zelenskyy' })).toEqual([]);
    });

    it('does not pass through a country unless asked to (--via-hubs)', async () => {
      const pairs = await graph(
        `MATCH (a:Person)-[:SAID]->(:Quote)-[:ABOUT]->(:Location {placeKind: 'country'})<-[:ABOUT]-(:Quote)<-[:SAID]-(b:Person)
         WHERE a.id < b.id
         RETURN DISTINCT a.id AS from, b.id AS to LIMIT 10`,
      );
      const countries = new Set(
        (await graph(`MATCH (c:Location {placeKind: 'country'}) RETURN c.name AS name`)).map((r) => r.name),
      );
      const inner = (rows: Row[]): PlainValue[] => rows.slice(1).map((r) => r.node);
      let checked = 0;
      for (const pair of pairs) {
        const via = await rowsOf('connection', { from: pair.from, to: pair.to, viaHubs: true });
        if (!inner(via).some((n) => countries.has(n))) continue;
        const around = await rowsOf('connection', { from: pair.from, to: pair.to });
        expect(inner(around).filter((n) => countries.has(n))).toEqual([]);
        expect(around.length === 0 || around.length >= via.length).toBe(true);
        const args = ['query', 'connection', '-p', `from=${pair.from}`, '-p', `to=${pair.to}`, '-f', 'json'];
        const cliVia = await cli([...args, '--via-hubs']);
        expect(cliVia.code).toBe(0);
        expect((JSON.parse(cliVia.stdout) as Row[]).map((r) => r.node)).toEqual(via.map((r) => r.node));
        checked++;
        break;
      }
      expect(checked).toBeGreaterThan(0);
    });
  });

  describe('articles and article-facts', () => {
    it('articles: every article with its counts of quotes, attacks and entities', async () => {
      const rows = await rowsOf('articles');
      const expected = await graph(
        `MATCH (a:Article)
         RETURN a.id AS articleId,
                COUNT { MATCH (q:Quote {article: a.id}) RETURN q } AS quotes,
                COUNT { MATCH (t:Attack {article: a.id}) RETURN t } AS attacks,
                COUNT { (a)-[:MENTIONS]->() } AS entities`,
      );
      expect(
        sorted(
          rows.map(({ articleId, quotes, attacks, entities }) => ({ articleId, quotes, attacks, entities })),
        ),
      ).toEqual(sorted(expected));
      expect(rows.length).toBeGreaterThanOrEqual(4);
    });

    it('article-facts: every quote, attack, role and entity of one article, with its sentences', async () => {
      const [article] = await graph(
        `MATCH (a:Article) RETURN a.id AS id, a.title AS title,
                COUNT { MATCH (q:Quote {article: a.id}) RETURN q } AS quotes,
                COUNT { MATCH (t:Attack {article: a.id}) RETURN t } AS attacks,
                COUNT { (a)-[:MENTIONS]->() } AS entities
         ORDER BY attacks DESC, quotes DESC LIMIT 1`,
      );
      const rows = await rowsOf('article-facts', { article: article.id });
      const kinds = (kind: string) => rows.filter((r) => r.kind === kind);
      expect(kinds('quote')).toHaveLength(article.quotes as number);
      expect(kinds('attack')).toHaveLength(article.attacks as number);
      expect(kinds('entity')).toHaveLength(article.entities as number);
      expect(new Set(rows.map((r) => r.articleId))).toEqual(new Set([article.id]));

      const quotes = await graph(
        `MATCH (q:Quote {article: $id})
         RETURN q.text AS text, COLLECT { MATCH (q)-[:IN]->(s:Sentence) RETURN s.text ORDER BY s.index } AS sentences`,
        { id: article.id },
      );
      for (const q of quotes) {
        const row = kinds('quote').find((r) => (r.fact as string).includes(`"${q.text as string}"`));
        expect(row?.sentenceText).toEqual(q.sentences);
      }
      for (const r of [...kinds('quote'), ...kinds('attack')]) {
        expect((r.sentenceText as string[]).length).toBeGreaterThan(0);
        expect(r.start as number).toBeLessThan(r.end as number);
      }
      expect(await rowsOf('article-facts', { article: article.title })).toEqual(rows);
      expect(await rowsOf('article-facts', { article: 'no such article' })).toEqual([]);
    });
  });

  describe('each file as Neo4j Browser runs it', () => {
    const catalogue = loadQueries();

    it.each(catalogue.queries.map((q) => [q.name, q] as const))(
      '%s runs as it is after its :param lines, with the same rows as runQuery',
      async (name, query) => {
        const params = Object.fromEntries(
          query.browserParams.map((b) => [
            b.name,
            b.literal.integer ? neo4j.int(b.literal.value as number) : b.literal.value,
          ]),
        );
        const { records } = await driver.executeQuery(query.cypher, params, { database });
        expect(records.length).toBeGreaterThan(0);
        const plain = Object.fromEntries(query.browserParams.map((b) => [b.name, b.literal.value]));
        const browserRows = records.map((r) => Object.fromEntries(r.keys.map((k) => [k, toPlain(r.get(k))])));
        expect(await rowsOf(name, plain)).toEqual(browserRows);
      },
    );
  });

  describe('parameters are data', () => {
    it.each(HOSTILE)(
      'a value like %j matches nothing and changes nothing, in every query',
      async (hostile) => {
        const before = await counts();
        let checked = 0;
        for (const query of loadQueries().queries) {
          const text = query.params.filter((p) => ['name', 'entity', 'string'].includes(p.type.kind));
          if (text.length === 0) continue;
          const params = Object.fromEntries(text.map((p) => [p.name, hostile]));
          expect(await rowsOf(query.name, params)).toEqual([]);
          checked++;
        }
        expect(checked).toBeGreaterThanOrEqual(9);
        expect(await counts()).toBe(before);
      },
    );

    it('a query file that tries to write is refused by the read session', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'newsgraph-write-query-'));
      writeFileSync(
        join(dir, 'sneaky.cypher'),
        `// name: sneaky\n// description: Tries to write.\nCREATE (p:NewsgraphQueryProbe {at: 1}) RETURN p.at AS at\n`,
      );
      const sneaky = findQuery(loadQueries(dir), 'sneaky');
      await expect(runCannedQuery(driver, sneaky, {}, { database })).rejects.toThrow(
        /query sneaky .*sneaky\.cypher\) failed: .*(read|access mode)/i,
      );
      expect(await graph('MATCH (p:NewsgraphQueryProbe) RETURN count(p) AS c')).toEqual([{ c: 0 }]);
    });
  });

  describe('errors', () => {
    it('an unknown name lists the known queries', async () => {
      const error = await rowsOf('who-said').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnknownQueryError);
      expect((error as Error).message).toMatch(
        /no canned query named "who-said"; known queries: .*who-said-what/,
      );
    });

    it.each([
      ['who-said-what', {}, /parameter "speaker" is required/],
      [
        'who-said-what',
        { speaker: 'x', limit: 'many' },
        /parameter "limit" must be a whole number from 1 to 10000, found "many"/,
      ],
      [
        'attacks-on',
        { place: 'kyiv', radiusKm: -1 },
        /parameter "radiusKm" must be a number from 0 to 20000, found -1/,
      ],
      [
        'most-mentioned',
        { type: 'Planet' },
        /parameter "type" must be one of Person, Organization, Location, Weapon/,
      ],
      [
        'top-speakers',
        { speaker: 'x' },
        /parameter "speaker" is not a parameter of this query; its parameters are from, to, source, dataset, minArticles, limit/,
      ],
    ])('%s with %j: %s', async (name, params, expected) => {
      const error = await rowsOf(name, params).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryParamError);
      expect((error as Error).message).toMatch(expected);
    });
  });

  describe('CLI', () => {
    it('query prints JSON equal to runQuery, and CSV with a header', async () => {
      const json = await cli([
        'query',
        'who-said-what',
        '--param',
        'speaker=Zelenskyy',
        '-p',
        'limit=3',
        '--format',
        'json',
      ]);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual(
        await rowsOf('who-said-what', { speaker: 'zelenskyy', limit: 3 }),
      );
      const csv = await cli(['query', 'most-mentioned', '-p', 'limit=2', '--format', 'csv']);
      expect(csv.code).toBe(0);
      const lines = csv.stdout.trim().split('\n');
      expect(lines[0]).toBe('entity,entityId,type,articles,mentions');
      expect(lines).toHaveLength(3);
    });

    it('query prints a table when asked', async () => {
      const table = await cli(['query', 'top-speakers', '-p', 'limit=2', '-f', 'table']);
      expect(table.code).toBe(0);
      const lines = table.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^speaker\s+speakerId\s+type\s+quotes\s+direct\s+articles\s+roles/);
      expect(lines[1]).toMatch(/^-+ {2}-+/);
      expect(lines[lines.length - 1]).toBe('(2 rows)');
    });

    it('queries lists every name with its parameters', async () => {
      const list = await cli(['queries']);
      expect(list.code).toBe(0);
      for (const q of loadQueries().queries) expect(list.stdout).toContain(`${q.name} — ${q.description}`);
      expect(list.stdout).toMatch(/\n {4}speaker\s+entity\[Person\|Organization\|Location\]\s+required/);
    });

    it('an unknown name or a bad parameter: one clear line and exit code 1', async () => {
      const unknown = await cli(['query', 'who-said']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr.trim()).toMatch(
        /^newsgraph: no canned query named "who-said"; known queries: .*who-said-what/,
      );
      const bad = await cli(['query', 'who-said-what', '-p', 'speaker=x', '-p', 'limit=0']);
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim()).toBe(
        'newsgraph: query who-said-what: parameter "limit" must be a whole number from 1 to 10000, found "0"',
      );
      const shape = await cli(['query', 'who-said-what', '-p', 'speaker']);
      expect(shape.code).toBe(1);
      expect(shape.stderr).toMatch(/--param must look like key=value/);
    });
  });
});
