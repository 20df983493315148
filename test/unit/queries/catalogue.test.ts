import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeQuery } from '../../../src/queries/describe-query';
import { findQuery, loadQueries, QUERIES_DIR } from '../../../src/queries/load-queries';
import { QueryFileError, UnknownQueryError } from '../../../src/queries/query-errors';

const REQUIRED = [
  'who-said-what',
  'quotes-about',
  'top-speakers',
  'who-attacked-where',
  'attacks-on',
  'attack-timeline',
  'weapons-used',
  'most-mentioned',
  'co-mentioned',
  'connection',
  'article-facts',
];

describe('the shipped catalogue (cypher/queries)', () => {
  const catalogue = loadQueries();

  it('has every file usable, and the queries of issue 7', () => {
    expect(catalogue.problems.map((p) => p.message)).toEqual([]);
    expect(catalogue.queries.map((q) => q.name)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('lists the queries sorted by name, each with a description', () => {
    const names = catalogue.queries.map((q) => q.name);
    expect(names).toEqual([...names].sort());
    for (const q of catalogue.queries) expect(q.description.length).toBeGreaterThan(20);
  });

  it('looks every entity name up (entity parameters): the Cypher takes node ids, or keys from Browser', () => {
    const entityParams = catalogue.queries.flatMap((q) =>
      q.params.filter((p) => p.type.kind === 'entity').map((p) => ({ q, p })),
    );
    expect(entityParams.length).toBeGreaterThanOrEqual(9);
    expect(catalogue.queries.flatMap((q) => q.params).filter((p) => p.type.kind === 'name')).toEqual([]);
    for (const { q, p } of entityParams) {
      expect(q.cypher).toMatch(
        new RegExp(`(\\w+)\\.id IN \\$${p.name} OR any\\(k IN \\1\\.keys WHERE k IN \\$${p.name}\\)`),
      );
    }
  });

  it('caps every list query with a limit parameter that has a default', () => {
    for (const q of catalogue.queries.filter((x) => !['connection', 'article-facts'].includes(x.name))) {
      expect(q.params.find((p) => p.name === 'limit')).toMatchObject({
        required: false,
        type: { kind: 'integer' },
      });
    }
  });
});

describe('loadQueries and findQuery', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-queries-'));
  writeFileSync(
    join(dir, 'good-one.cypher'),
    '// name: good-one\n// description: Returns one.\nRETURN 1 AS one\n',
  );
  writeFileSync(join(dir, 'bad-one.cypher'), '// name: bad-one\nRETURN 1 AS one\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a query');
  const catalogue = loadQueries(dir);

  it('keeps the good files and reports the bad one, naming it', () => {
    expect(catalogue.queries.map((q) => q.name)).toEqual(['good-one']);
    expect(catalogue.problems).toHaveLength(1);
    expect(catalogue.problems[0].message).toBe(
      `${join(dir, 'bad-one.cypher')}: the header has no "// description:" line`,
    );
  });

  it('finds a query by name, rethrows the problem of a broken one, and lists the known names for an unknown one', () => {
    expect(findQuery(catalogue, 'good-one').cypher).toContain('RETURN 1 AS one');
    expect(() => findQuery(catalogue, 'bad-one')).toThrow(QueryFileError);
    expect(() => findQuery(catalogue, 'who-said')).toThrow(UnknownQueryError);
    expect(() => findQuery(catalogue, 'who-said')).toThrow(
      'no canned query named "who-said"; known queries: good-one',
    );
  });

  it('names a folder that cannot be read', () => {
    expect(() => loadQueries(join(dir, 'missing'))).toThrow(
      /missing: cannot read the folder of canned queries/,
    );
  });

  it('describes a query with its parameters for `newsgraph queries`', () => {
    const text = describeQuery(findQuery(loadQueries(QUERIES_DIR), 'who-said-what'));
    expect(text.split('\n')[0]).toMatch(/^who-said-what — Quotes by one speaker/);
    expect(text).toMatch(
      /\n {4}speaker {2}entity\[Person\|Organization\|Location\] {2}required {6}the speaker's name; alias, surname/,
    );
    expect(text).toMatch(
      /\n {4}from {5}date {34}default none {2}only articles published on this day or later/,
    );
    expect(text).toMatch(/\n {4}limit {4}integer\[1\.\.10000\] {21}default 50 {4}at most this many quotes/);
    expect(describeQuery(findQuery(catalogue, 'good-one'))).toBe(
      'good-one — Returns one.\n    (no parameters)',
    );
  });

  it('reads the shipped files as they are (the text sent to Neo4j is the file)', () => {
    const q = findQuery(loadQueries(), 'attacks-on');
    expect(q.cypher).toBe(readFileSync(join(QUERIES_DIR, 'attacks-on.cypher'), 'utf8'));
  });
});
