/**
 * newsgraph as a library: extraction (pure), configuration and Neo4j helpers.
 * The CLI (`src/main.ts`) is a thin shell over these.
 */
export { loadConfig } from './config';
export type { Config, Neo4jConfig, LocalServerConfig } from './config';
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
export { runQuery, runCannedQuery } from './queries/run-query';
export type { RunQueryOptions } from './queries/run-query';
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
export type { RowFormat, RowFormatOptions } from './queries/format-rows';
export { QueryFileError, QueryParamError, UnknownQueryError } from './queries/query-errors';
export type * from './queries/canned-query';
