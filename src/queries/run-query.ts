import type { Driver } from 'neo4j-driver';
import { NewsgraphError, Neo4jUnavailableError } from '../errors';
import type { CannedQuery, QueryResult, Row } from './canned-query';
import { coerceParams, type DriverValue } from './coerce-params';
import { findQuery, loadQueries } from './load-queries';
import { resolveEntityParams } from './resolve-name';
import { isConnectionError, readRecords } from './session-helpers';
import { toPlain } from './to-plain';
import type { ParamsAndOptions, QueryName, QueryParams, QueryRow } from './typed-query';

export interface RunQueryOptions {
  /** Database name; the server's default database when omitted. */
  readonly database?: string;
  /**
   * Called with a warning when the rows reach the query's `limit` (there may be more). By
   * default `runQuery` emits it as a Node.js process warning (printed on stderr); give a
   * function to handle it yourself, or `() => {}` to ignore it.
   */
  readonly onWarning?: (message: string) => void;
}

/** The value of the query's `limit` parameter as it ran, when it has one. */
function limitOf(values: Readonly<Record<string, DriverValue>>): number | undefined {
  const limit = values.limit;
  if (limit === undefined || limit === null) return undefined;
  const n = typeof limit === 'object' && 'toNumber' in limit ? limit.toNumber() : Number(limit);
  return Number.isFinite(n) ? n : undefined;
}

/** The warning for a result cut at its limit, naming the query and how to get more. */
export function truncationWarning(query: string, result: Pick<QueryResult, 'rows' | 'limit'>): string {
  return (
    `query ${query} returned ${result.rows.length} rows, its limit: there may be more ` +
    `(give a larger limit, e.g. limit=${Math.min((result.limit ?? result.rows.length) * 10, 100_000)})`
  );
}

/**
 * Runs a canned query already looked up: checks and converts its parameters (see
 * `coerceParams`), looks up the entity names among them (see `resolveEntityParams`: an alias,
 * surname, title and surname, transliteration or name without diacritics finds the entity),
 * sends the file's Cypher unchanged with them in a read transaction, and returns the columns,
 * plain rows, `truncated` (the rows reached the query's `limit`: there may be more) and
 * `lookups`: per entity name, the entity found, or the candidates of an ambiguous name, or the
 * closest names when none fits (the query then has no rows). A failing statement is a
 * {@link NewsgraphError} naming the query and its file, with the driver's error as cause; an
 * unreachable server a {@link Neo4jUnavailableError}. Rows are untyped: use `runQuery` for the
 * shipped queries, whose rows are typed.
 */
export async function runCannedQuery(
  driver: Driver,
  query: CannedQuery,
  params: Readonly<Record<string, unknown>> = {},
  options: Pick<RunQueryOptions, 'database'> = {},
): Promise<QueryResult> {
  const coerced = coerceParams(query, params);
  try {
    const { values, lookups } = await resolveEntityParams(driver, query, coerced, options);
    const { keys, records } = await readRecords(driver, query.cypher, values, options);
    const rows: Row[] = records.map((record) =>
      Object.fromEntries(keys.map((key) => [key, toPlain(record.get(key))])),
    );
    const limit = limitOf(coerced);
    const truncated = limit !== undefined && rows.length >= limit;
    return { columns: keys, rows, truncated, ...(limit === undefined ? {} : { limit }), lookups };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (isConnectionError(error)) {
      throw new Neo4jUnavailableError(`query ${query.name}: lost the connection to Neo4j: ${reason}`, {
        cause: error,
      });
    }
    throw new NewsgraphError(`query ${query.name} (${query.path}) failed: ${reason}`, 1, { cause: error });
  }
}

/**
 * Runs a shipped canned query by name with its typed parameters and returns its full result:
 * rows typed by the query's header (`QueryRow<N>`), columns, `truncated` and `lookups`.
 *
 * @example
 * const { rows, truncated } = await runTypedQuery(driver, 'top-speakers', { limit: 10 }, { database });
 */
export async function runTypedQuery<N extends QueryName>(
  driver: Driver,
  name: N,
  params: QueryParams<N> | undefined,
  options: Pick<RunQueryOptions, 'database'> = {},
): Promise<QueryResult<QueryRow<N>>> {
  const query = findQuery(loadQueries(), name);
  // The header the types were generated from is the one checked here at run time.
  return (await runCannedQuery(driver, query, params ?? {}, options)) as unknown as QueryResult<QueryRow<N>>;
}

/**
 * Runs the canned query `name` (a file of `cypher/queries/`) with the given parameters and
 * returns its rows as plain objects keyed by column, typed from the query's header: a
 * misspelt query name, parameter or column does not compile. Parameters are checked again at
 * run time (for plain JavaScript callers); entity names are looked up, so `"Zelenskyy"`,
 * `"zelenskiy"` and `"President Zelenskyy"` match the same speaker. When the rows reach the
 * query's `limit`, a warning says so (see `onWarning`). Use `runTypedQuery` for the columns,
 * the `truncated` flag and what a name was looked up as, and `runCannedQuery` for query files
 * of your own.
 *
 * @example
 * const rows = await runQuery(driver, 'who-said-what', { speaker: 'Zelenskyy', limit: 5 }, { database: 'neo4j' });
 * // WhoSaidWhatRow[]: [{ speaker: 'Volodymyr Zelenskyy', quote: '…', speech: 'direct', medium: 'video', … }]
 *
 * @throws UnknownQueryError for a name not in the catalogue (the message lists the known ones)
 * @throws QueryParamError for a missing, unknown or badly typed parameter
 */
export async function runQuery<N extends QueryName>(
  driver: Driver,
  name: N,
  ...args: ParamsAndOptions<N, RunQueryOptions>
): Promise<QueryRow<N>[]> {
  // TypeScript cannot narrow a generic conditional tuple: read its two places plainly.
  const params = args[0] as QueryParams<N> | undefined;
  const options: RunQueryOptions = args[1] ?? {};
  const result = await runTypedQuery(driver, name, params, options);
  if (result.truncated) {
    const warn = options.onWarning ?? ((message: string) => process.emitWarning(message, 'NewsgraphWarning'));
    warn(truncationWarning(name, result));
  }
  return [...result.rows];
}
