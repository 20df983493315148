/**
 * Character classes answered from char codes instead of Unicode regexes (the tokenizer asks them
 * for every character of every article).
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;
/** Cache of the letter-or-digit test for the Basic Multilingual Plane: 0 unknown, 1 yes, 2 no. */
const BMP_CLASS = new Uint8Array(0x10000);

/** Whether the code point is a letter, a combining mark or a digit (`[\p{L}\p{M}\p{N}]`). */
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
