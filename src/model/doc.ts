import type { Article } from './article';
import type { Entity } from './entity';
import type { Sentence } from './text';
import type { Lexicon } from '../lexicon/load-lexicon';

/**
 * One article as every extraction stage after reading sees it: the cleaned article, its
 * sentences, the entities the entity stage resolved, and the lexicon (word lists) the stages
 * read. Offsets of every span point into `article.text`. Fact extractors read a Doc and add
 * nothing to it.
 */
export interface Doc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly lexicon: Lexicon;
}
