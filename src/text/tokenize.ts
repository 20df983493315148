/**
 * Word tokenizer over one sentence: words (with inner hyphens, apostrophes and periods),
 * numbers (with decimal and thousands separators), abbreviations with their period ("Mr.",
 * "U.S."), possessive endings split off ("Russia" + "’s"), and every other non-space character
 * as a token of its own. Offsets are into the article text.
 */
import type { Sentence, Token } from '../model/text';
import { isAbbreviation } from './abbreviations';

const TOKEN_RE =
  /\p{N}+(?:[.,:]\p{N}+)*[\p{L}\p{M}]*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** "Russia’s", "Kyiv's": a word of at least one character before an apostrophe and s. */
function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const s = word.charCodeAt(n - 1);
  const q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/**
 * Splits `sentence` (a sentence of `text`, as returned by `splitSentences`) into tokens.
 * Every token satisfies `text.slice(token.start, token.end) === token.text`.
 */
export function tokenize(text: string, sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const offset = sentence.start;
  const index = sentence.index;
  const body = text.slice(offset, sentence.end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(body); m !== null; m = TOKEN_RE.exec(body)) {
    const word = m[0];
    const start = offset + m.index;
    const end = start + word.length;
    if (body[m.index + word.length] === '.' && /\p{L}/u.test(word[0]) && isAbbreviation(word)) {
      // The abbreviation keeps its period ("Mr.", "U.S.").
      TOKEN_RE.lastIndex = m.index + word.length + 1;
      tokens.push({ start, end: end + 1, text: text.slice(start, end + 1), sentence: index });
    } else if (endsPossessive(word)) {
      // The possessive ending becomes a token of its own.
      const cut = end - 2;
      tokens.push({ start, end: cut, text: word.slice(0, -2), sentence: index });
      tokens.push({ start: cut, end, text: word.slice(-2), sentence: index });
    } else {
      tokens.push({ start, end, text: word, sentence: index });
    }
  }
  return tokens;
}
