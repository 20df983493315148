import type { CommandModule } from 'yargs';

/** `newsgraph import DIR`: the files of `export --neo4j-admin DIR` into the local server's empty database. */
export const importCommand: CommandModule<object, { dir: string }> = {
  command: 'import <dir>',
  describe:
    'Import the CSV files of newsgraph export --neo4j-admin into the local Neo4j (empty database; stops and restarts it)',
  builder: (yargs) =>
    yargs.positional('dir', { type: 'string', demandOption: true, describe: 'the export folder' }),
  handler: async ({ dir }) => {
    const { cliConfig, note } = await import('../context');
    const { importBulk } = await import('../../bulk/import-bulk');
    const s = await importBulk(cliConfig(), dir, note);
    console.log(
      `imported  ${s.nodes} nodes, ${s.relationships} relationships: neo4j-admin ${s.importSeconds.toFixed(1)} s, ` +
        `${s.seconds.toFixed(1)} s with the server's stop, start and schema`,
    );
  },
};
