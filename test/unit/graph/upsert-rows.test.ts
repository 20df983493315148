/**
 * The rows the writer passes to each `cypher/write/upsert-*.cypher` and the `row.<key>` the
 * Cypher reads must agree: a key the Cypher reads and the row lacks is a property silently
 * written as null.
 */
import { buildBatch } from '../../../src/graph/build-batch';
import { cypher } from '../../../src/graph/cypher';
import { upserts } from '../../../src/graph/neo4j-writer';
import { sampleResult } from '../../support/batch';

/** The `row.<key>` names a Cypher text reads, comments left out. */
const keysRead = (text: string): Set<string> =>
  new Set([...text.replace(/\/\/[^\n]*/g, '').matchAll(/\brow\.(\w+)/g)].map((m) => m[1]));

/**
 * Row keys that no Cypher reads today. They are built in `src/facts/` (owned by the extraction
 * work); listed here so that a new unused key fails, and so that this list cannot go stale.
 */
const KNOWN_UNREAD: Readonly<Record<string, readonly string[]>> = {
  'write/upsert-attack': ['attackerName', 'targetName'],
};

describe('the upsert Cypher and the rows of a batch', () => {
  const batch = buildBatch([sampleResult('a.txt'), sampleResult('b.txt')]);
  const pairs = upserts(batch);

  it.each(pairs.map(([name, rows]) => [name, rows] as const))(
    '%s reads only keys every row has',
    (name, rows) => {
      expect(rows.length).toBeGreaterThan(0);
      const read = [...keysRead(cypher()[name])];
      expect(read.length).toBeGreaterThan(0);
      for (const row of rows) {
        const missing = read.filter((key) => !Object.hasOwn(row, key));
        expect({ name, missing }).toEqual({ name, missing: [] });
      }
    },
  );

  it.each(pairs.map(([name, rows]) => [name, rows] as const))(
    '%s reads every key of its rows',
    (name, rows) => {
      const read = keysRead(cypher()[name]);
      const unread = [...new Set(rows.flatMap((row) => Object.keys(row)))]
        .filter((key) => !read.has(key))
        .sort();
      expect({ name, unread }).toEqual({ name, unread: [...(KNOWN_UNREAD[name] ?? [])].sort() });
    },
  );

  it('finds the keys a Cypher text reads, not those in its comments', () => {
    expect([
      ...keysRead('// row.note\nUNWIND $rows AS row\nMERGE (a {id: row.id}) SET a.x = row.x_1'),
    ]).toEqual(['id', 'x_1']);
  });
});
