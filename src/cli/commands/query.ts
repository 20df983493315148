import type { Argv, CommandModule } from 'yargs';
import { ROW_FORMATS, type RowFormat } from '../../queries/format-rows';

interface QueryArgs {
  readonly name: string;
  readonly param: string[];
  readonly format?: RowFormat;
  readonly maxWidth: number;
  readonly events?: boolean;
  readonly from?: string;
  readonly to?: string;
  readonly source?: string;
  readonly dataset?: string;
  readonly minArticles?: number;
  readonly viaHubs?: boolean;
}

/** Options that stand for a parameter of the same name (`--min-articles 2` is `--param minArticles=2`, `--via-hubs` is `--param viaHubs=true`). */
const SHORTHANDS = ['events', 'from', 'to', 'source', 'dataset', 'minArticles', 'viaHubs'] as const;

/**
 * `newsgraph query <name> [--param key=value …] [--from DAY] [--to DAY] [--source S] [--dataset D]
 * [--min-articles N] [--events] [--format table|json|csv]`: runs a canned
 * query of `cypher/queries/` and prints its rows, as a table on a terminal and JSON otherwise.
 * The name and parameters are checked before Neo4j is contacted. Entity names are looked up
 * first; an ambiguous name or one that matches nothing is a warning on stderr (the candidates,
 * or "did you mean"), not an error: the exit code stays 0.
 */
export const queryCommand: CommandModule<object, QueryArgs> = {
  command: 'query <name>',
  describe: 'Run a canned Cypher query by name and print its rows (see `newsgraph queries`)',
  builder: (yargs: Argv) =>
    yargs
      .positional('name', { type: 'string', demandOption: true, describe: 'Query name, e.g. who-said-what' })
      .option('param', {
        alias: 'p',
        type: 'string',
        array: true,
        default: [] as string[],
        describe: 'A parameter as key=value; repeat for several',
      })
      .option('format', {
        alias: 'f',
        choices: ROW_FORMATS,
        describe: 'Output format (default: table on a terminal, json otherwise)',
      })
      .option('events', {
        type: 'boolean',
        describe: 'Shorthand for --param events=true: one row per event (attack queries)',
      })
      .option('from', {
        type: 'string',
        describe: 'Shorthand for --param from=…: from this day, YYYY-MM-DD (connection: the first entity)',
      })
      .option('to', {
        type: 'string',
        describe: 'Shorthand for --param to=…: up to this day, YYYY-MM-DD (connection: the second entity)',
      })
      .option('source', { type: 'string', describe: 'Shorthand for --param source=…: only this source' })
      .option('dataset', { type: 'string', describe: 'Shorthand for --param dataset=…: only this dataset' })
      .option('min-articles', {
        type: 'number',
        describe: 'Shorthand for --param minArticles=…: only what at least this many articles report',
      })
      .option('via-hubs', {
        type: 'boolean',
        describe: 'Shorthand for --param viaHubs=true: let `connection` pass through countries and alliances',
      })
      .option('max-width', {
        type: 'number',
        default: 60,
        describe: 'Table cells longer than this are cut (0: never)',
      }) as unknown as Argv<QueryArgs>,
  handler: async (args) => {
    const { cliConfig, withDriver } = await import('../context');
    const { findQuery, loadQueries } = await import('../../queries/load-queries');
    const { parseParamArgs } = await import('../../queries/parse-param-args');
    const { coerceParams } = await import('../../queries/coerce-params');
    const { runCannedQuery } = await import('../../queries/run-query');
    const { formatRows } = await import('../../queries/format-rows');
    const query = findQuery(loadQueries(), args.name);
    const params = parseParamArgs(args.param);
    for (const name of SHORTHANDS) {
      const value = args[name];
      if (value !== undefined && !Object.hasOwn(params, name)) params[name] = String(value);
    }
    coerceParams(query, params);
    const config = cliConfig();
    const result = await withDriver(config, (driver) =>
      runCannedQuery(driver, query, params, { database: config.neo4j.database }),
    );
    const { describeLookup } = await import('../../queries/describe-lookup');
    for (const lookup of result.lookups ?? []) {
      const message = describeLookup(lookup);
      if (message !== undefined) process.stderr.write(`${message}\n`);
    }
    if (result.truncated) {
      const { truncationWarning } = await import('../../queries/run-query');
      process.stderr.write(`warning: ${truncationWarning(query.name, result)}\n`);
    }
    const format = args.format ?? (process.stdout.isTTY ? 'table' : 'json');
    process.stdout.write(formatRows(result, format, { maxWidth: args.maxWidth }));
  },
};
