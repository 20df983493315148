/**
 * Direct quotes with no attribution of their own, in a conversation: the quote before gives the
 * speaker. "“The gates stay shut,” Ines Moreau said. “Nobody sails today.”" gives the second
 * quote to Ines Moreau (`quote.direct.continued`), as does a second quotation in the sentence of
 * an attributed one, "Ines Moreau said the storm was “a long and cruel night” and “the worst one
 * in forty years.”" (`quote.direct.embedded.continued`).
 */
import type { FoundAttribution } from '../found-attribution';
import type { DirectContext, DirectSieve } from './direct-sieve';

/** How many sentences back an unattributed quotation may take its speaker from. */
const CONTINUE_REACH = 2;

/** The sieve of quotations that share the speaker of the quotation before them. */
export const continued: DirectSieve = {
  name: 'continued',
  attribute(ctx, { index, span, sentence, floor }) {
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
    if (!opensSentence || ctx.found.length === 0) return undefined;
    const last = ctx.found.length - 1;
    if (ctx.sentenceAt(ctx.found[last].span.close - 1) < sentence - CONTINUE_REACH) return undefined;
    const subject = subjectBetween(ctx, index, sentence);
    if (subject) return { attribution: subject, rule: 'quote.direct.continued' };
    return { sameAs: last, rule: 'quote.direct.continued' };
  },
};

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
