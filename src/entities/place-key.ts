/**
 * Keys of places, the same whatever form an article writes: a country by any of its names is
 * `location:<iso2>` ("US", "U.S.", "America", "the United States" → `location:us`); a first-level
 * region by any of its suffix words is `location:<name> region` ("Donetsk Oblast", "the Donetsk
 * province" → `location:donetsk region`), unless the name is a region's only ("Crimea region" is
 * `location:crimea`); any other place is `location:<canonical name>`.
 */
import { defaultLexicon, type Lexicon } from '../lexicon/load-lexicon';
import { loadGazetteer } from './gazetteer';
import { normaliseName } from './normalise-name';
import { canonicalName } from './vocabulary';

const LEADING_THE_RE = /^the\s+/i;

/**
 * The name of the place a region form is named after ("Donetsk" for "Donetsk Oblast", "the
 * Donetsk province", "Donetsk regions"), or undefined when `name` does not end in a suffix word
 * of `sameRegionSuffixes` (`data/place-heads.json`).
 */
export function regionBase(name: string, lexicon: Lexicon = defaultLexicon()): string | undefined {
  const trimmed = name.trim().replace(LEADING_THE_RE, '');
  const space = trimmed.lastIndexOf(' ');
  if (space <= 0) return undefined;
  const suffix = trimmed.slice(space + 1).toLowerCase();
  if (!lexicon.places.sameRegionSuffixes.has(suffix)) return undefined;
  const base = trimmed.slice(0, space).trim();
  return base === '' ? undefined : base;
}

/** The country a name stands for (any official or common form, "U.S.", "Britain"), as its ISO code. */
export function countryCodeOf(name: string, lexicon: Lexicon = defaultLexicon()): string | undefined {
  const countries = loadGazetteer(lexicon).countries;
  const key = normaliseName(name.trim().replace(LEADING_THE_RE, ''));
  return (countries.get(key) ?? countries.get(canonicalName(key, lexicon)))?.countryCode;
}

/** Past answers of `placeKey` for one lexicon (place names recur within and across articles). */
const keysOf = new WeakMap<Lexicon, Map<string, string>>();
/** Names remembered per lexicon before the memory starts again. */
const KEYS_LIMIT = 50_000;

/** The entity key of a place named `name` (see the module comment). */
export function placeKey(name: string, lexicon: Lexicon = defaultLexicon()): string {
  let keys = keysOf.get(lexicon);
  if (keys === undefined) {
    keys = new Map();
    keysOf.set(lexicon, keys);
  }
  let key = keys.get(name);
  if (key === undefined) {
    key = keyOf(name, lexicon);
    if (keys.size >= KEYS_LIMIT) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function keyOf(name: string, lexicon: Lexicon): string {
  const code = countryCodeOf(name, lexicon);
  if (code !== undefined) return `location:${code.toLowerCase()}`;
  const base = regionBase(name, lexicon);
  if (base !== undefined) {
    // "Donbas region", "Crimea region": a name that is a region only is that region.
    const known = loadGazetteer(lexicon).places.get(normaliseName(base)) ?? [];
    const regionOnly = known.length > 0 && known.every((p) => p.kind === 'region');
    return `location:${canonicalName(base, lexicon)}${regionOnly ? '' : ' region'}`;
  }
  return `location:${canonicalName(name, lexicon)}`;
}
