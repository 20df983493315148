import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadPaths } from '../../src/run/load-paths';
import { openDriver } from '../../src/neo4j/connect';
import { PACKAGE_ROOT } from '../../src/package-root';
import type { CannedQuery, ColumnType } from '../../src/queries/canned-query';
import { columnTypeText } from '../../src/queries/column-type';
import { coerceParams } from '../../src/queries/coerce-params';
import { loadQueries } from '../../src/queries/load-queries';
import { resolveEntityParams } from '../../src/queries/resolve-name';
import { readRecords } from '../../src/queries/session-helpers';
import { testConfig } from './test-neo4j';
import { resetTestDatabase } from './test-database';

const SEEDS = join(PACKAGE_ROOT, 'seeds');
/**
 * The seeds have no publication dates, no injured and no dataset: one invented dated report
 * beside them, loaded into a dataset, so the date, injured and dataset columns are seen with
 * values too.
 */
const DATED_REPORT = {
  id: 'query-types-dated-report',
  date: '2024-03-05T09:00:00Z',
  title: 'Shelling hits Kharkiv',
  body:
    'Russian forces shelled Kharkiv in north-eastern Ukraine on Monday, killing two people and injuring five, the regional governor Petro Maranenko said. ' +
    '"The strikes hit a school and two houses," Maranenko said.',
};
/** Values for the entity parameters that find the dated report's facts. */
const DATED_ENTITIES: Readonly<Record<string, string>> = {
  speaker: 'Petro Maranenko',
  entity: 'Kharkiv',
  place: 'Kharkiv',
  attacker: 'Russia',
};

/**
 * What is wrong with a raw driver value (integers not converted, so an integer and a float are
 * told apart) for a declared column type; undefined when it fits.
 */
function mismatch(type: ColumnType, value: unknown): string | undefined {
  const found = (): string =>
    `${columnTypeText(type)} expected, found ${neo4j.isInt(value) ? `integer ${String(value)}` : JSON.stringify(value)}`;
  if (type.kind === 'nullable') return value === null ? undefined : mismatch(type.of, value);
  if (value === null) return found();
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' ? undefined : found();
    case 'choice':
      return typeof value === 'string' && type.options.includes(value) ? undefined : found();
    case 'boolean':
      return typeof value === 'boolean' ? undefined : found();
    case 'integer':
      return neo4j.isInt(value) ? undefined : found();
    case 'float':
      return typeof value === 'number' ? undefined : found();
    case 'list':
      if (!Array.isArray(value)) return found();
      return value.map((v: unknown) => mismatch(type.of, v)).find((m) => m !== undefined);
  }
}

/**
 * The parameter sets a query is run with: its Browser `:param` values for the required ones
 * (entity lists of keys as Browser sends them), every limit at its maximum so all rows are
 * checked; once more with each boolean switched on (`events`: the event rows), and once with
 * the names of the dated report for its required entities.
 */
function paramSets(query: CannedQuery): Record<string, unknown>[] {
  const base: Record<string, unknown> = {};
  for (const p of query.params) {
    const browser = query.browserParams.find((b) => b.name === p.name);
    if (p.required && browser !== undefined) base[p.name] = browser.literal.value;
    if (p.name === 'limit' && p.type.kind === 'integer' && p.type.max !== undefined) base.limit = p.type.max;
  }
  const switches = query.params
    .filter((p) => p.type.kind === 'boolean')
    .map((p) => ({ ...base, [p.name]: true }));
  const entities = query.params.filter((p) => p.required && p.type.kind === 'entity');
  const dated =
    entities.length === 0 || entities.some((p) => DATED_ENTITIES[p.name] === undefined)
      ? []
      : [{ ...base, ...Object.fromEntries(entities.map((p) => [p.name, DATED_ENTITIES[p.name]])) }];
  return [base, ...switches, ...dated];
}

describe('the column types of the query headers, against what Neo4j returns on the seeds', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  const queries = loadQueries().queries;
  /** The tests' own driver keeps Neo4j integers as `Integer`, so integer and float columns differ. */
  let lossless: Driver;
  let driver: Driver;
  /** Per query and column: whether a non-null value was seen (a type never seen is not checked). */
  const seen = new Map<string, Set<string>>();

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    lossless = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password));
    await resetTestDatabase(driver, config);
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-query-types-'));
    writeFileSync(join(dir, 'dated.jsonl'), `${JSON.stringify(DATED_REPORT)}\n`);
    const summary = await loadPaths([SEEDS], { driver, database, batchSize: config.batchSize });
    expect(summary.failed).toBe(0);
    // In a dataset of its own, so the dataset columns are seen with a value too.
    const dated = await loadPaths([dir], {
      driver,
      database,
      batchSize: config.batchSize,
      dataset: 'query-types',
    });
    expect(dated.failed).toBe(0);
  });
  afterAll(async () => {
    await resetTestDatabase(driver, config);
    await lossless.close();
    await driver.close();
  });

  it('declares columns for every shipped query', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    expect(queries.filter((q) => q.columns.length === 0).map((q) => q.name)).toEqual([]);
  });

  it.each(queries.map((q) => [q.name, q] as const))(
    '%s returns the declared columns in order, each value of its declared type',
    async (name, query) => {
      const problems: string[] = [];
      const nonNull = new Set<string>();
      for (const params of paramSets(query)) {
        const coerced = coerceParams(query, params);
        const { values } = await resolveEntityParams(lossless, query, coerced, { database });
        const { keys, records } = await readRecords(lossless, query.cypher, values, { database });
        expect(keys).toEqual(query.columns.map((c) => c.name));
        expect(records.length).toBeGreaterThan(0);
        for (const [i, record] of records.entries()) {
          for (const column of query.columns) {
            const value: unknown = record.get(column.name);
            if (value !== null) nonNull.add(column.name);
            const problem = mismatch(column.type, value);
            if (problem !== undefined)
              problems.push(`${JSON.stringify(params)} row ${i} ${column.name}: ${problem}`);
          }
        }
      }
      seen.set(name, nonNull);
      expect(problems.slice(0, 10)).toEqual([]);
    },
  );

  it('saw a value (not only null) in every declared column, so each declared type was checked', () => {
    const unseen = queries.flatMap((q) =>
      q.columns.filter((c) => !seen.get(q.name)?.has(c.name)).map((c) => `${q.name}.${c.name}`),
    );
    expect(unseen).toEqual([]);
  });
});
