/**
 * Folds names and texts for comparison in the quote stage: the project's name normalisation
 * (`normaliseName`: case, diacritics, apostrophes, dots, punctuation) without a leading "the",
 * so "The Kremlin’s" and "the kremlins" get the same key.
 */
import { normaliseName } from '../../entities/normalise-name';

/** Folds case, accents, apostrophes and punctuation so that names compare equal. */
export function nameKey(s: string): string {
  const key = normaliseName(s);
  return key.startsWith('the ') ? key.slice(4) : key;
}
