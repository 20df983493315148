import type { Span } from './text';

export type EntityType = 'Person' | 'Organization' | 'Location' | 'Weapon';

/** A role stated with a name: "Kremlin spokesman Dmitry Peskov" → { title: 'spokesman', of: 'Kremlin' }. */
export interface Role {
  readonly title: string;
  /** Canonical name of the organization or place the role belongs to, if stated. */
  readonly of?: string;
}

/** One occurrence of a name in an article. */
export interface Mention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** Index of the sentence that holds the mention. */
  readonly sentence: number;
  /** Name of the rule that found the mention (for provenance), e.g. `gazetteer.country`. */
  readonly rule: string;
  readonly role?: Role;
  /** The name the mention stands for when it differs from its text ("Donetsk" in "Donetsk and Luhansk regions" → "Donetsk region"). */
  readonly name?: string;
  /** A demonym or adjective ("Russian forces") naming a country as an actor, not a name of it. */
  readonly demonym?: boolean;
  /** Found without enough evidence of its own (a lone capitalised word): kept only if it joins a named entity. */
  readonly tentative?: boolean;
  /** Entity key when the finder knows it (countries, curated names, qualified organisations). */
  readonly key?: string;
  /** For places: ISO 3166-1 alpha-2 code of the country; for organisations: the country that owns it, when stated. */
  readonly countryCode?: string;
  readonly point?: GeoPoint;
  readonly placeKind?: string;
  /** For weapons: the category (`missile`, `drone`, … `other`, see `data/weapons.json`). */
  readonly category?: string;
  /** For weapon words: the canonical head ("missile" for "long-range missiles"), which gives the attack kind. */
  readonly head?: string;
}

/**
 * What a place's point stands for, so maps can tell centroids apart: a `site` (a facility, a
 * ship), a `city` (a settlement's centre), a `region` (the centre of a region, district, sea or
 * other area) or a `country` (the country's centre).
 */
export type PlacePrecision = 'site' | 'city' | 'region' | 'country';

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** One real thing named in an article, with all its mentions. */
export interface Entity {
  /**
   * Stable canonical key, the same across articles for the same thing
   * (`location:kyiv`, `person:volodymyr zelenskyy`); the graph merges on it.
   */
  readonly key: string;
  readonly type: EntityType;
  /** Fullest form the article uses. */
  readonly name: string;
  /** Other forms the article uses for it (not roles). */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
  readonly roles: readonly Role[];
  /** For places: ISO 3166-1 alpha-2 code and name of the country, coordinates where known. */
  readonly countryCode?: string;
  readonly country?: string;
  readonly point?: GeoPoint;
  /**
   * For places: kind of place when known: country, region, district, city, town, village,
   * facility, vessel, river, water, island, area, continent.
   */
  readonly placeKind?: string;
  /** For places with a point: what the point stands for. */
  readonly precision?: PlacePrecision;
  /** For weapons: the category (`missile`, `drone`, `artillery`, … `other`). */
  readonly category?: string;
  /**
   * True when the article names it only through demonyms ("Russian forces"): an actor for quotes and
   * attacks, but not a named entity of the article (the evaluation list leaves it out).
   */
  readonly demonymOnly?: boolean;
}
