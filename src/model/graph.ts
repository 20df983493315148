/**
 * Rows for the graph writer, one array per write query. Built by `buildBatch` from
 * extraction results; every id is stable, so writing the same rows twice changes nothing.
 */

export interface ArticleRow {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly sha256: string;
  /** `articleBodyHash`: one article per distinct body. */
  readonly bodyHash: string;
  /** The dataset it was loaded into (`load --dataset`); null without one. */
  readonly dataset: string | null;
}

/** One input article (a file's article, a record) of `cypher/write/upsert-publications.cypher`. */
export interface PublicationRow {
  readonly id: string;
  readonly sha256: string;
  readonly bodyHash: string;
  readonly title: string;
  readonly source: string;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly dataset: string | null;
}

export interface SentenceRow {
  readonly id: string;
  readonly article: string;
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface EntityRow {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Normalised names and aliases (lower case, no diacritics or punctuation) for look-ups. */
  readonly keys: readonly string[];
  readonly country: string | null;
  readonly countryCode: string | null;
  readonly placeKind: string | null;
  /** What the point stands for: 'site', 'city', 'region' or 'country'; null without a point. */
  readonly precision: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** For weapons: the category (`missile`, `drone`, … `other`); null otherwise. */
  readonly category?: string | null;
}

export interface MentionRow {
  readonly article: string;
  readonly entity: string;
  readonly count: number;
  /** Indexes of the sentences that name the entity. */
  readonly sentences: readonly number[];
  readonly rules: readonly string[];
}

export interface RoleRow {
  readonly person: string;
  readonly of: string;
  readonly title: string;
  readonly article: string;
}
