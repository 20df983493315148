import type { Argv, CommandModule } from 'yargs';

interface LoadArgs {
  readonly paths: string[];
  readonly dataset?: string;
}

/** `newsgraph load [paths..] [--dataset NAME]`: extraction, then idempotent batched writes into Neo4j. */
export const loadCommand: CommandModule<object, LoadArgs> = {
  command: 'load [paths..]',
  describe: 'Extract the articles in files or folders (.txt, .jsonl) and write them into Neo4j',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', {
        type: 'string',
        array: true,
        default: ['seeds'],
        describe: 'files or folders',
      })
      .option('dataset', {
        type: 'string',
        describe:
          'Load into this dataset: its articles and facts carry the name and are kept apart from other datasets (see reset --dataset, stats --dataset)',
      }) as unknown as Argv<LoadArgs>,
  handler: async ({ paths, dataset }) => {
    const { cliConfig } = await import('../context');
    const { runLoad, printSummary } = await import('../run-load');
    const { checkDatasetName } = await import('../../run/dataset');
    const { limitHeapGrowth } = await import('../../run/heap-settings');
    if (dataset !== undefined) checkDatasetName(dataset);
    limitHeapGrowth();
    const summary = await runLoad(cliConfig(), paths, dataset);
    printSummary(summary);
    if (summary.failed > 0 || summary.problems.some((p) => p.level === 'error')) process.exitCode = 1;
  },
};
