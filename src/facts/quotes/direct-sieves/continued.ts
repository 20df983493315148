/**
 * Direct quotes with no attribution of their own, in a conversation: the quote before gives the
 * speaker. "“The gates stay shut,” Ines Moreau said. “Nobody sails today.”" gives the second
 * quote to Ines Moreau (`quote.direct.continued`), as does a second quotation in the sentence of
 * an attributed one, "Ines Moreau said the storm was “a long and cruel night” and “the worst one
 * in forty years.”" (`quote.direct.embedded.continued`). A quotation that opens a sentence with no
 * direct quote close before it is kept open (`quote.direct.continued.reported`, no speaker yet):
 * once reported speech is read, it takes the speaker of the latest attribution before it ("Ines
 * Moreau said the port would stay closed. “Nobody sails today.”"), else it is left out.
 */
import { tokensIn } from '../../../text/read-doc';
import { isSentenceEnd, isSpeechVerb, isVerbUse } from '../find-speaker-phrase';
import type { FoundAttribution } from '../found-attribution';
import type { DirectContext, DirectSieve } from './direct-sieve';

/** How many sentences back an unattributed quotation may take its speaker from. */
export const CONTINUE_REACH = 2;

/** The sieve of quotations that share the speaker of the quotation before them. */
export const continued: DirectSieve = {
  name: 'continued',
  attribute(ctx, { index, span, sentence, floor, limit }) {
    const prev = index > 0 ? ctx.spans[index - 1] : undefined;
    const prevAt = ctx.candidateOf.get(index - 1);
    const prevCand = prevAt !== undefined ? ctx.found[prevAt] : undefined;
    if (
      prev &&
      prevCand &&
      ctx.sentenceAt(prev.close - 1) === sentence &&
      prevCand.rule !== 'quote.direct.after'
    ) {
      return { sameAs: prevAt, rule: 'quote.direct.embedded.continued' };
    }
    const opensSentence = !ctx.doc.article.text.slice(floor, span.open).trim() || span.continuation;
    if (!opensSentence) return undefined;
    const last = ctx.found.length - 1;
    if (last < 0 || ctx.sentenceAt(ctx.found[last].span.close - 1) < sentence - CONTINUE_REACH)
      return saysAfter(ctx, span.close, limit) || unreadBefore(ctx, index, sentence)
        ? undefined
        : { rule: 'quote.direct.continued.reported' };
    const subject = subjectBetween(ctx, index, sentence);
    if (subject) return { attribution: subject, rule: 'quote.direct.continued' };
    return { sameAs: last, rule: 'quote.direct.continued' };
  },
};

/**
 * Whether a verb of saying follows the quotation in its sentence ("“…,” Name, a long apposition
 * …, said"): the quotation has an attribution of its own the sieves could not read, and no
 * earlier speaker continues into it.
 */
function saysAfter(ctx: DirectContext, close: number, limit: number): boolean {
  const toks = tokensIn(ctx.doc, close, limit);
  for (let k = 0; k < toks.length; k++) {
    if (isSentenceEnd(toks[k])) return false;
    if (isSpeechVerb(toks[k], ctx.lex) && isVerbUse(toks, k, ctx.lex)) return true;
  }
  return false;
}

/**
 * Whether the quotation before, within reach, opened a sentence and found no speaker: its
 * attribution went unread, so the conversation may have turned to its speaker.
 */
function unreadBefore(ctx: DirectContext, index: number, sentence: number): boolean {
  const prev = ctx.spans[index - 1];
  if (!prev || ctx.candidateOf.has(index - 1)) return false;
  const s = ctx.sentenceAt(prev.open);
  const start = ctx.doc.sentences[s]?.start ?? prev.open;
  return (
    s >= sentence - CONTINUE_REACH && !/[\p{L}\p{N}]/u.test(ctx.doc.article.text.slice(start, prev.open))
  );
}

/**
 * The person who opens the sentence right before the quotation, when that sentence holds no
 * quotation ("“A,” the envoy said. President Ana Rusu visited the town. “B.”"): the conversation
 * has turned to that person, and the quotation is theirs.
 */
function subjectBetween(ctx: DirectContext, index: number, sentence: number): FoundAttribution | undefined {
  const before = ctx.doc.sentences[sentence - 1];
  const prev = ctx.spans[index - 1];
  if (!before || (prev && prev.close > before.start)) return undefined;
  const text = ctx.doc.article.text;
  const lower = /(?:^|[\s,])\p{Ll}/u.exec(text.slice(before.start, before.end));
  if (!lower) return undefined;
  const phrase = ctx.findPerson(before.start, before.start + lower.index + 1);
  return phrase && { phrase, cue: '', cueStart: before.start, rule: 'quote.direct.continued' };
}
