import type { Article } from './article';
import type { Entity } from './entity';
import type { Sentence } from './text';

/**
 * One article as every extraction stage after reading sees it: the cleaned article, its
 * sentences, and the entities the entity stage resolved. Offsets of every span point into
 * `article.text`. Fact extractors read a Doc and add nothing to it.
 */
export interface Doc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
}
