/**
 * Reads the reported clause after a verb of saying: skips adverbials, the medium and the
 * addressee ("told reporters in Brussels on Wednesday that …"), then takes the clause to the
 * end of the sentence and checks that it is a clause, not only a noun phrase
 * ("reaffirmed its commitment", "warned Putin of sanctions").
 */
import type { Token } from '../../model/text';
import { isSentenceEnd } from './find-speaker-phrase';
import { DETERMINERS } from './speech-cues';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** Token range `[from, to)` of a reported clause. */
export interface ClauseRange {
  readonly from: number;
  readonly to: number;
  /** True when the clause was introduced by "that". */
  readonly that: boolean;
}

const PREPOSITIONS = new Set(
  'of about on in for with to at by from into over against upon after before during'.split(' '),
);
const FINITE = new Set(
  (
    'is are was were be has have had will would can could should must may might did does do shall ' +
    "won't can't didn't isn't wasn't weren't aren't hasn't haven't wouldn't couldn't shouldn't doesn't " +
    'saw made took gave got went came knew thought felt found left kept held led met paid put ran sent ' +
    'set spent stood understood won lost built brought bought began became broke chose drew fell fought ' +
    'grew hit heard let meant read rose sold shot struck taught threw wore seeks needs wants remains'
  ).split(' '),
);
const PRONOUN_SUBJECTS = new Set('he she it they we i you there this that these those'.split(' '));
/** Words after a comma that cut a reported clause: "according", "saying", continuing participles. */
function isCutWord(w: string, lex: Lexicon): boolean {
  return w === 'according' || w === 'saying' || lex.speech.continuingParticiples.has(w);
}
/** How long an apposition after the addressee may be ("told X, the envoy, that"). */
const APPOSITION_REACH = 10;

/** Finds the reported clause after the verb at `verb`, or undefined when what follows is no clause. */
export function readReportedClause(
  toks: readonly Token[],
  verb: number,
  end: number,
  lex: Lexicon,
  afterName = false,
): ClauseRange | undefined {
  const v = toks[verb].lower;
  let k = skipAdverbials(toks, verb + 1, end, lex);
  if (lex.speech.addressee.has(v) && toks[k]?.lower !== 'that')
    k = skipAdverbials(toks, skipAddressee(toks, k, end), end, lex);
  if (toks[k]?.text === ',') {
    const close = toks.findIndex((t, j) => j > k && j < k + APPOSITION_REACH && t.text === ',');
    if (close > 0 && toks[close + 1]?.lower === 'that') k = close + 1;
  }
  if (toks[k]?.lower !== 'that') {
    // "said during a visit to Moldova that …": the adverbial ran on into a name.
    const pastAdverbial = k > verb + 1 && toks[k]?.cap === true && toks[k - 1]?.word === true;
    const ahead = lex.speech.addressee.has(v)
      ? thatAhead(toks, verb + 1, end, lex)
      : (PP_STARTS.has(toks[k]?.lower ?? '') && startsNounPhrase(toks[k + 1])) || pastAdverbial
        ? thatAhead(toks, k, end, lex)
        : undefined;
    if (ahead !== undefined) k = ahead;
  }
  if (toks[k]?.lower === 'that' && !toks[k].cap) return clauseFrom(toks, k + 1, end, true, v, lex);
  if (
    lex.speech.thatOnly.has(v) ||
    (lex.speech.nounLike.has(v) && !(afterName && lex.speech.afterName.has(v)))
  )
    return undefined;
  if (toks[k]?.text === ',' || toks[k]?.text === ':') k++;
  return clauseFrom(toks, k, end, false, v, lex);
}

function clauseFrom(
  toks: readonly Token[],
  from: number,
  end: number,
  that: boolean,
  verb: string,
  lex: Lexicon,
): ClauseRange | undefined {
  let to = from;
  while (to < end) {
    const t = toks[to];
    if (t.text === '—' || t.text === ';') break;
    if (t.text === ',' && isCutWord(toks[to + 1]?.lower ?? '', lex)) break;
    to++;
  }
  while (to > from && (isSentenceEnd(toks[to - 1]) || toks[to - 1].text === ',')) to--;
  const first = toks[from];
  if (!first || to - from < 4) return undefined;
  if (
    !that &&
    !first.cap &&
    PREPOSITIONS.has(first.lower) &&
    !/^\d/.test(toks[from + 1]?.text ?? '') &&
    !isQuantity(toks, from)
  )
    return undefined;
  // A quotation that opens the clause is the direct quote's, unless it is only a quoted phrase the
  // clause goes on after ("said that “a bomb” had gone off in New York").
  if (/^[“"‘]$/.test(first.text) && !(that && quotedPhraseOpens(toks, from, to))) return undefined;
  if (!that && !first.cap && ADVERBIAL_OPENERS.has(first.lower)) return undefined; // "said when she resigned"
  if (
    !that &&
    !lex.speech.nounObject.has(verb) &&
    !hasFiniteVerb(toks, from, objectEnd(toks, from, Math.min(to, from + FINITE_REACH), verb))
  )
    return undefined;
  return { from, to, that };
}

/** Whether a quantity opens at `k` ("at least two guards", "at most ten ships"), not a prepositional phrase. */
function isQuantity(toks: readonly Token[], k: number): boolean {
  return toks[k].lower === 'at' && /^(?:least|most)$/.test(toks[k + 1]?.lower ?? '');
}

/** Words that open an adverbial clause, not reported content ("said when she resigned"). */
const ADVERBIAL_OPENERS = new Set(
  'when while because although though since after before until whereas as but and or yet'.split(' '),
);

/** Relative pronouns: a verb right after one belongs to a relative clause inside a noun phrase. */
const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * Where the finite verb of a clause after `verb` must stand by: "added" also takes a plain object
 * ("added 43 tankers to the list, bringing …"), so its clause needs a verb before the first comma.
 */
function objectEnd(toks: readonly Token[], from: number, to: number, verb: string): number {
  if (verb !== 'added') return to;
  for (let k = from; k < to; k++) if (toks[k].text === ',') return k;
  return to;
}

/** How many tokens into a clause its finite verb may stand ("her plans to raise … would make"). */
const FINITE_REACH = 24;
/** A pronoun with a contracted auxiliary ("she'll", "they're", "it's"): a clause. */
const CONTRACTED_SUBJECT = /^(?:he|she|it|they|we|i|you|that|there|who)'(?:s|ll|d|re|ve|m)$/;

/** Whether a lower-case word is a common finite verb form ("was", "brought", "needs"). */
export function isFiniteWord(lower: string): boolean {
  return FINITE.has(lower);
}

/** Whether tokens `[from, to)` hold a finite verb after their first word. */
export function hasFiniteVerb(toks: readonly Token[], from: number, to: number): boolean {
  let quoted = false;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    const mark = t.text === '“' || t.text === '”' || t.text === '"';
    if (mark) quoted = t.text === '“' ? true : t.text === '”' ? false : !quoted;
    else if (t.text === "'" && toks[k + 1]?.text === "'" && toks[k + 1].start === t.end) {
      quoted = !quoted; // ''…'' as quotation marks
      k++;
    }
    if (quoted || !t.word) continue; // a verb inside quotation marks is the quote's, not the clause's
    if (t.lower.includes("'") && CONTRACTED_SUBJECT.test(t.lower)) return true;
    if (k === from) continue;
    if (t.cap || !t.word) continue;
    if (FINITE.has(t.lower)) return true;
    if (
      t.lower.length > 4 &&
      t.lower.endsWith('ed') &&
      !RELATIVES.has(toks[k - 1].lower) && // "her support of the raid that killed …" is a noun phrase
      toks[k + 1]?.lower !== 'by' && // "a forum sponsored by …" is a participle
      (!DETERMINERS.has(toks[k - 1].lower) || isNumberSubject(toks, k - 1))
    )
      return true;
    const prev = toks[k - 1];
    if (endsInSingleS(t.lower) && (prev.cap || PRONOUN_SUBJECTS.has(prev.lower))) return true;
  }
  return false;
}

/** Whether a word ends in one "s" after another character (`/[^s]s$/`): "needs", not "class". */
function endsInSingleS(w: string): boolean {
  return w.length >= 2 && w.charCodeAt(w.length - 1) === 0x73 && w.charCodeAt(w.length - 2) !== 0x73;
}

/** Prepositions that open an adverbial between the verb and "that" ("said at a rally in Ohio that"). */
const PP_STARTS = new Set('in at on during from before after outside inside near aboard'.split(' '));

/** Whether a token can open the noun phrase of an adverbial: a determiner, a name or a number. */
function startsNounPhrase(t: Token | undefined): boolean {
  return t !== undefined && (t.cap || DETERMINERS.has(t.lower) || /^\d/.test(t.text));
}
/** How far a "that" may stand after the verb when only an adverbial or an addressee comes between. */
const THAT_REACH = 14;
/** Words that show the stretch before a "that" is a clause of its own, not an adverbial or addressee. */
const NOT_ADVERBIAL = new Set(['who', 'which', 'where', 'whose', 'when', 'if', 'whether', 'because', 'but']);

/**
 * The index of a complementizer "that" a short way after `k`, when only an adverbial or an
 * addressee stands before it ("says at a stop in Toledo, Ohio, that …", "told the morning
 * show that …"). A "that" followed by a verb is a relative pronoun ("at a meeting that was …").
 */
function thatAhead(toks: readonly Token[], k: number, end: number, lex: Lexicon): number | undefined {
  for (let j = k; j < end && j < k + THAT_REACH; j++) {
    const t = toks[j];
    if (isSentenceEnd(t) || t.text === ';' || t.text === '—' || t.text === '–') return undefined;
    if (t.cap) continue;
    if (t.lower === 'that') {
      const next = toks[j + 1];
      if (!next || FINITE.has(next.lower) || (next.lower.endsWith('ed') && !next.cap)) return undefined;
      return j;
    }
    if (FINITE.has(t.lower) || NOT_ADVERBIAL.has(t.lower) || lex.speech.verbs.has(t.lower)) return undefined;
  }
  return undefined;
}

/** Whether the token at `k` is "the two"-like: a number word after "the", a subject of its own. */
function isNumberSubject(toks: readonly Token[], k: number): boolean {
  return /^(?:two|three|four|five|both)$/.test(toks[k].lower) && toks[k - 1]?.lower === 'the';
}

/** Skips "on Tuesday", "last week", "in a statement", "also" after the verb. */
function skipAdverbials(toks: readonly Token[], k: number, end: number, lex: Lexicon): number {
  for (;;) {
    const t = toks[k];
    if (!t || k >= end) return k;
    if (!t.cap && lex.speech.verbModifiers.has(t.lower)) k++;
    else if (lex.time.speech.has(t.lower) && t.lower !== 'may') k++;
    else if (
      /^(on|last|this|late|early|earlier|next)$/.test(t.lower) &&
      lex.time.speech.has(toks[k + 1]?.lower ?? '')
    )
      k += 2;
    else if (
      (t.lower === 'in' || t.lower === 'on' || t.lower === 'during') &&
      /^(a|an|his|her|their|its|the)$/.test(toks[k + 1]?.lower ?? '')
    ) {
      const stop = phraseEnd(toks, k + 2, end);
      if (stop < 0) return k;
      k = stop;
    } else if ((t.lower === 'on' || t.lower === 'via') && toks[k + 1]?.cap && !toks[k + 1].possessive) {
      // "said on Telegram it had …": a named platform or programme
      let j = k + 1;
      while (j < end && toks[j].cap) j++;
      if (!PRONOUN_SUBJECTS.has(toks[j]?.lower ?? '') && !DETERMINERS.has(toks[j]?.lower ?? '')) return k;
      k = j;
    } else return k;
  }
}

/** End of a short noun phrase ("a video address") if a clause-like word follows; -1 when too long. */
function phraseEnd(toks: readonly Token[], k: number, end: number): number {
  for (let j = k; j < end && j < k + 5; j++) {
    const t = toks[j];
    if (
      t.text === ',' ||
      t.lower === 'that' ||
      PRONOUN_SUBJECTS.has(t.lower) ||
      DETERMINERS.has(t.lower) ||
      t.cap
    )
      return j;
  }
  return -1;
}

/** Skips the addressee of "told": "reporters", "the FT", "a group of reporters", "CNN's Wolf Blitzer". */
function skipAddressee(toks: readonly Token[], k: number, end: number): number {
  const t = toks[k];
  if (!t || k >= end) return k;
  if (PRONOUN_SUBJECTS.has(t.lower) && t.lower !== 'there' && t.lower !== 'it') return k;
  let j = k;
  if (DETERMINERS.has(t.lower)) j++;
  if (toks[j]?.cap) {
    while (j < end && (toks[j].cap || toks[j].lower === "'s")) j++;
    // "told the Belarusian region of Vitebsk it …": a capitalised modifier, its noun and an "of" name.
    if (j > k + 1 && DETERMINERS.has(t.lower) && isOfName(toks, j + 1, end)) {
      j += 2;
      while (j < end && toks[j].cap) j++;
    }
    return j;
  }
  j++;
  if (toks[j]?.lower === 'of' && toks[j + 1]) j += 2;
  return skipPlace(toks, j, end);
}

/** Whether "of Name" stands at `k` after a lower-case noun ("region of Vitebsk", "city of Lviv"). */
function isOfName(toks: readonly Token[], k: number, end: number): boolean {
  const noun = toks[k - 1];
  return (
    k + 1 < end &&
    noun !== undefined &&
    noun.word &&
    !noun.cap &&
    !PRONOUN_SUBJECTS.has(noun.lower) &&
    !FINITE.has(noun.lower) &&
    toks[k]?.lower === 'of' &&
    toks[k + 1].cap
  );
}

/** Skips "in Name" after the addressee ("told reporters in Brussels"). */
function skipPlace(toks: readonly Token[], j: number, end: number): number {
  if (toks[j]?.lower === 'in' && toks[j + 1]?.cap) {
    j++;
    while (j < end && toks[j].cap) j++;
  }
  return j;
}

/** How many tokens a quoted phrase opening a reported clause may have. */
const QUOTED_PHRASE_REACH = 6;

/**
 * Whether the quotation mark at `from` opens a short quoted phrase (under four words) that closes
 * before `to` with more of the clause after it: "“a bomb” had gone off", not "“We will stay.”".
 */
function quotedPhraseOpens(toks: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from + 1; k < to && k <= from + QUOTED_PHRASE_REACH; k++) {
    const t = toks[k];
    if (/^[”"’]$/.test(t.text)) return words > 0 && words < 4 && to - k > 3;
    if (t.word) words++;
  }
  return false;
}
