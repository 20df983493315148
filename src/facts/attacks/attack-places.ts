/**
 * Place spans of one sentence for the attack stage: Location mentions of the resolved entities,
 * facilities named as organizations ("… Research Plant"), names the entity stage took for a
 * person although they stand in a place slot ("near Nova Selo"), and capitalised names the entity
 * stage does not know (see find-fallback-places).
 */
import type { Entity } from '../../model/entity';
import { makePlace, type PlaceSpan } from './attack-place-span';
import type { AttackToken } from './attack-tokens';
import { addFallbackPlaces } from './find-fallback-places';
import type { Lexicon } from '../../lexicon/load-lexicon';

const PLACE_SLOT_WORDS = new Set('near in at outside around into toward towards'.split(' '));

/**
 * Place spans of one sentence (tokens of `[sentenceStart, sentenceEnd)`), sorted by position.
 * Tokens of other mentions (people, organizations) never start a fallback place.
 */
export function findPlaces(
  tokens: readonly AttackToken[],
  entities: readonly Entity[],
  sentenceStart: number,
  sentenceEnd: number,
  lexicon: Lexicon,
): PlaceSpan[] {
  const places: PlaceSpan[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start < sentenceStart || m.end > sentenceEnd) continue;
      const [from, to] = tokenRange(tokens, m.start, m.end);
      if (from < 0 || to <= from) continue;
      for (let i = from; i < to; i++) covered[i] = 1;
      const last = tokens[to - 1].lower;
      if (e.type === 'Location' && !m.demonym && !/\b(?:Military|Forces|Army)\b/.test(e.name)) {
        places.push(makePlace(lexicon, tokens, from, to, e.name, e.key, e.placeKind, e.country));
      } else if (e.type === 'Organization' && lexicon.places.facilityHeads.has(last)) {
        places.push({ from, to, name: e.name, kind: 'facility', key: e.key, country: e.country });
      } else if (e.type === 'Person' && !m.role && inPlaceSlot(tokens, from, lexicon)) {
        places.push(makePlace(lexicon, tokens, from, to, m.text));
      }
    }
  }
  addFallbackPlaces(tokens, covered, places, lexicon);
  return places.sort((a, b) => a.from - b.from);
}

function tokenRange(tokens: readonly AttackToken[], start: number, end: number): [number, number] {
  let from = -1;
  let to = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (from < 0 && tokens[i].end > start) from = i;
    if (tokens[i].start < end) to = i + 1;
  }
  return [from, to];
}

/** "near X", "in X", "the village of X", "shelled X": where a place, not a person, stands. */
function inPlaceSlot(tokens: readonly AttackToken[], from: number, lexicon: Lexicon): boolean {
  let k = from - 1;
  if (tokens[k]?.lower === 'of' && lexicon.places.slotHeads.has(tokens[k - 1]?.lower ?? '')) return true;
  if (tokens[k]?.lower === 'the') k--;
  const p = tokens[k];
  return p !== undefined && (PLACE_SLOT_WORDS.has(p.lower) || p.cue);
}
