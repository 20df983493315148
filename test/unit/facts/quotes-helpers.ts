import type { Quote } from '../../../src/model/fact';
import { extractQuotes } from '../../../src/facts/quotes/extract-quotes';
import { docOf } from '../../support/doc';
import { entitiesIn, type EntitySpec } from '../../support/entities';

/** Runs quote extraction over `text` (its first line is the title) with the given entities. */
export function quotesOf(text: string, specs: readonly EntitySpec[] = []): Quote[] {
  return extractQuotes(docOf(text, entitiesIn(text, specs)));
}

/** The quotes as [speaker, text, direct] triples, for compact assertions. */
export function triples(quotes: readonly Quote[]): Array<[string, string, boolean]> {
  return quotes.map((q) => [q.speaker.name, q.text, q.direct]);
}
