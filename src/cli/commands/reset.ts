import type { CommandModule } from 'yargs';

/**
 * `newsgraph reset --yes`: removes everything newsgraph wrote. Without `--yes` it only says how
 * many nodes it would remove, and changes nothing (exit code 1).
 */
export const resetCommand: CommandModule<object, { yes: boolean }> = {
  command: 'reset',
  describe:
    'Remove everything newsgraph wrote (articles, sentences, entities, quotes, attacks); says how many nodes, needs --yes',
  builder: (yargs) => yargs.option('yes', { type: 'boolean', default: false, describe: 'really remove it' }),
  handler: async ({ yes }) => {
    const { cliConfig, withDriver } = await import('../context');
    const { Neo4jWriter } = await import('../../graph/neo4j-writer');
    const config = cliConfig();
    const where = `database "${config.neo4j.database}" at ${config.neo4j.uri}`;
    await withDriver(config, async (driver) => {
      const writer = new Neo4jWriter(driver, config.neo4j.database, config.batchSize);
      if (!yes) {
        const count = await writer.countNodes();
        console.error(
          `newsgraph: reset would remove ${count} nodes newsgraph wrote in ${where} ` +
            '(other nodes are kept); run it again with --yes to do so',
        );
        process.exitCode = 1;
        return;
      }
      const removed = await writer.reset();
      console.log(`Removed ${removed} nodes newsgraph wrote from ${where}.`);
    });
  },
};
