import type { Quote } from '../../../src/model/fact';
import { extractQuotes } from '../../../src/facts/quotes/extract-quotes';
import { splitSentences } from '../../../src/text/split-sentences';
import { articleOf } from '../../support/articles';
import { entitiesIn, type EntitySpec } from '../../support/entities';

/** Runs quote extraction over `text` (its first line is the title) with the given entities. */
export function quotesOf(text: string, specs: readonly EntitySpec[] = []): Quote[] {
  return extractQuotes(articleOf(text), splitSentences(text), entitiesIn(text, specs));
}

/** The quotes as [speaker, text, direct] triples, for compact assertions. */
export function triples(quotes: readonly Quote[]): Array<[string, string, boolean]> {
  return quotes.map((q) => [q.speaker.name, q.text, q.direct]);
}
