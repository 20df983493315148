/**
 * Reported speech with the attribution set off inside its clause: "The strike, Ines Moreau said,
 * was the longest the port had seen." (`quote.reported.parenthetical`): the whole sentence is
 * the clause. A description as the speaker ("the report said") is left to the clause sieve.
 */
import { skipTail } from './attribution-tail';
import type { ReportedSieve } from './reported-sieve';
import { addClause, isCueAt } from './reported-sieve';
import { verbSubject } from './verb-subject';

/** The sieve of ", X said," asides. */
export const parenthetical: ReportedSieve = {
  name: 'parenthetical',
  attribute(ctx, k) {
    const { toks, start, lex } = ctx;
    const subject = isCueAt(ctx, k) ? verbSubject(ctx, k) : undefined;
    if (!subject || subject.phrase.kind === 'description') return false;
    const aside =
      toks[subject.from - 1]?.text === ',' &&
      toks[skipTail(toks, k + 1, lex)]?.text === ',' &&
      subject.from - 1 > start;
    if (!aside) return false;
    addClause(ctx, start, toks.length, subject.phrase, toks[k], 'quote.reported.parenthetical');
    ctx.done = toks.length;
    return true;
  },
};
