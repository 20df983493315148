import type { Article } from './model/article';
import type { Doc } from './model/doc';
import type { Fact } from './model/fact';
import type { ArticleResult } from './model/result';
import { readDoc } from './text/read-doc';
import { findMentions } from './entities/find-mentions';
import { resolveEntities } from './entities/resolve-entities';
import { FACT_KINDS } from './facts/registry';

/**
 * Runs the extraction stages over one cleaned article, in order: sentences and tokens (the
 * Doc) → mentions → resolved entities → the facts of every registered kind, each reading the Doc.
 * Pure: no I/O, no database.
 */
export function extractArticle(article: Article): ArticleResult {
  const text = readDoc(article);
  const entities = resolveEntities(article, text.sentences, findMentions(text));
  const doc: Doc = { ...text, entities };
  const facts = FACT_KINDS.flatMap((kind): Fact[] => kind.extract(doc));
  return { article, sentences: doc.sentences, entities, facts };
}
