/**
 * One sentence as the attack stage sees it: tokens, place spans and actor spans, with per-token
 * indexes so the clause finder can ask "which place ends here?" in constant time.
 */
import type { Doc } from '../../model/doc';
import type { Mention } from '../../model/entity';
import type { Sentence } from '../../model/text';
import { findActors, type ActorSpan } from './attack-actors';
import { findPlaces } from './attack-places';
import type { PlaceSpan } from './attack-place-span';
import { attackTokens, type AttackToken } from './attack-tokens';
import type { Lexicon } from '../../lexicon/load-lexicon';
import { mentionsWithin } from './sentence-mentions';

export interface SentenceView {
  readonly sentence: Sentence;
  readonly tokens: readonly AttackToken[];
  readonly places: readonly PlaceSpan[];
  readonly actors: readonly ActorSpan[];
  /** Index into `places` of the place starting at each token, or -1. */
  readonly placeStart: Int32Array;
  /** Index into `places` of the place ending at each token (its last token), or -1. */
  readonly placeEnd: Int32Array;
  /** Index into `actors` of the actor covering each token, or -1. */
  readonly actorAt: Int32Array;
  /** 1 for tokens of a person's name. */
  readonly named: Uint8Array;
  /** The entity stage's weapon mentions in the sentence, in text order. */
  readonly weapons: readonly Mention[];
  /** The word lists of the article's extraction. */
  readonly lexicon: Lexicon;
}

/** Builds the view of one sentence of the Doc. */
export function viewSentence(doc: Doc, sentence: Sentence): SentenceView {
  const { entities, lexicon } = doc;
  const tokens = attackTokens(doc, sentence.index);
  const places = findPlaces(tokens, entities, sentence.start, sentence.end, lexicon);
  const actors = findActors(tokens, entities, sentence.start, sentence.end, lexicon);
  const placeStart = new Int32Array(tokens.length).fill(-1);
  const placeEnd = new Int32Array(tokens.length).fill(-1);
  const actorAt = new Int32Array(tokens.length).fill(-1);
  places.forEach((p, i) => {
    if (placeStart[p.from] < 0) placeStart[p.from] = i;
    placeEnd[p.to - 1] = i;
  });
  actors.forEach((a, i) => {
    for (let j = a.from; j < a.to; j++) actorAt[j] = i;
  });
  const named = new Uint8Array(tokens.length);
  const weapons: Mention[] = [];
  for (const { entity: e, mention: m } of mentionsWithin(entities, sentence.start, sentence.end)) {
    if (e.type === 'Weapon') weapons.push(m);
    if (e.type !== 'Person') continue;
    tokens.forEach((t, i) => {
      if (t.start >= m.start && t.end <= m.end) named[i] = 1;
    });
  }
  weapons.sort((a, b) => a.start - b.start || a.end - b.end);
  return { sentence, tokens, places, actors, placeStart, placeEnd, actorAt, named, weapons, lexicon };
}

/** Words skipped when looking for the word that governs a place ("in the eastern Ukrainian town of X"). */

/**
 * The token that governs the place starting at `from`: skips determiners, direction adjectives,
 * demonyms and hyphenated adjectives, and "the town of" frames. Returns its index, or -1.
 */
/** How many adjectives may stand before the head of a "city of X" frame. */
const MAX_FRAME_ADJECTIVES = 3;
/** Function words that govern or join, never adjectives of a frame's head. */
const NOT_ADJECTIVES = new Set(
  'of in on at near from to into onto by with for against toward towards around outside inside over across and or the a an its their his her'.split(
    ' ',
  ),
);

/** A lower-case word that can modify the head of a place frame ("besieged", "separatist"): not a function word or an attack verb. */
function isFrameAdjective(t: AttackToken): boolean {
  return t.word && /^\p{Ll}/u.test(t.text) && !t.cue && !NOT_ADJECTIVES.has(t.lower);
}

export function governor(view: SentenceView, from: number): number {
  const { tokens, lexicon } = view;
  const { governorHeads: PLACE_HEADS, skippedBeforePlace: SKIPPABLE } = lexicon.places;
  let k = from - 1;
  // "the capital Kyiv", "the port city Odesa": a place noun in apposition right before the name.
  while (k >= 0 && lexicon.places.nouns.has(tokens[k].lower)) k--;
  while (k >= 0) {
    const t = tokens[k];
    if (t.lower === 'of' && k > 0 && PLACE_HEADS.has(tokens[k - 1].lower)) {
      k -= 2;
      // Adjectives of the frame's head: "the besieged eastern separatist city of X".
      for (let n = 0; n < MAX_FRAME_ADJECTIVES && k >= 0 && isFrameAdjective(tokens[k]); n++) k--;
      continue;
    }
    if (SKIPPABLE.has(t.lower) || /^\p{Lu}\p{L}*-\p{Ll}/u.test(t.text) || t.demonym) {
      k--;
      continue;
    }
    break;
  }
  return k;
}
