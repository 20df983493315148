/**
 * Character scanning for quote extraction, written with char codes instead of Unicode regexes
 * (the quote stage tokenizes many sentences). A token is a run of letters or digits, joined
 * across an apostrophe (not before a possessive s), a hyphen, a period or an ampersand;
 * or a possessive ending ’s / 's; or any other single non-space character.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Cache of the letter-or-digit test for the Basic Multilingual Plane: 0 unknown, 1 yes, 2 no. */
const BMP_CLASS = new Uint8Array(0x10000);

/** Whether the code point is a letter or a digit (`[\p{L}\p{N}]`). */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80)
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  if (cp < 0x10000) {
    let k = BMP_CLASS[cp];
    if (k === 0) {
      k = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
      BMP_CLASS[cp] = k;
    }
    return k === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Whether the UTF-16 unit is JavaScript whitespace (`\s`). */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether the UTF-16 unit opens a surrogate pair. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Whether the UTF-16 unit closes a surrogate pair. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether the unit is an ASCII word character (`\w`), as `\b` sees it. */
function isAsciiWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** End of the run of letters and digits starting at `i` (`i` itself when none). */
function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    if (!isLetterOrDigit(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Whether `i` holds s or S followed by a word boundary (end of text or a non-`\w` unit). */
function possessiveS(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 0x73 || c === 0x53) && (i + 1 >= text.length || !isAsciiWord(text.charCodeAt(i + 1)));
}

/** End of the token that starts at the non-space position `i`. */
export function tokenEnd(text: string, i: number): number {
  const first = text.codePointAt(i) as number;
  if (isLetterOrDigit(first)) {
    let end = runEnd(text, i);
    for (;;) {
      const c = text.charCodeAt(end);
      const joins =
        c === 0x2d ||
        c === 0x2e ||
        c === 0x26 ||
        ((c === APOSTROPHE || c === RIGHT_QUOTE) && !possessiveS(text, end + 1));
      if (!joins) return end;
      const next = runEnd(text, end + 1);
      if (next === end + 1) return end;
      end = next;
    }
  }
  if (
    (first === APOSTROPHE || first === RIGHT_QUOTE) &&
    text.charCodeAt(i + 1) === 0x73 &&
    possessiveS(text, i + 1)
  )
    return i + 2;
  return i + (first > 0xffff ? 2 : 1);
}

/** Number of words in `text` (runs of letters or digits). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (isHighSurrogate(cp)) {
      cp = text.codePointAt(i) as number;
      if (cp > 0xffff) i++;
    }
    const w = isLetterOrDigit(cp);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
