/**
 * Places the entity stage does not know (small villages, facilities): capitalised runs that stand
 * where a place stands in an attack report — after a preposition or an attack verb, after another
 * place in a list, or as the subject of "was shelled". Toponym connectors ("Shakhta imeni X",
 * "Port of X") stay inside the name.
 */
import { FORCE_NOUNS, TARGET_PREPOSITIONS, WEAPONS } from './attack-cues';
import { countryByDemonym } from './attack-countries';
import { makePlace, type PlaceSpan } from './attack-place-span';
import { isPossessive, type AttackToken } from './attack-tokens';
import { defaultLexicon } from '../../lexicon/load-lexicon';

const LEX = defaultLexicon();

/** Capitalised words that never start or belong to a place name in these reports. */
export const NOT_PLACE_WORDS: ReadonlySet<string> = LEX.notNames.places;
const CONNECTORS = new Set('imeni na nad pid de del al el la le sur am an der'.split(' '));
const OF_HEADS: ReadonlySet<string> = LEX.places.fallbackOfHeads;
const ROAD_WORDS: ReadonlySet<string> = LEX.places.roads;

const isWordCap = (t: AttackToken | undefined): boolean =>
  t !== undefined && t.cap && /^[\p{L}\p{N}]/u.test(t.text) && !/-\p{Ll}/u.test(t.text);
const isAcronym = (w: string): boolean => /^[A-Z0-9]{2,}s?$/.test(w);

/** Adds fallback places to `places` for runs no mention covers (`covered` marks mention tokens). */
export function addFallbackPlaces(
  tokens: readonly AttackToken[],
  covered: Uint8Array,
  places: PlaceSpan[],
): void {
  const ends = new Set(places.map((p) => p.to));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !isWordCap(t) || (i > 0 && isWordCap(tokens[i - 1]) && !covered[i - 1])) continue;
    if (!inPlaceSlot(tokens, i, ends) || countryByDemonym(t.text) || isAcronym(t.text)) continue;
    const from = i;
    const to = runEnd(tokens, covered, i);
    const words = tokens.slice(from, to);
    i = to - 1;
    if (words.some((x) => NOT_PLACE_WORDS.has(x.lower) || WEAPONS.has(x.lower) || /^systems?$/.test(x.lower)))
      continue;
    if (namesSideOrRoad(tokens, to)) continue;
    const name = words.map((x) => x.text).join(' ');
    const place = makePlace(tokens, from, to, name);
    places.push(place);
    ends.add(place.to);
  }
}

/** After a preposition or attack verb, after a place and a list separator, or before "was shelled". */
function inPlaceSlot(tokens: readonly AttackToken[], i: number, ends: ReadonlySet<number>): boolean {
  let prev = i - 1;
  if (tokens[prev]?.lower === 'the') prev--;
  const p = tokens[prev];
  if (p && (TARGET_PREPOSITIONS.has(p.lower) || p.cue)) return true;
  // "shelled with multiple rocket launchers Huliaipole": after the instrument phrase.
  if (p && (WEAPONS.has(p.lower) || /^weapon(?:s|ry)$/.test(p.lower))) return true;
  if (p && (p.text === ',' || p.lower === 'and' || p.lower === 'or') && ends.has(prev)) return true;
  let j = i + 1;
  while (j < tokens.length && isWordCap(tokens[j])) j++;
  if (!/^(?:was|were)$/.test(tokens[j]?.lower ?? '')) return false;
  return (tokens[j + 1]?.cue ?? false) || (tokens[j + 2]?.cue ?? false);
}

function runEnd(tokens: readonly AttackToken[], covered: Uint8Array, i: number): number {
  let to = i + 1;
  while (to < tokens.length && !covered[to]) {
    const n = tokens[to];
    const next = tokens[to + 1];
    if (isWordCap(n)) to++;
    else if ((n.text === '-' || CONNECTORS.has(n.text)) && isWordCap(next) && !covered[to + 1]) to += 2;
    else if (n.lower === 'of' && OF_HEADS.has(tokens[to - 1].lower) && isWordCap(next) && !covered[to + 1])
      to += 2;
    else break;
  }
  return to;
}

/** "Donbass People's Militia", "Russian positions", "the Izium highway": not the place hit. */
function namesSideOrRoad(tokens: readonly AttackToken[], to: number): boolean {
  const last = tokens[to - 1].lower;
  const after = tokens[to];
  if (FORCE_NOUNS.has(last) || last === 'people') return true;
  if (after && (after.lower === 'people' || FORCE_NOUNS.has(after.lower) || after.lower === 'positions'))
    return true;
  if (after && ROAD_WORDS.has(after.lower)) return true;
  if (isPossessive(after)) {
    const head = tokens[to + 1];
    return head !== undefined && (FORCE_NOUNS.has(head.lower) || head.cap);
  }
  return false;
}
