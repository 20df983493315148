import type { CommandModule } from 'yargs';

/** `newsgraph schema`: applies the constraints and indexes of `cypher/schema.cypher`. */
export const schemaCommand: CommandModule = {
  command: 'schema',
  describe: 'Create the constraints and indexes (idempotent)',
  handler: async () => {
    const { cliConfig, withDriver } = await import('../context');
    const { Neo4jWriter } = await import('../../graph/neo4j-writer');
    const config = cliConfig();
    await withDriver(config, (driver) =>
      new Neo4jWriter(driver, config.neo4j.database, config.batchSize).ensureSchema(),
    );
    console.log('Schema applied: constraints and indexes are in place.');
  },
};
