import type { CommandModule } from 'yargs';

/** `newsgraph relink`: re-resolves entity identity over the graph (alias file included), without re-extracting. */
export const relinkCommand: CommandModule<object, object> = {
  command: 'relink',
  describe:
    'Re-resolve which entity nodes are one person or thing across articles, applying newsgraph.aliases.json (or NEWSGRAPH_ALIASES), without re-extracting',
  handler: async () => {
    const { cliConfig, withDriver } = await import('../context');
    const { readAliasFile } = await import('../../graph/identity-aliases');
    const { resolveIdentities } = await import('../../graph/resolve-identities');
    const { identityLine } = await import('../run-load');
    const config = cliConfig();
    const rules = readAliasFile(config.aliases.path, config.aliases.required);
    const summary = await withDriver(config, (driver) =>
      resolveIdentities(driver, config.neo4j.database, { rules, batchSize: config.batchSize }),
    );
    console.log(identityLine(summary));
  },
};
