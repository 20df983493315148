/**
 * Folds names and texts for comparison: "The Kremlin’s" and "the kremlins" get the same key.
 * Written with char codes and a bounded cache: the quote stage compares names very often.
 */
import { isLetterOrDigit } from './quote-scan';

/** Names already folded by `nameKey` (entity names are folded again for every lookup). */
const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_MAX = 20_000;
const NAME_KEY_CACHED_LENGTH = 80;

/** Folds case, accents, apostrophes and punctuation so that names compare equal. */
export function nameKey(s: string): string {
  if (s.length > NAME_KEY_CACHED_LENGTH) return foldName(s); // quotations: hashing costs as much as folding
  const known = NAME_KEYS.get(s);
  if (known !== undefined) return known;
  const key = foldName(s);
  if (NAME_KEYS.size >= NAME_KEYS_MAX) NAME_KEYS.clear();
  NAME_KEYS.set(s, key);
  return key;
}

/** `nameKey` without the cache: NFKD, no accents, lower case, no apostrophes or periods, words joined by one space. */
function foldName(s: string): string {
  if (isPlain(s)) {
    // Here the only letters and digits are ASCII ones: fast non-Unicode regexes do.
    const ascii = s
      .toLowerCase()
      .replace(/[’'`.]+/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    return ascii.startsWith('the ') ? ascii.slice(4) : ascii;
  }
  const lower = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const cp = lower.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === 0x2019 || cp === 0x27 || cp === 0x60 || cp === 0x2e) continue;
    if (isLetterOrDigit(cp)) {
      if (gap && out) out += ' ';
      gap = false;
      out += width === 2 ? lower.slice(i, i + 2) : lower[i];
    } else gap = true;
    i += width - 1;
  }
  return out.startsWith('the ') ? out.slice(4) : out;
}

/** Whether NFKD leaves `s` unchanged because it holds only ASCII, dashes and curly quotation marks. */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c >= 0x80 &&
      c !== 0x2013 &&
      c !== 0x2014 &&
      (c < 0x2018 || c > 0x201d || c === 0x201a || c === 0x201b)
    )
      return false;
  }
  return true;
}
