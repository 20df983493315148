import type { Article } from './model/article';
import type { Doc } from './model/doc';
import type { Fact } from './model/fact';
import type { ArticleResult } from './model/result';
import { splitSentences } from './text/split-sentences';
import { findMentions } from './entities/find-mentions';
import { resolveEntities } from './entities/resolve-entities';
import { FACT_KINDS } from './facts/registry';

/**
 * Runs the extraction stages over one cleaned article, in order:
 * sentences → mentions → resolved entities → the facts of every registered kind.
 * Pure: no I/O, no database.
 */
export function extractArticle(article: Article): ArticleResult {
  const sentences = splitSentences(article.text);
  const mentions = findMentions(article.text, sentences);
  const entities = resolveEntities(article, sentences, mentions);
  const doc: Doc = { article, sentences, entities };
  const facts = FACT_KINDS.flatMap((kind): Fact[] => kind.extract(doc));
  return { article, sentences, entities, facts };
}
