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
const POSSESSIVE_RE = /^(.+)(['’][sS])$/u;

/**
 * Splits `sentence` (a sentence of `text`, as returned by `splitSentences`) into tokens.
 * Every token satisfies `text.slice(token.start, token.end) === token.text`.
 */
export function tokenize(text: string, sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(sentence.start, sentence.end);
  const push = (start: number, end: number): void => {
    const s = sentence.start + start;
    const e = sentence.start + end;
    tokens.push({ start: s, end: e, text: text.slice(s, e), sentence: sentence.index });
  };
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(body); m !== null; m = TOKEN_RE.exec(body)) {
    const start = m.index;
    let end = start + m[0].length;
    const word = m[0];
    if (body[end] === '.' && /\p{L}/u.test(word[0]) && isAbbreviation(word)) {
      end++;
      TOKEN_RE.lastIndex = end;
    }
    const possessive = POSSESSIVE_RE.exec(word);
    if (possessive !== null && end === start + word.length) {
      push(start, start + possessive[1].length);
      push(start + possessive[1].length, end);
    } else {
      push(start, end);
    }
  }
  return tokens;
}
