import type { Article } from './article';
import type { Entity } from './entity';
import type { Fact } from './fact';
import type { Sentence } from './text';

/** Everything extracted from one article. */
export interface ArticleResult {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  /** The facts of every registered kind, in registry order, each kind's in text order. */
  readonly facts: readonly Fact[];
}
