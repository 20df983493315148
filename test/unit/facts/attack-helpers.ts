/** Runs the attack stage over a text with hand-made entities (no entity stage involved). */
import type { Attack } from '../../../src/model/fact';
import { extractAttacks } from '../../../src/facts/attacks/extract-attacks';
import { splitSentences } from '../../../src/text/split-sentences';
import { articleOf } from '../../support/articles';
import { entitiesIn, type EntitySpec } from '../../support/entities';

/** Runs the attack stage over `text`, published on `publishedAt` when given, with the given entities. */
export function attacksOf(text: string, specs: readonly EntitySpec[] = [], publishedAt?: string): Attack[] {
  return extractAttacks(articleOf(text, { publishedAt }), splitSentences(text), entitiesIn(text, specs));
}

/** "attacker -> target" pairs, for compact assertions. */
export const pairs = (attacks: readonly Attack[]): string[] =>
  attacks.map((a) => `${a.attacker} -> ${a.target}`);

export const country = (name: string): EntitySpec => ({ name, type: 'Location', placeKind: 'country' });
export const city = (name: string, inCountry?: string): EntitySpec => ({
  name,
  type: 'Location',
  placeKind: 'city',
  ...(inCountry ? { country: inCountry } : {}),
});
