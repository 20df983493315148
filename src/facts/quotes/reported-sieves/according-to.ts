/**
 * Reported speech attributed by "according to": "According to the port authority, the ferries
 * will run again on Monday." (`quote.reported.according-to.before`, which takes the whole
 * sentence) and "The ferries will run again on Monday, according to the port authority." or
 * "…, as reported by the port authority." (`quote.reported.according-to.after`).
 */
import type { Token } from '../../../model/text';
import { findPhraseAfter } from '../find-speaker-phrase';
import type { ReportedSieve } from './reported-sieve';
import { addClause } from './reported-sieve';

/** The sieve of "according to X" before or after the clause. */
export const accordingTo: ReportedSieve = {
  name: 'according-to',
  opening(ctx) {
    const { text, toks, start, lex } = ctx;
    if (toks[start]?.lower !== 'according' || toks[start + 1]?.lower !== 'to') return false;
    const comma = toks.findIndex((t, i) => i > start + 1 && t.text === ',');
    const p = comma > 0 ? findPhraseAfter(text, toks, start + 1, comma, lex) : undefined;
    if (p) addClause(ctx, comma + 1, toks.length, p, toks[start], 'quote.reported.according-to.before');
    return true;
  },
  attribute(ctx, k) {
    const { text, toks, start, lex } = ctx;
    const t = toks[k];
    if (toks[k - 1].text !== ',' || !isAccordingTo(toks, k)) return false;
    const p = findPhraseAfter(text, toks, k + (t.lower === 'as' ? 2 : 1), toks.length, lex);
    if (p && p.kind !== 'pronoun') addClause(ctx, start, k - 1, p, t, 'quote.reported.according-to.after');
    ctx.done = toks.length;
    return true;
  },
};

/** Whether "according to" or "as reported by" starts at `k`. */
function isAccordingTo(toks: readonly Token[], k: number): boolean {
  const a = toks[k].lower;
  const b = toks[k + 1]?.lower;
  return (a === 'according' && b === 'to') || (a === 'as' && b === 'reported' && toks[k + 2]?.lower === 'by');
}
