/**
 * Verbs of saying inside a clause already reported. "Ines Moreau said the storm had left the
 * island and said the ferries would sail again on Monday." gives the second clause to the same
 * speaker (`quote.reported.coordinated`); a closing attribution ("Officials told the crews that
 * the port would close for a week, two dockers told the Gazette.") or a second speaker after
 * "and", "but", ";" or "while" ("Dockers reported long delays at the gates and officials said the
 * cranes had failed.") ends the earlier clause, and the later sieves then read the second
 * speaker's clause.
 */
import { isSpeechVerb } from '../find-speaker-phrase';
import { readReportedClause } from '../read-reported-clause';
import { endsAttribution, skipTail } from './attribution-tail';
import type { ReportedSieve } from './reported-sieve';
import { addClause, cutLast, subjectBefore } from './reported-sieve';
import { coordinatedAt } from './verb-subject';

/**
 * Words that join a second attribution to a first clause ("… and Israeli media said …", "…,
 * though she noted …", "…, as he warned …").
 */
const JOINTS = new Set(['and', 'but', ';', 'while', 'though', 'although', 'as', 'whereas']);

/** How many tokens a clause keeps before a joint that cuts it. */
const MIN_CLAUSE_TOKENS = 4;

/**
 * The sieve of verbs before `done`. It claims every such position except one where a second
 * speaker's attribution starts: that one it leaves to the next sieves, the earlier clause cut.
 */
export const coordinated: ReportedSieve = {
  name: 'coordinated',
  attribute(ctx, k) {
    const { toks, start, lex } = ctx;
    const t = toks[k];
    if (k >= ctx.done) return false;
    if (!isSpeechVerb(t, lex) || ctx.usedCues.has(t.start)) return true;
    const and = coordinatedAt(toks, k);
    const first = ctx.out.at(-1);
    const next = subjectBefore(ctx, k);
    if (and !== undefined && first && lex.speech.finite.has(t.lower) && !next) {
      const clause = readReportedClause(toks, k, toks.length, lex);
      cutLast(ctx, and, toks[toks.findIndex((x) => x.start === first.cueStart)] ?? t);
      if (clause) {
        addClause(ctx, clause.from, clause.to, first.phrase, t, 'quote.reported.coordinated');
        ctx.done = clause.to;
      }
      return true;
    }
    if (
      next &&
      ctx.out.length > 0 &&
      toks[next.from - 1]?.text === ',' &&
      endsAttribution(toks, skipTail(toks, k + 1, lex))
    ) {
      // "Officials told X that A, three people told the FT.": A is the officials' statement; the
      // closing attribution only says who reported it, so the clause ends before it.
      cutLast(ctx, next.from - 1, t);
      return true;
    }
    const joint = next ? toks[next.from - 1] : undefined;
    if (!next || !joint || !JOINTS.has(joint.lower)) return true;
    // "said that although Moscow declares …": a joint that opens the clause is part of it.
    if (next.from - 1 < (ctx.froms.at(-1) ?? start) + MIN_CLAUSE_TOKENS) return true;
    cutLast(ctx, next.from - 1, t);
    return false;
  },
};
