import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config';
import { claimDatabase, type Claim } from '../../src/graph/claim-database';
import { Neo4jWriter } from '../../src/graph/neo4j-writer';
import { ALLOW_RESET_VARIABLE, TEST_OWNER, allowReset } from './test-neo4j';

/**
 * Claims the test database (see `claimDatabase`: it must be empty, claimed by the suite
 * before, or `NEWSGRAPH_TEST_ALLOW_RESET=1`); throws, changing nothing, otherwise.
 */
export function claimTestDatabase(driver: Driver, config: Config): Promise<Claim> {
  return claimDatabase(driver, config.neo4j.database, {
    owner: TEST_OWNER,
    uri: config.neo4j.uri,
    allowReset: allowReset(),
    allowVariable: ALLOW_RESET_VARIABLE,
  });
}

/**
 * Empties the suite's own database of newsgraph nodes and applies the schema. The database is
 * claimed first, so a user's graph is never reset: only one the suite owns.
 */
export async function resetTestDatabase(driver: Driver, config: Config): Promise<Neo4jWriter> {
  await claimTestDatabase(driver, config);
  const writer = new Neo4jWriter(driver, config.neo4j.database, config.batchSize);
  await writer.reset();
  await writer.ensureSchema();
  return writer;
}
