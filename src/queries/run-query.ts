import type { Driver } from 'neo4j-driver';
import { NewsgraphError, Neo4jUnavailableError } from '../errors';
import type { CannedQuery, QueryResult, Row } from './canned-query';
import { coerceParams } from './coerce-params';
import { findQuery, loadQueries, QUERIES_DIR } from './load-queries';
import { resolveEntityParams } from './resolve-name';
import { isConnectionError, readRecords } from './session-helpers';
import { toPlain } from './to-plain';

export interface RunQueryOptions {
  /** Database name; the server's default database when omitted. */
  readonly database?: string;
  /** Folder of the query files (default: the shipped `cypher/queries/`). */
  readonly queriesDir?: string;
}

/**
 * Runs a canned query already looked up: checks and converts its parameters (see
 * `coerceParams`), looks up the entity names among them (see `resolveEntityParams`: an alias,
 * surname, title and surname, transliteration or name without diacritics finds the entity),
 * sends the file's Cypher unchanged with them in a read transaction, and returns the columns,
 * plain rows and `lookups`: per entity name, the entity found, or the candidates of an
 * ambiguous name, or the closest names when none fits (the query then has no rows). A failing statement is a {@link NewsgraphError} naming
 * the query and its file, with the driver's error as cause; an unreachable server a
 * {@link Neo4jUnavailableError}.
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
    return { columns: keys, rows, lookups };
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
 * Runs the canned query `name` (a file of `cypher/queries/`) with the given parameters and
 * returns its rows as plain objects keyed by column. Parameters may be given as strings (as on
 * the command line) or as numbers and booleans; entity names are looked up, so `"Zelenskyy"`,
 * `"zelenskiy"` and `"President Zelenskyy"` match the same speaker. Use `runCannedQuery` to
 * learn what a name was looked up as (its `lookups`).
 *
 * @example
 * const rows = await runQuery(driver, 'who-said-what', { speaker: 'Zelenskyy', limit: 5 }, { database: 'neo4j' });
 * // [{ speaker: 'Volodymyr Zelenskyy', quote: '…', speech: 'direct', medium: 'video', … }]
 *
 * @throws UnknownQueryError for a name not in the catalogue (the message lists the known ones)
 * @throws QueryParamError for a missing, unknown or badly typed parameter
 */
export async function runQuery(
  driver: Driver,
  name: string,
  params: Readonly<Record<string, unknown>> = {},
  options: RunQueryOptions = {},
): Promise<Row[]> {
  const query = findQuery(loadQueries(options.queriesDir ?? QUERIES_DIR), name);
  const { rows } = await runCannedQuery(driver, query, params, options);
  return [...rows];
}
