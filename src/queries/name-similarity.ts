/**
 * Word-level sameness of names for the lookup: Double Metaphone codes (do two spellings sound
 * alike: "Zelenskiy", "Zelinsky") and Jaro–Winkler similarity (how close the letters are), both
 * from `natural`.
 */
import { JaroWinklerDistance } from 'natural/lib/natural/distance';
import { DoubleMetaphone } from 'natural/lib/natural/phonetics';

const metaphone = new DoubleMetaphone();
const codesCache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;

/** The Double Metaphone codes of one folded word (primary and secondary, deduplicated). */
export function phoneticCodes(word: string): readonly string[] {
  const known = codesCache.get(word);
  if (known) return known;
  const codes = [...new Set(metaphone.process(word).filter((c) => c !== ''))];
  if (codesCache.size >= CACHE_LIMIT) codesCache.clear();
  codesCache.set(word, codes);
  return codes;
}

/** Jaro–Winkler similarity of two folded texts, 0 (nothing alike) to 1 (equal). */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : JaroWinklerDistance(a, b);
}

/**
 * Whether two words may be one name: equal, an initial and a word it begins ("j" and "john"),
 * or sounding alike (a Double Metaphone code in common) with letters at least `minSimilarity`
 * alike.
 */
export function wordsAgree(a: string, b: string, minSimilarity: number): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const codes = phoneticCodes(b);
  return phoneticCodes(a).some((c) => codes.includes(c)) && similarity(a, b) >= minSimilarity;
}

/**
 * Whether two names sound alike word by word. Names of equal length are compared word by word;
 * otherwise their first and last words (a middle name or patronymic may be missing).
 */
export function namesSoundAlike(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const pairs: [string, string][] =
    a.length === b.length
      ? a.map((w, i) => [w, b[i]])
      : a.length > 1 && b.length > 1
        ? [
            [a[0], b[0]],
            [a[a.length - 1], b[b.length - 1]],
          ]
        : [];
  if (pairs.length === 0) return false;
  return pairs.every(([x, y]) => {
    if (x === y) return true;
    if (x.length === 1 || y.length === 1) return x[0] === y[0];
    const codes = phoneticCodes(y);
    return phoneticCodes(x).some((c) => codes.includes(c));
  });
}
