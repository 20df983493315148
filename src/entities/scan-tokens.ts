/**
 * The Doc's tokens with the flags the name finder needs: acronym, sentence-initial, the
 * lexicon's answer, plus the set of words the article also writes in lower case (a capitalised
 * word that the article uses in lower case elsewhere is an ordinary word, not a name).
 */
import type { Token } from '../model/text';
import type { TextDoc } from '../model/doc';
import type { Lexicon } from '../lexicon/load-lexicon';
import { lookupName, type LexiconHit } from './lexicon';
import { normaliseName } from './normalise-name';

/** A Doc token with the flags of the name finder. */
export interface ScannedToken extends Token {
  /** The Doc's `lower`, with an abbreviation's period kept ("st.", "e.") as the word lists have it. */
  readonly lower: string;
  /** `normaliseName(text)`, computed once: the token's key in the lexicons. */
  readonly norm: string;
  /** For a capitalised token: the lexicon's answer for the token alone (see `tokenHit`). */
  readonly hit: LexiconHit | undefined;
  /** All letters are capitals and there are at least two ("NATO", "U.S.", "G7"). */
  readonly acronym: boolean;
  /** Starts with a letter or a digit (a possessive ending is no word here). */
  readonly word: boolean;
  /** First word of its sentence, of a line, or after an opening quotation mark or a colon. */
  readonly initial: boolean;
}

export interface ScannedArticle {
  readonly sentences: readonly ScannedToken[][];
  /** Lower-case forms of words the article writes starting with a lower-case letter. */
  readonly lowerWords: ReadonlySet<string>;
}

const LOWER_RE = /^\p{Ll}/u;
// A full stop inside one sentence of the Doc (a quotation of several sentences) opens a sentence too.
const OPENERS = new Set([
  '“',
  '‘',
  '"',
  "'",
  '(',
  '[',
  '«',
  ':',
  '-',
  '–',
  '—',
  '•',
  '*',
  '|',
  '.',
  '?',
  '!',
]);

const ACRONYM_RE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&/-]*[\p{Lu}\p{N}.]$/u;
/** `ACRONYM_RE` and a capital letter; a lower-case ASCII letter answers no without a regular expression. */
function isAcronym(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isAsciiLower(s.charCodeAt(i))) return false;
  return ACRONYM_RE.test(s) && /\p{Lu}/u.test(s);
}

// The character tests below answer ASCII from the character code and leave the rest to the regular
// expressions, which give the same answers but cost a call each on every token.
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** `LOWER_RE.test(text)`: starts with a lower-case letter. */
function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? isAsciiLower(c) : LOWER_RE.test(text);
}

/** Normalised forms of one-character tokens (punctuation, mostly), by character code. */
const singleNorms = new Map<number, string>();

/** `normaliseName(text)` of a token whose lower-case form is `lower`, without a cache lookup when plain. */
function normOf(text: string, lower: string): string {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    let norm = singleNorms.get(c);
    if (norm === undefined) {
      norm = normaliseName(text);
      singleNorms.set(c, norm);
    }
    return norm;
  }
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return normaliseName(text);
  }
  return lower.length > 0 ? lower : normaliseName(text);
}

/** The lexicon's answer for one token, as `lookupName(normaliseName(t.text), t.acronym)` gives it. */
export function tokenHit(t: ScannedToken, lexicon: Lexicon): LexiconHit | undefined {
  return t.cap ? t.hit : lookupName(t.norm, t.acronym, lexicon);
}

/** Flags each token of the Doc for the name finder, sentence by sentence. */
export function scanTokens(doc: TextDoc): ScannedArticle {
  const text = doc.article.text;
  const lowerWords = new Set<string>();
  // The article's own answers for its capitalised words (by `acronym` then key): the same few
  // names recur, and a small map is cheaper to ask than the lexicon's map of every name seen.
  const hits: readonly [Map<string, LexiconHit | null>, Map<string, LexiconHit | null>] = [
    new Map(),
    new Map(),
  ];
  const hitOf = (norm: string, acronym: boolean): LexiconHit | undefined => {
    const known = hits[acronym ? 1 : 0];
    let hit = known.get(norm);
    if (hit === undefined) {
      hit = lookupName(norm, acronym, doc.lexicon) ?? null;
      known.set(norm, hit);
    }
    return hit ?? undefined;
  };
  const out: ScannedToken[][] = [];
  const raw = doc.tokens;
  for (let s = 0; s < doc.sentences.length; s++) {
    const first = doc.tokenStarts[s];
    const tokens: ScannedToken[] = [];
    let prevWord = false;
    for (let i = first; i < doc.tokenStarts[s + 1]; i++) {
      const t = raw[i];
      const { cap, possessive } = t;
      // The name finder's word lists key abbreviations with their period ("gen.", "st."), so an
      // initial ("E.") is not the word "e".
      const lower = t.text.length > 1 && t.text.endsWith('.') ? `${t.lower}.` : t.lower;
      const word = t.word && !possessive;
      const prev = i > first ? raw[i - 1].text : '';
      const lineStart = t.start === 0 || text.charCodeAt(t.start - 1) === 10;
      const initial = word && (!prevWord || (prev.length === 1 && OPENERS.has(prev)) || lineStart);
      const acronym = cap && t.text.length >= 2 && isAcronym(t.text);
      const norm = normOf(t.text, lower);
      tokens.push({
        text: t.text,
        start: t.start,
        end: t.end,
        sentence: t.sentence,
        cap,
        possessive,
        lower,
        norm,
        hit: cap ? hitOf(norm, acronym) : undefined,
        word,
        acronym,
        initial,
      });
      if (word && !cap && startsLower(t.text)) lowerWords.add(lower);
      if (word || possessive) prevWord = true;
    }
    out.push(tokens);
  }
  return { sentences: out, lowerWords };
}
