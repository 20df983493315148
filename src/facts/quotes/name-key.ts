/**
 * Folds names and texts for comparison in the quote stage: the project's name normalisation
 * (`normaliseName`: case, diacritics, apostrophes, dots, punctuation) without a leading "the",
 * so "The Kremlin’s" and "the kremlins" get the same key.
 */
import { normaliseName } from '../../entities/normalise-name';

/** Folds case, accents, apostrophes and punctuation so that names compare equal. */
export function nameKey(s: string): string {
  const key = foldPlain(s) ?? normaliseName(s);
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** Apostrophes and dots, which `normaliseName` drops without a space ("don’t" is "dont"). */
const DROPPED = new Set([0x27, 0x2e, 0x60, 0x2019]);
/** Typographic marks that NFKD keeps as they are and `normaliseName` reads as a space. */
const SPACES = new Set([0x2018, 0x201c, 0x201d, 0x2013, 0x2014]);

/**
 * `normaliseName(s)` in one pass without Unicode normalisation, for a text written in ASCII
 * and the typographic quotation marks, apostrophe and dashes (most quotations); undefined for
 * any other text. The quote stage folds every quotation it keeps, which would otherwise run
 * NFKD and five replacements over each.
 */
function foldPlain(s: string): string | undefined {
  let out = '';
  let run = -1;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      if (run < 0) {
        if (space && out !== '') out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += s.slice(run, i);
      run = -1;
    }
    if (DROPPED.has(c)) continue;
    if (c >= 128 && !SPACES.has(c)) return undefined;
    space = true;
  }
  if (run >= 0) out += s.slice(run);
  return out.toLowerCase();
}
