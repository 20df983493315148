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
  readonly latitude: number | null;
  readonly longitude: number | null;
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

export interface QuoteRow {
  readonly id: string;
  readonly article: string;
  readonly sentence: string;
  /** Other sentences the quote spans, after the first. */
  readonly moreSentences: readonly string[];
  readonly text: string;
  readonly direct: boolean;
  readonly medium: string | null;
  readonly cue: string | null;
  readonly speakerName: string;
  readonly speakerRole: string | null;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  /** The speaker entity, or null for an unnamed source. */
  readonly speakerEntity: string | null;
  /** Id and description of the unnamed source, when `speakerEntity` is null. */
  readonly sourceId: string | null;
  readonly about: readonly string[];
}

export interface AttackRow {
  readonly id: string;
  readonly article: string;
  readonly sentence: string;
  readonly moreSentences: readonly string[];
  readonly type: string;
  readonly date: string | null;
  readonly dateText: string | null;
  readonly killed: number | null;
  readonly injured: number | null;
  /** JSON of the weapon counts ({"drone": 408}); Neo4j properties cannot hold maps. */
  readonly weaponCounts: string;
  readonly intercepted: string | null;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly attacker: string;
  readonly attackerName: string;
  readonly target: string;
  readonly targetName: string;
  readonly location: string | null;
  readonly weapons: readonly string[];
}

export interface GraphBatch {
  readonly articles: readonly ArticleRow[];
  readonly sentences: readonly SentenceRow[];
  readonly entities: readonly EntityRow[];
  readonly mentions: readonly MentionRow[];
  readonly roles: readonly RoleRow[];
  readonly quotes: readonly QuoteRow[];
  readonly attacks: readonly AttackRow[];
}
