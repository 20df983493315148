import type { CommandModule } from 'yargs';

/** `newsgraph export [paths..] --neo4j-admin DIR`: a load's graph as CSV files for neo4j-admin. */
export const exportCommand: CommandModule<
  object,
  { paths: string[]; 'neo4j-admin': string; dataset?: string }
> = {
  command: 'export [paths..]',
  describe:
    'Extract the articles (as load does) and write the graph as CSV files for neo4j-admin database import',
  builder: (yargs) =>
    yargs
      .positional('paths', { type: 'string', array: true, default: ['seeds'], describe: 'files or folders' })
      .option('neo4j-admin', {
        type: 'string',
        demandOption: true,
        describe:
          'folder for the header and data CSV files (made when missing); then run newsgraph import on it',
      })
      .option('dataset', {
        type: 'string',
        describe:
          'the dataset the articles belong to, as load --dataset (ids NAME::…, dataset on every article and fact)',
      }),
  handler: async (args) => {
    const { cliConfig } = await import('../context');
    const { readAliasFile } = await import('../../graph/identity-aliases');
    const { exportBulk } = await import('../../bulk/export-bulk');
    const { identityLine } = await import('../run-load');
    const config = cliConfig();
    const dir = args['neo4j-admin'];
    const s = await exportBulk(args.paths, dir, {
      identityRules: readAliasFile(config.aliases.path, config.aliases.required),
      dataset: args.dataset,
      ...(config.extractThreads === undefined ? {} : { extractThreads: config.extractThreads }),
      onProblem: (p) => {
        if (p.level !== 'skipped') process.stderr.write(`${p.level}: ${p.message}\n`);
      },
    });
    console.log(
      [
        `articles  ${s.articles} in ${s.files} files (${s.written} exported${s.copies > 0 ? `, ${s.copies} of them copies of another article's body` : ''}, ${s.failed} failed)`,
        `entities  ${s.entities}   quotes ${s.quotes}   attacks ${s.attacks}   events ${s.events}`,
        identityLine({ ...s.identity, seconds: 0 }).replace(/ \(0\.0 s\)$/, ''),
        `graph     ${s.nodes} nodes, ${s.relationships} relationships in ${s.manifest.nodes.length + s.manifest.relationships.length} CSV pairs in ${dir}`,
        `time      ${s.seconds.toFixed(1)} s`,
        `next      newsgraph import ${dir}`,
      ].join('\n'),
    );
    if (s.failed > 0 || s.problems.some((p) => p.level === 'error')) process.exitCode = 1;
  },
};
