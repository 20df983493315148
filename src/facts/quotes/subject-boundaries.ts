/**
 * What may stand between a speaker's name and the verb without being the speaker: a short
 * parenthetical ("(D-Mo.)"), a manner adverb ("boldly"), article-led appositions
 * ("Name, a former aide who…, said").
 */
import type { Token } from '../../model/text';
import { isHardBoundary } from './quote-tokens';
import { analyzeSpeakerPhrase } from './analyze-speaker-phrase';
import type { Subject } from './find-speaker-phrase';
import { NOUN_PHRASE_OPENERS } from './speech-cues';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** Where a short parenthetical closing at `close` opens ("Name (D-Mo.) said"), if it is one. */
export function parentheticalStart(toks: readonly Token[], close: number, floor: number): number | undefined {
  for (let k = close - 1; k >= floor && k >= close - PARENTHETICAL_MAX_TOKENS; k--) {
    if (toks[k].text === '(') return k > floor && toks[k - 1].word ? k : undefined;
    if (isHardBoundary(toks[k]) || /^[.!?…]$/.test(toks[k].text)) return undefined;
  }
  return undefined;
}

const PARENTHETICAL_MAX_TOKENS = 6;

/** Whether a lower-case word is an adverb of manner before the verb ("X boldly said"). */
export function isMannerAdverb(lower: string, lex: Lexicon): boolean {
  return (
    lower.length >= 5 && lower.endsWith('ly') && /^[a-z]+$/.test(lower) && !lex.notNames.lyNouns.has(lower)
  );
}

/** Whether the segment `[from, to)` between commas is an apposition led by an article ("a former aide"). */
export function isApposition(toks: readonly Token[], [from, to]: [number, number]): boolean {
  return to - from >= 2 && ARTICLES.has(toks[from].lower);
}

/**
 * The name before a stack of appositions closed by a comma before the verb ("Name, the minister
 * of X, one of Y, said", "Name, 59, of Town, Md., who watched …, said"): walks the segments
 * from `i` (nearest the verb) back while they read as appositions, and returns the first name.
 * The role is the nearest article- or role-led apposition. Undefined when segment `i` is no
 * apposition or no name precedes the stack.
 */
export function nameBeforeAppositions(
  text: string,
  toks: readonly Token[],
  segs: ReadonlyArray<[number, number]>,
  i: number,
  lex: Lexicon,
): Subject | undefined {
  if (i >= segs.length || !isAppositive(text, toks, segs, i, lex)) return undefined;
  let role: string | undefined;
  for (let j = i; j < segs.length && j <= i + MAX_APPOSITIONS; j++) {
    const [from, to] = segs[j];
    if (isAppositive(text, toks, segs, j, lex)) {
      if (
        role === undefined &&
        (isApposition(toks, segs[j]) || lex.titles.appositionHeads.has(toks[from].lower))
      )
        role = text.slice(toks[from].start, toks[to - 1].end);
      continue;
    }
    const end = toks[to - 1].text === ')' ? (parentheticalStart(toks, to - 1, from) ?? to) : to;
    const p = analyzeSpeakerPhrase(text, toks, from, end, lex);
    if (!p || p.kind === 'pronoun' || (p.kind === 'description' && j + 1 < segs.length)) return undefined;
    if (p.kind === 'name' && p.end !== toks[end - 1].end) return undefined;
    return { phrase: role && !p.role ? { ...p, role } : p, from, stacked: true };
  }
  return undefined;
}

/** How many appositions may stand between a name and its verb. */
const MAX_APPOSITIONS = 5;
/** With the lexicon's apposition heads ("head of …"), the words that open an apposition. */
const APPOSITION_OPENERS = new Set([
  'one',
  'two',
  'among',
  'both',
  'now',
  'then',
  'formerly',
  'once',
  'himself',
  'herself',
  'who',
  'which',
  'whose',
  'whom',
  'where',
  'of',
  'from',
  'at',
  'with',
  'in',
]);

/**
 * Whether segment `j` reads as an apposition: article-led ("a former aide"), led by a relative,
 * a preposition, a role or "one of" ("who runs …", "of Springfield", "head of …"), a participle
 * ("speaking to …"), an age or party label ("59", "D-Mo.", "Democrat of Oregon"), or a short capitalised place right
 * after a preposition-led one ("of Ashton, Md.").
 */
function isAppositive(
  text: string,
  toks: readonly Token[],
  segs: ReadonlyArray<[number, number]>,
  j: number,
  lex: Lexicon,
): boolean {
  const [from, to] = segs[j];
  if (to <= from) return false;
  const first = toks[from];
  if (isApposition(toks, segs[j]))
    return analyzeSpeakerPhrase(text, toks, from, to, lex)?.kind === 'description';
  if (to - from === 1 && (/^[DRI]-\p{Lu}/u.test(first.text) || /^\d{1,3}$/.test(first.text))) return true;
  if (!first.cap && (APPOSITION_OPENERS.has(first.lower) || lex.titles.appositionHeads.has(first.lower)))
    return true;
  if (!first.cap && first.lower.length > 4 && /(?:ing|ed)$/.test(first.lower)) return true;
  // "Name, Democrat of Oregon, said": a party label of a place.
  if (lex.parties.labels.has(first.lower) && toks[from + 1]?.lower === 'of') return true;
  const before = segs[j + 1];
  return (
    to - from <= 2 &&
    first.cap &&
    before !== undefined &&
    before[1] > before[0] &&
    !toks[before[0]].cap &&
    /^(?:of|from|in)$/.test(toks[before[0]].lower)
  );
}

const ARTICLES = NOUN_PHRASE_OPENERS;
