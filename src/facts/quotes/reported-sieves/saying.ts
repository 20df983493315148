/**
 * Reported speech after a participle of saying: "Ines Moreau closed the port on Monday, saying
 * the storm would last two days." (`quote.reported.saying`). The sayer is the speaker of the
 * clause before, else the subject of the sentence.
 */
import { readReportedClause } from '../read-reported-clause';
import { sentenceSubject } from '../sentence-subject';
import type { ReportedSieve } from './reported-sieve';
import { addClause, isCueAt } from './reported-sieve';
import { mainSubject } from './verb-subject';

/** Prepositions before a gerund whose sayer is an object ("accused him of saying", "kept him from saying"). */
const GERUND_PREPOSITIONS = new Set(['from', 'of', 'for', 'about', 'without']);

/** The sieve of participles ("saying", "adding"): it claims every participle of saying. */
export const saying: ReportedSieve = {
  name: 'saying',
  attribute(ctx, k) {
    const { text, toks, start, lex } = ctx;
    const t = toks[k];
    if (!isCueAt(ctx, k) || !lex.speech.participles.has(t.lower)) return false;
    if (toks[k + 1]?.text === ',') return true; // "is arguing, since …" has no clause of its own
    if (GERUND_PREPOSITIONS.has(toks[k - 1]?.lower ?? '')) return true; // "from saying that …": whose saying is unclear
    const p =
      ctx.out.at(-1)?.phrase ??
      mainSubject(text, toks, start, k, lex)?.phrase ??
      sentenceSubject(text, toks, k, lex);
    const clause = p ? readReportedClause(toks, k, toks.length, lex) : undefined;
    if (p && clause) addClause(ctx, clause.from, clause.to, p, t, 'quote.reported.saying');
    if (clause) ctx.done = clause.to;
    return true;
  },
};
