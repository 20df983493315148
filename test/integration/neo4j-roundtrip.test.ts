import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/neo4j/connect';
import { testConfig } from './test-neo4j';

const LABEL_QUERY = 'UNWIND $rows AS row CREATE (n:NewsgraphRoundTrip {run: $run, name: row.name, n: row.n})';

describe('a real Neo4j', () => {
  let driver: Driver;
  const config = testConfig();
  const run = `run-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
  });
  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (n:NewsgraphRoundTrip {run: $run}) DELETE n',
      { run },
      { database: config.neo4j.database },
    );
    await driver.close();
  });

  it('writes nodes with a parameterised query and reads them back', async () => {
    const rows = [
      { name: 'Kyiv', n: 1 },
      { name: 'O\'Brien "quoted" }) DETACH DELETE n //', n: 2 },
    ];
    await driver.executeQuery(LABEL_QUERY, { rows, run }, { database: config.neo4j.database });
    const { records } = await driver.executeQuery(
      'MATCH (n:NewsgraphRoundTrip {run: $run}) RETURN n.name AS name, n.n AS n ORDER BY n.n',
      { run },
      { database: config.neo4j.database },
    );
    expect(records.map((r) => ({ name: r.get('name') as string, n: r.get('n') as number }))).toEqual(rows);
  });

  it('cleans up what it wrote', async () => {
    await driver.executeQuery(
      'MATCH (n:NewsgraphRoundTrip {run: $run}) DELETE n',
      { run },
      { database: config.neo4j.database },
    );
    const { records } = await driver.executeQuery(
      'MATCH (n:NewsgraphRoundTrip {run: $run}) RETURN count(n) AS c',
      { run },
      { database: config.neo4j.database },
    );
    expect(records[0].get('c')).toBe(0);
  });

  it('reports wrong credentials as one clear error naming the URI and user, not the password', async () => {
    const wrong = { ...config.neo4j, password: 'definitely-not-the-password' };
    await expect(openDriver(wrong)).rejects.toThrow(
      new RegExp(`refused the credentials of user "${config.neo4j.username}"`),
    );
    await expect(openDriver(wrong)).rejects.not.toThrow(/definitely-not-the-password/);
  });
});
