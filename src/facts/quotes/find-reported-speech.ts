/**
 * Finds reported speech in one sentence by running the reported-speech sieves
 * (`reported-sieves/`, in the order of `REPORTED_SIEVES`) at each verb position: "X said (that)
 * CLAUSE", "CLAUSE, X said", "CLAUSE, said X", "According to X, CLAUSE", "CLAUSE, according to
 * X", "A, he said, B" and "…, saying CLAUSE". Verbs inside quotation marks are skipped.
 */
import type { Token } from '../../model/text';
import type { Lexicon } from '../../lexicon/load-lexicon';
import type { ReportedSpeech } from './reported-sieves/reported-sieve';
import { createReportedContext } from './reported-sieves/reported-sieve';
import { REPORTED_SIEVES } from './reported-sieves/reported-sieves';
import { isSpeechVerb } from './find-speaker-phrase';

/**
 * Reported speech in the sentence whose tokens are `toks`. `quoted[k]` marks tokens inside
 * quotation marks; `usedCues` holds offsets of verbs that attribute a direct quote; `headline`
 * allows capitalised verbs ("…, Doctor Says").
 */
export function findReportedSpeech(
  text: string,
  toks: readonly Token[],
  quoted: readonly boolean[],
  usedCues: ReadonlySet<number>,
  headline: boolean,
  lex: Lexicon,
): ReportedSpeech[] {
  const start = contentStart(toks);
  // Every sieve starts from a verb of saying, "according to" or "as reported by": a sentence
  // without one has nothing to attribute.
  const cues: number[] = [];
  for (let k = start; k < toks.length; k++) if (mayAttribute(toks[k], lex)) cues.push(k);
  if (cues.length === 0) return [];
  const ctx = createReportedContext({ text, toks, quoted, usedCues, headline, lex }, start);
  if (REPORTED_SIEVES.some((sieve) => sieve.opening?.(ctx))) return ctx.out;
  for (const k of cues) {
    if (k <= ctx.start || quoted[k]) continue;
    for (const sieve of REPORTED_SIEVES) if (sieve.attribute(ctx, k)) break;
  }
  return ctx.out;
}

/** Whether a sieve can claim the position of `t`: a verb of saying in any case, "according" or "as". */
function mayAttribute(t: Token, lex: Lexicon): boolean {
  return isSpeechVerb(t, lex, true) || t.lower === 'according' || t.lower === 'as';
}

/**
 * Skips a list bullet, a live blog's quotation marker ("> Two people were hurt - said …") and a
 * short label ("- Energy Talks: …") at the start of a sentence.
 */
function contentStart(toks: readonly Token[]): number {
  let s = 0;
  while (s < toks.length && /^[-•*–—>]$/.test(toks[s].text)) s++;
  for (let k = s; k < toks.length && k < s + 6; k++) {
    if (toks[k].text === ':') return k + 1;
    if (!toks[k].cap && toks[k].word) break;
  }
  return s;
}
