/**
 * The types `runQuery` checks a call with, made from the generated per-query types
 * (`generated/query-types.ts`): a misspelt query name, parameter or column does not compile.
 */
import type { QueryTypes } from './generated/query-types';

export type * from './generated/query-types';

/** The name of a shipped canned query (`'who-said-what'`). */
export type QueryName = keyof QueryTypes;

/** The parameters of a canned query, as its header declares them. */
export type QueryParams<N extends QueryName> = QueryTypes[N]['params'];

/** One row of a canned query, keyed by its RETURN columns, with the header's column types. */
export type QueryRow<N extends QueryName> = QueryTypes[N]['row'];

/**
 * The arguments after a query's name, parameters then options: the parameters may be left out
 * when the query requires none.
 */
export type ParamsAndOptions<N extends QueryName, O> =
  Record<string, never> extends QueryParams<N>
    ? [params?: QueryParams<N>, options?: O]
    : [params: QueryParams<N>, options?: O];
