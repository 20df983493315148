import { createOwnDatabase } from '../../src/graph/claim-database';
import { openDriver } from '../../src/neo4j/connect';
import { ensureNeo4j, type ReadyNeo4j } from '../../src/neo4j/ensure-neo4j';
import { claimTestDatabase } from './test-database';
import { OWN_DATABASE, testConfig } from './test-neo4j';

declare global {
  var newsgraphTestNeo4j: ReadyNeo4j | undefined;
}

/**
 * Starts one real Neo4j for the whole integration run (jest globalSetup), and takes a database
 * the tests may reset: one of its own where the server allows it, otherwise the configured one,
 * claimed only when it is empty or was claimed by the suite before (else the run stops here,
 * having changed nothing).
 */
export default async function globalSetup(): Promise<void> {
  const ready = await ensureNeo4j(testConfig(), {
    purpose: 'test',
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.env.NEWSGRAPH_TEST_NEO4J_URI = ready.neo4j.uri;
  globalThis.newsgraphTestNeo4j = ready;
  const driver = await openDriver(ready.neo4j);
  try {
    const own = await createOwnDatabase(driver, OWN_DATABASE);
    if (own !== undefined) process.env.NEWSGRAPH_TEST_DATABASE = own;
    const config = testConfig();
    const claim = await claimTestDatabase(driver, config);
    process.stderr.write(
      `\nIntegration tests use Neo4j at ${ready.neo4j.uri} (${ready.source}), database "${config.neo4j.database}" (${claim})\n`,
    );
  } catch (error) {
    await driver.close();
    await ready.stop();
    throw error;
  }
  await driver.close();
}
