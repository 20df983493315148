import { loadConfig, type Config } from '../../src/config';
import { PACKAGE_ROOT } from '../../src/package-root';

/** The owner name the integration tests claim their database with (a `NewsgraphOwner` node). */
export const TEST_OWNER = 'newsgraph test suite';
/** The database the suite creates for itself where the server allows it (Enterprise Edition). */
export const OWN_DATABASE = 'newsgraph-test';
/** Set to 1 to let the suite reset a non-empty database it did not claim. */
export const ALLOW_RESET_VARIABLE = 'NEWSGRAPH_TEST_ALLOW_RESET';

/**
 * The test suite's Neo4j settings: `NEO4J_URI` if given, else a separate local instance
 * (`.neo4j/test`, Bolt 7688, HTTP 7475, or `NEWSGRAPH_TEST_BOLT_PORT`/`NEWSGRAPH_TEST_HTTP_PORT`)
 * so the tests never touch a user's graph. Global setup publishes the URI it ended up with in
 * `NEWSGRAPH_TEST_NEO4J_URI`, and the database in `NEWSGRAPH_TEST_DATABASE` when it could
 * create one of its own.
 */
export function testConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const base = loadConfig(env, PACKAGE_ROOT);
  const database = env.NEWSGRAPH_TEST_DATABASE ?? base.neo4j.database;
  if (base.neo4j.uriGiven) return { ...base, neo4j: { ...base.neo4j, database } };
  const boltPort = Number(env.NEWSGRAPH_TEST_BOLT_PORT ?? 7688);
  const uri = env.NEWSGRAPH_TEST_NEO4J_URI ?? `bolt://127.0.0.1:${boltPort}`;
  return {
    ...base,
    neo4j: { ...base.neo4j, uri, database },
    localServer: {
      ...base.localServer,
      instance: 'test',
      boltPort,
      httpPort: Number(env.NEWSGRAPH_TEST_HTTP_PORT ?? 7475),
    },
  };
}

/** Whether the user allowed the suite to reset a non-empty database it does not own. */
export function allowReset(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ALLOW_RESET_VARIABLE] === '1';
}
