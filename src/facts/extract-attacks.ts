import type { Article } from '../model/article';
import type { Entity } from '../model/entity';
import type { Attack } from '../model/fact';
import type { Sentence } from '../model/text';

/** Attack events: attacker, target, weapons, date, casualties. (Issue 5: not built yet.) */
export function extractAttacks(
  _article: Article,
  _sentences: readonly Sentence[],
  _entities: readonly Entity[],
): Attack[] {
  return [];
}
