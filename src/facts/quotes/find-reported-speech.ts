/**
 * Finds reported speech in one sentence: "X said (that) CLAUSE", "CLAUSE, X said",
 * "CLAUSE, said X", "According to X, CLAUSE", "CLAUSE, according to X", "A, he said, B" and
 * "…, saying CLAUSE". Verbs inside quotation marks and cues already used by a direct quote are skipped.
 */
import type { ReportedSpeechRule } from '../../model/fact';
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import type { Subject } from './find-speaker-phrase';
import { findPhraseAfter, findSubject, isSentenceEnd, isSpeechVerb, isVerbUse } from './find-speaker-phrase';
import type { Token } from '../../model/text';
import { countWords, isHardBoundary } from './quote-tokens';
import { hasFiniteVerb, isFiniteWord, readReportedClause } from './read-reported-clause';
import { isKnownSourceHead } from './analyze-speaker-phrase';
import { findMedium } from './find-medium';
import { looksVerbal, sentenceSubject } from './sentence-subject';
import { NOUN_PHRASE_OPENERS } from './speech-cues';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** A reported clause with its speaker phrase and cue. */
export interface ReportedSpeech {
  readonly start: number;
  readonly end: number;
  readonly phrase: SpeakerPhrase;
  readonly cue: string;
  readonly cueStart: number;
  readonly rule: ReportedSpeechRule;
  readonly medium?: string;
}

/**
 * Reported speech in the sentence whose tokens are `toks`. `quoted[k]` marks tokens inside
 * quotation marks; `usedCues` holds offsets of verbs that attribute a direct quote; `headline`
 * allows capitalised verbs ("…, Doctor Says").
 */
export function findReportedSpeech(
  text: string,
  toks: readonly Token[],
  quoted: readonly boolean[],
  usedCues: ReadonlySet<number>,
  headline: boolean,
  lex: Lexicon,
): ReportedSpeech[] {
  const out: ReportedSpeech[] = [];
  const froms: number[] = [];
  const start = contentStart(toks);
  let done = start;
  const add = (
    from: number,
    to: number,
    phrase: SpeakerPhrase,
    cue: Token,
    rule: ReportedSpeechRule,
  ): void => {
    while (to > from && (isSentenceEnd(toks[to - 1]) || /^[,:;]$/.test(toks[to - 1].text))) to--;
    if (to <= from || countWords(text.slice(toks[from].start, toks[to - 1].end)) < 4) return;
    const medium = findMedium(text, Math.max(cue.end, phrase.end), lex);
    froms.push(from);
    out.push({
      start: toks[from].start,
      end: toks[to - 1].end,
      phrase,
      cue: cue.text,
      cueStart: cue.start,
      rule,
      ...(medium ? { medium } : {}),
    });
  };
  if (toks[start]?.lower === 'according' && toks[start + 1]?.lower === 'to') {
    const comma = toks.findIndex((t, i) => i > start + 1 && t.text === ',');
    const p = comma > 0 ? findPhraseAfter(text, toks, start + 1, comma, lex) : undefined;
    if (p) add(comma + 1, toks.length, p, toks[start], 'quote.reported.according-to.before');
    return out;
  }
  for (let k = start + 1; k < toks.length; k++) {
    const t = toks[k];
    if (quoted[k]) continue;
    if (k < done) {
      if (!isSpeechVerb(t, lex) || usedCues.has(t.start)) continue;
      const and = coordinatedAt(toks, k);
      const first = out.at(-1);
      if (
        and !== undefined &&
        first &&
        lex.speech.finite.has(t.lower) &&
        !findSubject(text, toks, k, start, lex)
      ) {
        const clause = readReportedClause(toks, k, toks.length, lex);
        out.pop();
        const from = froms.pop();
        if (from !== undefined)
          add(
            from,
            and,
            first.phrase,
            toks[toks.findIndex((x) => x.start === first.cueStart)] ?? t,
            first.rule,
          );
        if (clause) {
          add(clause.from, clause.to, first.phrase, t, 'quote.reported.coordinated');
          done = clause.to;
        }
        continue;
      }
      const next = findSubject(text, toks, k, start, lex);
      if (
        next &&
        out.length > 0 &&
        toks[next.from - 1]?.text === ',' &&
        endsAttribution(toks, skipTail(toks, k + 1, lex))
      ) {
        // "Officials told X that A, three people told the FT.": A is the officials' statement; the
        // closing attribution only says who reported it, so the clause ends before it.
        const last = out.pop();
        const from = froms.pop();
        if (last && from !== undefined) add(from, next.from - 1, last.phrase, toks[k], last.rule);
        continue;
      }
      const joint = next ? toks[next.from - 1] : undefined;
      if (!next || !joint || !JOINTS.has(joint.lower) || next.phrase.kind === 'pronoun') continue;
      const last = out.pop();
      const from = froms.pop();
      if (last && from !== undefined) add(from, next.from - 1, last.phrase, toks[k], last.rule);
    }
    if (toks[k - 1].text === ',' && isAccordingTo(toks, k)) {
      const p = findPhraseAfter(text, toks, k + (t.lower === 'as' ? 2 : 1), toks.length, lex);
      if (p && p.kind !== 'pronoun') add(start, k - 1, p, t, 'quote.reported.according-to.after');
      done = toks.length;
      continue;
    }
    if (!isSpeechVerb(t, lex, headline) || usedCues.has(t.start) || !isVerbUse(toks, k, lex)) continue;
    if (lex.speech.participles.has(t.lower)) {
      if (toks[k + 1]?.text === ',') continue; // "is arguing, since …" has no clause of its own
      if (GERUND_PREPOSITIONS.has(toks[k - 1]?.lower ?? '')) continue; // "from saying that …": whose saying is unclear
      const p =
        out.at(-1)?.phrase ??
        mainSubject(text, toks, start, k, lex)?.phrase ??
        sentenceSubject(text, toks, k, lex);
      const clause = p ? readReportedClause(toks, k, toks.length, lex) : undefined;
      if (p && clause) add(clause.from, clause.to, p, t, 'quote.reported.saying');
      if (clause) done = clause.to;
      continue;
    }
    if (
      toks[k - 1].text === ',' &&
      toks[k - 1].start > toks[start].start &&
      !lex.speech.addressee.has(t.lower)
    ) {
      const p = findPhraseAfter(text, toks, k, toks.length, lex);
      if (
        p &&
        p.kind !== 'pronoun' &&
        endsAfterPhrase(toks, k, p) &&
        hasFiniteVerb(toks, start, k - 1) &&
        !isNamedSubject(text, toks, k, start, lex)
      ) {
        add(start, k - 1, p, t, 'quote.reported.after.verb-first');
        continue;
      }
    }
    const subject = findSubject(text, toks, k, start, lex) ?? sharedSubject(text, toks, k, start, lex);
    if (!subject || (lex.speech.weak.has(t.lower) && !isKnownSource(subject.phrase, lex))) continue;
    const after = skipTail(toks, k + 1, lex);
    const before = toks[subject.from - 1];
    if (
      before?.text === ',' &&
      subject.from - 1 > start &&
      endsAttribution(toks, after) &&
      (headline || isHardBoundary(toks[start]) || hasFiniteVerb(toks, start, subject.from - 1))
    ) {
      add(start, subject.from - 1, subject.phrase, t, 'quote.reported.after');
      continue;
    }
    const aside = before?.text === ',' && toks[after]?.text === ',' && subject.from - 1 > start;
    if (aside && subject.phrase.kind !== 'description') {
      add(start, toks.length, subject.phrase, t, 'quote.reported.parenthetical');
      done = toks.length;
      continue;
    }
    const named =
      subject.phrase.kind === 'name' &&
      subject.phrase.end === toks[k - 1].end &&
      toks[subject.from - 1]?.lower !== "'s" &&
      toks[k + 1]?.text !== ',';
    const clause = readReportedClause(toks, k, toks.length, lex, named);
    if (!clause || quotedShare(toks, quoted, clause.from, clause.to) > 0.5) continue;
    const rule = clause.that ? 'quote.reported.that' : 'quote.reported.clause';
    add(clause.from, clause.to, subject.phrase, t, rule);
    done = clause.to;
  }
  return out;
}

/**
 * Whether everything before the verb at `verb` is a name with appositions ("Name, 59, of Town,
 * who …, said the ship looked fine"): then the name is the subject, not the end of a clause.
 */
function isNamedSubject(
  text: string,
  toks: readonly Token[],
  verb: number,
  start: number,
  lex: Lexicon,
): boolean {
  const subject = findSubject(text, toks, verb, start, lex);
  return subject?.stacked === true && subject.phrase.kind === 'name' && subject.from === start;
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
function mainSubject(
  text: string,
  toks: readonly Token[],
  start: number,
  to: number,
  lex: Lexicon,
): Subject | undefined {
  for (let j = start + 1; j < to; j++) {
    const t = toks[j];
    if (t.cap || !t.word || !looksVerbal(t) || isKnownSourceHead(t.lower, lex)) continue;
    if (toks[j - 1].cap && AGENT_PLURAL.test(t.lower)) continue; // "two Democratic speechwriters implored …"
    const subject = findSubject(text, toks, j, start, lex);
    return subject && subject.phrase.kind !== 'pronoun' ? subject : undefined;
  }
  return undefined;
}

/** Plural nouns of people after an adjective ("Democratic speechwriters"), not verbs. */
const AGENT_PLURAL = /(?:ers|ists|ians|ants|ents)$/;

/** Prepositions before a gerund whose sayer is an object ("accused him of saying", "kept him from saying"). */
const GERUND_PREPOSITIONS = new Set(['from', 'of', 'for', 'about', 'without']);

/** Index of the "and" that joins the verb at `k` to an earlier verb ("… and said", "… and also said"). */
function coordinatedAt(toks: readonly Token[], k: number): number | undefined {
  const and = toks[k - 1]?.lower === 'also' ? k - 2 : k - 1;
  return toks[and]?.lower === 'and' && toks[and - 1]?.text !== ',' ? and : undefined;
}

/** Whether a speaker phrase is a name, a pronoun or a description with a known source head. */
function isKnownSource(p: SpeakerPhrase, lex: Lexicon): boolean {
  return p.kind !== 'description' || isKnownSourceHead(p.head, lex);
}

/** Words that join a second attribution to a first clause ("… and Israeli media said …"). */
const JOINTS = new Set(['and', 'but', ';', 'while']);

/** Whether only adverbials follow the phrase after the verb before the sentence end or a comma. */
function endsAfterPhrase(toks: readonly Token[], verb: number, p: SpeakerPhrase): boolean {
  const stop = phraseEndIndex(toks, verb);
  for (let k = verb + 1; k < stop; k++) {
    if (toks[k].start >= p.end && toks[k].lower === 'that') return false;
    if (toks[k].end <= p.end && !toks[k].cap && isFiniteWord(toks[k].lower)) return false;
    // "…, said Clinton reached out to …": a verb after the name makes it a clause, not the speaker.
    if (
      toks[k].start >= p.end &&
      !toks[k].cap &&
      (isFiniteWord(toks[k].lower) || /^[a-z]{3,}ed$/.test(toks[k].lower))
    )
      return false;
  }
  return endsAttribution(toks, stop);
}

/** Skips a list bullet and a short label ("- Energy Talks: …") at the start of a sentence. */
function contentStart(toks: readonly Token[]): number {
  let s = 0;
  while (s < toks.length && /^[-•*–—]$/.test(toks[s].text)) s++;
  for (let k = s; k < toks.length && k < s + 6; k++) {
    if (toks[k].text === ':') return k + 1;
    if (!toks[k].cap && toks[k].word) break;
  }
  return s;
}

function isAccordingTo(toks: readonly Token[], k: number): boolean {
  const a = toks[k].lower;
  const b = toks[k + 1]?.lower;
  return (a === 'according' && b === 'to') || (a === 'as' && b === 'reported' && toks[k + 2]?.lower === 'by');
}

/** Index after adverbials that may follow an attribution ("said on Wednesday", "said earlier this week"). */
function skipTail(toks: readonly Token[], k: number, lex: Lexicon): number {
  if (lex.speech.addressee.has(toks[k - 1]?.lower ?? '')) k = skipAddressee(toks, k);
  while (k < toks.length) {
    const t = toks[k];
    if (TAIL_PREPOSITIONS.has(t.lower) && NOUN_PHRASE_OPENERS.has(toks[k + 1]?.lower ?? '')) {
      let j = k + 2;
      while (j < toks.length && j < k + 8 && toks[j].word && !TAIL_STOPS.has(toks[j].lower)) j++;
      if (j === k + 2) break;
      k = j;
    } else if (
      lex.speech.verbModifiers.has(t.lower) ||
      lex.time.speech.has(t.lower) ||
      /^(on|last|this|late|early|in|at)$/.test(t.lower)
    )
      k++;
    else if (t.cap && /^(on|in|at)$/.test(toks[k - 1].lower)) k++;
    else break;
  }
  return k;
}

/** Skips the addressee after "told" at the end of an attribution ("…, she told reporters", "…, he told CNN"). */
function skipAddressee(toks: readonly Token[], k: number): number {
  let j = k;
  if (NOUN_PHRASE_OPENERS.has(toks[j]?.lower ?? '')) j++;
  const start = j;
  while (j < toks.length && j < start + 4 && toks[j].word && (toks[j].cap || toks[j].lower === "'s")) j++;
  if (j > start) return j;
  return toks[j]?.word && /s$/.test(toks[j].lower) && !TAIL_STOPS.has(toks[j].lower) ? j + 1 : k;
}

/** An adverbial after an attribution: "said in his interview", "told reporters at the briefing". */
const TAIL_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'via',
  'after',
  'before',
  'from',
  'with',
  'to',
]);
/** Words that end such an adverbial: a clause follows, not more of the phrase. */
const TAIL_STOPS = new Set(
  'that who which whose where when and but is was were are will would has had have'.split(' '),
);

/** Whether an attribution ends at `k`: the sentence end, or a comma before a participle or "according". */
function endsAttribution(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || isSentenceEnd(t) || isDash(t)) return true;
  if (t.text !== ',') return false;
  const next = toks[k + 1];
  return !next || /ing$/.test(next.lower) || next.lower === 'according' || next.lower === 'with';
}

/** Whether the token is a dash that ends an attribution ("…, officials say — even if …"). */
function isDash(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '—' || t.text === '–');
}

/** Index of the first token after the phrase that follows the verb (a comma, a sentence end, a mark). */
function phraseEndIndex(toks: readonly Token[], verb: number): number {
  let k = verb + 1;
  while (k < toks.length && toks[k].text !== ',' && !isSentenceEnd(toks[k]) && !isHardBoundary(toks[k])) k++;
  return k;
}

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
