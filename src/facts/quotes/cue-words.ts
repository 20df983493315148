/**
 * Whether a sentence holds a cue word of reported speech, as `lex.speech.cueWordRe` finds one,
 * by one scan of its characters: a cue word (ASCII letters between word boundaries) is a whole
 * run of word characters (`\w`), so each run of letters is looked up once, and only when a table
 * of first letters, last letters and lengths of the cue words admits it. The expression, an
 * alternation of some two hundred words, would be tried at every word of the sentence.
 */
import type { Lexicon } from '../../lexicon/load-lexicon';

/** Whether `text` holds a cue word of `lex`: `lex.speech.cueWordRe.test(text)`. */
export function hasCueWord(text: string, lex: Lexicon): boolean {
  const table = cueTable(lex);
  if (table === undefined) return lex.speech.cueWordRe.test(text);
  let start = 0;
  let letters = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) continue;
    if ((c >= 0x30 && c <= 0x39) || c === 0x5f) {
      letters = false; // a digit or "_" joins the run of word characters
      continue;
    }
    const n = i - start;
    if (letters && n > 0 && n <= MAX_LENGTH) {
      const first = (text.charCodeAt(start) | 0x20) - 0x61;
      const last = (text.charCodeAt(i - 1) | 0x20) - 0x61;
      if (table[(first * 26 + last) * (MAX_LENGTH + 1) + n] === 1) {
        if (lex.speech.cueWords.has(text.slice(start, i).toLowerCase())) return true;
      }
    }
    start = i + 1;
    letters = true;
  }
  return false;
}

/** Cue words longer than this are left to the expression (none is). */
const MAX_LENGTH = 20;

/**
 * For the cue words of `lex`, a flag per first letter, last letter and length; undefined when a
 * cue word is not all lower-case ASCII letters (then the expression answers).
 */
function cueTable(lex: Lexicon): Uint8Array | undefined {
  if (lex !== tableOf) {
    table = buildTable([...lex.speech.cueWords]);
    tableOf = lex;
  }
  return table;
}

function buildTable(words: readonly string[]): Uint8Array | undefined {
  if (!words.every((w) => /^[a-z]+$/.test(w) && w.length <= MAX_LENGTH)) return undefined;
  const out = new Uint8Array(26 * 26 * (MAX_LENGTH + 1));
  for (const w of words) {
    const first = w.charCodeAt(0) - 0x61;
    const last = w.charCodeAt(w.length - 1) - 0x61;
    out[(first * 26 + last) * (MAX_LENGTH + 1) + w.length] = 1;
  }
  return out;
}

let tableOf: Lexicon | undefined;
let table: Uint8Array | undefined;
