/**
 * Word-level sameness of names for the lookup: Double Metaphone codes (do two spellings sound
 * alike: "Zelenskiy", "Zelinsky") and Jaro–Winkler similarity (how close the letters are), from
 * `natural` through the identity pass's person-name tests (`src/entities/person-names.ts`), so a
 * query finds a person by the spellings the identity pass would join.
 */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance';
import { phoneticCodes } from '../entities/person-names';

export { phoneticCodes };

/** Jaro–Winkler similarity of two folded texts, 0 (nothing alike) to 1 (equal). */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : JaroWinklerDistance(a, b);
}

function soundAlike(a: string, b: string): boolean {
  const [pa, sa] = phoneticCodes(a);
  const [pb, sb] = phoneticCodes(b);
  return [pa, sa].some((c) => c !== '' && (c === pb || c === sb));
}

/**
 * Whether two names sound alike word by word (a Double Metaphone code in common; an initial
 * stands for any word it begins). Names of equal length are compared word by word; otherwise
 * their first and last words (a middle name or patronymic may be missing).
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
  return pairs.every(
    ([x, y]) => x === y || (x.length === 1 || y.length === 1 ? x[0] === y[0] : soundAlike(x, y)),
  );
}
