import type { CommandModule } from 'yargs';

interface BrowserArgs {
  port: number;
  portFile?: string;
}

/**
 * `newsgraph browser`: serves the newsgraph guide and style sheet for Neo4j Browser on
 * 127.0.0.1 until stopped. The local server starts one by itself; this command is for Docker
 * Compose and Neo4j servers of your own.
 */
export const browserCommand: CommandModule<object, BrowserArgs> = {
  command: 'browser',
  describe: 'Serve the newsgraph guide and style sheet for Neo4j Browser on 127.0.0.1 (until Ctrl-C)',
  builder: (yargs) =>
    yargs
      .option('port', { type: 'number', default: 7479, describe: 'port on 127.0.0.1 (0: any free port)' })
      .option('port-file', { type: 'string', hidden: true, describe: 'write the port here once listening' }),
  handler: async ({ port, portFile }) => {
    const { writeFileSync } = await import('node:fs');
    const { startGuideServer } = await import('../../browser/guide-server');
    const { browserSettings, GUIDE_PATH, STYLE_PATH } = await import('../../browser/browser-settings');
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      const { ConfigError } = await import('../../errors');
      throw new ConfigError(`--port must be a port number (0..65535), found ${String(port)}`);
    }
    const server = await startGuideServer({ port });
    if (portFile !== undefined) writeFileSync(portFile, `${server.port}\n`);
    console.log(`Serving the newsgraph guide for Neo4j Browser on ${server.baseUrl} (Ctrl-C stops it)`);
    console.log(`  guide: ${server.baseUrl}${GUIDE_PATH}`);
    console.log(`  style: ${server.baseUrl}${STYLE_PATH}`);
    console.log('Neo4j settings that make Browser use them on connect (Docker Compose sets them already):');
    for (const [name, value] of Object.entries(browserSettings(server.baseUrl)))
      console.log(`  ${name}=${value}`);
    const stop = (): void => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
};
