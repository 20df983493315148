/**
 * Word and punctuation tokens over a window of the article text, for the attribution patterns
 * of quote extraction. Offsets point into the article text; `lower` folds case and apostrophes.
 */
import {
  countWords,
  isHighSurrogate,
  isLetterOrDigit,
  isLowSurrogate,
  isSpace,
  tokenEnd,
} from './quote-scan';

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

const UPPER = /^\p{Lu}/u;
/** Lower-case particles joined to a capitalised name ("al-Sisi", "bin-Salman"). */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la|ben)-\p{Lu}/u;

/** Tokenizes `text` between `from` and `to` (one scan, see `tokenEnd`). */
export function tokenizeWindow(text: string, from: number, to: number): QToken[] {
  const out: QToken[] = [];
  const n = text.length;
  let i = from;
  if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--; // as a /u regex does
  const base = i;
  const window = text.slice(base, to);
  const folded = window.toLowerCase();
  // One lower-casing per window, unless it changes lengths (İ) or depends on context (final Σ).
  const lowerWindow =
    folded.length === window.length && !window.includes('Σ') ? folded.replace(/’/g, "'") : undefined;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n || i >= to) break;
    const start = i;
    i = tokenEnd(text, start);
    if (i > to) break;
    const t = text.slice(start, i);
    if (t === '.' && out.length > 0 && (isAbbreviation(out[out.length - 1], start) || text[i] === ','))
      continue;
    const c = t.charCodeAt(0);
    const lower = lowerWindow !== undefined ? lowerWindow.slice(start - base, i - base) : foldLower(t);
    out.push({
      text: t,
      lower,
      start,
      end: i,
      word: isLetterOrDigit(c < 0x80 ? c : (t.codePointAt(0) as number)) || lower === "'s",
      cap: (c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(t)) || (t.includes('-') && NAME_PARTICLE.test(t)),
    });
  }
  return out;
}

/** Lower case with ’ folded to '. */
function foldLower(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export { countWords };

/** Whether the token is a possessive ending ('s). */
export function isPossessive(t: QToken): boolean {
  return t.lower === "'s";
}

/** Quotation marks and other tokens that a speaker phrase never spans. */
export function isHardBoundary(t: QToken): boolean {
  return /^[“”"‘;:()[\]—–―'`]$/.test(t.text);
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms messrs dr sen sens rep reps gov gen lt col st jr sr prof adm sgt capt maj cmdr ' +
    'rev fr hon del det supt insp cpl pvt atty u.s u.k u.n'
  ).split(' '),
);
/** Initials ("G.K", "N.C") and party-state affiliations ("D-Mo", "R-N.C"), written with periods. */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$|^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** Whether a period right after `prev` (at `at`) marks an abbreviation or an initial, not a sentence end. */
function isAbbreviation(prev: QToken, at: number): boolean {
  if (prev.end !== at) return false;
  return ABBREVIATIONS.has(prev.lower) || INITIALS.test(prev.text);
}

/** Whether the tokens `[from, to)` are only a party-state affiliation or an age: "D-Mo.", "R-Ky.", "25". */
export function isAffiliation(toks: readonly QToken[], from: number, to: number): boolean {
  return to - from === 1 && (/^[DRI]-\p{Lu}/u.test(toks[from].text) || /^\d{1,3}$/.test(toks[from].text));
}
