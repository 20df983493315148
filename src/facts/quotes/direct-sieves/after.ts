/**
 * Direct quotes attributed right after the quotation: "“The gates stay shut,” Ines Moreau said."
 * (`quote.direct.after`) and "“The gates stay shut,” said Ines Moreau."
 * (`quote.direct.after.verb-first`), also after a short complement ("“A disgrace for the whole
 * island” of a plan, the mayor said.") or a party tag ("…,” Sen. Moreau (D-Vt.) said").
 */
import type { TextDoc } from '../../../model/doc';
import type { Token } from '../../../model/text';
import type { Lexicon } from '../../../lexicon/load-lexicon';
import { tokensIn } from '../../../text/read-doc';
import { findPhraseAfter, findSubjectBefore, isSentenceEnd, isSpeechVerb } from '../find-speaker-phrase';
import type { FoundAttribution } from '../found-attribution';
import { foundAttribution } from '../found-attribution';
import type { QuotationSpan } from '../find-quotation-spans';
import { isHardBoundary } from '../quote-tokens';
import { looksVerbal } from '../sentence-subject';
import type { DirectSieve } from './direct-sieve';
import { matchOf } from './direct-sieve';

/** The sieve of attributions after a quotation. */
export const after: DirectSieve = {
  name: 'after',
  attribute: (ctx, slot) => matchOf(attributeAfter(ctx.doc, slot.span, slot.limit, ctx.lex)),
};

const ENDS_WITH_PUNCTUATION = /[,!?.…—–-][’'"”]*$/;
/** After a quotation that ends its sentence, a following capitalised word starts a new sentence unless a verb comes at once. */
const NEW_SENTENCE_REACH = 5;
/** How many tokens an attribution after a quotation may take before its verb. */
const MAX_SUBJECT_TOKENS = 32;

/** The attribution right after `span`, reading up to `limit` (the next quotation or the sentence end). */
function attributeAfter(
  doc: TextDoc,
  span: QuotationSpan,
  limit: number,
  lex: Lexicon,
): FoundAttribution | undefined {
  const text = doc.article.text;
  const toks = tokensIn(doc, span.close, limit);
  let i = 0;
  if (toks[0] && /^[,—–-]$/.test(toks[0].text)) i = 1;
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
    return p ? foundAttribution(text, p, first, 'quote.direct.after.verb-first', lex) : undefined;
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
    if (isByline(toks, k)) return undefined;
    const p = findSubjectBefore(text, toks, k, i, lex);
    return p ? foundAttribution(text, p, t, 'quote.direct.after', lex) : undefined;
  }
  return undefined;
}

/**
 * Whether the verb at `k` tags a reporter's dispatch, not a speaker: "…”, Jane Roe writes from
 * Brussels." or "…”, Jane Roe reports from Kyiv." The quotation belongs to the speaker before it.
 */
function isByline(toks: readonly Token[], k: number): boolean {
  return (
    BYLINE_VERBS.has(toks[k].lower) &&
    toks[k + 1]?.lower === 'from' &&
    toks[k + 2]?.cap === true &&
    (toks[k + 3] === undefined || isSentenceEnd(toks[k + 3]) || toks[k + 3].cap)
  );
}

const BYLINE_VERBS = new Set(['writes', 'reports']);

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
