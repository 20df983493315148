/**
 * Runs the attack stage over a text as the pipeline does: the entity stage's entities (countries,
 * demonyms, places the gazetteer knows), plus hand-made entities for names a test needs to fix.
 */
import type { Attack } from '../../../src/model/fact';
import type { Entity } from '../../../src/model/entity';
import { extractAttacks } from '../../../src/facts/attacks/extract-attacks';
import { findEntities } from '../../../src/pipeline';
import { textDocOf } from '../../support/doc';
import { entitiesIn, type EntitySpec } from '../../support/entities';

/** Runs the attack stage over `text`, published on `publishedAt` when given, with the given entities. */
export function attacksOf(text: string, specs: readonly EntitySpec[] = [], publishedAt?: string): Attack[] {
  const doc = textDocOf(text, { publishedAt });
  const given = entitiesIn(text, specs);
  const overlaps = (e: Entity): boolean =>
    e.mentions.some((m) => given.some((g) => g.mentions.some((n) => m.start < n.end && n.start < m.end)));
  const found = findEntities(doc);
  return extractAttacks({ ...doc, entities: [...given, ...found.filter((e) => !overlaps(e))] });
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
