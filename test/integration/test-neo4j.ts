import { loadConfig, type Config } from '../../src/config';
import { PACKAGE_ROOT } from '../../src/package-root';

/**
 * The test suite's Neo4j settings: `NEO4J_URI` if given, else a separate local instance
 * (`.neo4j/test`, Bolt 7688, HTTP 7475) so the tests never touch a user's graph.
 * Global setup publishes the URI it ended up with in `NEWSGRAPH_TEST_NEO4J_URI`.
 */
export function testConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const base = loadConfig(env, PACKAGE_ROOT);
  if (base.neo4j.uriGiven) return base;
  const boltPort = Number(env.NEWSGRAPH_TEST_BOLT_PORT ?? 7688);
  const uri = env.NEWSGRAPH_TEST_NEO4J_URI ?? `bolt://127.0.0.1:${boltPort}`;
  return {
    ...base,
    neo4j: { ...base.neo4j, uri },
    localServer: {
      ...base.localServer,
      instance: 'test',
      boltPort,
      httpPort: Number(env.NEWSGRAPH_TEST_HTTP_PORT ?? 7475),
    },
  };
}
