/**
 * What may stand between a speaker's name and the verb without being the speaker: a short
 * parenthetical ("(D-Mo.)"), a manner adverb ("boldly"), article-led appositions
 * ("Name, a former aide who…, said").
 */
import type { QToken } from './quote-tokens';
import { isHardBoundary } from './quote-tokens';
import { analyzeSpeakerPhrase } from './analyze-speaker-phrase';
import type { Subject } from './find-speaker-phrase';

/** Where a short parenthetical closing at `close` opens ("Name (D-Mo.) said"), if it is one. */
export function parentheticalStart(
  toks: readonly QToken[],
  close: number,
  floor: number,
): number | undefined {
  for (let k = close - 1; k >= floor && k >= close - PARENTHETICAL_MAX_TOKENS; k--) {
    if (toks[k].text === '(') return k > floor && toks[k - 1].word ? k : undefined;
    if (isHardBoundary(toks[k]) || /^[.!?…]$/.test(toks[k].text)) return undefined;
  }
  return undefined;
}

const PARENTHETICAL_MAX_TOKENS = 6;

/** Nouns and adjectives ending in -ly that may end a subject ("the family said"). */
const LY_NOUNS = new Set(
  'family ally rally supply assembly monopoly anomaly bully belly jelly lily daily weekly monthly quarterly yearly homily folly holly'.split(
    ' ',
  ),
);

/** Whether a lower-case word is an adverb of manner before the verb ("X boldly said"). */
export function isMannerAdverb(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('ly') && /^[a-z]+$/.test(lower) && !LY_NOUNS.has(lower);
}

/** Whether the segment `[from, to)` between commas is an apposition led by an article ("a former aide"). */
export function isApposition(toks: readonly QToken[], [from, to]: [number, number]): boolean {
  return to - from >= 2 && ARTICLES.has(toks[from].lower);
}

/**
 * The name before a stack of appositions ("Name, the minister of X, a member of Y, said"):
 * the first segment from `i` on (in reverse text order) that is not article-led, if it is a name.
 */
export function nameBeforeAppositions(
  text: string,
  toks: readonly QToken[],
  segs: ReadonlyArray<[number, number]>,
  i: number,
): Subject | undefined {
  for (let j = i; j < segs.length && j <= i + 2; j++) {
    if (isApposition(toks, segs[j])) continue;
    const p = analyzeSpeakerPhrase(text, toks, segs[j][0], segs[j][1]);
    return p?.kind === 'name' ? { phrase: p, from: segs[j][0] } : undefined;
  }
  return undefined;
}

const ARTICLES = new Set(['a', 'an', 'the']);
