/**
 * Natural sentence splitter: line breaks end sentences (headlines and list lines have no period);
 * a terminator (. ! ? … and runs of them, with closing quotes and brackets) ends a sentence when
 * a plausible sentence start follows. Abbreviations, initials, decimals and quotations are handled.
 * One pass over the text (each line at most twice), so the cost is linear.
 */
import type { Sentence } from '../model/text';
import {
  MONTH_ABBREVIATIONS,
  OTHER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations';

const TERMINATORS = '.!?…';
const CLOSERS = '”"’\')]»';
const OPENERS = '“"‘\'([«';

/**
 * Splits `text` into sentences with `[start, end)` offsets into `text`.
 * Each sentence is trimmed of whitespace, so `text.slice(start, end) === sentence.text`.
 * A sentence does not end inside an open quotation of the same line, so a quotation and its
 * attribution stay together (“We will win. We must,” he said.); a quotation left open at the end
 * of its line (a multi-paragraph quote) does not hold the line together.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const stamps = timestamps(text);
  let next = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // A timestamp inside a line ("… shelling2022-07-05T13:38:28Z The mayor …") stands alone, as on a line of its own.
    let from = lineStart;
    for (; next < stamps.length && stamps[next][0] < lineEnd; next++) {
      const [start, end] = stamps[next];
      splitPiece(text, from, start, out);
      pushSentence(text, start, end, out);
      from = end;
    }
    splitPiece(text, from, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/** ISO 8601 timestamps ("2022-07-05T13:38:28Z"), found in one pass over the text. */
const TIMESTAMP_RE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g;

function timestamps(text: string): [number, number][] {
  const out: [number, number][] = [];
  TIMESTAMP_RE.lastIndex = 0;
  for (let m = TIMESTAMP_RE.exec(text); m !== null; m = TIMESTAMP_RE.exec(text))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Splits `[from, to)`, part of one line, with quotation tracking, or without it when a quotation stays open. */
function splitPiece(text: string, from: number, to: number, out: Sentence[]): void {
  const mark = out.length;
  if (!splitLine(text, from, to, out, true)) {
    out.length = mark;
    splitLine(text, from, to, out, false);
  }
}

/** Characters the splitter stops at: terminators and quotation marks. */
const STOP_RE = /[.!?…“”"']/g;

/** Splits one line; returns false when quotation tracking was on and a quotation stayed open. */
function splitLine(text: string, from: number, to: number, out: Sentence[], trackQuotes: boolean): boolean {
  let segStart = from;
  let curly = 0;
  let straight = false;
  STOP_RE.lastIndex = from;
  for (let m = STOP_RE.exec(text); m !== null && m.index < to; m = STOP_RE.exec(text)) {
    const i = m.index;
    const c = text[i];
    if (c === "'") {
      if (trackQuotes && text[i + 1] === "'") {
        straight = !straight;
        STOP_RE.lastIndex = i + 2;
      }
      continue;
    }
    if (!TERMINATORS.includes(c)) {
      if (trackQuotes && c === '“') curly++;
      else if (trackQuotes && c === '”') curly = Math.max(0, curly - 1);
      else if (trackQuotes && c === '"') straight = !straight;
      continue;
    }
    let j = i;
    while (j < to && TERMINATORS.includes(text[j])) j++;
    let k = j;
    while (k < to && CLOSERS.includes(text[k])) {
      if (trackQuotes && text[k] === '”') curly = Math.max(0, curly - 1);
      if (trackQuotes && text[k] === '"') straight = false;
      if (trackQuotes && text[k] === "'" && text[k + 1] === "'") straight = false;
      k++;
    }
    const quoted = curly > 0 || straight;
    if (!quoted && endsSentence(text, segStart, i, j, k, to)) {
      pushSentence(text, segStart, k, out);
      segStart = k;
    }
    STOP_RE.lastIndex = k;
  }
  pushSentence(text, segStart, to, out);
  return !trackQuotes || (curly === 0 && !straight);
}

/** Decides whether the terminator run `[term, termEnd)` plus closers up to `after` ends a sentence. */
function endsSentence(
  text: string,
  segStart: number,
  term: number,
  termEnd: number,
  after: number,
  to: number,
): boolean {
  if (after >= to) return true;
  if (!/\s/.test(text[after]))
    return after === term + 1 && text[term] === '.' && isGluedSentenceEnd(text, term);
  let n = after;
  while (n < to && /\s/.test(text[n])) n++;
  if (n >= to) return true;
  const next = text[n];
  if (/[\p{Ll},;:)\]}\-–—]/u.test(next)) return false;
  if (termEnd - term > 1 || text[term] !== '.') return true;
  const word = wordBefore(text, segStart, term);
  if (word === '') return true;
  const lower = word.toLowerCase();
  const nextIsDigit = /\p{N}/u.test(next);
  if (lower === 'no' || lower === 'nos') return !nextIsDigit;
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  if (MONTH_ABBREVIATIONS.has(lower) && nextIsDigit) return false;
  if (MONTH_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower) || word.includes('.')) {
    return OPENERS.includes(next) || SENTENCE_STARTERS.has(wordAt(text, n, to).toLowerCase());
  }
  return true;
}

/**
 * Whether the period at `at` ends a sentence that the next one is glued to by a missing space
 * ("… Vladimir Putin.He said"): two lower-case letters (or two capitals of an acronym) before
 * it, a capital and a lower-case letter after it. Initialisms ("U.S.A"), domains ("kyivindependent.com") and decimals do not match.
 */
export function isGluedSentenceEnd(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const lower = LOWER.test(before) && LOWER.test(text[at - 2] ?? '');
  // An acronym ends the sentence too ("… from the USA.Joe Biden said"), not an initialism ("U.S.A").
  const acronym = UPPER.test(before) && UPPER.test(text[at - 2] ?? '') && (text[at - 3] ?? ' ') !== '.';
  return (lower || acronym) && UPPER.test(text[at + 1] ?? '') && LOWER.test(text[at + 2] ?? '');
}

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

/** The word (letters and inner periods) that ends just before `end`, not before `limit`. */
function wordBefore(text: string, limit: number, end: number): string {
  let s = end;
  while (s > limit && /[\p{L}\p{M}.]/u.test(text[s - 1])) s--;
  while (s < end && text[s] === '.') s++;
  return text.slice(s, end);
}

/** The run of letters starting at `start`. */
function wordAt(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && /[\p{L}\p{M}]/u.test(text[e])) e++;
  return text.slice(start, e);
}

/** Pushes `[from, to)` trimmed of whitespace, unless it is empty. */
function pushSentence(text: string, from: number, to: number, out: Sentence[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
}
