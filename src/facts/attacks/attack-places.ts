/**
 * Place spans of one sentence for the attack stage: the Location mentions of the resolved
 * entities (the entity stage also names the unknown villages of attack reports, see
 * `entities/find-slot-places.ts`) and facilities named as organizations ("… Research Plant").
 * This stage recognises no place of its own.
 */
import type { Entity } from '../../model/entity';
import { makePlace, type PlaceSpan } from './attack-place-span';
import type { AttackToken } from './attack-tokens';
import type { Lexicon } from '../../lexicon/load-lexicon';
import { mentionsWithin } from './sentence-mentions';

/** Place spans of one sentence (tokens of `[sentenceStart, sentenceEnd)`), sorted by position. */
export function findPlaces(
  tokens: readonly AttackToken[],
  entities: readonly Entity[],
  sentenceStart: number,
  sentenceEnd: number,
  lexicon: Lexicon,
): PlaceSpan[] {
  const places: PlaceSpan[] = [];
  for (const { entity: e, mention: m } of mentionsWithin(entities, sentenceStart, sentenceEnd)) {
    const [from, to] = tokenRange(tokens, m.start, m.end);
    if (from < 0 || to <= from) continue;
    const last = tokens[to - 1].lower;
    if (e.type === 'Location' && !m.demonym && !/\b(?:Military|Forces|Army)\b/.test(e.name)) {
      places.push(makePlace(lexicon, tokens, from, to, e.name, e.key, e.placeKind, e.country));
    } else if (e.type === 'Organization' && lexicon.places.facilityHeads.has(last)) {
      places.push({ from, to, name: e.name, kind: 'facility', key: e.key, country: e.country });
    }
  }
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
