/**
 * `openSession()`: one connection to the configured Neo4j for a script, with the typed
 * canned queries and loading on it.
 */
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config';
import type { QueryResult } from '../queries/canned-query';
import { openDriver } from '../neo4j/connect';
import { runQuery, runTypedQuery, type RunQueryOptions } from '../queries/run-query';
import type { ParamsAndOptions, QueryName, QueryParams, QueryRow } from '../queries/typed-query';
import type { LoadSummary } from '../run/load-paths';
import type { LoadFilesOptions } from './load-files';

export interface OpenSessionOptions {
  /** The configuration; by default `loadConfig()`: the environment over `.env` of the working folder. */
  readonly config?: Config;
}

/** A script's connection to newsgraph's graph. Close it when done (`close()`). */
export interface NewsgraphSession {
  readonly config: Config;
  /** The driver, for Cypher of your own (`driver.executeQuery(cypher, params, { database })`). */
  readonly driver: Driver;
  /** The configured database, which every method of the session uses. */
  readonly database: string;
  /**
   * The rows of a canned query, typed from its header (see `runQuery`); when they reach the
   * query's `limit`, a warning on stderr says so (or `onWarning` gets it).
   */
  runQuery<N extends QueryName>(
    name: N,
    ...args: ParamsAndOptions<N, Pick<RunQueryOptions, 'onWarning'>>
  ): Promise<QueryRow<N>[]>;
  /** The whole result of a canned query: typed rows, `columns`, `truncated` and name `lookups`. */
  query<N extends QueryName>(name: N, ...args: ParamsAndOptions<N, never>): Promise<QueryResult<QueryRow<N>>>;
  /** Loads files and folders of articles, as `load()` does. */
  load(
    paths: readonly string[],
    options?: Pick<LoadFilesOptions, 'onProgress' | 'onProblem' | 'dataset'>,
  ): Promise<LoadSummary>;
  close(): Promise<void>;
}

/**
 * Opens a session on the configured Neo4j (by default `loadConfig()`, which reads `.env`).
 * An unreachable server or refused credentials are a `Neo4jUnavailableError`. Nothing is
 * started: start a local server with `newsgraph neo4j start` or `ensureNeo4j`.
 *
 * @example
 * const ng = await openSession();
 * try {
 *   const rows = await ng.runQuery('who-said-what', { speaker: 'Zelenskyy' }); // WhoSaidWhatRow[]
 *   for (const row of rows) console.log(row.date, row.quote);
 * } finally {
 *   await ng.close();
 * }
 */
export async function openSession(options: OpenSessionOptions = {}): Promise<NewsgraphSession> {
  const config = options.config ?? loadConfig();
  const driver = await openDriver(config.neo4j);
  const database = config.neo4j.database;
  return {
    config,
    driver,
    database,
    runQuery: <N extends QueryName>(
      name: N,
      ...args: ParamsAndOptions<N, Pick<RunQueryOptions, 'onWarning'>>
    ): Promise<QueryRow<N>[]> => {
      const params = args[0] as QueryParams<N> | undefined;
      const onWarning = args[1]?.onWarning;
      // A params object is always passed on: the query's own checks say what is missing.
      const rest = [params ?? {}, { database, ...(onWarning === undefined ? {} : { onWarning }) }];
      return runQuery(driver, name, ...(rest as ParamsAndOptions<N, RunQueryOptions>));
    },
    query: <N extends QueryName>(name: N, ...args: ParamsAndOptions<N, never>) =>
      runTypedQuery(driver, name, args[0] as QueryParams<N> | undefined, { database }),
    load: async (paths, loadOptions = {}) => {
      const { loadWithDriver } = await import('./load-files');
      return loadWithDriver(driver, config, paths, loadOptions);
    },
    close: () => driver.close(),
  };
}
