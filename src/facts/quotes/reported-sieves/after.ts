/**
 * Reported speech attributed after its clause: "The ferries will run again on Monday, Ines
 * Moreau said." (`quote.reported.after`) and, verb first, "The ferries will run again on Monday,
 * said the harbour master." (`quote.reported.after.verb-first`).
 */
import type { Token } from '../../../model/text';
import type { SpeakerPhrase } from '../analyze-speaker-phrase';
import { findPhraseAfter, isSentenceEnd } from '../find-speaker-phrase';
import { isHardBoundary } from '../quote-tokens';
import { hasFiniteVerb, isFiniteWord } from '../read-reported-clause';
import { endsAttribution, skipTail } from './attribution-tail';
import type { ReportedContext, ReportedSieve } from './reported-sieve';
import { addClause, isCueAt, subjectBefore } from './reported-sieve';
import { verbSubject } from './verb-subject';

/** The sieve of attributions after the clause, verb first or subject first. */
export const after: ReportedSieve = {
  name: 'after',
  attribute: (ctx, k) => isCueAt(ctx, k) && (verbFirst(ctx, k) || subjectFirst(ctx, k)),
};

/** "CLAUSE, said X": the phrase after the verb ends the sentence. */
function verbFirst(ctx: ReportedContext, k: number): boolean {
  const { text, toks, start, lex } = ctx;
  const t = toks[k];
  const sep = separatorBefore(toks, k);
  if (!sep || toks[sep.at].start <= toks[start].start || lex.speech.addressee.has(t.lower)) return false;
  const p = findPhraseAfter(text, toks, k, toks.length, lex);
  if (
    !p ||
    p.kind === 'pronoun' ||
    !endsAfterPhrase(toks, k, p) ||
    !hasFiniteVerb(toks, start, sep.at) ||
    isNamedSubject(ctx, k)
  )
    return false;
  addClause(ctx, start, sep.end, p, t, 'quote.reported.after.verb-first');
  return true;
}

/** "CLAUSE, X said (on Monday)": the attribution, after a comma, ends the sentence. */
function subjectFirst(ctx: ReportedContext, k: number): boolean {
  const { toks, start, lex, headline } = ctx;
  const subject = verbSubject(ctx, k);
  if (!subject) return false;
  const sep = separatorBefore(toks, subject.from);
  if (!sep || sep.at <= start) return false;
  const clause = hasFiniteVerb(toks, start, sep.at);
  const tail = skipTail(toks, k + 1, lex);
  // "A, officials said on Friday, one of a string of attacks": a full clause before a described
  // source is what it said, whatever aside follows (a named one is the parenthetical sieve's).
  const aside =
    clause &&
    toks[tail]?.text === ',' &&
    subject.phrase.kind === 'description' &&
    !OPEN_ENDS.has(toks[sep.at - 1]?.lower ?? '');
  const ends = endsAttribution(toks, tail) || aside;
  if (!ends || !(headline || isHardBoundary(toks[start]) || clause)) return false;
  addClause(ctx, start, sep.end, subject.phrase, toks[k], 'quote.reported.after');
  return true;
}

/** Words that leave a clause open before an aside ("…, which, officials said, is …"). */
const OPEN_ENDS = new Set(['which', 'who', 'that', 'and', 'but', 'or', 'because', 'while']);

/**
 * The separator that ends a clause before the attribution starting at `k` (`at`, its first
 * token; `end`, where the clause ends): a comma, a comma inside the closing quotation mark of a
 * quoted ending ('… “non-peaceful purposes,” the ministry said', which keeps its marks), or a
 * spaced dash, the convention of translated articles ("… hurting 12 people - said the governor").
 */
function separatorBefore(toks: readonly Token[], k: number): { at: number; end: number } | undefined {
  const t = toks[k - 1];
  if (!t) return undefined;
  if (t.text === ',') return { at: k - 1, end: k - 1 };
  if (/^[”"]$/.test(t.text) && toks[k - 2]?.text === ',') return { at: k - 2, end: k };
  const spaced = toks[k - 2] !== undefined && toks[k - 2].end < t.start && t.end < toks[k].start;
  return /^[-–—]$/.test(t.text) && spaced ? { at: k - 1, end: k - 1 } : undefined;
}

/**
 * Whether everything before the verb at `verb` is a name with appositions ("Name, 59, of Town,
 * who …, said the ship looked fine"): then the name is the subject, not the end of a clause.
 */
function isNamedSubject(ctx: ReportedContext, verb: number): boolean {
  const subject = subjectBefore(ctx, verb);
  return subject?.stacked === true && subject.phrase.kind === 'name' && subject.from === ctx.start;
}

/** Whether only adverbials follow the phrase after the verb before the sentence end or a comma. */
function endsAfterPhrase(toks: readonly Token[], verb: number, p: SpeakerPhrase): boolean {
  const stop = phraseEndIndex(toks, verb);
  for (let k = verb + 1; k < stop; k++) {
    if (toks[k].start >= p.end && toks[k].lower === 'that') return false;
    if (toks[k].end <= p.end && !toks[k].cap && isFiniteWord(toks[k].lower)) return false;
    // "…, said Clinton reached out to …": a verb after the name makes it a clause, not the speaker.
    if (
      toks[k].start >= p.end &&
      !toks[k].cap &&
      (isFiniteWord(toks[k].lower) || /^[a-z]{3,}ed$/.test(toks[k].lower))
    )
      return false;
  }
  return endsAttribution(toks, stop) || (p.kind === 'name' && opensApposition(toks, stop));
}

/**
 * Whether a comma at `k` opens an apposition to the name before it that runs to the sentence end
 * ("…, said Jo Lee, a longtime adviser to the family."): an article-led phrase, no new clause.
 */
function opensApposition(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.text !== ',' || !APPOSITION_ARTICLES.has(toks[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < toks.length; j++) {
    const t = toks[j];
    if (isSentenceEnd(t)) return j === toks.length - 1;
    if (isHardBoundary(t) || t.text === ',') return false;
  }
  return true;
}

const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);

/** Index of the first token after the phrase that follows the verb (a comma, a sentence end, a mark). */
function phraseEndIndex(toks: readonly Token[], verb: number): number {
  let k = verb + 1;
  while (k < toks.length && toks[k].text !== ',' && !isSentenceEnd(toks[k]) && !isHardBoundary(toks[k])) k++;
  return k;
}
