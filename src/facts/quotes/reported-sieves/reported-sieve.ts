/**
 * The interface of the reported-speech sieves (in the manner of CoreNLP's QuoteAttributionAnnotator)
 * and the state they share while reading one sentence. At each verb position, as "said" in
 * "The ferries will run again on Monday, Ines Moreau said.", the sieves of `REPORTED_SIEVES` run
 * in order; the first that claims the position records its clauses with its rule, the rest wait
 * for the next position.
 */
import type { ReportedSpeechRule } from '../../../model/fact';
import type { Token } from '../../../model/text';
import type { Lexicon } from '../../../lexicon/load-lexicon';
import type { SpeakerPhrase } from '../analyze-speaker-phrase';
import type { Subject } from '../find-speaker-phrase';
import { findSubject, isSentenceEnd, isSpeechVerb, isVerbUse } from '../find-speaker-phrase';
import { findMedium } from '../find-medium';
import { hasWords } from '../quote-tokens';

/** A reported clause with its speaker phrase and cue. */
export interface ReportedSpeech {
  readonly start: number;
  readonly end: number;
  readonly phrase: SpeakerPhrase;
  readonly cue: string;
  readonly cueStart: number;
  readonly rule: ReportedSpeechRule;
  readonly medium?: string;
}

/** One sentence being read, and what the sieves have found in it so far. */
export interface ReportedContext {
  readonly text: string;
  readonly toks: readonly Token[];
  /** `quoted[k]` marks tokens inside quotation marks. */
  readonly quoted: readonly boolean[];
  /** Offsets of verbs that attribute a direct quote. */
  readonly usedCues: ReadonlySet<number>;
  /** Whether capitalised verbs count ("…, Doctor Says"). */
  readonly headline: boolean;
  readonly lex: Lexicon;
  /** The first token of the content (after a list bullet or a short label). */
  readonly start: number;
  /** Tokens before `done` lie in a clause already reported. */
  done: number;
  /** The clauses found so far, and the token index where each starts. */
  readonly out: ReportedSpeech[];
  readonly froms: number[];
  /** The subjects of verb positions, once read (see `verbSubject`). */
  readonly subjects: Map<number, Subject | undefined>;
  /** The phrases before verb positions, once read (see `subjectBefore`). */
  readonly before: Map<number, Subject | undefined>;
}

/**
 * A named attribution pattern family. `opening` may claim the whole sentence before any verb
 * position is read; `attribute` returns true when it claims the verb position `k`.
 */
export interface ReportedSieve {
  readonly name: string;
  opening?(ctx: ReportedContext): boolean;
  attribute(ctx: ReportedContext, k: number): boolean;
}

/** The inputs of one sentence, as `findReportedSpeech` receives them. */
export type SentenceInput = Pick<
  ReportedContext,
  'text' | 'toks' | 'quoted' | 'usedCues' | 'headline' | 'lex'
>;

/** A fresh context for a sentence whose content starts at token `start`. */
export function createReportedContext(input: SentenceInput, start: number): ReportedContext {
  const { text, toks, quoted, usedCues, headline, lex } = input;
  return {
    text,
    toks,
    quoted,
    usedCues,
    headline,
    lex,
    start,
    done: start,
    out: [],
    froms: [],
    subjects: new Map(),
    before: new Map(),
  };
}

/** `findSubject` of the verb at `k` down to the content start, read once per position. */
export function subjectBefore(ctx: ReportedContext, k: number): Subject | undefined {
  if (ctx.before.has(k)) return ctx.before.get(k);
  const subject = findSubject(ctx.text, ctx.toks, k, ctx.start, ctx.lex);
  ctx.before.set(k, subject);
  return subject;
}

/** Whether the token at `k` is a verb of saying, used as a verb, that no direct quote has taken. */
export function isCueAt(ctx: ReportedContext, k: number): boolean {
  const t = ctx.toks[k];
  return (
    isSpeechVerb(t, ctx.lex, ctx.headline) && !ctx.usedCues.has(t.start) && isVerbUse(ctx.toks, k, ctx.lex)
  );
}

/** Records the clause `[from, to)` (without closing punctuation) when it has at least four words. */
export function addClause(
  ctx: ReportedContext,
  from: number,
  to: number,
  phrase: SpeakerPhrase,
  cue: Token,
  rule: ReportedSpeechRule,
): void {
  const { text, toks } = ctx;
  while (to > from && (isSentenceEnd(toks[to - 1]) || /^[,:;]$/.test(toks[to - 1].text))) to--;
  if (to <= from || !hasWords(text, toks[from].start, toks[to - 1].end, 4)) return;
  const medium = findMedium(text, Math.max(cue.end, phrase.end), ctx.lex);
  ctx.froms.push(from);
  ctx.out.push({
    start: toks[from].start,
    end: toks[to - 1].end,
    phrase,
    cue: cue.text,
    cueStart: cue.start,
    rule,
    ...(medium ? { medium } : {}),
  });
}

/** Ends the last clause found at token `to`, where a later attribution starts, with `cue` as its verb. */
export function cutLast(ctx: ReportedContext, to: number, cue: Token): void {
  const last = ctx.out.pop();
  const from = ctx.froms.pop();
  if (last && from !== undefined) addClause(ctx, from, to, last.phrase, cue, last.rule);
}
