import type { CommandModule } from 'yargs';

/** `newsgraph queries`: the canned queries with their descriptions and parameters. */
export const queriesCommand: CommandModule<object, { json: boolean }> = {
  command: 'queries',
  describe: 'List the canned Cypher queries with their descriptions and parameters',
  builder: (yargs) => yargs.option('json', { type: 'boolean', default: false, describe: 'print JSON' }),
  handler: async ({ json }) => {
    const { loadQueries } = await import('../../queries/load-queries');
    const { describeQuery } = await import('../../queries/describe-query');
    const { queries, problems } = loadQueries();
    if (json) {
      const list = queries.map(({ name, description, params, path }) => ({
        name,
        description,
        params,
        path,
      }));
      console.log(JSON.stringify(list, null, 2));
    } else {
      console.log(queries.map(describeQuery).join('\n\n'));
      console.log('\nRun one with: newsgraph query <name> --param key=value [--format table|json|csv]');
    }
    for (const problem of problems) console.error(`newsgraph: ${problem.message}`);
    if (problems.length > 0) process.exitCode = 1;
  },
};
