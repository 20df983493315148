/**
 * Finds the speaker phrase next to a verb of saying: the subject before it ("Kremlin spokesman
 * Dmitry Peskov said", "Oleksandr Syrskii, Ukrainian commander in chief, said") or the phrase
 * after it ("…, said a senior diplomat"). Appositions give the role; adverbs are skipped.
 */
import type { Token } from '../../model/text';
import { isAffiliation, isHardBoundary } from './quote-tokens';
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import { analyzeSpeakerPhrase, isKnownSourceHead } from './analyze-speaker-phrase';
import {
  isApposition,
  isMannerAdverb,
  nameBeforeAppositions,
  parentheticalStart,
} from './subject-boundaries';
import { DETERMINERS } from './speech-cues';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** Lower-case words that start a new clause, so a subject never reaches back over them. */
const CLAUSE_BOUNDARY = new Set(
  'that and but while because when after as where if so although though since before until whereas or'.split(
    ' ',
  ),
);
const TIME_PREPOSITIONS = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'later', 'in', 'next']);
/** "in an interview", "on Tuesday", "at a briefing" end a speaker phrase after the verb. */
const ADVERBIAL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via']);
/** With the lexicon's weekdays and platforms, the words after such a preposition that end the phrase. */
const ADVERBIAL_OBJECT_OPENERS = new Set(['a', 'an', 'his', 'her', 'their', 'its']);

/** Whether the token is a verb of saying (lower case unless `anyCase`, as in headlines). */
export function isSpeechVerb(t: Token, lex: Lexicon, anyCase = false): boolean {
  return (anyCase || !t.cap) && speechWords(lex).has(t.lower);
}

/** The lexicon whose verbs and participles of saying `speechWordSet` holds. */
let speechWordsOf: Lexicon | undefined;
let speechWordSet: ReadonlySet<string> = new Set();

/** Every verb and participle of saying of `lex` in one set, built once per lexicon: one lookup per token. */
export function speechWords(lex: Lexicon): ReadonlySet<string> {
  if (lex !== speechWordsOf) {
    speechWordSet = new Set([...lex.speech.verbs, ...lex.speech.participles]);
    speechWordsOf = lex;
  }
  return speechWordSet;
}

/**
 * Whether the verb of saying at `k` is used as a verb: not after a determiner ("his claim that",
 * "of the report"), "to" ("allow them to tell") or "having" ("Having said that, …").
 */
export function isVerbUse(toks: readonly Token[], k: number, lex: Lexicon): boolean {
  const prev = toks[k - 1]?.lower ?? '';
  // "the secretary of state": no verb stands after "of".
  if (DETERMINERS.has(prev) || prev === 'to' || prev === 'having' || prev === 'of') return false;
  // "Clinton's claims" is a noun; "He's claiming" is a verb.
  if (prev === "'s" && !CONTRACTING_PRONOUNS.has(toks[k - 2]?.lower ?? '')) return false;
  if (isMannerAdverb(prev, lex) && toks[k - 2]?.lower === 'to') return false; // "to privately acknowledge"
  // "a controversial comment that …": a noun-like form after a determiner and an adjective.
  return !(
    lex.speech.nounLike.has(toks[k].lower) &&
    DETERMINERS.has(toks[k - 2]?.lower ?? '') &&
    ADJECTIVE_ENDING.test(prev)
  );
}

const CONTRACTING_PRONOUNS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'here']);

/** Endings of common adjectives ("controversial", "detailed", "lengthy"). */
const ADJECTIVE_ENDING = /(?:al|ive|ous|ic|ful|less|able|ible|ent|ant|ary|ed|ing|y)$/;

/** Whether the token ends a sentence: ".", "!", "?" or "…". */
export function isSentenceEnd(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/**
 * The subject before the verb at `verb`, not reaching before `floor`. Skips auxiliaries and time
 * words ("has also said", "on Tuesday said"); with an apposition ("X, role, said" or
 * "role, X, said") returns the name with the description as its role.
 */
export function findSubjectBefore(
  text: string,
  toks: readonly Token[],
  verb: number,
  floor: number,
  lex: Lexicon,
): SpeakerPhrase | undefined {
  return findSubject(text, toks, verb, floor, lex)?.phrase;
}

/** A subject with the index of its first token (the start of an apposition when there is one). */
export interface Subject {
  readonly phrase: SpeakerPhrase;
  readonly from: number;
  /** True when appositions stand between the name and the verb ("Name, 59, of Town, said"). */
  readonly stacked?: boolean;
}

/** Like {@link findSubjectBefore}, also giving where the subject starts among the tokens. */
export function findSubject(
  text: string,
  toks: readonly Token[],
  verb: number,
  floor: number,
  lex: Lexicon,
): Subject | undefined {
  let e = verb;
  while (e > floor) {
    const t = toks[e - 1];
    if (!t.cap && (lex.speech.verbModifiers.has(t.lower) || isMannerAdverb(t.lower, lex))) e--;
    else if (t.lower === 'long' && /^(?:has|have|had)$/.test(toks[e - 2]?.lower ?? '')) e--;
    else if (lex.time.speech.has(t.lower) && (t.cap || t.lower !== 'may') && !endsName(toks, e - 1, lex)) {
      e--;
      if (e > floor && TIME_PREPOSITIONS.has(toks[e - 1].lower)) e--;
    } else if (t.text === ')') {
      const open = parentheticalStart(toks, e - 1, floor);
      if (open === undefined) break;
      e = open;
    } else if (t.text === ',' && DISCOURSE_ADVERBS.has(toks[e - 2]?.lower ?? '') && toks[e - 3]?.text === ',')
      e -= 3; // "Kyiv, though, has warned"
    else break;
  }
  let f = e;
  // "Name, who … and later …, said": a relative clause closed by the comma before the verb may hold
  // words that would otherwise end the subject.
  const commaBefore = toks[e - 1]?.text === ',';
  while (f > floor) {
    const t = toks[f - 1];
    const open = t.text === ')' ? parentheticalStart(toks, f - 1, floor) : undefined;
    if (open !== undefined) {
      f = open; // "Name (D-Mo.), the chair, said"
      continue;
    }
    // "Museum of History and Culture on Saturday": "and" inside a name that runs on.
    const inName =
      t.lower === 'and' &&
      toks[f - 2]?.cap === true &&
      toks[f]?.cap === true &&
      (toks[f + 1]?.cap === true || PHRASE_PREPOSITIONS.has(toks[f + 1]?.lower ?? ''));
    if (isHardBoundary(t) || isSentenceEnd(t) || (!t.cap && !inName && CLAUSE_BOUNDARY.has(t.lower))) {
      const joined =
        (t.lower === 'and'
          ? (appositionBeforeAnd(toks, f - 1, floor, lex) ?? objectBeforeAnd(toks, f - 1, floor, lex))
          : undefined) ??
        (commaBefore && !isHardBoundary(t) && !isSentenceEnd(t)
          ? relativeStart(toks, f - 1, floor)
          : undefined);
      if (joined === undefined) break;
      f = joined;
    }
    f--;
  }
  f = skipTimePhrase(toks, f, e, lex);
  const segs: Array<[number, number]> = [];
  let segEnd = e;
  for (let k = e - 1; k >= f; k--) {
    if (toks[k].text !== ',') continue;
    segs.push([k + 1, segEnd]);
    segEnd = k;
  }
  segs.push([f, segEnd]);
  let i = 0;
  while (i < segs.length && (segs[i][0] >= segs[i][1] || isAffiliation(toks, segs[i][0], segs[i][1]))) i++;
  if (i >= segs.length) return undefined;
  if (i > 0) {
    const stacked = nameBeforeAppositions(text, toks, segs, i, lex);
    if (stacked) return stacked;
  }
  const near =
    analyzeSpeakerPhrase(text, toks, segs[i][0], segs[i][1], lex) ??
    (i === 0 ? trailingName(text, toks, segs[0][0], segs[0][1], lex) : undefined);
  const enclosed = i > 0 && i + 1 < segs.length;
  const far = enclosed ? analyzeSpeakerPhrase(text, toks, segs[i + 1][0], segs[i + 1][1], lex) : undefined;
  const farFrom = enclosed ? segs[i + 1][0] : 0;
  if (!near) return far ? { phrase: far, from: farFrom } : undefined;
  if (near.kind === 'description' && i > 0 && !enclosed) {
    // "Name, a thinker who has grown bolder since the invasion, wrote": the object of a clause
    // inside an apposition is no subject; the name before the apposition is.
    const outer = nameBeforeClauseApposition(text, toks, f, floor, lex);
    if (outer) return outer;
  }
  if (
    far &&
    near.kind === 'description' &&
    far.kind === 'name' &&
    (isRole(near, lex) || isApposition(toks, segs[i]))
  ) {
    return { phrase: { ...far, role: near.text }, from: farFrom };
  }
  // "One resident, Antonina, said": a person noun before a name makes the name a person's.
  if (
    far &&
    near.kind === 'name' &&
    far.kind === 'description' &&
    (isRole(far, lex) || lex.sources.persons.has(far.head))
  ) {
    // "Name, an adviser to the president, Name2, said": Name2 is the president, Name the speaker.
    const outer =
      endsWithRoleObject(far, lex) && i + 2 < segs.length
        ? analyzeSpeakerPhrase(text, toks, segs[i + 2][0], segs[i + 2][1], lex)
        : undefined;
    if (outer?.kind === 'name') return { phrase: { ...outer, role: far.text }, from: segs[i + 2][0] };
    return { phrase: { ...near, role: far.text }, from: farFrom };
  }
  return { phrase: near, from: segs[i][0] };
}

/** Adverbs set off by commas between a subject and its verb ("Kyiv, though, has warned"). */
const DISCOURSE_ADVERBS = new Set([
  'though',
  'however',
  'meanwhile',
  'too',
  'also',
  'moreover',
  'nevertheless',
]);

/**
 * Skips a time phrase that opens the subject's stretch after a clause word ("though on Thursday
 * evening the health minister said"): "on", "last", "this", … and time words.
 */
function skipTimePhrase(toks: readonly Token[], f: number, e: number, lex: Lexicon): number {
  let k = f;
  if (k < e && !toks[k].cap && TIME_PREPOSITIONS.has(toks[k].lower)) k++;
  const from = k;
  while (k < e - 1 && lex.time.speech.has(toks[k].lower)) k++;
  return k > from && k < e - 1 ? k : f;
}

/** How far back an apposition holding a clause may open. */
const CLAUSE_APPOSITION_REACH = 30;

/**
 * The name before an apposition that holds a clause, when the subject search stopped at the
 * clause word before `from` ("Name, a thinker who has grown bolder since | the invasion,"):
 * the comma that opens the apposition, then a name right before it.
 */
function nameBeforeClauseApposition(
  text: string,
  toks: readonly Token[],
  from: number,
  floor: number,
  lex: Lexicon,
): Subject | undefined {
  const stop = toks[from - 1];
  if (!stop || stop.cap || !CLAUSE_BOUNDARY.has(stop.lower) || stop.lower === 'and') return undefined;
  let relative = false;
  for (let c = from - 2; c >= floor && c >= from - CLAUSE_APPOSITION_REACH; c--) {
    const t = toks[c];
    if (isSentenceEnd(t) || isHardBoundary(t)) return undefined;
    if (RELATIVES.has(t.lower)) relative = true;
    if (t.text !== ',') continue;
    if (!relative) return undefined;
    let start = c;
    while (start > floor && toks[start - 1].text !== ',' && !isSentenceEnd(toks[start - 1])) {
      const w = toks[start - 1];
      if (isHardBoundary(w) || (!w.cap && CLAUSE_BOUNDARY.has(w.lower))) break;
      start--;
    }
    const name = analyzeSpeakerPhrase(text, toks, start, c, lex);
    if (name?.kind !== 'name' || name.end !== toks[c - 1].end) return undefined;
    const role = analyzeSpeakerPhrase(text, toks, c + 1, from - 1, lex);
    return {
      phrase: role?.kind === 'description' && !name.role ? { ...name, role: role.text } : name,
      from: start,
      stacked: true,
    };
  }
  return undefined;
}

const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);

/** The phrase right after the verb at `verb` ("…, said Ukraine's President Volodymyr Zelenskyy"). */
export function findPhraseAfter(
  text: string,
  toks: readonly Token[],
  verb: number,
  limit: number,
  lex: Lexicon,
): SpeakerPhrase | undefined {
  const from = verb + 1;
  let end = from;
  while (end < limit && end - from < 18) {
    const t = toks[end];
    if (t.text === ',' || isSentenceEnd(t) || isHardBoundary(t) || lex.speech.finite.has(t.lower)) break;
    if (
      end > from &&
      ADVERBIAL_PREPOSITIONS.has(t.lower) &&
      isAdverbialObject(toks[end + 1]?.lower ?? '', lex)
    )
      break;
    end++;
  }
  return analyzeSpeakerPhrase(text, toks, from, end, lex);
}

function isAdverbialObject(w: string, lex: Lexicon): boolean {
  return ADVERBIAL_OBJECT_OPENERS.has(w) || lex.time.weekdays.has(w) || lex.media.afterVerbPlatforms.has(w);
}

/**
 * Where an apposition joined by "and" starts ("Name, a developer and spokeswoman for X, said";
 * "Name, director of X and a professor at Y, said"): the comma before a short article- or
 * role-led phrase that ends at the "and" at `and`. Undefined when "and" joins clauses.
 */
function appositionBeforeAnd(
  toks: readonly Token[],
  and: number,
  floor: number,
  lex: Lexicon,
): number | undefined {
  for (let c = and - 1; c >= floor && c >= and - 12; c--) {
    const t = toks[c];
    if (t.text === ',') {
      const first = toks[c + 1];
      const led =
        first && !first.cap && (ARTICLE_WORDS.has(first.lower) || lex.titles.roles.has(first.lower));
      return led && c + 1 < and ? c + 1 : undefined;
    }
    if (isHardBoundary(t) || isSentenceEnd(t) || lex.speech.finite.has(t.lower)) return undefined;
    if (!t.cap && CLAUSE_BOUNDARY.has(t.lower)) return undefined;
  }
  return undefined;
}

const ARTICLE_WORDS = new Set(['a', 'an', 'the']);

/** Prepositions that open the complement of a plural source noun ("experts on X and Y"). */
const COMPLEMENT_PREPOSITIONS = new Set(['on', 'in', 'of', 'from', 'at', 'around', 'across', 'for', 'with']);
/** How many words the first conjunct of such a complement may have. */
const COMPLEMENT_REACH = 6;

/**
 * Where "and" at `and` joins the objects of a plural source noun's complement ("Experts on North
 * Korea and nuclear arms said", "observers in Lima and around the country say"): the index of the
 * preposition, so the subject runs on to the noun; undefined when "and" joins clauses.
 */
function objectBeforeAnd(
  toks: readonly Token[],
  and: number,
  floor: number,
  lex: Lexicon,
): number | undefined {
  for (let c = and - 1; c > floor && c >= and - COMPLEMENT_REACH; c--) {
    const t = toks[c];
    if (t.text === ',' || isHardBoundary(t) || isSentenceEnd(t) || lex.speech.finite.has(t.lower))
      return undefined;
    if (!t.cap && CLAUSE_BOUNDARY.has(t.lower)) return undefined;
    if (!COMPLEMENT_PREPOSITIONS.has(t.lower)) continue;
    const head = toks[c - 1];
    const opening = c - 1 === floor || (c > 1 && isSentenceEnd(toks[c - 2]));
    return (!head.cap || opening) && head.lower.endsWith('s') && isKnownSourceHead(head.lower, lex)
      ? c
      : undefined;
  }
  return undefined;
}

const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);

/** How far back from a clause word a relative pronoun may open the clause that holds it. */
const RELATIVE_REACH = 30;

/**
 * Where a relative clause after a comma opens ("Name, who served … until 2019, said"), when the
 * clause word at `at` lies inside it: the index of "who"/"whose"/"which", or, for a "that" clause,
 * of the article that opens the apposition it qualifies ("Name, the agency that oversees X, said").
 */
function relativeStart(toks: readonly Token[], at: number, floor: number): number | undefined {
  const that = toks[at].lower === 'that';
  for (let c = at - 1; c > floor && c >= at - RELATIVE_REACH; c--) {
    const t = toks[c];
    if (isHardBoundary(t) || isSentenceEnd(t) || t.text === ',') return undefined;
    if (toks[c - 1].text !== ',') continue;
    if (RELATIVE_OPENERS.has(t.lower) || (that && ARTICLE_WORDS.has(t.lower) && c + 1 < at)) return c;
  }
  return undefined;
}

/** Whether the month at `k` ends a name ("Theresa May said"): a capitalised word, not a weekday, precedes it. */
function endsName(toks: readonly Token[], k: number, lex: Lexicon): boolean {
  const prev = toks[k - 1];
  return (
    toks[k].cap &&
    prev !== undefined &&
    prev.cap &&
    !lex.time.speech.has(prev.lower) &&
    !TIME_PREPOSITIONS.has(prev.lower)
  );
}

/** Prepositions whose object is never the subject of the next verb. */
const NAME_PREPOSITIONS = new Set('by of from to with in on at for about near via into against'.split(' '));

const PHRASE_PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'for', 'during']);

/**
 * The capitalised name that ends `[from, to)` when the whole stretch is no phrase ("the third
 * time AROS said", "the day Trump said"): a name right before the verb is its subject.
 */
function trailingName(
  text: string,
  toks: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
): SpeakerPhrase | undefined {
  let k = to;
  while (k > from && toks[k - 1].cap && toks[k - 1].word) k--;
  if (k === to || k === from || !toks[k - 1].word || toks[k - 1].cap) return undefined;
  if (NAME_PREPOSITIONS.has(toks[k - 1].lower)) return undefined; // "emails combed through by Vox suggest"
  const p = analyzeSpeakerPhrase(text, toks, k, to, lex);
  return p?.kind === 'name' ? p : undefined;
}

/**
 * Whether a description ends with a role as the object of "to", "of" or "for" ("an adviser to
 * the president", "a spokesman for the prime minister"): a name after it is that role's holder.
 */
function endsWithRoleObject(p: SpeakerPhrase, lex: Lexicon): boolean {
  const words = p.text.toLowerCase().split(/\s+/);
  const last = words.length - 1;
  const prep = words[last - 1] === 'the' ? last - 2 : last - 1;
  return prep > 0 && ROLE_OBJECT_PREPOSITIONS.has(words[prep]) && lex.titles.roles.has(words[last]);
}

const ROLE_OBJECT_PREPOSITIONS = new Set(['to', 'of', 'for']);

/** Whether a description names a role ("Ukrainian commander in chief") rather than a source. */
function isRole(p: SpeakerPhrase, lex: Lexicon): boolean {
  return (
    lex.titles.roles.has(p.head) || p.text.split(/\s+/).some((w) => lex.titles.roles.has(w.toLowerCase()))
  );
}
