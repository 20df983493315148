/**
 * Capitals as metonyms for their state ("Moscow's attack" → Russia): the attack stage reads a
 * place mention of the entity stage as the state whose capital it is. Built once per lexicon
 * from the world-countries package, with the capitals and display names of `data/aliases.json`.
 */
import countries from 'world-countries';
import type { Lexicon } from '../../lexicon/load-lexicon';

export interface CountryRef {
  /** Common English name ("Russia", "United States"). */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
}

/** Lower-case capital name → its country, for each lexicon. */
const capitalsOf = new WeakMap<Lexicon, ReadonlyMap<string, CountryRef>>();

function build(lexicon: Lexicon): ReadonlyMap<string, CountryRef> {
  const { attackCapitals, attackDisplayNames } = lexicon.aliases;
  const capitals = new Map<string, CountryRef>();
  const byCode = new Map<string, CountryRef>();
  const put = (key: string, ref: CountryRef | undefined): void => {
    const k = key.toLowerCase();
    if (ref && k.length > 1 && !capitals.has(k)) capitals.set(k, ref);
  };
  // Larger independent states first, so a capital name two states share goes to the main one.
  const sorted = [...countries].sort(
    (a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area,
  );
  for (const c of sorted) {
    const ref: CountryRef = { name: attackDisplayNames[c.cca2] ?? c.name.common, code: c.cca2 };
    byCode.set(c.cca2, ref);
    for (const cap of c.capital) put(cap, ref);
  }
  for (const [k, code] of attackCapitals) put(k, byCode.get(code));
  return capitals;
}

/** The country whose capital this is ("Moscow" → Russia), or undefined. */
export function countryByCapital(name: string, lexicon: Lexicon): CountryRef | undefined {
  let capitals = capitalsOf.get(lexicon);
  if (!capitals) {
    capitals = build(lexicon);
    capitalsOf.set(lexicon, capitals);
  }
  return capitals.get(name.toLowerCase());
}
