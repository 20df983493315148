/**
 * Neo4jWriter against a hand-written fake driver: which Cypher files it runs, in which order,
 * with which rows, in how many statements and transactions. No database.
 */
import type { Driver } from 'neo4j-driver';
import { FACT_KINDS } from '../../../src/facts/registry';
import { buildBatch, type GraphBatch } from '../../../src/graph/build-batch';
import { cypher, type CypherName } from '../../../src/graph/cypher';
import { Neo4jWriter, upserts } from '../../../src/graph/neo4j-writer';
import { withIntegers } from '../../../src/graph/integer-values';
import { sampleResult } from '../../support/batch';

/** One `tx.run`, with the Cypher file it ran (found by its text). */
interface Run {
  readonly name: CypherName;
  readonly params: Readonly<Record<string, unknown>>;
}

const nameOf = (query: string): CypherName => {
  const found = (Object.entries(cypher()) as [CypherName, string][]).find(([, text]) => text === query);
  if (found === undefined) throw new Error(`not one of the Cypher files: ${query.slice(0, 60)}`);
  return found[0];
};

class FakeRecord {
  constructor(private readonly fields: Readonly<Record<string, unknown>>) {}
  get(key: string): unknown {
    return this.fields[key];
  }
}

/** Records every run; `write/previous-entities` answers with the given entity ids. */
class FakeTransaction {
  readonly runs: Run[] = [];
  constructor(
    private readonly previous: readonly string[],
    private readonly failOn?: CypherName,
  ) {}
  async run(query: string, params: Record<string, unknown> = {}): Promise<{ records: FakeRecord[] }> {
    const name = nameOf(query);
    this.runs.push({ name, params });
    if (name === this.failOn) throw new Error(`${name} failed`);
    const records =
      name === 'write/previous-entities' ? this.previous.map((id) => new FakeRecord({ entityId: id })) : [];
    return { records };
  }
}

class FakeSession {
  transactions = 0;
  closed = false;
  constructor(readonly tx: FakeTransaction) {}
  async executeWrite<T>(work: (tx: FakeTransaction) => Promise<T>): Promise<T> {
    this.transactions++;
    return work(this.tx);
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

class FakeDriver {
  readonly sessions: FakeSession[] = [];
  readonly databases: (string | undefined)[] = [];
  constructor(
    private readonly previous: readonly string[] = [],
    private readonly failOn?: CypherName,
  ) {}
  session(config: { database?: string }): FakeSession {
    this.databases.push(config.database);
    const session = new FakeSession(new FakeTransaction(this.previous, this.failOn));
    this.sessions.push(session);
    return session;
  }
}

/** Writes `batch` through a fake driver and returns what was run. */
async function write(
  batch: GraphBatch,
  replace: readonly string[],
  options: { batchSize?: number; previous?: readonly string[]; failOn?: CypherName } = {},
): Promise<{ runs: Run[]; driver: FakeDriver }> {
  const driver = new FakeDriver(options.previous, options.failOn);
  // The one place the fake stands in for the driver's types.
  const writer = new Neo4jWriter(driver as unknown as Driver, 'testdb', options.batchSize ?? 5000);
  await writer.write(batch, replace);
  return { runs: driver.sessions.flatMap((s) => s.tx.runs), driver };
}

const UPSERT_ORDER: CypherName[] = [
  'write/upsert-articles',
  'write/upsert-entities',
  'write/upsert-sentences',
  'write/upsert-mentions',
  'write/upsert-roles',
  ...FACT_KINDS.map((k): CypherName => `write/upsert-${k.kind}`),
];

/** Consecutive runs of the same file as one entry. */
const distinct = (names: readonly CypherName[]): CypherName[] => names.filter((n, i) => n !== names[i - 1]);

const rowsOf = (run: Run): readonly Record<string, unknown>[] => run.params.rows as Record<string, unknown>[];

describe('Neo4jWriter.write', () => {
  const three = buildBatch([sampleResult('a.txt'), sampleResult('b.txt'), sampleResult('c.txt')]);

  it('writes nodes before the relationships that need them, then each fact kind in registry order', async () => {
    const { runs } = await write(three, []);
    expect(UPSERT_ORDER).toEqual([
      'write/upsert-articles',
      'write/upsert-entities',
      'write/upsert-sentences',
      'write/upsert-mentions',
      'write/upsert-roles',
      'write/upsert-quote',
      'write/upsert-attack',
    ]);
    // The attacks are written without events: the load's event pass works them out once.
    expect(runs.map((r) => r.name)).toEqual(UPSERT_ORDER);
  });

  it('runs everything in one write transaction of one session on the configured database, then closes it', async () => {
    const { driver } = await write(three, []);
    expect(driver.databases).toEqual(['testdb']);
    expect(driver.sessions.map((s) => [s.transactions, s.closed])).toEqual([[1, true]]);
  });

  it('passes every row once, in batch order, with whole numbers as integers', async () => {
    const { runs } = await write(three, []);
    for (const [name, rows] of upserts(three)) {
      const sent = runs.filter((r) => r.name === name).flatMap(rowsOf);
      expect(sent).toEqual(withIntegers(rows));
    }
    const sentence = rowsOf(runs.find((r) => r.name === 'write/upsert-sentences') as Run)[0];
    expect(sentence.index).toEqual(expect.objectContaining({ low: 1, high: 0 }));
  });

  it('cuts each list of rows into statements of at most the batch size', async () => {
    const { runs } = await write(three, [], { batchSize: 2 });
    expect(distinct(runs.map((r) => r.name))).toEqual(UPSERT_ORDER);
    for (const [name, rows] of upserts(three)) {
      const sizes = runs.filter((r) => r.name === name).map((r) => rowsOf(r).length);
      const full = Math.floor(rows.length / 2);
      expect(sizes).toEqual([...Array<number>(full).fill(2), ...(rows.length % 2 ? [1] : [])]);
      expect(runs.filter((r) => r.name === name).flatMap(rowsOf)).toEqual(withIntegers(rows));
    }
    expect(runs.filter((r) => r.name === 'write/upsert-articles').map((r) => rowsOf(r).length)).toEqual([
      2, 1,
    ]);
  });

  it('runs no statement for a list without rows', async () => {
    const noFacts = buildBatch([{ ...sampleResult(), facts: [] }]);
    const { runs } = await write(noFacts, []);
    expect(runs.map((r) => r.name)).toEqual([
      'write/upsert-articles',
      'write/upsert-entities',
      'write/upsert-mentions',
      'write/upsert-roles',
    ]);
  });

  it('replaces changed articles: their previous entities, their old facts, the upserts, then the orphans', async () => {
    const previous = ['person:ivan petrenko', 'location:gone'];
    const { runs } = await write(three, ['a.txt#0', 'b.txt#0'], { previous });
    expect(distinct(runs.map((r) => r.name))).toEqual([
      'write/previous-entities',
      'write/delete-events-of-articles',
      'write/delete-article-facts',
      ...UPSERT_ORDER,
      'write/delete-orphan-entities',
    ]);
    expect(runs[0].params).toEqual({ ids: ['a.txt#0', 'b.txt#0'] });
    expect(runs[1].params).toEqual({ articles: ['a.txt#0', 'b.txt#0'] });
    expect(runs[2].params).toEqual({ ids: ['a.txt#0', 'b.txt#0'] });
    expect(runs.at(-1)?.params).toEqual({ ids: previous });
  });

  it('removes no orphans when the replaced articles pointed at no entity', async () => {
    const { runs } = await write(three, ['a.txt#0'], { previous: [] });
    expect(distinct(runs.map((r) => r.name))).toEqual([
      'write/previous-entities',
      'write/delete-events-of-articles',
      'write/delete-article-facts',
      ...UPSERT_ORDER,
    ]);
  });

  it('runs nothing of the replacement for an empty replace list', async () => {
    const { runs } = await write(three, [], { previous: ['person:ivan petrenko'] });
    const names = runs.map((r) => r.name);
    for (const name of [
      'write/previous-entities',
      'write/delete-article-facts',
      'write/delete-orphan-entities',
    ] as const)
      expect(names).not.toContain(name);
  });

  it('has a write epoch that is unset while a write is under way and changes with every write, failed or not', async () => {
    const driver = new FakeDriver([], 'write/upsert-mentions');
    const writer = new Neo4jWriter(driver as unknown as Driver, 'testdb', 5000);
    const before = writer.writeEpoch();
    expect(before).toBeDefined();
    const writing = writer.write(three, []);
    expect(writer.writeEpoch()).toBeUndefined();
    await expect(writing).rejects.toThrow();
    const after = writer.writeEpoch();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('pipelines the upserts: all are sent in order, a failing one rejects the write, and the session closes', async () => {
    const driver = new FakeDriver([], 'write/upsert-mentions');
    const writer = new Neo4jWriter(driver as unknown as Driver, 'testdb', 5000);
    await expect(writer.write(three, [])).rejects.toThrow('write/upsert-mentions failed');
    // Sent without waiting for the answers; on Neo4j the statements after a failure are ignored
    // and the transaction rolls back (integration test "written not at all").
    expect(driver.sessions[0].tx.runs.map((r) => r.name)).toEqual(UPSERT_ORDER);
    expect(driver.sessions[0].closed).toBe(true);
  });
});
