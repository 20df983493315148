import type { Article } from './article';
import type { Entity } from './entity';
import type { Attack, Quote } from './fact';
import type { Sentence } from './text';

/** Everything extracted from one article. */
export interface ArticleResult {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly attacks: readonly Attack[];
}
