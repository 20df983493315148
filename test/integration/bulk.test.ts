import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { exportBulk } from '../../src/bulk/export-bulk';
import { importBulk, NotEmptyError } from '../../src/bulk/import-bulk';
import { openDriver } from '../../src/neo4j/connect';
import { PACKAGE_ROOT } from '../../src/package-root';
import { loadPaths } from '../../src/run/load-paths';
import { resetTestDatabase } from './test-database';
import { testConfig } from './test-neo4j';

const SEEDS = join(PACKAGE_ROOT, 'seeds');

/** What the two paths must agree on. */
interface Shape {
  /** `label: count` and `TYPE: count`, sorted. */
  readonly counts: string[];
  /** `Label id`, sorted. */
  readonly ids: string[];
  /** `start -TYPE-> end` by ids, sorted (a multiset: duplicates kept). */
  readonly relationships: string[];
  /** Every node and relationship with its properties, as sorted text. */
  readonly properties: string[];
}

const config = testConfig();
// The offline importer runs only for the suite's own local server, not for a Neo4j given by NEO4J_URI.
const local = !config.neo4j.uriGiven;

(local ? describe : describe.skip)('bulk path: export --neo4j-admin and import (real Neo4j)', () => {
  let driver: Driver;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bulk-'));
  const query = async (text: string): Promise<Record<string, unknown>[]> =>
    (await driver.executeQuery(text, {}, { database: config.neo4j.database })).records.map((r) =>
      r.toObject(),
    );

  const shape = async (): Promise<Shape> => {
    const owned = 'NOT n:NewsgraphOwner';
    const counts = await query(
      `MATCH (n) WHERE ${owned} UNWIND labels(n) AS label RETURN label AS name, count(*) AS count
       UNION ALL MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count`,
    );
    const ids = await query(
      `MATCH (n) WHERE ${owned} RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.id AS id`,
    );
    const rels = await query(`MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b`);
    const props = await query(
      `MATCH (n) WHERE ${owned} OPTIONAL MATCH (n)-[r]->(m)
       RETURN labels(n) AS labels, properties(n) AS p, type(r) AS t, properties(r) AS rp, m.id AS mid`,
    );
    // Keys sorted (the two stores order a node's properties differently), string lists as sets.
    const canonical = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? [...v].sort() : v.map(canonical);
      if (v !== null && typeof v === 'object')
        return Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => [k, canonical(x)]),
        );
      return v;
    };
    const text = (x: unknown): string => JSON.stringify(canonical(x));
    return {
      counts: counts.map((c) => `${String(c.name)}: ${String(c.count)}`).sort(),
      ids: ids.map((r) => `${String(r.label)} ${String(r.id)}`).sort(),
      relationships: rels.map((r) => `${String(r.a)} -${String(r.t)}-> ${String(r.b)}`).sort(),
      properties: props.map((r) => text(r)).sort(),
    };
  };

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    await resetTestDatabase(driver, config);
  });
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the graph of a transactional load of the seeds: same counts, ids, relationships and properties', async () => {
    const loaded = await loadPaths([SEEDS], {
      driver,
      database: config.neo4j.database,
      batchSize: config.batchSize,
    });
    expect(loaded.failed).toBe(0);
    const transactional = await shape();
    expect(transactional.ids.length).toBeGreaterThan(100);

    const exported = await exportBulk([SEEDS], dir);
    expect(exported.failed).toBe(0);
    expect(exported.written).toBe(loaded.written);

    // The importer replaces a database whole: one that holds a graph is refused, and nothing changes.
    await expect(importBulk(config, dir, () => undefined)).rejects.toThrow(NotEmptyError);
    expect((await shape()).ids).toEqual(transactional.ids);

    await resetTestDatabase(driver, config);
    await driver.close();
    const imported = await importBulk(config, dir, () => undefined);
    expect(imported.nodes).toBe(transactional.ids.length);
    driver = await openDriver(config.neo4j);

    const bulk = await shape();
    expect(bulk.counts).toEqual(transactional.counts);
    expect(bulk.ids).toEqual(transactional.ids);
    expect(bulk.relationships).toEqual(transactional.relationships);
    const only = (a: string[], b: string[]): string[] => {
      const other = new Set(b);
      return a.filter((x) => !other.has(x));
    };
    expect({
      transactional: only(transactional.properties, bulk.properties),
      bulk: only(bulk.properties, transactional.properties),
    }).toEqual({ transactional: [], bulk: [] });
    // The suite's claim on its database survives the import, and the schema is in place.
    const owners = await query('MATCH (o:NewsgraphOwner) RETURN o.owner AS owner');
    expect(owners).toHaveLength(1);
    const constraints = await query("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name");
    expect(constraints).toHaveLength(1);
  }, 600_000);
});
