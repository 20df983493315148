/**
 * Places the entity stage does not know (small villages, facilities): capitalised runs that stand
 * where a place stands in an attack report — after a preposition or an attack verb, after another
 * place in a list, or as the subject of "was shelled". Toponym connectors ("Shakhta imeni X",
 * "Port of X") stay inside the name.
 */
import { TARGET_PREPOSITIONS } from './attack-cues';
import { makePlace, type PlaceSpan } from './attack-place-span';
import { isPossessive, type AttackToken } from './attack-tokens';
import type { Lexicon } from '../../lexicon/load-lexicon';

const CONNECTORS = new Set('imeni na nad pid de del al el la le sur am an der'.split(' '));

const isWordCap = (t: AttackToken | undefined): boolean =>
  t !== undefined && t.cap && /^[\p{L}\p{N}]/u.test(t.text) && !/-\p{Ll}/u.test(t.text);
const isAcronym = (w: string): boolean => /^[A-Z0-9]{2,}s?$/.test(w);

/** Adds fallback places to `places` for runs no mention covers (`covered` marks mention tokens). */
export function addFallbackPlaces(
  tokens: readonly AttackToken[],
  covered: Uint8Array,
  places: PlaceSpan[],
  lexicon: Lexicon,
): void {
  const weapons = lexicon.weapons.attackHeads;
  // Capitalised words that never start or belong to a place name in these reports.
  const notPlace = lexicon.notNames.places;
  const ends = new Set(places.map((p) => p.to));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !isWordCap(t) || (i > 0 && isWordCap(tokens[i - 1]) && !covered[i - 1])) continue;
    if (!inPlaceSlot(tokens, i, ends, lexicon) || t.demonym || isAcronym(t.text)) continue;
    const from = i;
    const to = runEnd(tokens, covered, i, lexicon);
    const words = tokens.slice(from, to);
    i = to - 1;
    if (words.some((x) => notPlace.has(x.lower) || weapons.has(x.lower) || /^systems?$/.test(x.lower)))
      continue;
    if (namesSideOrRoad(tokens, to, lexicon)) continue;
    const name = words.map((x) => x.text).join(' ');
    const place = makePlace(lexicon, tokens, from, to, name);
    places.push(place);
    ends.add(place.to);
  }
}

/** After a preposition or attack verb, after a place and a list separator, or before "was shelled". */
function inPlaceSlot(
  tokens: readonly AttackToken[],
  i: number,
  ends: ReadonlySet<number>,
  lexicon: Lexicon,
): boolean {
  let prev = i - 1;
  if (tokens[prev]?.lower === 'the') prev--;
  const p = tokens[prev];
  if (p && (TARGET_PREPOSITIONS.has(p.lower) || p.cue)) return true;
  // "shelled with multiple rocket launchers Huliaipole": after the instrument phrase.
  if (p && (lexicon.weapons.attackHeads.has(p.lower) || /^weapon(?:s|ry)$/.test(p.lower))) return true;
  if (p && (p.text === ',' || p.lower === 'and' || p.lower === 'or') && ends.has(prev)) return true;
  let j = i + 1;
  while (j < tokens.length && isWordCap(tokens[j])) j++;
  if (!/^(?:was|were)$/.test(tokens[j]?.lower ?? '')) return false;
  return (tokens[j + 1]?.cue ?? false) || (tokens[j + 2]?.cue ?? false);
}

function runEnd(tokens: readonly AttackToken[], covered: Uint8Array, i: number, lexicon: Lexicon): number {
  const OF_HEADS = lexicon.places.fallbackOfHeads;
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
function namesSideOrRoad(tokens: readonly AttackToken[], to: number, lexicon: Lexicon): boolean {
  const FORCE_NOUNS = lexicon.attacks.forceNouns;
  const last = tokens[to - 1].lower;
  const after = tokens[to];
  if (FORCE_NOUNS.has(last) || last === 'people') return true;
  if (after && (after.lower === 'people' || FORCE_NOUNS.has(after.lower) || after.lower === 'positions'))
    return true;
  if (after && lexicon.places.roads.has(after.lower)) return true;
  if (isPossessive(after)) {
    const head = tokens[to + 1];
    return head !== undefined && (FORCE_NOUNS.has(head.lower) || head.cap);
  }
  return false;
}
