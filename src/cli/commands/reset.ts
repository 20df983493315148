import type { Argv, CommandModule } from 'yargs';
import type { Neo4jWriter } from '../../graph/neo4j-writer';

interface ResetArgs {
  readonly yes: boolean;
  readonly dataset?: string;
}

/**
 * `newsgraph reset [--dataset NAME] --yes`: removes everything newsgraph wrote, or one dataset's
 * articles and facts (and the entities no other article names). Without `--yes` it only says
 * how many nodes it would remove, and changes nothing (exit code 1).
 */
export const resetCommand: CommandModule<object, ResetArgs> = {
  command: 'reset',
  describe:
    'Remove everything newsgraph wrote (articles, sentences, entities, quotes, attacks), or one dataset; says how many nodes, needs --yes',
  builder: (yargs: Argv) =>
    yargs.option('yes', { type: 'boolean', default: false, describe: 'really remove it' }).option('dataset', {
      type: 'string',
      describe:
        'Remove only this dataset: its articles, publications and facts, then the entities no other article names',
    }) as unknown as Argv<ResetArgs>,
  handler: async ({ yes, dataset }) => {
    const { cliConfig, withDriver } = await import('../context');
    const { Neo4jWriter } = await import('../../graph/neo4j-writer');
    const { checkDatasetName } = await import('../../run/dataset');
    if (dataset !== undefined) checkDatasetName(dataset);
    const config = cliConfig();
    const where = `database "${config.neo4j.database}" at ${config.neo4j.uri}`;
    await withDriver(config, async (driver) => {
      const writer = new Neo4jWriter(driver, config.neo4j.database, config.batchSize);
      if (dataset !== undefined) {
        await resetDataset(writer, dataset, yes, where);
        if (yes) {
          // Entities of the dataset were joined with others' by the identity pass: join again without them.
          const { readAliasFile } = await import('../../graph/identity-aliases');
          const { resolveIdentities } = await import('../../graph/resolve-identities');
          const { identityLine } = await import('../run-load');
          const rules = readAliasFile(config.aliases.path, config.aliases.required);
          const summary = await resolveIdentities(driver, config.neo4j.database, {
            rules,
            batchSize: config.batchSize,
          });
          console.log(identityLine(summary));
        }
        return;
      }
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

/** The dataset part of `reset`: says what it would remove, or removes it. */
async function resetDataset(
  writer: Neo4jWriter,
  dataset: string,
  yes: boolean,
  where: string,
): Promise<void> {
  const counts = await writer.datasetStats(dataset);
  const own = (label: string): number =>
    counts.find((c) => c.kind === 'label' && c.name === label)?.count ?? 0;
  const articles = own('Article');
  const publications = own('Publication');
  if (!yes) {
    console.error(
      `newsgraph: reset --dataset ${dataset} would remove ${articles} articles, ${publications} publications, ` +
        `${own('Quote')} quotes and ${own('Attack')} attacks of dataset "${dataset}" in ${where}, and the entities ` +
        'no other article names; run it again with --yes to do so',
    );
    process.exitCode = 1;
    return;
  }
  const removed = await writer.removeDataset(dataset);
  console.log(
    `Removed dataset "${dataset}" from ${where}: ${removed} articles, ${publications} publications, ` +
      `${own('Quote')} quotes, ${own('Attack')} attacks, and the entities no other article names.`,
  );
}
