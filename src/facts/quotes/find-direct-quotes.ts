/**
 * Attributes every quotation span of an article: by its own attribution (after or before it),
 * or, for a quotation that opens its sentence or continues a paragraph with none of its own,
 * by the attribution of the quotation just before it ("“A,” he said. “B.”").
 */
import type { TextDoc } from '../../model/doc';
import type { DirectQuoteRule } from '../../model/fact';
import type { FoundAttribution, PersonFinder } from './attribute-direct-quote';
import { attributeAfter, attributeBefore } from './attribute-direct-quote';
import type { QuotationSpan } from './find-quotation-spans';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** A quotation with its attribution, or the index of the earlier quotation whose speaker it shares. */
export interface DirectCandidate {
  readonly span: QuotationSpan;
  readonly attribution?: FoundAttribution;
  readonly sameAs?: number;
  readonly rule: DirectQuoteRule;
}

/** How many characters after a quotation its attribution may run. */
const AFTER_REACH = 300;
/** How many sentences back an unattributed quotation may take its speaker from. */
const CONTINUE_REACH = 2;

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
    const attribution =
      attributeAfter(doc, span, limit, lex) ?? attributeBefore(doc, span, floor, findPerson, lex);
    if (attribution) {
      byIndex.set(i, out.length);
      out.push({ span, attribution, rule: attribution.rule });
      return;
    }
    const prevAt = byIndex.get(i - 1);
    const prevCand = prevAt !== undefined ? out[prevAt] : undefined;
    if (prev && prevCand && sentenceAt(prev.close - 1) === s && prevCand.rule !== 'quote.direct.after') {
      byIndex.set(i, out.length);
      out.push({ span, sameAs: prevAt, rule: 'quote.direct.embedded.continued' });
      return;
    }
    const opensSentence = !text.slice(floor, span.open).trim() || span.continuation;
    if (!opensSentence || out.length === 0) return;
    const last = out.length - 1;
    if (sentenceAt(out[last].span.close - 1) >= s - CONTINUE_REACH) {
      byIndex.set(i, out.length);
      out.push({ span, sameAs: last, rule: 'quote.direct.continued' });
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
