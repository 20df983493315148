/** Token tests the attribution patterns of the quote stage share. */
import type { Token } from '../../model/text';

import { isHighSurrogate, isLetterOrDigit, isLowSurrogate } from '../../text/char-class';

export { countWords } from '../../text/char-class';

/**
 * Whether `text.slice(start, end)` has at least `min` words (`countWords(…) >= min`), counted
 * in place and only as far as the `min`-th word: the quote stage asks this of whole clauses.
 */
export function hasWords(text: string, start: number, end: number, min: number): boolean {
  if (min <= 0) return true;
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (isHighSurrogate(cp) && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (isLowSurrogate(low)) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const w = isLetterOrDigit(cp);
    if (w && !inWord && ++n >= min) return true;
    inWord = w;
  }
  return false;
}

/** The one-character tokens of `isHardBoundary`. */
const HARD_BOUNDARIES = new Set([
  '“',
  '”',
  '"',
  '‘',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '—',
  '–',
  '―',
  "'",
  '`',
  '-',
]);

/**
 * Quotation marks, dashes (a lone hyphen is a spaced dash) and other tokens that a speaker phrase
 * never spans; a possessive apostrophe ("veterans' families") is none.
 */
export function isHardBoundary(t: Token): boolean {
  return !t.possessive && t.text.length === 1 && HARD_BOUNDARIES.has(t.text);
}

/** Whether the tokens `[from, to)` are only a party-state affiliation or an age: "D-Mo.", "R-Ky.", "25". */
export function isAffiliation(toks: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && (/^[DRI]-\p{Lu}/u.test(toks[from].text) || /^\d{1,3}$/.test(toks[from].text));
}
