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
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const WORDLIKE = /^[\p{L}\p{N}]/u;
/** Lower-case particles joined to a capitalised name ("al-Sisi", "bin-Salman"). */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la|ben)-\p{Lu}/u;

/** Tokenizes `text` between `from` and `to` (one regex pass). */
export function tokenizeWindow(text: string, from: number, to: number): QToken[] {
  const out: QToken[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const t = m[0];
    const start = m.index;
    if (start + t.length > to) break;
    if (t === '.' && out.length > 0 && isAbbreviation(out[out.length - 1], start)) continue;
    const lower = t.toLowerCase();
    out.push({
      text: t,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start,
      end: start + t.length,
      word: WORDLIKE.test(t) || lower === "'s" || lower === '’s',
      cap: UPPER.test(t) || (t.includes('-') && NAME_PARTICLE.test(t)),
    });
  }
  return out;
}

/** Number of words in `text` (runs of letters or digits). */
export function countWords(text: string): number {
  WORD_RUN.lastIndex = 0;
  let n = 0;
  while (WORD_RUN.exec(text)) n++;
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
