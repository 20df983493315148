import type { Article } from './model/article';
import type { ArticleResult } from './model/result';
import { splitSentences } from './text/split-sentences';
import { findMentions } from './entities/find-mentions';
import { resolveEntities } from './entities/resolve-entities';
import { extractQuotes } from './facts/extract-quotes';
import { extractAttacks } from './facts/extract-attacks';

/**
 * Runs the extraction stages over one cleaned article, in order:
 * sentences → mentions → resolved entities → quotes and attacks. Pure: no I/O, no database.
 */
export function extractArticle(article: Article): ArticleResult {
  const sentences = splitSentences(article.text);
  const mentions = findMentions(article.text, sentences);
  const entities = resolveEntities(article, sentences, mentions);
  const quotes = extractQuotes(article, sentences, entities);
  const attacks = extractAttacks(article, sentences, entities);
  return { article, sentences, entities, quotes, attacks };
}
