/**
 * The subject of a verb of saying in reported speech: the phrase right before it ("Ines Moreau
 * said …"), or the subject it shares through "and" with an earlier verb ("The port authority
 * closed the gates and said the ferries would wait.").
 */
import type { Token } from '../../../model/text';
import type { Lexicon } from '../../../lexicon/load-lexicon';
import type { SpeakerPhrase } from '../analyze-speaker-phrase';
import { isKnownSourceHead } from '../analyze-speaker-phrase';
import type { Subject } from '../find-speaker-phrase';
import { findSubject } from '../find-speaker-phrase';
import { looksVerbal } from '../sentence-subject';
import type { ReportedContext } from './reported-sieve';
import { subjectBefore } from './reported-sieve';

/**
 * The subject of the verb at `k`, read once per position: none when a weak verb ("added",
 * "noted") has a description that is not a known source ("the plan noted …").
 */
export function verbSubject(ctx: ReportedContext, k: number): Subject | undefined {
  if (ctx.subjects.has(k)) return ctx.subjects.get(k);
  const { text, toks, start, lex } = ctx;
  let subject = subjectBefore(ctx, k) ?? sharedSubject(text, toks, k, start, lex);
  if (subject && lex.speech.weak.has(toks[k].lower) && !isKnownSource(subject.phrase, lex))
    subject = undefined;
  ctx.subjects.set(k, subject);
  return subject;
}

/**
 * The subject a verb shares with an earlier verb through "and" ("Merrill says A and said B",
 * "Authorities announced an arrest and said …"): the subject at the start of the sentence.
 */
function sharedSubject(
  text: string,
  toks: readonly Token[],
  k: number,
  start: number,
  lex: Lexicon,
): Subject | undefined {
  const and = coordinatedAt(toks, k);
  return and === undefined ? undefined : mainSubject(text, toks, start, and, lex);
}

/** The subject of the first verb of the sentence before `to`, unless it is a pronoun. */
export function mainSubject(
  text: string,
  toks: readonly Token[],
  start: number,
  to: number,
  lex: Lexicon,
): Subject | undefined {
  for (let j = start + 1; j < to; j++) {
    const t = toks[j];
    if (t.cap || !t.word || !looksVerbal(t, toks[j - 1]) || isKnownSourceHead(t.lower, lex)) continue;
    if (toks[j - 1].cap && AGENT_PLURAL.test(t.lower)) continue; // "two Democratic speechwriters implored …"
    const subject = findSubject(text, toks, j, start, lex);
    return subject && subject.phrase.kind !== 'pronoun' ? subject : undefined;
  }
  return undefined;
}

/** Plural nouns of people after an adjective ("Democratic speechwriters"), not verbs. */
const AGENT_PLURAL = /(?:ers|ists|ians|ants|ents)$/;

/** Index of the "and" that joins the verb at `k` to an earlier verb ("… and said", "… and also said"). */
export function coordinatedAt(toks: readonly Token[], k: number): number | undefined {
  const and = toks[k - 1]?.lower === 'also' ? k - 2 : k - 1;
  return toks[and]?.lower === 'and' && toks[and - 1]?.text !== ',' ? and : undefined;
}

/** Whether a speaker phrase is a name, a pronoun or a description with a known source head. */
function isKnownSource(p: SpeakerPhrase, lex: Lexicon): boolean {
  return p.kind !== 'description' || isKnownSourceHead(p.head, lex);
}
