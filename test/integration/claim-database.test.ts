import type { Driver } from 'neo4j-driver';
import { claimDatabase, ForeignDatabaseError } from '../../src/graph/claim-database';
import { openDriver } from '../../src/neo4j/connect';
import { TEST_OWNER, testConfig } from './test-neo4j';

/**
 * The guard that keeps the suite (and the benchmark) from resetting a user's graph. The suite
 * owns its database, so a database "owned by someone else" is simulated by claiming it under
 * another owner name while it holds a node that owner did not write.
 */
describe('claiming a database before resetting it (real Neo4j)', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  const stranger = `someone else ${process.pid}-${Date.now()}`;
  let driver: Driver;
  const query = (text: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(text, params, { database });
  const owners = async (): Promise<string[]> =>
    (await query('MATCH (o:NewsgraphOwner) RETURN o.owner AS owner ORDER BY owner')).records.map(
      (r) => r.get('owner') as string,
    );
  const claim = (owner: string, allowReset: boolean) =>
    claimDatabase(driver, database, {
      owner,
      uri: config.neo4j.uri,
      allowReset,
      allowVariable: 'NEWSGRAPH_TEST_ALLOW_RESET',
    });

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    await query('CREATE (:NewsgraphClaimProbe {run: $stranger})', { stranger });
  });
  afterAll(async () => {
    await query('MATCH (n:NewsgraphClaimProbe {run: $stranger}) DELETE n', { stranger });
    await query('MATCH (o:NewsgraphOwner {owner: $stranger}) DELETE o', { stranger });
    await driver.close();
  });

  it('the suite holds its own database: global setup claimed it', async () => {
    expect(await owners()).toContain(TEST_OWNER);
    await expect(claim(TEST_OWNER, false)).resolves.toBe('owned');
  });

  it('refuses a non-empty database it did not claim, says how to proceed, and writes nothing', async () => {
    const before = await owners();
    const error = await claim(stranger, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForeignDatabaseError);
    expect(error).toMatchObject({ exitCode: 2 });
    const message = (error as Error).message;
    expect(message).toMatch(/holds \d+ nodes that the someone else .* did not write/);
    expect(message).toContain(config.neo4j.uri);
    expect(message).toContain('NEWSGRAPH_TEST_ALLOW_RESET=1');
    expect(message).not.toContain(config.neo4j.password);
    expect(await owners()).toEqual(before);
  });

  it('takes it when the user allows it, and from then on owns it', async () => {
    await expect(claim(stranger, true)).resolves.toBe('allowed');
    expect(await owners()).toContain(stranger);
    await expect(claim(stranger, false)).resolves.toBe('owned');
  });
});
