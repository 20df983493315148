/**
 * Types of the canned-query catalogue: the `.cypher` files of `cypher/queries/`, each with a
 * header that names it, describes it and declares its parameters.
 */

import type { NameLookup } from './name-lookup';

/** The type of a parameter, as written in a query file's header (`integer[1..100]`, `name`, `A|B`). */
export type ParamType =
  /** Any non-empty text, passed as it is. */
  | { readonly kind: 'string' }
  /** A name of an entity, folded like `Entity.keys` (lower case, no diacritics or punctuation). */
  | { readonly kind: 'name' }
  /**
   * A name of an entity, looked up in the graph before the query runs (see `resolve-name.ts`):
   * any alias, surname, title and surname, transliteration or spelling without diacritics finds
   * it. The Cypher receives the list of the found entity's node ids (empty when none or several
   * fit); Neo4j Browser users give a list of ids or folded names. `types` limits the lookup to
   * entities of those labels (`entity[Location]`).
   */
  | { readonly kind: 'entity'; readonly types?: readonly string[] }
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'float'; readonly min?: number; readonly max?: number }
  | { readonly kind: 'boolean' }
  /** A calendar day, `YYYY-MM-DD`, sent as that text (stored dates compare as text). */
  | { readonly kind: 'date' }
  /** One of a fixed list of words, matched without regard to case. */
  | { readonly kind: 'choice'; readonly options: readonly string[] };

/** A literal value of a header: a default or a Neo4j Browser `:param` value. */
export type LiteralValue = string | number | boolean | null | readonly string[];

/** A literal as Neo4j Browser would send it: integers and floats are told apart by their spelling. */
export interface Literal {
  readonly value: LiteralValue;
  /** True for a number written without a fraction or exponent (`50`, not `50.0`). */
  readonly integer: boolean;
}

export interface QueryParam {
  readonly name: string;
  readonly type: ParamType;
  /** The type as written in the header (`integer[1..10000]`). */
  readonly typeText: string;
  /** True when the header gives no default: the caller must give a value. */
  readonly required: boolean;
  /** The default when not required (may be null: "no filter"). */
  readonly default?: LiteralValue;
  readonly description: string;
}

/**
 * The type of a result column, as written in a query header (`string`, `integer[]`,
 * `float?`): what the column holds in every row, checked against the real Neo4j by the
 * integration tests, and the source of the generated row types (`generated/query-types.ts`).
 */
export type ColumnType =
  | { readonly kind: 'string' | 'integer' | 'float' | 'boolean' }
  /** One of a fixed list of strings (`direct|reported`). */
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'list'; readonly of: ColumnType }
  | { readonly kind: 'nullable'; readonly of: ColumnType };

/** A `// column name: type [— description]` line of the header: one RETURN column. */
export interface QueryColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** The type as written in the header (`string?`). */
  readonly typeText: string;
  readonly description?: string;
}

/** A `:param name => value` line of the header, for pasting into Neo4j Browser. */
export interface BrowserParam {
  readonly name: string;
  /** The literal as written after `=>`. */
  readonly text: string;
  readonly literal: Literal;
}

export interface CannedQuery {
  /** Kebab-case name, the same as the file name without `.cypher`. */
  readonly name: string;
  readonly description: string;
  readonly params: readonly QueryParam[];
  readonly browserParams: readonly BrowserParam[];
  /** The RETURN columns in order, as the header declares them (empty when it declares none). */
  readonly columns: readonly QueryColumn[];
  /** The whole file; it is sent to Neo4j as it is (the header is a comment). */
  readonly cypher: string;
  readonly path: string;
}

/** A value of a result row after conversion from the driver's types: JSON-friendly. */
export type PlainValue = null | boolean | number | string | readonly PlainValue[] | PlainMap;
export interface PlainMap {
  readonly [key: string]: PlainValue;
}

/** One row of a query's result, keyed by the names of the RETURN columns. */
export type Row = Readonly<Record<string, PlainValue>>;

export interface QueryResult<R = Row> {
  /** The RETURN columns in order, known even when there are no rows. */
  readonly columns: readonly string[];
  readonly rows: readonly R[];
  /**
   * True when the rows reached the query's `limit` parameter: there may be more; run it again
   * with a larger `limit`. False for a query without one.
   */
  readonly truncated: boolean;
  /** The `limit` the query ran with, when it has one. */
  readonly limit?: number;
  /**
   * What each entity name given to the query was looked up as (one per `entity` parameter
   * given): the entity found and how, the candidates of an ambiguous name, or the closest names
   * when none fits. Set by `runCannedQuery`.
   */
  readonly lookups?: readonly NameLookup[];
}
