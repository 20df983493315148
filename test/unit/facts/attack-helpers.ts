/** Runs the attack stage over a text with hand-made entities (no entity stage involved). */
import type { Attack } from '../../../src/model/fact';
import { extractAttacks } from '../../../src/facts/attacks/extract-attacks';
import { docOf } from '../../support/doc';
import { entitiesIn, type EntitySpec } from '../../support/entities';

/** Runs the attack stage over `text`, published on `publishedAt` when given, with the given entities. */
export function attacksOf(text: string, specs: readonly EntitySpec[] = [], publishedAt?: string): Attack[] {
  return extractAttacks(docOf(text, entitiesIn(text, specs), { publishedAt }));
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
