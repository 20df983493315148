import type { CommandModule } from 'yargs';

/** `newsgraph stats`: node counts per label and relationship counts per type. */
export const statsCommand: CommandModule<object, { json: boolean }> = {
  command: 'stats',
  describe: 'Count nodes per label and relationships per type',
  builder: (yargs) => yargs.option('json', { type: 'boolean', default: false, describe: 'print JSON' }),
  handler: async ({ json }) => {
    const { cliConfig, withDriver } = await import('../context');
    const { Neo4jWriter } = await import('../../graph/neo4j-writer');
    const config = cliConfig();
    const counts = await withDriver(config, (driver) =>
      new Neo4jWriter(driver, config.neo4j.database, config.batchSize).stats(),
    );
    if (json) {
      console.log(JSON.stringify(counts));
      return;
    }
    for (const kind of ['label', 'relationship'] as const) {
      console.log(kind === 'label' ? 'Nodes' : 'Relationships');
      for (const c of counts.filter((x) => x.kind === kind)) console.log(`  ${c.name.padEnd(14)} ${c.count}`);
    }
  },
};
