/**
 * What the words around a name say it is, when no lexicon knows the name: an organisation ("the
 * Izvestia newspaper", "told the Guardian", "analyst at City Index", "the Senate"), a person ("the
 * Biden administration", "Lavrov, the Russian foreign minister,", "…, says Zelenskiy") or a place
 * ("near Sievierodonetsk", "Kronstadt in St Petersburg"). The cue words are data
 * (`data/org-heads.json`, `data/media.json`, `data/titles.json`); the grammar is here.
 */
import stopwords from 'stopwords-iso';
import type { EntityType } from '../model/entity';
import type { Lexicon } from '../lexicon/load-lexicon';
import { lookupName } from './lexicon';
import type { ScannedToken } from './scan-tokens';

/** A type the context gives a name, and the rule that gave it. */
export interface Cue {
  readonly type: EntityType;
  readonly rule: string;
}

const STOPWORDS: ReadonlySet<string> = new Set((stopwords as Record<string, string[]>).en);
/** Prepositions after which a lone unknown name is a place. */
const NEAR_WORDS: ReadonlySet<string> = new Set(['near', 'outside']);
/** Verbs of saying after which a lone name is the speaker ("…, says Zelenskiy"). */
const INVERTED_SAYING: ReadonlySet<string> = new Set(['says', 'said']);
/** Prepositions between an outlet frame and "the X" ("an interview with the Post"). */
const FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'in']);
/** How many words an apposition may hold before its title ("Lavrov, the Russian foreign minister,"). */
const APPOSITION_REACH = 5;

const lower = (tokens: readonly ScannedToken[], k: number): string => tokens[k]?.lowerDot ?? '';

/** Whether the words from `k` are an organisation cue: "newspaper", "intelligence agency", "think tank". */
export function followingOrgCue(tokens: readonly ScannedToken[], k: number, lexicon: Lexicon): boolean {
  const { followingCues, cueModifiers } = lexicon.orgs;
  const t = tokens[k];
  if (!t || t.cap) return false;
  if (followingCues.has(t.lowerDot)) return true;
  if (t.lowerDot === 'think') return lower(tokens, k + 1) === 'tank';
  return cueModifiers.has(t.lowerDot) && followingCues.has(lower(tokens, k + 1)) && !tokens[k + 1].cap;
}

/** Whether the words before `at` make the name there an organisation ("newspaper X", "analyst at X", "told the X"). */
export function precedingOrgCue(tokens: readonly ScannedToken[], at: number, lexicon: Lexicon): boolean {
  const prev = tokens[at - 1];
  if (!prev || prev.cap) return false;
  if (lexicon.vocabulary.orgPrecedingCues.has(prev.lowerDot)) return true;
  // "senior analyst at City Index": where the holder of a role works.
  if (prev.lowerDot === 'at' && lexicon.sources.persons.has(lower(tokens, at - 2))) return true;
  if (prev.lowerDot !== 'the') return false;
  const frames = lexicon.media.outletFrames;
  const before = lower(tokens, at - 2);
  return frames.has(before) || (FRAME_PREPOSITIONS.has(before) && frames.has(lower(tokens, at - 3)));
}

/** Auxiliaries and adverbs between a subject and its verb of saying ("has previously reported"). */
const BEFORE_VERB: ReadonlySet<string> = new Set([
  'has',
  'had',
  'have',
  'also',
  'previously',
  'earlier',
  'first',
]);

/** "The Guardian has previously reported": a verb of saying after the name (a person takes no "the"). */
function speaksNext(tokens: readonly ScannedToken[], at: number, lexicon: Lexicon): boolean {
  let k = at + 1;
  while (k < tokens.length && k <= at + 3 && BEFORE_VERB.has(tokens[k].lowerDot)) k++;
  const t = tokens[k];
  return t !== undefined && !t.cap && lexicon.speech.verbs.has(t.lowerDot);
}

/** "Lavrov, the Russian foreign minister,": a comma, then a description holding a title. */
function titleApposition(tokens: readonly ScannedToken[], at: number, lexicon: Lexicon): boolean {
  if (tokens[at + 1]?.text !== ',') return false;
  let k = at + 2;
  if (lower(tokens, k) !== 'the') return false;
  for (k++; k < tokens.length && k <= at + 2 + APPOSITION_REACH; k++) {
    const t = tokens[k];
    if (!t.alnum) return false;
    if (lexicon.vocabulary.titles.has(t.lowerDot)) return true;
  }
  return false;
}

/** Whether a place name starts at `k` ("in St Petersburg", "in Ukraine"). */
function placeAt(tokens: readonly ScannedToken[], k: number, lexicon: Lexicon): boolean {
  const t = tokens[k];
  if (!t?.cap) return false;
  const isPlace = (key: string): boolean => {
    const hit = lookupName(key, false, lexicon);
    return hit !== undefined && (hit.kind === 'place' || hit.kind === 'country');
  };
  const next = tokens[k + 1];
  return isPlace(t.norm) || (next?.cap === true && isPlace(`${t.norm} ${next.norm}`));
}

/**
 * The type the context gives the lone capitalised word at `at`, which no lexicon knows, or
 * undefined when the context says nothing.
 */
export function singleCue(tokens: readonly ScannedToken[], at: number, lexicon: Lexicon): Cue | undefined {
  const t = tokens[at];
  const prev = lower(tokens, at - 1);
  const next = lower(tokens, at + 1);
  if (prev === 'the' && !t.initial && lexicon.orgs.singleBodies.has(t.lowerDot))
    return { type: 'Organization', rule: 'org.single-body' };
  if (followingOrgCue(tokens, at + 1, lexicon) || precedingOrgCue(tokens, at, lexicon))
    return { type: 'Organization', rule: 'org.cue' };
  if (prev === 'the' && speaksNext(tokens, at, lexicon)) return { type: 'Organization', rule: 'org.cue' };
  // "…, Politico reports.": an outlet credited at the end of a sentence.
  if (tokens[at - 1]?.text === ',' && next === 'reports' && tokens[at + 2]?.text === '.')
    return { type: 'Organization', rule: 'org.cue' };
  if (prev === 'the' && lexicon.titles.leaderHeads.has(next) && !tokens[at + 1].cap)
    return { type: 'Person', rule: 'person.leader' };
  if (titleApposition(tokens, at, lexicon)) return { type: 'Person', rule: 'person.apposition' };
  if (INVERTED_SAYING.has(prev) && !tokens[at - 1].cap) return { type: 'Person', rule: 'person.said' };
  // Not when the name goes on past a lower-case connector ("near Shakhta imeni Gagarina").
  const after = tokens[at + 1];
  const goesOn =
    after !== undefined &&
    after.alnum &&
    !after.cap &&
    !STOPWORDS.has(after.lowerDot) &&
    tokens[at + 2]?.cap === true;
  if (NEAR_WORDS.has(prev) && !goesOn) return { type: 'Location', rule: 'place.frame' };
  if (next === 'in' && placeAt(tokens, at + 2, lexicon)) return { type: 'Location', rule: 'place.frame' };
  if (prev === 'in' && (after === undefined || after.text === '.'))
    return { type: 'Location', rule: 'place.frame' };
  return undefined;
}
