import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/run/load-paths';
import { extractPaths } from '../../src/run/extract-articles';
import { buildBatch, type GraphBatch } from '../../src/graph/build-batch';
import { Neo4jWriter } from '../../src/graph/neo4j-writer';
import { openDriver } from '../../src/neo4j/connect';
import { PACKAGE_ROOT } from '../../src/package-root';
import { testConfig } from './test-neo4j';
import { runCli } from './run-cli';
import { resetTestDatabase } from './test-database';

const SEEDS = join(PACKAGE_ROOT, 'seeds');

const ARTICLE_V1 = `Shelling hits eastern city
Russian forces shelled Kharkiv on Monday, killing two people, regional officials said.
"We will rebuild every school that was destroyed in this city," Mayor Anna Kovalenko said on Monday.
`;
const ARTICLE_V2 = `Shelling hits eastern city
Russian forces shelled Kharkiv on Monday, killing two people, regional officials said.
"Our engineers are already repairing the power lines across the district," Mayor Anna Kovalenko said on Monday.
`;

describe('newsgraph load (real Neo4j)', () => {
  const config = testConfig();
  let driver: Driver;
  const load = (paths: string[]) =>
    loadPaths(paths, { driver, database: config.neo4j.database, batchSize: config.batchSize });
  const query = (text: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(text, params, { database: config.neo4j.database });
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(config, args, env);
  /** Every node and relationship with its properties, as sorted text: equal graphs give equal text. */
  const snapshot = async (): Promise<string[]> => {
    const { records } = await query(
      `MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
       RETURN labels(n) AS labels, properties(n) AS p, type(r) AS t, properties(r) AS rp, m.id AS mid`,
    );
    return records.map((r) => JSON.stringify(r.toObject())).sort();
  };

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    await resetTestDatabase(driver, config);
  });
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await driver.close();
  });

  it('loads the seeds: one node per place across articles, with coordinates, country and precision', async () => {
    const summary = await load([SEEDS]);
    expect(summary.failed).toBe(0);
    expect(summary.written).toBeGreaterThanOrEqual(4);
    const { records } = await query(
      `MATCH (k:Entity:Location) WHERE 'kyiv' IN k.keys
       OPTIONAL MATCH (a:Article)-[:MENTIONS]->(k)
       RETURN count(DISTINCT k) AS nodes, count(DISTINCT a) AS articles, k.point IS NOT NULL AS located,
              k.precision AS precision, k.placeKind AS placeKind`,
    );
    expect(records).toHaveLength(1);
    expect(records[0].get('nodes')).toBe(1);
    expect(records[0].get('articles')).toBeGreaterThanOrEqual(3);
    expect(records[0].get('located')).toBe(true);
    expect(records[0].get('precision')).toBe('city');
    expect(records[0].get('placeKind')).toBe('city');
  });

  it('leaves an identical graph when the same files are loaded again, and skips them by hash', async () => {
    const before = await snapshot();
    const again = await load([SEEDS]);
    expect(again.written).toBe(0);
    expect(again.skipped).toBe(again.articles);
    expect(await snapshot()).toEqual(before);
  });

  it('extracting on worker threads writes the graph the main thread writes, and a reload skips it all', async () => {
    const workerFile = join(PACKAGE_ROOT, 'dist', 'run', 'extract-worker.js');
    const loadOn = (extractThreads: number) =>
      loadPaths([SEEDS], {
        driver,
        database: config.neo4j.database,
        batchSize: config.batchSize,
        articlesPerTransaction: 2,
        extractThreads,
        workerFile,
      });
    await resetTestDatabase(driver, config);
    const onMain = await loadOn(0);
    const mainGraph = await snapshot();
    await resetTestDatabase(driver, config);
    const onWorkers = await loadOn(2);
    expect(onWorkers.problems).toEqual(onMain.problems);
    expect({ ...onWorkers, seconds: 0 }).toEqual({ ...onMain, seconds: 0, identity: expect.anything() });
    expect(await snapshot()).toEqual(mainGraph);
    const again = await loadOn(2);
    expect(again.skipped).toBe(onMain.articles);
    expect(await snapshot()).toEqual(mainGraph);
  });

  it('a group whose pipelined statements fail part way is written not at all', async () => {
    await resetTestDatabase(driver, config);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pipeline-'));
    writeFileSync(join(dir, 'kharkiv.txt'), ARTICLE_V1);
    const results = [];
    for await (const item of extractPaths([dir])) results.push(item);
    const [result] = results;
    if (result.kind !== 'value') throw new Error('the article did not extract');
    const batch = buildBatch([result.value]);
    expect(batch.entities.length).toBeGreaterThan(0);
    // The articles' upsert runs, then the entities' fails on Neo4j (a latitude that is not a
    // number), while the later upserts were already sent behind it.
    const broken = {
      ...batch,
      entities: batch.entities.map((e) => ({ ...e, latitude: 'north', longitude: 1 })),
    } as unknown as GraphBatch;
    const writer = new Neo4jWriter(driver, config.neo4j.database, config.batchSize);
    await expect(writer.write(broken, [])).rejects.toThrow();
    const { records } = await query('MATCH (n) WHERE NOT n:NewsgraphOwner RETURN count(n) AS n');
    expect(records[0].get('n')).toBe(0);
    await writer.write(batch, []);
    const written = await query('MATCH (a:Article)<-[:IN]-(:Sentence) RETURN count(*) AS n');
    expect(written.records[0].get('n')).toBeGreaterThan(0);
  });

  it('replaces the facts of an article whose text changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-edit-'));
    const file = join(dir, 'edited.txt');
    writeFileSync(file, ARTICLE_V1);
    await load([file]);
    const quotes = async () =>
      (
        await query(
          `MATCH (q:Quote)-[:IN]->(:Sentence)-[:IN]->(:Article {source: 'edited.txt'}) RETURN q.text AS text`,
        )
      ).records.map((r) => r.get('text') as string);
    const v1 = await quotes();
    expect(v1.some((t) => t.includes('rebuild every school'))).toBe(true);

    writeFileSync(file, ARTICLE_V2);
    const second = await load([file]);
    expect(second.written).toBe(1);
    const v2 = await quotes();
    expect(v2.some((t) => t.includes('rebuild every school'))).toBe(false);
    expect(v2.some((t) => t.includes('repairing the power lines'))).toBe(true);
    const { records } = await query(
      `MATCH (s:Sentence)-[:IN]->(:Article {source: 'edited.txt'}) WHERE s.text CONTAINS 'rebuild' RETURN count(s) AS c`,
    );
    expect(records[0].get('c')).toBe(0);
  });

  it('two files of one name in different folders are two articles, whether loaded together or apart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-ids-'));
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'a', '001.txt'), ARTICLE_V1.replace('Kharkiv', 'Odesa'));
    writeFileSync(join(root, 'b', '001.txt'), ARTICLE_V2.replace('Kharkiv', 'Mykolaiv'));
    const ids = async (): Promise<string[]> =>
      (
        await query(`MATCH (a:Article) WHERE a.id ENDS WITH '001.txt#0' RETURN a.id AS id ORDER BY id`)
      ).records.map((r) => r.get('id') as string);

    // Loaded one after the other, each file's id starts with its folder's name: two articles.
    expect(await load([join(root, 'a')])).toMatchObject({ written: 1, failed: 0 });
    expect(await load([join(root, 'b')])).toMatchObject({ written: 1, failed: 0 });
    expect(await ids()).toEqual(['a/001.txt#0', 'b/001.txt#0']);
    // Given as two files: the same ids, nothing new.
    const result = await cli(['load', join(root, 'a', '001.txt'), join(root, 'b', '001.txt')]);
    expect(result.code).toBe(0);
    expect(await ids()).toEqual(['a/001.txt#0', 'b/001.txt#0']);

    // Their common folder gives ids under its own name: the same bodies, so copies of the two
    // articles (recorded on them, not extracted again); loading it again changes nothing.
    const top = basename(root);
    expect(await load([root])).toMatchObject({ written: 2, copies: 2, failed: 0 });
    expect(await ids()).toEqual(['a/001.txt#0', 'b/001.txt#0']);
    const copies = await query(
      `MATCH (a:Article {id: 'a/001.txt#0'}) RETURN a.publications AS n, a.publicationIds AS ids`,
    );
    expect(copies.records[0].toObject()).toEqual({ n: 2, ids: ['a/001.txt#0', `${top}/a/001.txt#0`] });
    expect(await load([root])).toMatchObject({ written: 0, skipped: 2 });
  });

  it('a file given twice loads once, and a second record with an id already read is refused by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dup-ids-'));
    /** A `.jsonl` file of `dir` with one record per [id, text]; the text's first line is the title. */
    const jsonl = (name: string, records: [string, string][]): string => {
      const lines = records.map(([id, text]) => {
        const [title, ...body] = text.trim().split('\n');
        return JSON.stringify({ id, title, body: body.join('\n') });
      });
      const path = join(dir, name);
      writeFileSync(path, lines.join('\n') + '\n');
      return path;
    };
    // Bodies of their own: a body another test loaded would make a record a copy of its article.
    const wire = jsonl('wire.jsonl', [
      ['wire-1', ARTICLE_V1.replace('Kharkiv', 'Lviv')],
      ['wire-2', ARTICLE_V2.replace('Kharkiv', 'Poltava')],
    ]);
    const once = await load([wire, wire]);
    expect(once).toMatchObject({ articles: 2, written: 2, failed: 0 });
    expect(once.problems).toEqual([]);

    const clash = jsonl('clash.jsonl', [
      ['wire-3', ARTICLE_V1.replace('Kharkiv', 'Sumy')],
      ['wire-3', ARTICLE_V2.replace('Kharkiv', 'Chernihiv')],
    ]);
    const refused = await load([clash]);
    expect(refused).toMatchObject({ articles: 1, written: 1, failed: 1 });
    expect(refused.problems.map((p) => p.message)).toEqual([
      `${clash}: article id "wire-3" was already read from ${clash} in this load, so this one was not loaded (two records of the file have this id)`,
    ]);
    const { records } = await query(
      `MATCH (a:Article) WHERE a.id STARTS WITH 'wire-' RETURN a.id AS id, a.title AS title ORDER BY id`,
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { id: 'wire-1', title: 'Shelling hits eastern city' },
      { id: 'wire-2', title: 'Shelling hits eastern city' },
      { id: 'wire-3', title: 'Shelling hits eastern city' },
    ]);
    // The first record of the id is the one loaded.
    const first = await query(
      `MATCH (s:Sentence)-[:IN]->(:Article {id: 'wire-3'}) RETURN collect(s.text) AS texts`,
    );
    expect((first.records[0].get('texts') as string[]).join(' ')).toContain('shelled Sumy');
  });

  it('an article an older loader wrote under its old id (the base name) is replaced, not duplicated', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsgraph-legacy-'));
    mkdirSync(join(root, 'nested'));
    writeFileSync(join(root, 'nested', 'legacy.txt'), ARTICLE_V1.replace('Kharkiv', 'Kherson'));
    await load([root]);
    const shape = async () =>
      (
        await query(
          `MATCH (a:Article) WHERE a.source = 'legacy.txt'
           RETURN a.id AS id, a.idScheme AS scheme, COUNT { (a)<-[:IN]-(:Sentence) } AS sentences`,
        )
      ).records.map((r) => r.toObject());
    const clean = await shape();
    const id = `${basename(root)}/nested/legacy.txt#0`;
    expect(clean).toEqual([{ id, scheme: 3, sentences: expect.any(Number) }]);
    // What a loader before relative-path ids left: the same article under its base name, unmarked.
    await query(
      `MATCH (a:Article {id: $id}) SET a.id = 'legacy.txt#0', a.sha256 = 'old' REMOVE a.idScheme, a.bodyHash
       WITH a MATCH (p:Publication {id: $id}) DETACH DELETE p`,
      { id },
    );
    const reload = await load([root]);
    expect(reload).toMatchObject({ written: 1, failed: 0 });
    expect(await shape()).toEqual(clean);
  });

  it('CLI: a bad file beside good ones: the good ones load, the bad one is named, exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bad-'));
    writeFileSync(join(dir, 'good.txt'), ARTICLE_V1.replace('Kharkiv', 'Sumy'));
    writeFileSync(
      join(dir, 'broken.jsonl'),
      '{"title": "fine", "body": "A line that parses."}\n{not json at all\n',
    );
    const result = await cli(['load', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.jsonl:2/);
    const { records } = await query(`MATCH (a:Article {source: 'good.txt'}) RETURN count(a) AS c`);
    expect(records[0].get('c')).toBe(1);
  });

  it('CLI: Neo4j not answering: one clear message and exit code 2', async () => {
    const result = await cli(['load', SEEDS], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No Neo4j answers at bolt:\/\/127\.0\.0\.1:1/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('CLI: wrong credentials: one clear message and exit code 2, without the password', async () => {
    const result = await cli(['stats'], { NEO4J_PASSWORD: 'wrong-password-123' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refused the credentials/);
    expect(result.stderr).not.toMatch(/wrong-password-123/);
  });

  const newsgraphNodes = async (): Promise<number> =>
    (
      await query(
        'MATCH (n) WHERE n:Article OR n:Sentence OR n:Entity OR n:Quote OR n:Attack OR n:Source OR n:Publication OR n:Event RETURN count(n) AS c',
      )
    ).records[0].get('c') as number;

  it('CLI: reset without --yes says how many nodes it would remove, and changes nothing', async () => {
    const before = await snapshot();
    const count = await newsgraphNodes();
    expect(count).toBeGreaterThan(0);
    const result = await cli(['reset']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`reset would remove ${count} nodes newsgraph wrote`);
    expect(result.stderr).toMatch(/--yes/);
    expect(await snapshot()).toEqual(before);
  });

  it('CLI: reset --yes removes the nodes newsgraph wrote, says how many, and keeps other nodes', async () => {
    const count = await newsgraphNodes();
    await query('CREATE (:NewsgraphResetProbe {keep: true})');
    try {
      const result = await cli(['reset', '--yes']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Removed ${count} nodes newsgraph wrote`);
      expect(await newsgraphNodes()).toBe(0);
      const kept = await query('MATCH (n:NewsgraphResetProbe) RETURN count(n) AS c');
      expect(kept.records[0].get('c')).toBe(1);
    } finally {
      await query('MATCH (n:NewsgraphResetProbe) DELETE n');
    }
  });
});
