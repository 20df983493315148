import type { CommandModule } from 'yargs';

/** `newsgraph reset --yes`: removes everything newsgraph wrote. */
export const resetCommand: CommandModule<object, { yes: boolean }> = {
  command: 'reset',
  describe: 'Remove everything newsgraph wrote (articles, sentences, entities, quotes, attacks); needs --yes',
  builder: (yargs) => yargs.option('yes', { type: 'boolean', default: false, describe: 'really remove it' }),
  handler: async ({ yes }) => {
    if (!yes) {
      console.error('newsgraph: reset removes every node newsgraph wrote; run it again with --yes to do so');
      process.exitCode = 1;
      return;
    }
    const { cliConfig, withDriver } = await import('../context');
    const { Neo4jWriter } = await import('../../graph/neo4j-writer');
    const config = cliConfig();
    await withDriver(config, (driver) =>
      new Neo4jWriter(driver, config.neo4j.database, config.batchSize).reset(),
    );
    console.log('Removed everything newsgraph wrote.');
  },
};
