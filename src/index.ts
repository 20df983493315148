/**
 * newsgraph as a library: `load()`, `extract()` and `openSession()` (typed canned queries),
 * then the parts they are made of: configuration, extraction (pure) and Neo4j helpers.
 * The CLI (`src/main.ts`) is a thin shell over these.
 */
export { load, loadWithDriver } from './library/load-files';
export type { LoadFilesOptions } from './library/load-files';
export { extract } from './library/extract-files';
export type { ExtractResult } from './library/extract-files';
export { openSession } from './library/open-session';
export type { NewsgraphSession, OpenSessionOptions } from './library/open-session';
export type { LoadSummary, LoadProgress } from './run/load-paths';
export { extractPaths } from './run/extract-articles';
export { loadConfig, readEnvironment } from './config';
export type { Config, Neo4jConfig, LocalServerConfig, Env } from './config';
export { NewsgraphError, ConfigError, InputError, Neo4jUnavailableError } from './errors';
export { extractArticle } from './pipeline';
export { ensureNeo4j } from './neo4j/ensure-neo4j';
export type { ReadyNeo4j, Neo4jSource } from './neo4j/ensure-neo4j';
export { openDriver, createDriver } from './neo4j/connect';
export { startLocalServer, stopLocalServer, localServerStatus } from './neo4j/local-server';
export type * from './model/article';
export type * from './model/text';
export type * from './model/entity';
export type * from './model/fact';
export type * from './model/result';
export type * from './model/item';
export { runQuery, runTypedQuery, runCannedQuery, truncationWarning } from './queries/run-query';
export type { RunQueryOptions } from './queries/run-query';
export type * from './queries/typed-query';
export { withSession, readRecords } from './queries/session-helpers';
export type { SessionOptions, Records } from './queries/session-helpers';
export { loadQueries, findQuery, QUERIES_DIR } from './queries/load-queries';
export type { QueryCatalogue } from './queries/load-queries';
export { coerceParams } from './queries/coerce-params';
export { resolveName, resolveEntityParams, readNameIndex } from './queries/resolve-name';
export type { ResolveNameOptions, ResolvedParams } from './queries/resolve-name';
export { buildNameIndex, matchName } from './queries/match-name';
export type { NameIndex, MatchOptions } from './queries/match-name';
export type * from './queries/name-lookup';
export { describeLookup } from './queries/describe-lookup';
export { formatRows } from './queries/format-rows';
export type { FormattableRows, RowFormat, RowFormatOptions } from './queries/format-rows';
export { QueryFileError, QueryParamError, UnknownQueryError } from './queries/query-errors';
export type * from './queries/canned-query';
