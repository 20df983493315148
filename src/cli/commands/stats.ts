import type { Argv, CommandModule } from 'yargs';

interface StatsArgs {
  readonly json: boolean;
  readonly dataset?: string;
}

/** `newsgraph stats [--dataset NAME]`: node counts per label and relationship counts per type. */
export const statsCommand: CommandModule<object, StatsArgs> = {
  command: 'stats',
  describe: 'Count nodes per label and relationships per type (of the whole graph, or of one dataset)',
  builder: (yargs: Argv) =>
    yargs.option('json', { type: 'boolean', default: false, describe: 'print JSON' }).option('dataset', {
      type: 'string',
      describe:
        'Count only this dataset: its nodes, the entities it names, and the relationships touching its nodes',
    }) as unknown as Argv<StatsArgs>,
  handler: async ({ json, dataset }) => {
    const { cliConfig, withDriver } = await import('../context');
    const { Neo4jWriter } = await import('../../graph/neo4j-writer');
    const { checkDatasetName } = await import('../../run/dataset');
    if (dataset !== undefined) checkDatasetName(dataset);
    const config = cliConfig();
    const counts = await withDriver(config, (driver) => {
      const writer = new Neo4jWriter(driver, config.neo4j.database, config.batchSize);
      return dataset === undefined ? writer.stats() : writer.datasetStats(dataset);
    });
    if (json) {
      console.log(JSON.stringify(counts));
      return;
    }
    if (dataset !== undefined) console.log(`Dataset ${dataset}`);
    for (const kind of ['label', 'relationship'] as const) {
      console.log(kind === 'label' ? 'Nodes' : 'Relationships');
      for (const c of counts.filter((x) => x.kind === kind)) console.log(`  ${c.name.padEnd(14)} ${c.count}`);
    }
  },
};
