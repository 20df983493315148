/**
 * Finds the attribution of one quotation: after it ("…,” he said", "…,” said X", "…,” X wrote on
 * Telegram") or before it in the same sentence ("X said: “…", "X told reporters that “…"",
 * "X said Russia was “…”").
 */
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import { analyzeSpeakerPhrase, isKnownSourceHead } from './analyze-speaker-phrase';
import type { QuotationSpan } from './find-quotation-spans';
import {
  findPhraseAfter,
  findSubjectBefore,
  isSentenceEnd,
  isSpeechVerb,
  isVerbUse,
} from './find-speaker-phrase';
import type { Token } from '../../model/text';
import { isHardBoundary } from './quote-tokens';
import type { TextDoc } from '../../model/doc';
import type { DirectQuoteRule } from '../../model/fact';
import { tokensIn } from '../../text/read-doc';
import { INTRO_WORDS } from './speech-cues';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** An attribution: who, the verb of saying, the medium when stated, and the rule that matched. */
export interface FoundAttribution {
  readonly phrase: SpeakerPhrase;
  readonly cue: string;
  readonly cueStart: number;
  readonly medium?: string;
  readonly rule: DirectQuoteRule;
}

/** Finds a person named in `[from, to)`, for "…, saying: “…”" when the sentence subject is not a phrase. */
export type PersonFinder = (from: number, to: number) => SpeakerPhrase | undefined;

const ENDS_WITH_PUNCTUATION = /[,!?.…—–-][’'"”]*$/;
/** After a quotation that ends its sentence, a following capitalised word starts a new sentence unless a verb comes at once. */
const NEW_SENTENCE_REACH = 5;
/** How many tokens an attribution after a quotation may take before its verb. */
const MAX_SUBJECT_TOKENS = 22;

/** The attribution right after `span`, reading up to `limit` (the next quotation or the sentence end). */
export function attributeAfter(
  doc: TextDoc,
  span: QuotationSpan,
  limit: number,
  lex: Lexicon,
): FoundAttribution | undefined {
  const text = doc.article.text;
  const toks = tokensIn(doc, span.close, limit);
  let i = 0;
  if (toks[0] && /^[,—–]$/.test(toks[0].text)) i = 1;
  else if (!ENDS_WITH_PUNCTUATION.test(text.slice(span.start, span.end))) {
    // "''I admire the mechanics'' of the plan, Mr. Lee said": a short complement, then the attribution.
    const comma = complementComma(toks);
    if (comma === undefined) return undefined;
    i = comma + 1;
  }
  const first = toks[i];
  if (!first || (!first.cap && CLAUSE_OPENERS.has(first.lower))) return undefined;
  if (isSpeechVerb(first, lex) && !lex.speech.participles.has(first.lower)) {
    const p = findPhraseAfter(text, toks, i, toks.length, lex);
    return p ? found(text, p, first, 'quote.direct.after.verb-first', lex) : undefined;
  }
  const reach =
    i === 0 && /[.!?…]$/.test(text.slice(span.start, span.end)) && first.cap
      ? NEW_SENTENCE_REACH
      : MAX_SUBJECT_TOKENS;
  for (let k = i + 1; k < toks.length && k < i + reach; k++) {
    const t = toks[k];
    const close = t.text === '(' ? closingParenthesis(toks, k) : undefined;
    if (close !== undefined) {
      k = close; // "…,” Sen. X (D-Mo.) said"
      continue;
    }
    if (isSentenceEnd(t) || isHardBoundary(t)) return undefined;
    if (!t.cap && CLAUSE_OPENERS.has(t.lower)) return undefined; // "“…,” while 73 percent said …"
    if (!isSpeechVerb(t, lex)) continue;
    if (reach === NEW_SENTENCE_REACH && !endsAttributionAt(toks, k + 1, lex)) return undefined;
    const p = findSubjectBefore(text, toks, k, i, lex);
    return p ? found(text, p, t, 'quote.direct.after', lex) : undefined;
  }
  return undefined;
}

/** The comma after a short prepositional complement that follows a quotation ("of the plan,"), if any. */
function complementComma(toks: readonly Token[]): number | undefined {
  if (!toks[0] || toks[0].cap || !COMPLEMENT_PREPOSITIONS.has(toks[0].lower)) return undefined;
  for (let k = 1; k < toks.length && k <= 8; k++) {
    const t = toks[k];
    if (t.text === ',') return k;
    if (isSentenceEnd(t) || isHardBoundary(t) || (!t.cap && looksVerbal(t) && !/s$/.test(t.lower)))
      return undefined;
  }
  return undefined;
}

const COMPLEMENT_PREPOSITIONS = new Set(['of', 'about', 'on', 'for', 'in', 'to']);

/** Words that open a new clause after a quotation, so a later verb does not attribute it. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'because', 'but', 'if', 'when']);

/**
 * Whether an attribution may end at `k`, right after its verb: the sentence ends, a comma
 * follows, or an adverbial does ("She said on Monday."). "She says it underscores …" opens a
 * statement of its own and attributes nothing before it.
 */
function endsAttributionAt(toks: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = toks[k];
  if (!t || isSentenceEnd(t) || t.text === ',' || t.text === ';') return true;
  return AFTER_VERB_ADVERBIALS.has(t.lower) || lex.time.speech.has(t.lower);
}

const AFTER_VERB_ADVERBIALS = new Set(
  'on in at during to after before later earlier today yesterday then also again of via afterwards'.split(
    ' ',
  ),
);

/** The index of the ")" that closes a short parenthetical opened at `open`, if any. */
function closingParenthesis(toks: readonly Token[], open: number): number | undefined {
  for (let j = open + 1; j < toks.length && j <= open + 6; j++) {
    if (toks[j].text === ')') return j;
    if (isSentenceEnd(toks[j]) || isHardBoundary(toks[j])) return undefined;
  }
  return undefined;
}

/**
 * The attribution before `span` within `[floor, span.open)`: the last verb of saying of the
 * sentence part before the quotation, with its subject.
 */
export function attributeBefore(
  doc: TextDoc,
  span: QuotationSpan,
  floor: number,
  findPerson: PersonFinder,
  lex: Lexicon,
): FoundAttribution | undefined {
  const text = doc.article.text;
  const toks = tokensIn(doc, floor, span.open);
  const inverted = invertedAttribution(text, toks, lex);
  if (inverted) return inverted;
  for (let v = toks.length - 1; v >= 0; v--) {
    const t = toks[v];
    if (isSentenceEnd(t) && v < toks.length - 1) return undefined;
    if (lex.speech.continuingParticiples.has(t.lower) || !isSpeechVerb(t, lex) || !isVerbUse(toks, v, lex))
      continue;
    if (lex.speech.participles.has(t.lower)) {
      const subject = sentenceSubject(text, toks, v, lex);
      const known = subject && (subject.kind !== 'description' || isKnownSourceHead(subject.head, lex));
      const p = (known ? subject : findPerson(floor, t.start)) ?? subject;
      return p ? found(text, p, t, 'quote.direct.before.saying', lex) : undefined;
    }
    if (toks[v - 1]?.text === ',') {
      const after = findPhraseAfter(text, toks, v, toks.length, lex);
      const next = after && toks.find((x) => x.start >= after.end);
      if (after && after.kind === 'name' && next?.text === ',')
        return found(text, after, t, 'quote.direct.embedded', lex);
    }
    const p = findSubjectBefore(text, toks, v, 0, lex);
    if (p)
      return found(text, p, t, v >= toks.length - 2 ? 'quote.direct.before' : 'quote.direct.embedded', lex);
  }
  return undefined;
}

/** "Said Ellis: “…”", "Said the minister, “…”": an inverted attribution that opens the sentence. */
function invertedAttribution(
  text: string,
  toks: readonly Token[],
  lex: Lexicon,
): FoundAttribution | undefined {
  const verb = toks[0];
  const last = toks.at(-1);
  if (!verb?.cap || !lex.speech.verbs.has(verb.lower) || !last || !/^[:,]$/.test(last.text)) return undefined;
  const p = findPhraseAfter(text, toks, 0, toks.length - 1, lex);
  return p && p.kind !== 'pronoun' ? found(text, p, verb, 'quote.direct.before.inverted', lex) : undefined;
}

/** The subject at the start of the sentence (after an introductory phrase), if it is a speaker phrase. */
export function sentenceSubject(
  text: string,
  toks: readonly Token[],
  upto: number,
  lex: Lexicon,
): SpeakerPhrase | undefined {
  let s = 0;
  if (toks[0] && INTRO_WORDS.has(toks[0].lower)) {
    while (s < upto && toks[s].text !== ',') s++;
    s++;
  }
  for (let j = s + 1; j <= upto && j <= s + 12; j++) {
    const t = toks[j];
    if (j < upto && (t.cap || !t.word || !looksVerbal(t) || isKnownSourceHead(t.lower, lex))) continue;
    const p = analyzeSpeakerPhrase(text, toks, s, j, lex);
    if (p && p.kind !== 'pronoun') return p;
    if (p) return p;
  }
  return undefined;
}

/** Whether a lower-case token may be a finite verb that ends a subject ("denies", "dismissed"). */
export function looksVerbal(t: Token): boolean {
  return (
    /(?:ed|[^s]s|'t)$/.test(t.lower) ||
    /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does)$/.test(t.lower)
  );
}

function found(
  text: string,
  phrase: SpeakerPhrase,
  verb: Token,
  rule: DirectQuoteRule,
  lex: Lexicon,
): FoundAttribution {
  const medium = findMedium(text, Math.max(verb.end, phrase.end), lex);
  return { phrase, cue: verb.text, cueStart: verb.start, rule, ...(medium ? { medium } : {}) };
}

/** The medium named right after an attribution ("on Telegram", "in a video address"). */
export function findMedium(text: string, from: number, lex: Lexicon): string | undefined {
  const m = lex.media.mediumRe.exec(text.slice(from, from + 90));
  if (!m) return undefined;
  return m[0].replace(/^[\s,]*(?:on|via|in)\s+(?:(?:a|an|his|her|their|its|the)\s+)?/u, '').trim();
}
