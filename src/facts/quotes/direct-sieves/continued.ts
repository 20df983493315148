/**
 * Direct quotes with no attribution of their own, in a conversation: the quote before gives the
 * speaker. "“The gates stay shut,” Ines Moreau said. “Nobody sails today.”" gives the second
 * quote to Ines Moreau (`quote.direct.continued`), as does a second quotation in the sentence of
 * an attributed one, "Ines Moreau said the storm was “a long and cruel night” and “the worst one
 * in forty years.”" (`quote.direct.embedded.continued`).
 */
import type { DirectSieve } from './direct-sieve';

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
    return ctx.sentenceAt(ctx.found[last].span.close - 1) >= sentence - CONTINUE_REACH
      ? { sameAs: last, rule: 'quote.direct.continued' }
      : undefined;
  },
};
