import type { Argv, CommandModule } from 'yargs';

type Action = 'start' | 'stop' | 'status';

/** `newsgraph neo4j start | stop | status`: the local Neo4j server assembled from Maven Central. */
export const neo4jCommand: CommandModule<object, { action: Action }> = {
  command: 'neo4j <action>',
  describe: 'Manage the local Neo4j server (assembled from Maven Central, bound to 127.0.0.1)',
  builder: (yargs: Argv) =>
    yargs.positional('action', {
      choices: ['start', 'stop', 'status'] as const,
      describe: 'start (idempotent, waits for Bolt), stop, or status',
      demandOption: true,
    }),
  handler: async ({ action }) => {
    const { cliConfig, note } = await import('../context');
    const server = await import('../../neo4j/local-server');
    const config = cliConfig();
    const status = server.localServerStatus(config.localServer);
    if (action === 'status') {
      console.log(
        status.running
          ? `running (pid ${status.pid}): Bolt ${status.boltUri}, Browser ${status.browserUrl}` +
              (status.guideUrl === undefined ? ' (guide server stopped)' : `, guide ${status.guideUrl}`)
          : `stopped${status.assembled ? '' : ' (not assembled yet: `newsgraph neo4j start` fetches it)'}`,
      );
      process.exitCode = status.running ? 0 : 3;
      return;
    }
    if (action === 'stop') {
      console.log(
        (await server.stopLocalServer(config.localServer)) ? 'Neo4j stopped.' : 'Neo4j was not running.',
      );
      return;
    }
    const { reused, status: now } = await server.startLocalServer(config, note);
    console.log(
      `Neo4j ${reused ? 'is already running' : 'started'}: Bolt ${now.boltUri} (user ${config.neo4j.username})`,
    );
    console.log(`Neo4j Browser: ${now.browserUrl}`);
    if (now.guideUrl !== undefined) {
      console.log(`  on connect it applies the newsgraph style sheet and opens the guide ${now.guideUrl}`);
    }
  },
};
