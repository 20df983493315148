import { ensureNeo4j, type ReadyNeo4j } from '../../src/neo4j/ensure-neo4j';
import { testConfig } from './test-neo4j';

declare global {
  var newsgraphTestNeo4j: ReadyNeo4j | undefined;
}

/** Starts one real Neo4j for the whole integration run (jest globalSetup). */
export default async function globalSetup(): Promise<void> {
  const ready = await ensureNeo4j(testConfig(), {
    purpose: 'test',
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stderr.write(`\nIntegration tests use Neo4j at ${ready.neo4j.uri} (${ready.source})\n`);
  process.env.NEWSGRAPH_TEST_NEO4J_URI = ready.neo4j.uri;
  globalThis.newsgraphTestNeo4j = ready;
}
