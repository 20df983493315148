import type { CommandModule } from 'yargs';

/**
 * `newsgraph start` (what `npm start` runs): brings up a Neo4j when nothing answers at the
 * configured URI and tells how to connect.
 */
export const startCommand: CommandModule = {
  command: 'start',
  describe: 'Bring up Neo4j if nothing answers (local server, or Docker Compose) and print how to connect',
  handler: async () => {
    const { cliConfig, note } = await import('../context');
    const { ensureNeo4j } = await import('../../neo4j/ensure-neo4j');
    const config = cliConfig();
    const ready = await ensureNeo4j(config, { purpose: 'cli', log: note });
    console.log(`Neo4j is ready (${ready.source}): ${ready.neo4j.uri}, user ${ready.neo4j.username}`);
    if (ready.browserUrl) console.log(`Neo4j Browser: ${ready.browserUrl}`);
    console.log('Stop the local server with: npx newsgraph neo4j stop');
  },
};
