import type { CommandModule } from 'yargs';

/** `newsgraph load [paths..]`: extraction, then idempotent batched writes into Neo4j. */
export const loadCommand: CommandModule<object, { paths: string[] }> = {
  command: 'load [paths..]',
  describe: 'Extract the articles in files or folders (.txt, .jsonl) and write them into Neo4j',
  builder: (yargs) =>
    yargs.positional('paths', {
      type: 'string',
      array: true,
      default: ['seeds'],
      describe: 'files or folders',
    }),
  handler: async ({ paths }) => {
    const { cliConfig } = await import('../context');
    const { runLoad, printSummary } = await import('../run-load');
    const summary = await runLoad(cliConfig(), paths);
    printSummary(summary);
    if (summary.failed > 0 || summary.problems.some((p) => p.level === 'error')) process.exitCode = 1;
  },
};
