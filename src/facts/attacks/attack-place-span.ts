/** A place named in a sentence, as the attack stage reads it, and how its span is made. */
import type { AttackToken } from './attack-tokens';
import type { Lexicon } from '../../lexicon/load-lexicon';

export type PlaceKind = 'country' | 'region' | 'place' | 'facility';

/** A place named in a sentence, over tokens `[from, to)`. */
export interface PlaceSpan {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly key?: string;
  /** Country from the gazetteer, when the entity stage knows it. */
  readonly country?: string;
}

/** A place span over tokens `[from, to)`, with a region suffix ("Kursk region") kept in its name. */
export function makePlace(
  lexicon: Lexicon,
  tokens: readonly AttackToken[],
  from: number,
  to: number,
  name: string,
  key?: string,
  placeKind?: string,
  country?: string,
): PlaceSpan {
  const { regionSuffixes: REGION_SUFFIXES, facilityHeads: FACILITY_HEADS } = lexicon.places;
  let end = to;
  let full = name;
  const next = tokens[to];
  // Not a country: "the central Ukraine region of Vinnytsia" names Vinnytsia's region.
  if (
    next &&
    REGION_SUFFIXES.has(next.lower) &&
    !REGION_SUFFIXES.has(tokens[to - 1].lower) &&
    placeKind !== 'country'
  ) {
    end = to + 1;
    full = `${name} ${next.lower}`;
  }
  const lastWord = full.split(' ').at(-1)?.toLowerCase() ?? '';
  let kind: PlaceKind = 'place';
  if (
    (FACILITY_HEADS.has(lastWord) && /\p{Lu}/u.test(tokens[end - 1].text[0])) ||
    placeKind === 'facility' ||
    placeKind === 'vessel'
  )
    kind = 'facility';
  else if (REGION_SUFFIXES.has(lastWord) || placeKind === 'region' || placeKind === 'state') kind = 'region';
  else if (placeKind === 'country') kind = 'country';
  return { from, to: end, name: full, kind, key, country };
}
