/**
 * Layout helpers for quote extraction: which sentence holds an offset, which tokens lie inside
 * quotation marks, and which lines are teasers of other stories rather than the article's text.
 */
import type { Sentence } from '../../model/text';
import { locate, locateAt } from '../../text/locate';
import type { QuotationSpan } from './find-quotation-spans';
import type { Token } from '../../model/text';
import { hasWords } from './quote-tokens';

/** A line without final punctuation shorter than this is a teaser or a heading, not a statement. */
const TEASER_MAX_WORDS = 20;

/** Returns a function from a character offset to the index of the sentence that holds it (or precedes it). */
export function sentenceLocator(sentences: readonly Sentence[]): (offset: number) => number {
  return (offset) => (sentences.length ? sentences[locateAt(sentences, offset)].index : 0);
}

/** For each token, whether it lies inside a quotation span (marks included). Spans are in text order. */
export function markQuoted(toks: readonly Token[], spans: readonly QuotationSpan[]): boolean[] {
  const out: boolean[] = [];
  if (!toks.length) return out;
  let j = locate(spans, toks[0].start + 1, (span) => span.close);
  for (let k = 0; k < toks.length; k++) {
    while (j < spans.length && spans[j].close <= toks[k].start) j++;
    const s = j < spans.length ? spans[j] : undefined;
    out.push(s !== undefined && s.open <= toks[k].start && toks[k].end <= Math.max(s.close, s.end + 1));
  }
  return out;
}

/** Whether the sentence is a whole short line without final punctuation (a teaser, a heading, a caption). */
export function isTeaserLine(text: string, s: Sentence): boolean {
  const lineStart =
    s.start === 0 ||
    text[s.start - 1] === '\n' ||
    /^\s*$/.test(text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.start));
  const lineEnd = s.end === text.length || /^[ \t]*(\n|$)/.test(text.slice(s.end, s.end + 3));
  if (!lineStart || !lineEnd) return false;
  if (/[.!?…"”’]$/.test(s.text)) return false;
  return !hasWords(s.text, 0, s.text.length, TEASER_MAX_WORDS);
}

/**
 * Whether quoted text is a title rather than speech: every word of four letters or more
 * capitalised, at least two of them, and no sentence break inside ("A Change Is Gonna Come",
 * "State of the Union"). Only used outside the headline, which is written in title case.
 */
export function isTitleText(text: string): boolean {
  const word = /\p{L}[\p{L}’'-]*/gu;
  let long = 0;
  // Stops at the first long word in lower case, so running prose costs a word or two.
  for (let m = word.exec(text), first = true; m; m = word.exec(text), first = false) {
    const capital = /^\p{Lu}/u.test(m[0]);
    if (first && !capital) return false;
    if (m[0].length < 4) continue;
    if (!capital) return false;
    long++;
  }
  return long >= 2 && !/[.!?]\s+\p{L}/u.test(text);
}
