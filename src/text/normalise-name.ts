/**
 * Name normalisation shared by the gazetteer, the lexicons and entity keys: case, diacritics,
 * apostrophes and dots are folded, letters that NFKD does not decompose are written as a reader
 * without the keyboard would ("ł" → "l", "ø" → "o", "ß" → "ss": "Zełenski" and "Zelenski" are one
 * key), and any other punctuation becomes a space.
 */

const DIACRITICS_RE = /[\u0300-\u036f]/g;
const DROP_RE = /[’'`.\u02bc]/g;
const SPACE_RE = /[^\p{L}\p{N}]+/gu;

/** Lower-case letters NFKD does not decompose, and their plain spelling. */
const LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const LETTERS_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Already normal once in lower case: ASCII letters and digits, words separated by one space. */
const PLAIN_RE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const cache = new Map<string, string>();
/** Names remembered before the cache starts again (see `lexicon.ts`'s limit). */
const CACHE_LIMIT = 20_000;
/** Longer texts (quotations compared by the quote stage) are folded without caching them. */
const CACHED_LENGTH = 80;

/** Lower case, no diacritics, no apostrophes or dots, words separated by one space. */
export function normaliseName(name: string): string {
  const lower = name.toLowerCase();
  if (PLAIN_RE.test(lower)) return lower;
  if (name.length > CACHED_LENGTH) return fold(name);
  const known = cache.get(name);
  if (known !== undefined) return known;
  const folded = fold(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, folded);
  return folded;
}

/**
 * `normaliseName` without its cache, for folding many names once (a gazetteer being indexed),
 * which would only push the names of the article being read out of the cache.
 */
export function normaliseNameOnce(name: string): string {
  const lower = name.toLowerCase();
  return PLAIN_RE.test(lower) ? lower : fold(name);
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(DIACRITICS_RE, '')
    .toLowerCase()
    .replace(LETTERS_RE, (c) => LETTERS[c] ?? c)
    .replace(DROP_RE, '')
    .replace(SPACE_RE, ' ')
    .trim();
}
