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
import { isSpace } from './char-class';

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

const APOSTROPHE = 0x27;
const STRAIGHT_QUOTE = 0x22;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;

/** A terminator: . ! ? or … */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** A closing quotation mark or bracket: ” " ’ ' ) ] » */
function isCloser(c: number): boolean {
  return (
    c === RIGHT_QUOTE ||
    c === STRAIGHT_QUOTE ||
    c === 0x2019 ||
    c === APOSTROPHE ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0xbb
  );
}

/** Splits one line; returns false when quotation tracking was on and a quotation stayed open. */
function splitLine(text: string, from: number, to: number, out: Sentence[], trackQuotes: boolean): boolean {
  let segStart = from;
  let curly = 0;
  let straight = false;
  // The regular expression finds the next stop (a scan of char codes in JavaScript is slower);
  // `test` rather than `exec` makes no match array: the stop, one character, ends at `lastIndex`.
  STOP_RE.lastIndex = from;
  while (STOP_RE.test(text)) {
    const i = STOP_RE.lastIndex - 1;
    if (i >= to) break;
    const c = text.charCodeAt(i);
    if (c === APOSTROPHE) {
      if (trackQuotes && text.charCodeAt(i + 1) === APOSTROPHE) {
        straight = !straight;
        STOP_RE.lastIndex = i + 2;
      }
      continue;
    }
    if (!isTerminator(c)) {
      if (trackQuotes && c === LEFT_QUOTE) curly++;
      else if (trackQuotes && c === RIGHT_QUOTE) curly = Math.max(0, curly - 1);
      else if (trackQuotes && c === STRAIGHT_QUOTE) straight = !straight;
      continue;
    }
    let j = i;
    while (j < to && isTerminator(text.charCodeAt(j))) j++;
    let k = j;
    while (k < to && isCloser(text.charCodeAt(k))) {
      const d = text.charCodeAt(k);
      if (trackQuotes && d === RIGHT_QUOTE) curly = Math.max(0, curly - 1);
      if (trackQuotes && d === STRAIGHT_QUOTE) straight = false;
      if (trackQuotes && d === APOSTROPHE && text.charCodeAt(k + 1) === APOSTROPHE) straight = false;
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
  if (!isSpace(text.charCodeAt(after)))
    return after === term + 1 && text[term] === '.' && isGluedSentenceEnd(text, term);
  let n = after;
  while (n < to && isSpace(text.charCodeAt(n))) n++;
  if (n >= to) return true;
  const next = text[n];
  if (continuesSentence(next)) return false;
  if (termEnd - term > 1 || text[term] !== '.') return true;
  const word = wordBefore(text, segStart, term);
  if (word === '') return true;
  const lower = word.toLowerCase();
  const c = next.charCodeAt(0);
  const nextIsDigit = c < 0x80 ? c >= 0x30 && c <= 0x39 : /\p{N}/u.test(next);
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
  // The test of the letter after the period comes first: it answers no for almost every period.
  if (!isUpper(text, at + 1) || !isLower(text, at + 2)) return false;
  const lower = isLower(text, at - 1) && isLower(text, at - 2);
  // An acronym ends the sentence too ("… from the USA.Joe Biden said"), not an initialism ("U.S.A").
  return lower || (isUpper(text, at - 1) && isUpper(text, at - 2) && (text[at - 3] ?? ' ') !== '.');
}

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

/** Whether the UTF-16 unit at `i` is a lower-case letter (`LOWER`); false outside the text. */
function isLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER.test(text[i] ?? '');
}

/** Whether the UTF-16 unit at `i` is a capital letter (`UPPER`); false outside the text. */
function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(text[i] ?? '');
}

/** Whether a sentence goes on when `next` follows a terminator: a lower-case letter, a comma, a closing bracket, a dash… */
function continuesSentence(next: string): boolean {
  const c = next.charCodeAt(0);
  if (c >= 0x80) return /[\p{Ll},;:)\]}\-–—]/u.test(next);
  return (
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x2d
  );
}

/** Whether the UTF-16 unit `s` is a letter or a combining mark, or (with `dot`) a period. */
function isWordChar(s: string, dot: boolean): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (dot && c === 0x2e);
  return dot ? /[\p{L}\p{M}.]/u.test(s) : /[\p{L}\p{M}]/u.test(s);
}

/** The word (letters and inner periods) that ends just before `end`, not before `limit`. */
function wordBefore(text: string, limit: number, end: number): string {
  let s = end;
  while (s > limit && isWordChar(text[s - 1], true)) s--;
  while (s < end && text[s] === '.') s++;
  return text.slice(s, end);
}

/** The run of letters starting at `start`. */
function wordAt(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && isWordChar(text[e], false)) e++;
  return text.slice(start, e);
}

/** Pushes `[from, to)` trimmed of whitespace, unless it is empty. */
function pushSentence(text: string, from: number, to: number, out: Sentence[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
}
