/**
 * Word and punctuation tokens over a window of the article text, for the attribution patterns
 * of quote extraction. Offsets point into the article text; `lower` folds case and apostrophes.
 */

/** One word or punctuation mark. */
export interface QToken {
  readonly text: string;
  /** Lower case with ’ folded to '. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** True for words (letters or digits), false for punctuation. */
  readonly word: boolean;
  /** True for a word that starts with an upper-case letter. */
  readonly cap: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:(?:[’'](?![sS]\b)|[-.&])[\p{L}\p{N}]+)*|[’']s\b|\S/gu;
const UPPER = /^\p{Lu}/u;
const WORDLIKE = /^[\p{L}\p{N}]/u;
/** Lower-case particles joined to a capitalised name ("al-Sisi", "bin-Salman"). */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la|ben)-\p{Lu}/u;

/** Tokenizes `text` between `from` and `to` (one regex pass). */
export function tokenizeWindow(text: string, from: number, to: number): QToken[] {
  const out: QToken[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    if (t === '.' && out.length > 0 && isAbbreviation(out[out.length - 1], from + m.index)) continue;
    out.push({
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      start: from + m.index,
      end: from + m.index + t.length,
      word: WORDLIKE.test(t) || t === "'s" || t === '’s',
      cap: UPPER.test(t) || NAME_PARTICLE.test(t),
    });
  }
  return out;
}

/** Number of words in `text` (runs of letters or digits). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = /[\p{L}\p{N}]/u.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Whether the token is a possessive ending ('s). */
export function isPossessive(t: QToken): boolean {
  return t.lower === "'s";
}

/** Quotation marks and other tokens that a speaker phrase never spans. */
export function isHardBoundary(t: QToken): boolean {
  return /^[“”"‘;:()[\]—–'`]$/.test(t.text);
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col st jr sr prof adm sgt capt maj cmdr u.s u.k u.n'.split(' '),
);

/** Whether a period right after `prev` (at `at`) marks an abbreviation or an initial, not a sentence end. */
function isAbbreviation(prev: QToken, at: number): boolean {
  if (prev.end !== at) return false;
  return ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text);
}
