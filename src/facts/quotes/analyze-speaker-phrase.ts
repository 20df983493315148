/**
 * Reads a noun phrase that names a speaker: a name with its titles ("Kremlin spokesman Dmitry
 * Peskov"), a pronoun ("he"), or a description of an unnamed source ("a senior European diplomat",
 * "people familiar with the matter"). Works on tokens only, so the cost is linear in the phrase.
 */
import type { Token } from '../../model/text';
import {
  DETERMINERS,
  INTRO_WORDS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PHRASE_BREAKERS,
  POSSESSIVE_DETERMINERS,
} from './speech-cues';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** What a speaker phrase is. */
export interface SpeakerPhrase {
  readonly kind: 'name' | 'pronoun' | 'description';
  /** The span that names the speaker: the name without titles, the pronoun, or the description. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-case head word ("diplomat", "commission", "peskov"). */
  readonly head: string;
  /** True when the phrase starts with "the" (a description that may refer back). */
  readonly definite: boolean;
  /** The name before a possessive ("Nato" in "Nato's secretary-general"). */
  readonly possessor?: string;
  /** Titles and roles around the name ("Kremlin spokesman"). */
  readonly role?: string;
}

/** Words that show a clause, not a noun phrase. */
const CLAUSE_WORDS = new Set(
  (
    'is are was were be been being am not do does did will would can could should must may might ' +
    "has have had won't can't didn't isn't wasn't this that these those"
  ).split(' '),
);
/** Lower-case connectors allowed inside a capitalised name ("Ministry of Defence", "al-Sisi"). */
const NAME_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'de',
  'del',
  'da',
  'van',
  'von',
  'bin',
  'al',
  'le',
  'la',
  "'s",
]);
/** Words that begin an indefinite or definite description ("a", "the", "one"). */
const ARTICLES = new Set(['a', 'an', 'the', 'one']);
/** Numbers and quantifiers that begin a described group ("two Democratic speechwriters", "several experts"). */
const QUANTIFIERS = new Set(['two', 'three', 'four', 'five', 'several', 'some', 'many', 'most', 'few']);
/** Capitalised words that are never a name by themselves ("His", "An", "But"). */
const FUNCTION_WORDS = new Set([
  ...DETERMINERS,
  ...INTRO_WORDS,
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

/**
 * Analyses tokens `[from, to)` as a speaker phrase. Returns undefined when the tokens do not
 * form one (a clause, a preposition, an unknown head noun such as "remarks").
 */
export function analyzeSpeakerPhrase(
  text: string,
  toks: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
): SpeakerPhrase | undefined {
  while (from < to && (!toks[from].word || (toks[from].cap && INTRO_WORDS.has(toks[from].lower)))) from++;
  while (to > from && !toks[to - 1].word) to--;
  if (to <= from || to - from > 18) return undefined;
  const first = toks[from];
  if (to - from === 1 && (PERSON_PRONOUNS.has(first.lower) || OTHER_PRONOUNS.has(first.lower))) {
    return {
      kind: 'pronoun',
      start: first.start,
      end: first.end,
      text: first.text,
      head: first.lower,
      definite: false,
    };
  }
  if (
    !first.cap &&
    (PHRASE_BREAKERS.has(first.lower) || (isParticiple(first, lex) && !modifiesSource(toks, from, to, lex)))
  )
    return undefined;
  let headEnd = to;
  for (let k = from + 1; k < to; k++) {
    const t = toks[k];
    if (t.cap || !t.word) continue;
    const inName =
      (toks[k - 1].cap && toks[k + 1]?.cap && NAME_CONNECTORS.has(t.lower)) ||
      orgNameGoesOn(toks, k, to, lex);
    if (
      (PHRASE_BREAKERS.has(t.lower) && !inName) ||
      (isParticiple(t, lex) && !modifiesSource(toks, k, to, lex))
    ) {
      headEnd = k;
      break;
    }
  }
  // "all the experts I interviewed", "the officials we asked": a relative clause without "who"
  // after the head; the pronoun is its subject, not the speaker.
  if (
    headEnd < to &&
    headEnd - from >= 2 &&
    contactPronoun(toks[headEnd - 1]) &&
    !toks[headEnd - 2].cap &&
    toks[headEnd - 2].lower.endsWith('s') &&
    isSourceHead(toks[headEnd - 2].lower, false, lex)
  )
    headEnd--;
  for (let k = from; k < headEnd; k++) {
    const t = toks[k];
    if (!t.cap && (CLAUSE_WORDS.has(t.lower) || lex.speech.finite.has(t.lower))) return undefined;
  }
  const head = toks[headEnd - 1];
  if (head.cap && !lex.titles.roles.has(head.lower) && !isCapitalisedSourceNoun(toks, from, headEnd, lex)) {
    if (headEnd - from === 1 && (FUNCTION_WORDS.has(head.lower) || /^\p{Lu}\p{Ll}+ing$/u.test(head.text)))
      return undefined; // "Having", "Speaking": a participle that opens the sentence
    return nameOf(text, toks, from, headEnd, lex);
  }
  const open =
    (ARTICLES.has(toks[from].lower) ||
      POSSESSIVE_DETERMINERS.has(toks[from].lower) ||
      (QUANTIFIERS.has(toks[from].lower) && head.lower.endsWith('s'))) &&
    headEnd - from <= 6;
  if (FUNCTION_WORDS.has(head.lower) || !isSourceHead(head.lower, open, lex)) return undefined;
  if (clauseAfterHead(toks, headEnd, to, lex)) return undefined;
  return descriptionOf(text, toks, from, headEnd, to, lex);
}

/**
 * Whether an organisation's name goes on over "of the" or "for the" at `c` ("Institute for the
 * Study of War", "Ministry of the Interior"); a person's does not ("Lee of the Sierra Club").
 */
function orgNameGoesOn(toks: readonly Token[], c: number, to: number, lex: Lexicon): boolean {
  const before = toks[c - 1];
  return (
    c + 2 < to &&
    before?.cap === true &&
    lex.orgs.heads.has(before.lower) &&
    (toks[c].lower === 'of' || toks[c].lower === 'for') &&
    toks[c + 1].lower === 'the' &&
    toks[c + 2].cap
  );
}

/**
 * Whether a finite verb follows the head before any participle or relative ("his tax returns in
 * most years are far thicker …"): then the tokens are a clause, not a described source.
 */
function clauseAfterHead(toks: readonly Token[], headEnd: number, to: number, lex: Lexicon): boolean {
  for (let k = headEnd; k < to; k++) {
    const t = toks[k];
    if (t.cap) continue;
    if (isParticiple(t, lex) || t.lower === 'who' || t.lower === 'which' || t.lower === 'that') return false;
    if (CLAUSE_WORDS.has(t.lower) || lex.speech.finite.has(t.lower)) return true;
  }
  return false;
}

/** A phrase whose head is capitalised: the last capitalised run, without its leading titles. */
function nameOf(
  text: string,
  toks: readonly Token[],
  from: number,
  headEnd: number,
  lex: Lexicon,
): SpeakerPhrase | undefined {
  let runStart = headEnd - 1;
  while (runStart > from) {
    const prev = toks[runStart - 1];
    const joins =
      prev.cap ||
      prev.possessive ||
      (NAME_CONNECTORS.has(prev.lower) && toks[runStart - 2]?.cap) ||
      (prev.lower === 'the' && orgNameGoesOn(toks, runStart - 2, headEnd, lex));
    if (!joins) break;
    runStart--;
  }
  let nameStart = runStart;
  // In an organisation's name a role word is a modifier ("the Danish Defence Research Agency").
  const orgName = lex.orgs.heads.has(toks[headEnd - 1].lower);
  for (let k = runStart; k < headEnd; k++) {
    const w = toks[k].lower;
    if (
      (lex.titles.roles.has(w) && !(orgName && lex.titles.modifiers.has(w))) ||
      (lex.orgs.nameEnders.has(w) &&
        headEnd - k > 2 &&
        !lex.orgs.nameEnders.has(toks[headEnd - 1].lower) &&
        !orgNameGoesOn(toks, k + 1, headEnd, lex)) // "Institute for the Study of War" is one name
    )
      nameStart = k + 1;
  }
  let complement = false;
  while (nameStart < headEnd && (NAME_CONNECTORS.has(toks[nameStart].lower) || !toks[nameStart].cap)) {
    complement = true;
    nameStart++;
  }
  if (complement && nameStart > runStart) nameStart = headEnd; // "Secretary of Defense for Policy"
  if (nameStart > runStart && headEnd - nameStart === 1 && lex.orgs.nameEnders.has(toks[headEnd - 1].lower))
    nameStart = runStart;
  if (nameStart >= headEnd) return descriptionOf(text, toks, from, headEnd, headEnd, lex);
  const start = toks[nameStart].start;
  const end = toks[headEnd - 1].end;
  const role = nameStart > from ? text.slice(toks[from].start, toks[nameStart - 1].end) : undefined;
  return {
    kind: 'name',
    start,
    end,
    text: text.slice(start, end),
    head: toks[headEnd - 1].lower,
    definite: toks[from].lower === 'the',
    ...(role && hasRoleWord(toks, from, nameStart, lex) ? { role } : {}),
  };
}

/** A description of an unnamed source, kept with its prepositional phrases, cut before participles. */
function descriptionOf(
  text: string,
  toks: readonly Token[],
  from: number,
  headEnd: number,
  to: number,
  lex: Lexicon,
): SpeakerPhrase {
  let end = headEnd;
  while (end < to) {
    const t = toks[end];
    // After an article a participle is an adjective ("the armed forces"), not a clause.
    const adjective = ARTICLES.has(toks[end - 1].lower);
    if (end === headEnd && contactPronoun(t)) break; // "the experts [I interviewed]"
    if (
      !t.cap &&
      ((isParticiple(t, lex) && !adjective) || t.lower === 'who' || t.lower === 'which' || t.lower === 'that')
    )
      break;
    end++;
  }
  while (end > headEnd && !toks[end - 1].word) end--;
  let possessor: string | undefined;
  for (let k = from + 1; k < headEnd; k++) {
    if (toks[k].possessive && toks[k - 1].cap) possessor = toks[k - 1].text;
  }
  const start = toks[from].start;
  const stop = toks[end - 1].end;
  if (lex.media.heads.has(toks[headEnd - 1].lower)) {
    let r = headEnd - 1;
    while (r > from && !toks[r - 1].cap) r--;
    const runEnd = r;
    while (r > from && toks[r - 1].cap && !FUNCTION_WORDS.has(toks[r - 1].lower)) r--;
    // "the Ukrainian intelligence service": a nationality alone is no medium's name.
    if (runEnd > r && !(runEnd - r === 1 && isNationality(toks[r].text, lex))) {
      const s = toks[r].start;
      const e = toks[runEnd - 1].end;
      return {
        kind: 'name',
        start: s,
        end: e,
        text: text.slice(s, e),
        head: toks[runEnd - 1].lower,
        definite: false,
      };
    }
  }
  return {
    kind: 'description',
    start,
    end: stop,
    text: text.slice(start, stop),
    head: toks[headEnd - 1].lower,
    definite: toks[from].lower === 'the',
    ...(possessor ? { possessor } : {}),
  };
}

/**
 * Whether a capitalised word is a nationality adjective ("Latvian", "Chinese", "Polish"), which
 * describes a medium or service ("the Latvian border service") rather than naming it.
 */
function isNationality(word: string, lex: Lexicon): boolean {
  return lex.vocabulary.demonyms.has(word) || NATIONALITY_ENDING.test(word);
}

const NATIONALITY_ENDING = /\p{Ll}(?:ian|ean|ese|ish|an|i)$/u;

/** Whether `head` is a known source or role noun ("official", "sources", "spokesman"). */
export function isKnownSourceHead(head: string, lex: Lexicon): boolean {
  return isSourceHead(head, false, lex);
}

/** Whether a lower-case head noun can name a source; `open` accepts any noun after an article. */
function isSourceHead(head: string, open: boolean, lex: Lexicon): boolean {
  if (lex.sources.nouns.has(head) || lex.titles.roles.has(head)) return true;
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.replace(/e?s$/, '');
  if (lex.sources.nouns.has(singular) || lex.sources.nouns.has(head.replace(/s$/, ''))) return true;
  return open && /^[\p{Ll}-]+$/u.test(head) && head.length > 2;
}

/** A personal pronoun that may open a relative clause without "who" ("the experts I asked"). */
function contactPronoun(t: Token): boolean {
  return PERSON_PRONOUNS.has(t.lower) || t.lower === 'we' || t.lower === 'they' || t.text === 'I';
}

/** A lower-case -ed or -ing word that is not itself a role or source noun ("involved", "speaking"). */
function isParticiple(t: Token, lex: Lexicon): boolean {
  if (t.cap || !t.word || t.lower.includes('-')) return false;
  if (lex.sources.nouns.has(t.lower) || lex.titles.roles.has(t.lower)) return false;
  return t.lower.length > 4 && (t.lower.endsWith('ed') || t.lower.endsWith('ing'));
}

/**
 * Whether the participle at `k` is an adjective before a source noun ("elected officials",
 * "restructuring experts"), not a verb that opens a clause ("speaking to reporters").
 */
function modifiesSource(toks: readonly Token[], k: number, to: number, lex: Lexicon): boolean {
  const next = toks[k + 1];
  return k + 1 < to && !next.cap && next.word && isSourceHead(next.lower, false, lex);
}

/**
 * Whether the phrase is one capitalised source noun opening the sentence ("Experts on X said",
 * "Officials at Y said"): a description, not a name.
 */
function isCapitalisedSourceNoun(
  toks: readonly Token[],
  from: number,
  headEnd: number,
  lex: Lexicon,
): boolean {
  const t = toks[from];
  return (
    headEnd - from === 1 &&
    (from === 0 || isSentenceStart(toks[from - 1])) &&
    /^\p{Lu}\p{Ll}+s$/u.test(t.text) &&
    isSourceHead(t.lower, false, lex)
  );
}

function isSentenceStart(prev: Token): boolean {
  return /^[.!?…]$/.test(prev.text);
}

/** Whether tokens `[from, to)` hold a role word. */
function hasRoleWord(toks: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) if (lex.titles.roles.has(toks[k].lower)) return true;
  return false;
}
