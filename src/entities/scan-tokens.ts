/**
 * Word tokens of an article with the flags the name finder needs: capitalised, possessive,
 * sentence-initial, plus the set of words the article also writes in lower case (a capitalised
 * word that the article uses in lower case elsewhere is an ordinary word, not a name).
 */
import type { Sentence, Token } from '../model/text';
import { tokenize } from '../text/tokenize';
import { lookupName, type LexiconHit } from './lexicon';
import { normaliseName } from './normalise-name';

export interface ScannedToken extends Token {
  readonly lower: string;
  /** `normaliseName(text)`, computed once: the token's key in the lexicons. */
  readonly norm: string;
  /** For a capitalised token: the lexicon's answer for the token alone (see `tokenHit`). */
  readonly hit: LexiconHit | undefined;
  /** Starts with a capital letter (or is a particle of a name such as "al-Sisi"). */
  readonly cap: boolean;
  /** All letters are capitals and there are at least two ("NATO", "U.S.", "G7"). */
  readonly acronym: boolean;
  readonly word: boolean;
  readonly possessive: boolean;
  /** First word of its sentence, of a line, or after an opening quotation mark or a colon. */
  readonly initial: boolean;
}

export interface ScannedArticle {
  readonly sentences: readonly ScannedToken[][];
  /** Lower-case forms of words the article writes starting with a lower-case letter. */
  readonly lowerWords: ReadonlySet<string>;
}

const CAP_RE = /^(?:\p{Lu}|(?:al|el|ad|as|bin|ibn|abu|de|van|von|da|di)-\p{Lu}|\p{N}+\p{Lu})/u;
const WORD_RE = /^[\p{L}\p{N}]/u;
const LOWER_RE = /^\p{Ll}/u;
const OPENERS = new Set(['“', '‘', '"', "'", '(', '[', '«', ':', '-', '–', '—', '•', '*', '|']);

const ACRONYM_RE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&/-]*[\p{Lu}\p{N}.]$/u;
const isAcronym = (s: string): boolean => ACRONYM_RE.test(s) && /\p{Lu}/u.test(s);

// The character tests below answer ASCII from the character code and leave the rest to the regular
// expressions, which give the same answers but cost a call each on every token.
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** `WORD_RE.test(text)`: starts with a letter or a digit. */
function isWord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c);
  return WORD_RE.test(text);
}

/** `CAP_RE.test(text)` for a word: a capital, a particle before a capital ("al-Sisi"), digits before a capital. */
function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (isAsciiUpper(c)) return true;
  if (isAsciiLower(c)) return (text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45) && CAP_RE.test(text);
  if (isAsciiDigit(c)) {
    let i = 1;
    while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
    if (i === text.length) return false;
    const d = text.charCodeAt(i);
    return d < 128 ? isAsciiUpper(d) : CAP_RE.test(text);
  }
  return CAP_RE.test(text);
}

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
export function tokenHit(t: ScannedToken): LexiconHit | undefined {
  return t.cap ? t.hit : lookupName(t.norm, t.acronym);
}

/** Tokenises every sentence of `text` and flags each token. */
export function scanTokens(text: string, sentences: readonly Sentence[]): ScannedArticle {
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
      hit = lookupName(norm, acronym) ?? null;
      known.set(norm, hit);
    }
    return hit ?? undefined;
  };
  const out: ScannedToken[][] = [];
  for (const sentence of sentences) {
    const raw = tokenize(text, sentence);
    const tokens: ScannedToken[] = [];
    let prevWord = false;
    for (let i = 0; i < raw.length; i++) {
      const t = raw[i];
      const word = isWord(t.text);
      const lower = t.text.toLowerCase();
      const possessive = lower === '’s' || lower === "'s";
      const prev = i > 0 ? raw[i - 1].text : '';
      const lineStart = t.start === 0 || text[t.start - 1] === '\n';
      const initial = word && (!prevWord || (prev.length === 1 && OPENERS.has(prev)) || lineStart);
      const cap = word && isCapitalised(t.text);
      const acronym = cap && t.text.length >= 2 && isAcronym(t.text);
      const norm = normOf(t.text, lower);
      tokens.push({
        start: t.start,
        end: t.end,
        text: t.text,
        sentence: t.sentence,
        lower,
        norm,
        hit: cap ? hitOf(norm, acronym) : undefined,
        cap,
        acronym,
        word,
        possessive,
        initial,
      });
      if (word && !cap && startsLower(t.text)) lowerWords.add(lower);
      if (word || possessive) prevWord = true;
    }
    out.push(tokens);
  }
  return { sentences: out, lowerWords };
}
