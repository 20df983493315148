/**
 * Name normalisation shared by the gazetteer, the lexicons and entity keys: case, diacritics,
 * apostrophes and dots are folded, and any other punctuation becomes a space.
 */

const DIACRITICS_RE = /[\u0300-\u036f]/g;
const DROP_RE = /[’'`.\u02bc]/g;
const SPACE_RE = /[^\p{L}\p{N}]+/gu;

/** Lower case, no diacritics, no apostrophes or dots, words separated by one space. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(DIACRITICS_RE, '')
    .toLowerCase()
    .replace(DROP_RE, '')
    .replace(SPACE_RE, ' ')
    .trim();
}
