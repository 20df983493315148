/**
 * Place spans of one sentence for the attack stage: Location mentions of the resolved entities,
 * facilities named as organizations ("… Research Plant"), and capitalised names the entity stage
 * may not know (small villages) where they follow a preposition or an attack verb.
 */
import type { Entity } from '../model/entity';
import { FACILITY_HEADS, FORCE_NOUNS, REGION_SUFFIXES, TARGET_PREPOSITIONS, WEAPONS } from './attack-cues';
import { countryByCapital, countryByDemonym, countryByName } from './attack-countries';
import type { AttackToken } from './attack-tokens';
import { isPossessive } from './attack-tokens';

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

const NOT_PLACE_WORDS = new Set(
  (
    'the a an this that these those on in at of and or but it he she they we i monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april may june july august september october november december ' +
    'casualties people militia forces president minister government ministry army navy officials'
  ).split(' '),
);

const isWordCap = (t: AttackToken): boolean =>
  t.cap && /^[\p{L}\p{N}]/u.test(t.text) && !/-\p{Ll}/u.test(t.text);

/**
 * Place spans of one sentence (tokens of `[sentenceStart, sentenceEnd)`), sorted by position.
 * Tokens of other mentions (people, organizations) never start a fallback place.
 */
export function findPlaces(
  tokens: readonly AttackToken[],
  entities: readonly Entity[],
  sentenceStart: number,
  sentenceEnd: number,
): PlaceSpan[] {
  const places: PlaceSpan[] = [];
  const covered = new Uint8Array(tokens.length);
  const tokenRange = (start: number, end: number): [number, number] => {
    let from = -1;
    let to = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (from < 0 && tokens[i].end > start) from = i;
      if (tokens[i].start < end) to = i + 1;
    }
    return [from, to];
  };
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start < sentenceStart || m.end > sentenceEnd) continue;
      const [from, to] = tokenRange(m.start, m.end);
      if (from < 0 || to <= from) continue;
      for (let i = from; i < to; i++) covered[i] = 1;
      const last = tokens[to - 1].lower;
      if (e.type === 'Location' && countryByDemonym(m.text)) continue;
      if (e.type === 'Location')
        places.push(makePlace(tokens, from, to, e.name, e.key, e.placeKind, e.country));
      else if (e.type === 'Organization' && FACILITY_HEADS.has(last)) {
        places.push({ from, to, name: e.name, kind: 'facility', key: e.key, country: e.country });
      }
    }
  }
  addFallbackPlaces(tokens, covered, places);
  return places.sort((a, b) => a.from - b.from);
}

/** "Kelkka was shelled …": a capitalised subject of a passive attack verb. */
function beforePassiveCue(tokens: readonly AttackToken[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && isWordCap(tokens[j])) j++;
  if (!/^(?:was|were)$/.test(tokens[j]?.lower ?? '')) return false;
  return (tokens[j + 1]?.cue ?? false) || (tokens[j + 2]?.cue ?? false);
}

function makePlace(
  tokens: readonly AttackToken[],
  from: number,
  to: number,
  name: string,
  key?: string,
  placeKind?: string,
  country?: string,
): PlaceSpan {
  let end = to;
  let full = name;
  const next = tokens[to];
  if (next && REGION_SUFFIXES.has(next.lower) && !REGION_SUFFIXES.has(tokens[to - 1].lower)) {
    end = to + 1;
    full = `${name} ${next.lower}`;
  }
  const lastWord = full.split(' ').at(-1)?.toLowerCase() ?? '';
  let kind: PlaceKind = 'place';
  if (FACILITY_HEADS.has(lastWord) && /\p{Lu}/u.test(tokens[end - 1].text[0])) kind = 'facility';
  else if (REGION_SUFFIXES.has(lastWord) || placeKind === 'region' || placeKind === 'state') kind = 'region';
  else if (placeKind === 'country' || (end === to && countryByName(name) && !countryByCapital(name))) {
    kind = 'country';
  }
  return { from, to: end, name: full, kind, key, country };
}

/** Capitalised runs after a preposition or verb that no mention covers. */
function addFallbackPlaces(tokens: readonly AttackToken[], covered: Uint8Array, places: PlaceSpan[]): void {
  const ends = new Set(places.map((p) => p.to));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !isWordCap(t) || NOT_PLACE_WORDS.has(t.lower)) continue;
    if (i > 0 && isWordCap(tokens[i - 1]) && !covered[i - 1]) continue;
    let prev = i - 1;
    if (tokens[prev]?.lower === 'the') prev--;
    const p = tokens[prev];
    // After a preposition or an attack verb, after another place in a list, or before "was shelled".
    const listed =
      p !== undefined && (p.text === ',' || p.lower === 'and' || p.lower === 'or') && ends.has(prev);
    if (!(p && (TARGET_PREPOSITIONS.has(p.lower) || p.cue)) && !listed && !beforePassiveCue(tokens, i))
      continue;
    if (countryByDemonym(t.text) || (t.text.length <= 5 && t.text === t.text.toUpperCase())) continue;
    let to = i + 1;
    while (to < tokens.length && !covered[to]) {
      const n = tokens[to];
      if (isWordCap(n) && !NOT_PLACE_WORDS.has(n.lower)) to++;
      else if (n.text === '-' && tokens[to + 1] && isWordCap(tokens[to + 1]) && !covered[to + 1]) to += 2;
      else break;
    }
    const after = tokens[to];
    const lastLower = tokens[to - 1].lower;
    if (tokens.slice(i, to).some((x) => WEAPONS.has(x.lower) || /^systems?$/.test(x.lower))) continue;
    if (FORCE_NOUNS.has(lastLower) || lastLower === 'people') continue;
    if (after && (after.lower === 'people' || FORCE_NOUNS.has(after.lower) || after.lower === 'positions'))
      continue;
    if (isPossessive(after)) {
      const head = tokens[to + 1];
      if (head && (FORCE_NOUNS.has(head.lower) || head.cap)) continue;
    }
    const name = tokens
      .slice(i, to)
      .map((x) => x.text)
      .join(' ')
      .replace(/ - /g, ' - ');
    const place = makePlace(tokens, i, to, name);
    places.push(place);
    ends.add(place.to);
    i = to - 1;
  }
}
