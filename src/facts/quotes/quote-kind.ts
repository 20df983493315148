/** Who said what, as a fact kind: extraction from the Doc and the `Quote` node row. */
import type { Quote } from '../../model/fact';
import { normaliseName } from '../../entities/normalise-name';
import { sentenceIds, type FactKind, type FactRow } from '../fact-kind';
import { extractQuotes } from './extract-quotes';

/** Row of `cypher/write/upsert-quote.cypher`. */
export interface QuoteRow extends FactRow {
  readonly text: string;
  readonly direct: boolean;
  readonly medium: string | null;
  readonly cue: string | null;
  readonly speakerName: string;
  readonly speakerRole: string | null;
  /** The speaker entity, or null for an unnamed source. */
  readonly speakerEntity: string | null;
  /** Id and description of the unnamed source, when `speakerEntity` is null. */
  readonly sourceId: string | null;
  readonly about: readonly string[];
}

export const quoteKind: FactKind<Quote, QuoteRow> = {
  kind: 'quote',
  extract: (doc) => extractQuotes(doc.article, doc.sentences, doc.entities, doc.lexicon),
  toRow(quote, { articleId }) {
    const speakerEntity = quote.speaker.entityKey ?? null;
    return {
      id: `${articleId}:q${quote.start}-${quote.end}`,
      article: articleId,
      ...sentenceIds(articleId, quote.sentences),
      text: quote.text,
      direct: quote.direct,
      medium: quote.medium ?? null,
      cue: quote.cue ?? null,
      speakerName: quote.speaker.name,
      speakerRole: quote.speaker.role ?? null,
      start: quote.start,
      end: quote.end,
      rule: quote.rule,
      speakerEntity,
      sourceId: speakerEntity === null ? `${articleId}:source:${normaliseName(quote.speaker.name)}` : null,
      about: [...new Set(quote.about)].filter((key) => key !== speakerEntity),
    };
  },
  references: (row) => [row.speakerEntity, ...row.about],
};
