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

/** FNV-1a offset basis and prime, for hashing a key's char codes in 32 bits. */
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/** The 32-bit FNV-1a hash of the char codes of `key` up to `HASHED_LENGTH`. */
function hashOf(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length && i < HASHED_LENGTH; i++) h = Math.imul(h ^ key.charCodeAt(i), HASH_PRIME);
  return h;
}

/** How many characters of a key `keyHash` hashes: enough to tell quotations apart. */
const HASHED_LENGTH = 64;

/**
 * A 32-bit hash of the first `HASHED_LENGTH` characters of `nameKey(s)`: texts with one key
 * have one hash, so only texts whose hashes meet need their keys compared. For a text whose
 * beginning `foldPlain` reads (most quotations) the key is hashed as it is folded, without
 * building it, and only as far as the hashed characters reach.
 */
export function keyHash(s: string): number {
  let h = HASH_SEED;
  // Key chars hashed so far, and whether they began "the " (stripped as `nameKey` strips it).
  let n = 0;
  let the = true;
  let inRun = false;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if ((c >= 97 && c <= 122) || upper || (c >= 48 && c <= 57)) {
      if (!inRun) {
        if (space && n > 0) {
          if (the && n === 3) {
            // The key began "the ": it is hashed from the next word on.
            h = HASH_SEED;
            n = 0;
            the = false;
          } else {
            h = Math.imul(h ^ 0x20, HASH_PRIME);
            if (++n === HASHED_LENGTH) return h;
          }
        }
        space = false;
        inRun = true;
      }
      if (upper) c += 32;
      if (the && (n >= 3 || c !== THE[n])) the = false;
      h = Math.imul(h ^ c, HASH_PRIME);
      if (++n === HASHED_LENGTH) return h;
      continue;
    }
    inRun = false;
    // `DROPPED` and `SPACES` of `foldPlain`, compared in place.
    if (c === 0x27 || c === 0x2e || c === 0x60 || c === 0x2019) continue;
    if (c >= 128 && c !== 0x2018 && c !== 0x201c && c !== 0x201d && c !== 0x2013 && c !== 0x2014)
      return hashOf(nameKey(s));
    space = true;
  }
  return h;
}

/** Char codes of "the". */
const THE = [0x74, 0x68, 0x65];
