/**
 * The contract of one kind of fact (a quote, an attack, …): how it is extracted from a Doc and
 * how it becomes a row of the graph batch. A kind lives in its own folder under `facts/`, has a
 * member in the `Fact` union, one line in `registry.ts`, and its upsert in
 * `cypher/write/upsert-<kind>.cypher`.
 */
import type { Doc } from '../model/doc';
import type { Fact } from '../model/fact';
import type { EntityRow } from '../model/graph';

/** Finds the facts of one kind in a Doc. Pure. */
export interface FactExtractor<F extends Fact> {
  readonly kind: F['kind'];
  extract(doc: Doc): F[];
}

/** What every fact row carries: its id, article, sentences, offsets and rule (provenance). */
export interface FactRow {
  readonly id: string;
  readonly article: string;
  readonly sentence: string;
  /** Other sentences the fact spans, after the first. */
  readonly moreSentences: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  /** The dataset of its article; added by `buildBatch` (a kind's `toRow` leaves it out). */
  readonly dataset?: string | null;
}

/** What a row builder may ask of the batch being built for one article. */
export interface FactRowContext {
  readonly articleId: string;
  /** The id of the article's sentence with this index. */
  sentenceId(index: number): string;
  /** The key of the article's entity that has this name or alias, if any. */
  entityKey(name: string): string | undefined;
  /** Adds an entity node the fact needs and the entity stage did not give. */
  addEntity(row: EntityRow): void;
}

/** One kind of fact: its extractor, its row builder and the entities its rows point at. */
export interface FactKind<F extends Fact, R extends FactRow> extends FactExtractor<F> {
  toRow(fact: F, ctx: FactRowContext): R;
  /** Keys of the entities a row points at (their nodes must be written with it). */
  references(row: R): readonly (string | null)[];
}

/** The id of sentence `index` of an article, shared by every fact kind. */
export const sentenceId = (articleId: string, index: number): string => `${articleId}:s${index}`;

/** The first sentence id and the others of a fact spanning `sentences`. */
export function sentenceIds(
  articleId: string,
  sentences: readonly number[],
): { sentence: string; moreSentences: string[] } {
  const [first = 0, ...more] = sentences;
  return { sentence: sentenceId(articleId, first), moreSentences: more.map((s) => sentenceId(articleId, s)) };
}
