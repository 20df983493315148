/**
 * The end of an attribution that follows its clause: adverbials after the verb ("…, Ines Moreau
 * said on Monday in an interview.", "…, she told reporters at the port.") and what may come after
 * them (the sentence end, a dash, ", according to …", ", saying …").
 */
import type { Token } from '../../../model/text';
import type { Lexicon } from '../../../lexicon/load-lexicon';
import { isSentenceEnd } from '../find-speaker-phrase';
import { NOUN_PHRASE_OPENERS } from '../speech-cues';

/** Index after adverbials that may follow an attribution ("said on Wednesday", "said earlier this week"). */
export function skipTail(toks: readonly Token[], k: number, lex: Lexicon): number {
  if (lex.speech.addressee.has(toks[k - 1]?.lower ?? '')) k = skipAddressee(toks, k);
  while (k < toks.length) {
    const t = toks[k];
    if (TAIL_PREPOSITIONS.has(t.lower) && NOUN_PHRASE_OPENERS.has(toks[k + 1]?.lower ?? '')) {
      let j = k + 2;
      while (j < toks.length && j < k + 8 && toks[j].word && !TAIL_STOPS.has(toks[j].lower)) j++;
      if (j === k + 2) break;
      k = j;
    } else if (
      lex.speech.verbModifiers.has(t.lower) ||
      lex.time.speech.has(t.lower) ||
      /^(on|last|this|late|early|in|at)$/.test(t.lower)
    )
      k++;
    else if (t.cap && /^(on|in|at)$/.test(toks[k - 1].lower)) k++;
    else break;
  }
  return k;
}

/** Skips the addressee after "told" at the end of an attribution ("…, she told reporters", "…, he told CNN"). */
function skipAddressee(toks: readonly Token[], k: number): number {
  let j = k;
  if (NOUN_PHRASE_OPENERS.has(toks[j]?.lower ?? '')) j++;
  const start = j;
  while (j < toks.length && j < start + 4 && toks[j].word && (toks[j].cap || toks[j].lower === "'s")) j++;
  if (j > start) return j;
  return toks[j]?.word && /s$/.test(toks[j].lower) && !TAIL_STOPS.has(toks[j].lower) ? j + 1 : k;
}

/** An adverbial after an attribution: "said in his interview", "told reporters at the briefing". */
const TAIL_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'via',
  'after',
  'before',
  'from',
  'with',
  'to',
]);
/** Words that end such an adverbial: a clause follows, not more of the phrase. */
const TAIL_STOPS = new Set(
  'that who which whose where when and but is was were are will would has had have'.split(' '),
);

/** Whether an attribution ends at `k`: the sentence end, or a comma before a participle or "according". */
export function endsAttribution(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || isSentenceEnd(t) || isDash(t)) return true;
  if (t.text !== ',') return false;
  const next = toks[k + 1];
  return !next || /ing$/.test(next.lower) || next.lower === 'according' || next.lower === 'with';
}

/** Whether the token is a dash that ends an attribution ("…, officials say — even if …"). */
function isDash(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '—' || t.text === '–');
}
