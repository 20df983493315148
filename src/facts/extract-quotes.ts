import type { Article } from '../model/article';
import type { Entity } from '../model/entity';
import type { Quote } from '../model/fact';
import type { Sentence } from '../model/text';

/** Direct quotes and reported speech with their speakers. (Issue 4: not built yet.) */
export function extractQuotes(
  _article: Article,
  _sentences: readonly Sentence[],
  _entities: readonly Entity[],
): Quote[] {
  return [];
}
