/**
 * The one word tokenizer. A token is a word (letters, marks and digits, joined across a hyphen,
 * a period, an ampersand or an inner apostrophe: "US-led", "U.S", "AT&T", "O'Brien"), a number
 * with its separators ("155,221", "5.93", "10:30"), a possessive ending ("’s", split off its
 * word), or any other single non-space character. An abbreviation or initial keeps its period
 * ("Mr.", "U.S.", "D-Mo."), and so does a word whose period a comma follows ("Corp.,"). Two
 * sentences glued by a missing space ("Putin.He") are two tokens. Offsets are into the article
 * text; one scan of char codes, no regular expression per character.
 */
import type { ScannedToken, Sentence } from '../model/text';
import { isAbbreviation } from './abbreviations';
import { isHighSurrogate, isLetterOrDigit, isLowSurrogate, isSpace } from './char-class';
import { normaliseName } from './normalise-name';
import { isGluedSentenceEnd } from './split-sentences';

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const PERIOD = 0x2e;
const COMMA = 0x2c;

const UPPER = /^\p{Lu}/u;
/** Lower-case particles joined to a capitalised name ("al-Sisi", "bin-Salman", "van-Dijk"). */
const NAME_PARTICLE = /^(?:al|el|ad|as|bin|ibn|abu|ben|de|du|da|di|le|la|van|von)-\p{Lu}/u;
/** Digits before a capital ("2S19", "5G") make a capitalised word, as systems and units are written. */
const DIGITS_THEN_CAPITAL = /^\p{N}+\p{Lu}/u;
/** Party-state affiliations written with periods ("D-Mo", "R-N.C"). */
const AFFILIATION = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/** What the lexicon says of a capitalised token's normal form (`WordInfo` of the name finder's lexicon). */
export interface NameInfo {
  readonly hit: ScannedToken['hit'];
  readonly longer: boolean;
}

/** What the lexicon says of a capitalised token's normal form (see `ScannedToken.hit` and `longer`). */
export type NameLookup = (norm: string, acronym: boolean) => NameInfo;

/** One-character tokens that open a sentence for the name finder (see `ScannedToken.initial`). */
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

/**
 * Splits `sentence` (a sentence of `text`, as `splitSentences` returns it) into tokens, appended
 * to `out` (a new array unless given) and returned; `names` gives capitalised tokens their `hit`.
 * Every token satisfies `text.slice(token.start, token.end) === token.text`.
 */
export function tokenize(
  text: string,
  sentence: Sentence,
  out: ScannedToken[] = [],
  names?: NameLookup,
): ScannedToken[] {
  let i = sentence.start;
  const to = sentence.end;
  if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  // Whether a word or a possessive ending came before in the sentence, and the previous token.
  let afterWord = false;
  let prevOpens = false;
  for (;;) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    i = tokenEnd(text, start, to);
    let flags = scannedFlags;
    if (i > to) {
      // A character of two UTF-16 units across the sentence's end.
      i = to;
      flags = scanChars(text, start, to);
    }
    if (text.charCodeAt(i) === PERIOD && i < to && keepsPeriod(text, start, i)) {
      i++;
      flags |= HAS_OTHER;
    }
    const token = makeToken(text, start, i, sentence.index, !afterWord || prevOpens, names, flags);
    out.push(token);
    if (token.word) afterWord = true;
    prevOpens = i - start === 1 && isOpener(text.charCodeAt(start));
  }
  return out;
}

/** Whether the one-character token of code `c` opens a sentence for the name finder (see `ScannedToken.initial`). */
function isOpener(c: number): boolean {
  return c < 0x80 ? ASCII_OPENERS[c] === 1 : OPENERS.has(String.fromCharCode(c));
}
/** `OPENERS` by ASCII character code (1 for an opener). */
const ASCII_OPENERS = new Uint8Array(0x80);
for (const o of OPENERS) if (o.charCodeAt(0) < 0x80) ASCII_OPENERS[o.charCodeAt(0)] = 1;

// Flags of `scanChars` and `scannedFlags`: what kinds of character a token holds.
/** An ASCII capital letter. */
const HAS_UPPER = 1;
/** An ASCII lower-case letter. */
const HAS_LOWER = 2;
/** A character other than an ASCII letter or digit. */
const HAS_OTHER = 4;
/** A character outside ASCII. */
const HAS_NON_ASCII = 8;
/** A hyphen. */
const HAS_HYPHEN = 16;

/** The `HAS_*` flags of the characters of `[start, end)`, in one scan of char codes. */
function scanChars(text: string, start: number, end: number): number {
  let flags = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isAsciiLower(c)) flags |= HAS_LOWER;
    else if (isAsciiUpper(c)) flags |= HAS_UPPER;
    else if (!isAsciiDigit(c)) {
      flags |= HAS_OTHER;
      if (c >= 0x80) flags |= HAS_NON_ASCII;
      else if (c === 0x2d) flags |= HAS_HYPHEN;
    }
  }
  return flags;
}

function makeToken(
  text: string,
  start: number,
  end: number,
  sentence: number,
  opens: boolean,
  names: NameLookup | undefined,
  flags: number,
): ScannedToken {
  const t = text.slice(start, end);
  const c = t.charCodeAt(0);
  // ASCII needs no fold of ’, and no lower-casing without a capital.
  const lowerDot =
    (flags & HAS_NON_ASCII) !== 0 ? foldLower(t) : (flags & HAS_UPPER) !== 0 ? t.toLowerCase() : t;
  // An abbreviation's period is punctuation of the token, not part of the word it stands for.
  const lower = end - start > 1 && t.charCodeAt(t.length - 1) === PERIOD ? lowerDot.slice(0, -1) : lowerDot;
  // "’s", or a lone apostrophe right after a plural in s ("the troops’ positions").
  const possessive =
    lower === "'s" ||
    (lower === "'" && /[sS]/.test(text[start - 1] ?? '') && !isLetterOrDigit(text.codePointAt(end) ?? 0x20));
  const alnum = isLetterOrDigit(c < 0x80 ? c : (t.codePointAt(0) as number));
  const cap = alnum && isCapitalised(t, c, flags);
  const acronym = cap && t.length >= 2 && (flags & HAS_LOWER) === 0 && isAcronym(t);
  // Only ASCII letters and digits: the lower-case form is the normal form.
  const norm = (flags & HAS_OTHER) === 0 ? lowerDot : normOf(t, lowerDot);
  const info = cap && names !== undefined ? names(norm, acronym) : undefined;
  return {
    text: t,
    start,
    end,
    sentence,
    lower,
    word: alnum || possessive,
    cap,
    possessive,
    lowerDot,
    norm,
    acronym,
    alnum,
    initial: alnum && (opens || start === 0 || text.charCodeAt(start - 1) === 10),
    hit: info?.hit,
    longer: info !== undefined && info.longer,
  };
}

const ACRONYM_RE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.&/-]*[\p{Lu}\p{N}.]$/u;
/** `ACRONYM_RE` and a capital letter (the caller answers no at once for a lower-case ASCII letter). */
function isAcronym(s: string): boolean {
  return ACRONYM_RE.test(s) && /\p{Lu}/u.test(s);
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

/** Lower case with ’ folded to '. */
function foldLower(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Starts with a capital, a particle before a capital ("al-Sisi") or digits before a capital
 * ("2S19"); `c` is the first char code and `flags` the token's `HAS_*` flags.
 */
function isCapitalised(t: string, c: number, flags: number): boolean {
  if (isAsciiUpper(c)) return true;
  if (isAsciiLower(c)) return (flags & HAS_HYPHEN) !== 0 && NAME_PARTICLE.test(t);
  if (isAsciiDigit(c)) return DIGITS_THEN_CAPITAL.test(t);
  return UPPER.test(t);
}

/** Whether the period at `at`, right after the word that starts at `start`, belongs to the word. */
function keepsPeriod(text: string, start: number, at: number): boolean {
  if (!isLetterOrDigit(text.codePointAt(start) as number)) return false;
  if (text.charCodeAt(at + 1) === COMMA) return true; // "Corp.," : no sentence ends before a comma
  const word = text.slice(start, at);
  // An affiliation starts with D, R or I and a hyphen: the regular expression only then.
  const c = word.charCodeAt(0);
  const affiliation =
    (c === 0x44 || c === 0x52 || c === 0x49) && word.length > 2 && word.charCodeAt(1) === 0x2d;
  return isAbbreviation(word) || (affiliation && AFFILIATION.test(word));
}

/**
 * The `HAS_*` flags of the characters that the last call of `runEnd` or `tokenEnd` passed over:
 * each call sets it and its caller reads it at once, so a token's characters are scanned once.
 */
let scannedFlags = 0;

/** End of the run of letters, marks and digits starting at `i` (`i` itself when none); sets `scannedFlags`. */
function runEnd(text: string, i: number, to: number): number {
  let flags = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiLower(c)) flags |= HAS_LOWER;
      else if (isAsciiUpper(c)) flags |= HAS_UPPER;
      else if (!isAsciiDigit(c)) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    if (!isLetterOrDigit(cp)) break;
    flags |= HAS_OTHER | HAS_NON_ASCII;
    i += cp > 0xffff ? 2 : 1;
  }
  scannedFlags = flags;
  return i;
}

/** The `HAS_*` flags of a character that joins two runs of a word (- & . ' ’ , :). */
function joinerFlags(c: number): number {
  if (c === 0x2d) return HAS_OTHER | HAS_HYPHEN;
  return c === RIGHT_QUOTE ? HAS_OTHER | HAS_NON_ASCII : HAS_OTHER;
}

/** Whether `i` holds s or S that ends a word (a possessive ending). */
function possessiveS(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 0x73 || c === 0x53) && !isLetterOrDigit(text.codePointAt(i + 1) ?? 0x20);
}

/**
 * End of the token that starts at the non-space position `i`, not past `to` but for a character
 * of two UTF-16 units that `to` cuts; sets `scannedFlags` to the token's flags.
 */
function tokenEnd(text: string, i: number, to: number): number {
  const first = text.codePointAt(i) as number;
  if (isLetterOrDigit(first)) {
    let end = runEnd(text, i, to);
    let flags = scannedFlags;
    for (;;) {
      const c = text.charCodeAt(end);
      let joins = c === 0x2d || c === 0x26 || c === PERIOD;
      if (c === APOSTROPHE || c === RIGHT_QUOTE) joins = !possessiveS(text, end + 1);
      else if (c === COMMA || c === 0x3a)
        joins = isAsciiDigit(text.charCodeAt(end - 1)) && isAsciiDigit(text.charCodeAt(end + 1));
      if (c === PERIOD && isGluedSentenceEnd(text, end)) break;
      if (!joins || end + 1 >= to) break;
      const next = runEnd(text, end + 1, to);
      if (next === end + 1) break;
      flags |= joinerFlags(c) | scannedFlags;
      end = next;
    }
    scannedFlags = flags;
    return end;
  }
  const end =
    (first === APOSTROPHE || first === RIGHT_QUOTE) && possessiveS(text, i + 1) && i + 1 < to
      ? i + 2
      : i + (first > 0xffff ? 2 : 1);
  scannedFlags = scanChars(text, i, end);
  return end;
}
