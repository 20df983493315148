/**
 * Frames of ground assaults, captures and advances on a named place: an advance whose particle
 * follows a direction or a starting point ("advanced from the north on X", "moved south from A
 * to B"), a capture told by the place that fell ("X fell to pro-Russian forces", "the region,
 * which fell to Y in March"), the object of a relative clause ("the X region, which Russian
 * troops seized"), and a result phrase ("reduced X to rubble").
 */
import type { ActorSpan } from './attack-actors';
import { NON_TARGET_PREPOSITIONS, TARGET_PREPOSITIONS } from './attack-cues';
import { governor, type SentenceView } from './attack-sentence';

/** Direction adverbs between a verb of movement and its particle ("moved north-eastwards"). */
const DIRECTION =
  /^(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?|ern)?$|^(?:further|deeper|quickly|slowly)$/;
/** How many words a starting point may take ("from the north-east", "from occupied Crimea"). */
const MAX_FROM_WORDS = 5;
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '—', '–', '(', ')']);

/**
 * The index of the particle of a verb of movement at or after `at`, past a direction adverb and a
 * starting point ("advanced from the north on X"); "to" counts only after a starting point
 * ("moved from A to B", not "moved to the border"). Returns -1 when there is none.
 */
export function particleAt(view: SentenceView, at: number, particles: readonly string[]): number {
  const { tokens } = view;
  let j = at;
  if (DIRECTION.test(tokens[j]?.lower ?? '')) j++;
  let from = false;
  if (tokens[j]?.lower === 'from') {
    from = true;
    const end = Math.min(tokens.length, j + 1 + MAX_FROM_WORDS);
    for (j++; j < end && !particles.includes(tokens[j].lower); j++)
      if (CLAUSE_PUNCT.has(tokens[j].text)) return -1;
  }
  const w = tokens[j]?.lower ?? '';
  return particles.includes(w) && (w !== 'to' || from) ? j : -1;
}

/** How far after the verb the result phrase may come ("reduced the city of X to rubble"). */
const MAX_COMPLEMENT_DISTANCE = 8;

/** Whether "to" and one of `words` follow the verb's object ("reduced X to rubble"). */
export function hasComplement(view: SentenceView, at: number, words: readonly string[]): boolean {
  const { tokens } = view;
  for (let j = at; j < Math.min(tokens.length - 1, at + MAX_COMPLEMENT_DISTANCE); j++) {
    if (CLAUSE_PUNCT.has(tokens[j].text)) return false;
    if (tokens[j].lower === 'to') return words.includes(tokens[j + 1].lower);
  }
  return false;
}

/** Words that may stand between a place and the verb it is the subject of ("X, which has fallen"). */
const SUBJECT_GAP = new Set([
  ',',
  'which',
  'that',
  'has',
  'had',
  'have',
  'finally',
  'eventually',
  'also',
  'then',
]);

/**
 * The place that is the subject of a verb at `at` ("Kherson fell", "the X region, which fell"):
 * the index of the place in `view.places`, or -1. A place after a preposition or a possessive
 * ("prices in X fell", "X's currency fell") is not the subject.
 */
export function placeSubject(view: SentenceView, at: number): number {
  const { tokens } = view;
  let k = at - 1;
  let relative = false;
  for (; k >= 0 && SUBJECT_GAP.has(tokens[k].lower); k--)
    relative ||= /^(?:which|that)$/.test(tokens[k].lower);
  const p = k >= 0 ? view.placeEnd[k] : -1;
  if (p < 0 || tokens[k].possessive) return -1;
  // "the head of the X region, which fell": the relative pronoun is the subject, whatever governs X.
  if (relative) return p;
  // "the city of X", "the eastern town of X" stay subjects; "in X", "prices in the city of X" do not.
  const g = governor(view, view.places[p].from);
  const w = g >= 0 ? tokens[g].lower : '';
  return TARGET_PREPOSITIONS.has(w) || NON_TARGET_PREPOSITIONS.has(w) ? -1 : p;
}

/** Words after "fell" that date the fall ("fell on Saturday", "fell last week", "fell overnight"). */
const FALL_TIMES = new Set(['last', 'earlier', 'overnight', 'yesterday', 'today', 'after', 'this']);

/**
 * Whether "fell" at `i` reports a place taken: "fell to" an armed side, or "fell" dated or at the
 * end of its clause ("X fell on Saturday", "X fell last week."), not "fell silent", "fell by 3%".
 */
export function fallReport(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  const next = tokens[i + 1];
  if (next === undefined || CLAUSE_PUNCT.has(next.text)) return true;
  if (next.lower === 'to') {
    for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) {
      const a = view.actorAt[k];
      if (a >= 0) return view.actors[a].kind === 'force' || view.actors[a].kind === 'country';
    }
    return false;
  }
  if (next.lower === 'on') return /^(?:\p{Lu}|\d)/u.test(tokens[i + 2]?.text ?? '');
  return FALL_TIMES.has(next.lower);
}

/**
 * "the X region, which Russian troops seized": a place, a comma and a relative pronoun before the
 * subject of the verb. Returns the index of that place in `view.places`, or -1.
 */
export function relativeAntecedent(
  view: SentenceView,
  cueFrom: number,
  actor: ActorSpan | undefined,
): number {
  if (actor === undefined || (actor.kind !== 'force' && actor.kind !== 'country')) return -1;
  const { tokens } = view;
  // The verb follows its subject, past an adverb or auxiliary ("which Russian troops quickly seized").
  for (let j = actor.to; j < cueFrom; j++)
    if (!/^\p{Ll}+$/u.test(tokens[j].text) || j - actor.to >= 2) return -1;
  let k = actor.from - 1;
  if (/^(?:the|a)$/.test(tokens[k]?.lower ?? '')) k--;
  if (!/^(?:which|that)$/.test(tokens[k]?.lower ?? '')) return -1;
  k--;
  if (tokens[k]?.text === ',') k--;
  return k >= 0 ? view.placeEnd[k] : -1;
}
