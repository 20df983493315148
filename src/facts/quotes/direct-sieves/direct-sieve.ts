/**
 * The interface of the direct-quote sieves (in the manner of CoreNLP's QuoteAttributionAnnotator):
 * each sieve looks at one quotation span, such as “The gates stay shut” in "“The gates stay
 * shut,” Ines Moreau said.", and either attributes it, recording its rule, or leaves it to the
 * next sieve of `DIRECT_SIEVES`.
 */
import type { TextDoc } from '../../../model/doc';
import type { DirectQuoteRule } from '../../../model/fact';
import type { Lexicon } from '../../../lexicon/load-lexicon';
import type { FoundAttribution, PersonFinder } from '../found-attribution';
import type { QuotationSpan } from '../find-quotation-spans';

/** What a sieve fills in: an attribution of its own, or the earlier quote whose speaker it shares. */
export interface DirectMatch {
  readonly attribution?: FoundAttribution;
  readonly sameAs?: number;
  readonly rule: DirectQuoteRule;
}

/** A quotation with its attribution, or the index of the earlier quotation whose speaker it shares. */
export interface DirectCandidate extends DirectMatch {
  readonly span: QuotationSpan;
}

/** The article the sieves read, and the quotations attributed so far. */
export interface DirectContext {
  readonly doc: TextDoc;
  readonly lex: Lexicon;
  readonly spans: readonly QuotationSpan[];
  readonly sentenceAt: (offset: number) => number;
  readonly findPerson: PersonFinder;
  /** The candidates found so far, in span order. */
  readonly found: readonly DirectCandidate[];
  /** For each attributed span index, the index of its candidate in `found`. */
  readonly candidateOf: ReadonlyMap<number, number>;
}

/** One quotation span and the text window its attribution may take. */
export interface QuoteSlot {
  readonly index: number;
  readonly span: QuotationSpan;
  /** The sentence of the opening mark. */
  readonly sentence: number;
  /** Where an attribution after the quotation must end (the next quotation, the line end). */
  readonly limit: number;
  /** Where an attribution before the quotation may start (the previous quotation, the sentence). */
  readonly floor: number;
}

/** A named attribution pattern family; `attribute` returns undefined to leave the span to the next sieve. */
export interface DirectSieve {
  readonly name: string;
  attribute(ctx: DirectContext, slot: QuoteSlot): DirectMatch | undefined;
}

/** The match of an attribution found by a sieve, if any. */
export function matchOf(attribution: FoundAttribution | undefined): DirectMatch | undefined {
  return attribution && { attribution, rule: attribution.rule };
}
