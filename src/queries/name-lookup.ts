/**
 * Types of the name lookup: how a name given to a canned query is turned into the entities the
 * query runs for (see `resolve-name.ts`).
 */

/** An `Entity` node as the lookup reads it (`cypher/lookup/entity-names.cypher`). */
export interface EntityNames {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly keys: readonly string[];
  /** Ids of nodes merged into this one, when identity merging records them. */
  readonly mergedIds: readonly string[];
  /** `Person`, `Organization`, `Location`, `Weapon`, or null for a node with no other label. */
  readonly type: string | null;
  /** Articles that mention the node. */
  readonly articles: number;
}

/** One thing a name may refer to: a node, or several nodes that are one person in the graph. */
export interface LookupEntity {
  /** The id of its main node (the most mentioned). */
  readonly id: string;
  /** Every node it is made of: the query runs for all of them. */
  readonly ids: readonly string[];
  /** The main node's name. */
  readonly name: string;
  readonly type: string | null;
  /** Articles that mention it, summed over its nodes. */
  readonly articles: number;
}

/**
 * How the entity was found: `id` (the name was a node id), `exact` (a name, alias or key, after
 * folding case, diacritics, punctuation and variant spellings), `title` (the same once titles
 * such as "Mr" or "President" are taken off), `surname` (the last name of one person), or
 * `phonetic` (a transliteration or spelling variant: same Double Metaphone codes, close
 * Jaro–Winkler similarity).
 */
export type LookupHow = 'id' | 'exact' | 'title' | 'surname' | 'phonetic';

/** What a name resolved to. */
export type NameMatch =
  | { readonly outcome: 'found'; readonly how: LookupHow; readonly entity: LookupEntity }
  /** Several entities fit equally well (a shared surname): the query runs for none of them. */
  | { readonly outcome: 'ambiguous'; readonly candidates: readonly LookupEntity[] }
  /** Nothing fits: the closest names, best first (may be empty). */
  | { readonly outcome: 'not-found'; readonly suggestions: readonly LookupEntity[] };

/** The lookup of one parameter of a query run. */
export type NameLookup = NameMatch & {
  /** The query parameter (`speaker`, `place` …). */
  readonly param: string;
  /** The name as given. */
  readonly given: string;
};
