/**
 * Country lookups for attack actors, built once per lexicon from the world-countries package:
 * names and spellings, demonyms ("Russian" → Russia), and capitals used as metonyms for their
 * state ("Moscow's attack" → Russia). Keys are lower case.
 */
import countries from 'world-countries';
import type { Lexicon } from '../../lexicon/load-lexicon';

export interface CountryRef {
  /** Common English name ("Russia", "United States"). */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
}

interface CountryTables {
  readonly names: Map<string, CountryRef>;
  readonly demonyms: Map<string, CountryRef>;
  readonly capitals: Map<string, CountryRef>;
  /** Longest country name in tokens, for greedy multi-word matching. */
  readonly maxWords: number;
}

/** The tables of each lexicon (its aliases add spellings, capitals and display names). */
const tablesOf = new WeakMap<Lexicon, CountryTables>();
let lastLexicon: Lexicon | undefined;
let lastTables: CountryTables | undefined;

function build(lexicon: Lexicon): CountryTables {
  // Well-known spellings and capitals the package lacks, and English names used in news where
  // the package's common name differs (`data/aliases.json`).
  const { attackCountryNames: EXTRA_NAMES, attackCapitals: EXTRA_CAPITALS } = lexicon.aliases;
  const DISPLAY_NAMES = lexicon.aliases.attackDisplayNames;
  const names = new Map<string, CountryRef>();
  const demonyms = new Map<string, CountryRef>();
  const capitals = new Map<string, CountryRef>();
  const byCode = new Map<string, CountryRef>();
  // Larger countries first, so a shared demonym ("American") goes to the main state.
  const sorted = [...countries].sort(
    (a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area,
  );
  const put = (map: Map<string, CountryRef>, key: string | undefined, ref: CountryRef): void => {
    const k = key?.toLowerCase();
    if (k && k.length > 1 && !map.has(k)) map.set(k, ref);
  };
  for (const c of sorted) {
    const ref: CountryRef = { name: DISPLAY_NAMES[c.cca2] ?? c.name.common, code: c.cca2 };
    byCode.set(c.cca2, ref);
    put(names, c.name.common, ref);
    put(names, c.name.official, ref);
    for (const alt of c.altSpellings) if (/^[A-Za-z .'-]+$/.test(alt) && alt.length > 1) put(names, alt, ref);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      put(demonyms, d, ref);
      if (d && !d.endsWith('s')) put(demonyms, `${d}s`, ref);
    }
    for (const cap of c.capital) put(capitals, cap, ref);
  }
  for (const [k, code] of EXTRA_NAMES) put(names, k, byCode.get(code) as CountryRef);
  for (const [k, code] of EXTRA_CAPITALS) put(capitals, k, byCode.get(code) as CountryRef);
  // Two-letter codes are only names when written in capitals; handled by the caller.
  let maxWords = 1;
  for (const k of names.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  return { names, demonyms, capitals, maxWords: Math.min(maxWords, 5) };
}

function get(lexicon: Lexicon): CountryTables {
  if (lexicon === lastLexicon && lastTables) return lastTables;
  let tables = tablesOf.get(lexicon);
  if (!tables) {
    tables = build(lexicon);
    tablesOf.set(lexicon, tables);
  }
  lastLexicon = lexicon;
  lastTables = tables;
  return tables;
}

/** The country a name denotes ("Russia", "Russian Federation", "US"), or undefined. */
export function countryByName(name: string, lexicon: Lexicon): CountryRef | undefined {
  const k = name.toLowerCase();
  if (k.length === 2 && name !== name.toUpperCase()) return undefined;
  return get(lexicon).names.get(k);
}

/** The country of a demonym ("Russian", "Ukrainians", "Israeli"), or undefined. */
export function countryByDemonym(word: string, lexicon: Lexicon): CountryRef | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  return get(lexicon).demonyms.get(word.toLowerCase());
}

/** The country whose capital this is ("Moscow" → Russia), or undefined. */
export function countryByCapital(name: string, lexicon: Lexicon): CountryRef | undefined {
  return get(lexicon).capitals.get(name.toLowerCase());
}

/** Longest country name in words. */
export function maxCountryWords(lexicon: Lexicon): number {
  return get(lexicon).maxWords;
}
