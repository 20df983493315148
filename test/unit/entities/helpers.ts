import type { Entity, Mention } from '../../../src/model/entity';
import { findMentions } from '../../../src/entities/find-mentions';
import { findEntities } from '../../../src/pipeline';
import { textDocOf } from '../../support/doc';

export function mentionsOf(text: string): Mention[] {
  return findMentions(textDocOf(text, { title: '' }));
}

/** The entity stage's entities of `text`, as the pipeline finds them. */
export function entitiesOf(text: string): Entity[] {
  return findEntities(textDocOf(text, { title: '' }));
}

/** Named entities as "Type:Name", as the evaluation list shows them (no weapons, no demonym-only countries). */
export function namedOf(text: string): string[] {
  return entitiesOf(text)
    .filter((e) => e.type !== 'Weapon' && !e.demonymOnly)
    .map((e) => `${e.type}:${e.name}`);
}
