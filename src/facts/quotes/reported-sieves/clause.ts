/**
 * Reported speech in the clause after a verb of saying: "Ines Moreau said that the ferries would
 * run again on Monday." (`quote.reported.that`) and, without "that", "The port authority told
 * the crews on Friday the ferries would wait." (`quote.reported.clause`). A clause mostly inside
 * quotation marks is a direct quote's, not reported speech.
 */
import type { Token } from '../../../model/text';
import { readReportedClause } from '../read-reported-clause';
import type { ReportedSieve } from './reported-sieve';
import { addClause, isCueAt } from './reported-sieve';
import { relaysAsSaying } from './saying';
import { verbSubject } from './verb-subject';

/** The sieve of "X said (that) CLAUSE". */
export const clause: ReportedSieve = {
  name: 'clause',
  attribute(ctx, k) {
    const { toks, quoted, lex } = ctx;
    const subject = isCueAt(ctx, k) && !relaysAsSaying(ctx, k) ? verbSubject(ctx, k) : undefined;
    if (!subject) return false;
    const named =
      subject.phrase.kind === 'name' &&
      subject.phrase.end === toks[k - 1].end &&
      toks[subject.from - 1]?.lower !== "'s" &&
      toks[k + 1]?.text !== ',';
    const found = readReportedClause(toks, k, toks.length, lex, named);
    if (!found || quotedShare(toks, quoted, found.from, found.to) > 0.5) return false;
    const rule = found.that ? 'quote.reported.that' : 'quote.reported.clause';
    addClause(ctx, found.from, found.to, subject.phrase, toks[k], rule);
    ctx.done = found.to;
    return true;
  },
};

/** Share of the tokens in `[from, to)` that lie inside quotation marks. */
function quotedShare(toks: readonly Token[], quoted: readonly boolean[], from: number, to: number): number {
  let n = 0;
  let q = 0;
  for (let k = from; k < to; k++) {
    if (!toks[k].word) continue;
    n++;
    if (quoted[k]) q++;
  }
  return n ? q / n : 0;
}
