/**
 * Reported speech after a participle of saying: "Ines Moreau closed the port on Monday, saying
 * the storm would last two days." (`quote.reported.saying`). The sayer is the speaker of the
 * clause before, else the subject of the sentence.
 */
import type { SpeakerPhrase } from '../analyze-speaker-phrase';
import { findPhraseAfter, isSentenceEnd } from '../find-speaker-phrase';
import { readReportedClause } from '../read-reported-clause';
import { sentenceSubject } from '../sentence-subject';
import type { ReportedContext, ReportedSieve } from './reported-sieve';
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
      relayedSource(ctx, k) ??
      ctx.out.at(-1)?.phrase ??
      mainSubject(text, toks, start, k, lex)?.phrase ??
      sentenceSubject(text, toks, k, lex);
    const clause = p ? readReportedClause(toks, k, toks.length, lex) : undefined;
    if (p && clause) addClause(ctx, clause.from, clause.to, p, t, 'quote.reported.saying');
    if (clause) ctx.done = clause.to;
    return true;
  },
};

/** Verbs that relay a source's words: "Reuters quoted X as saying", "RIA cited X as saying". */
const RELAY_VERBS = new Set([
  'quoted',
  'quotes',
  'quoting',
  'cited',
  'cites',
  'citing',
  'reported',
  'reports',
]);
/** How far before "as saying" the relaying verb may stand. */
const RELAY_REACH = 30;

/**
 * Whether the verb at `v` relays a source whose words follow "as saying" ("Reuters reported the
 * port authority as saying …"): then its object is the speaker, not the start of a clause.
 */
export function relaysAsSaying(ctx: ReportedContext, v: number): boolean {
  const { toks, lex } = ctx;
  if (!RELAY_VERBS.has(toks[v].lower)) return false;
  for (let j = v + 1; j < toks.length && j <= v + RELAY_REACH; j++) {
    if (isSentenceEnd(toks[j])) return false;
    if (toks[j].lower === 'as' && lex.speech.participles.has(toks[j + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * The source a medium relays in "Reuters quoted the port authority as saying …" or "RIA cited
 * Lena Ortiz, a spokesperson for the railway, as saying …": the phrase after the relaying verb,
 * who is the speaker, not the medium (`quote.reported.saying`).
 */
function relayedSource(ctx: ReportedContext, k: number): SpeakerPhrase | undefined {
  const { text, toks, lex } = ctx;
  if (toks[k - 1]?.lower !== 'as') return undefined;
  for (let v = k - 2; v >= ctx.start && v >= k - RELAY_REACH; v--) {
    const t = toks[v];
    if (isSentenceEnd(t) || t.lower === 'that') return undefined;
    if (!RELAY_VERBS.has(t.lower)) continue;
    const p = findPhraseAfter(text, toks, v, k - 1, lex);
    return p && p.kind !== 'pronoun' ? p : undefined;
  }
  return undefined;
}
