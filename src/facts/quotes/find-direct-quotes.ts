/**
 * Attributes every quotation span of an article by running the direct-quote sieves
 * (`direct-sieves/`, in the order of `DIRECT_SIEVES`) over it: the first sieve that fills in an
 * attribution, or the earlier quotation whose speaker it shares, wins ("“A,” he said. “B.”").
 */
import type { TextDoc } from '../../model/doc';
import type { PersonFinder } from './found-attribution';
import type { QuotationSpan } from './find-quotation-spans';
import type { Lexicon } from '../../lexicon/load-lexicon';
import type { DirectCandidate, DirectContext } from './direct-sieves/direct-sieve';
import { DIRECT_SIEVES } from './direct-sieves/direct-sieves';

/** How many characters after a quotation its attribution may run. */
const AFTER_REACH = 300;

/** Attributes the quotation spans of `text`; spans with no attribution at all are left out. */
export function findDirectQuotes(
  doc: TextDoc,
  spans: readonly QuotationSpan[],
  sentenceAt: (offset: number) => number,
  findPerson: PersonFinder,
  lex: Lexicon,
): DirectCandidate[] {
  const text = doc.article.text;
  const sentences = doc.sentences;
  const out: DirectCandidate[] = [];
  const byIndex = new Map<number, number>();
  const ctx: DirectContext = { doc, lex, spans, sentenceAt, findPerson, found: out, candidateOf: byIndex };
  spans.forEach((span, i) => {
    const prev = i > 0 ? spans[i - 1] : undefined;
    const next = spans[i + 1];
    const s = sentenceAt(span.open);
    const sentence = sentences[s];
    const limit = Math.min(next?.open ?? text.length, lineEnd(text, span.close), span.close + AFTER_REACH);
    const lineStart = text.lastIndexOf('\n', span.open - 1) + 1;
    let floor = Math.max(prev?.close ?? 0, sentence?.start ?? 0, lineStart);
    if (floor === span.open && endsWithColon(text, span.open) && sentences[s - 1]) {
      floor = Math.max(prev?.close ?? 0, sentences[s - 1].start);
    }
    const slot = { index: i, span, sentence: s, limit, floor };
    for (const sieve of DIRECT_SIEVES) {
      const match = sieve.attribute(ctx, slot);
      if (!match) continue;
      byIndex.set(i, out.length);
      out.push({ span, ...match });
      return;
    }
  });
  return out;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** Whether the text before `at` (over whitespace) ends with a colon. */
function endsWithColon(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ':';
}
