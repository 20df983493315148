import type { CommandModule } from 'yargs';
import { PACKAGE_ROOT } from '../../package-root';

/**
 * `newsgraph start` (what `npm start` runs): brings up a Neo4j when nothing answers at the
 * configured URI, loads the sample articles in `seeds/`, and tells how to explore them.
 */
export const startCommand: CommandModule = {
  command: 'start',
  describe:
    'Bring up Neo4j if nothing answers (local server, or Docker Compose), load seeds/, print where to look',
  handler: async () => {
    const { cliConfig, note } = await import('../context');
    const { ensureNeo4j } = await import('../../neo4j/ensure-neo4j');
    const { runLoad, printSummary } = await import('../run-load');
    const { join } = await import('node:path');
    const config = cliConfig();
    const ready = await ensureNeo4j(config, { purpose: 'cli', log: note });
    note(`Neo4j is ready (${ready.source}): ${ready.neo4j.uri}, user ${ready.neo4j.username}`);
    const summary = await runLoad({ ...config, neo4j: ready.neo4j }, [join(PACKAGE_ROOT, 'seeds')]);
    printSummary(summary);
    console.log(
      `\nExplore the graph in Neo4j Browser: ${ready.browserUrl ?? 'http://localhost:7474/browser/'}`,
    );
    console.log(`  connect to ${ready.neo4j.uri} as ${ready.neo4j.username}`);
    const { localServerStatus } = await import('../../neo4j/local-server');
    const guideUrl = localServerStatus(config.localServer).guideUrl;
    if (guideUrl !== undefined && (ready.source === 'local-server' || ready.source === 'running')) {
      console.log(`  Browser then applies the newsgraph style sheet and opens the guide ${guideUrl}`);
    } else if (ready.source === 'docker-compose') {
      console.log(
        '  run `npx newsgraph browser` to get the newsgraph guide and style sheet there on connect',
      );
    }
    if (ready.source === 'local-server' || ready.source === 'running') {
      console.log('Stop the local server with: npx newsgraph neo4j stop');
    }
    if (summary.failed > 0) process.exitCode = 1;
  },
};
