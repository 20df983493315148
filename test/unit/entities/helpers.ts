import type { Entity, Mention } from '../../../src/model/entity';
import { findMentions } from '../../../src/entities/find-mentions';
import { resolveEntities } from '../../../src/entities/resolve-entities';
import { textDocOf } from '../../support/doc';

export function mentionsOf(text: string): Mention[] {
  return findMentions(textDocOf(text, { title: '' }));
}

export function entitiesOf(text: string): Entity[] {
  const doc = textDocOf(text, { title: '' });
  return resolveEntities(doc.article, doc.sentences, findMentions(doc));
}

/** Named entities as "Type:Name", as the evaluation list shows them (no weapons, no demonym-only countries). */
export function namedOf(text: string): string[] {
  return entitiesOf(text)
    .filter((e) => e.type !== 'Weapon' && !e.demonymOnly)
    .map((e) => `${e.type}:${e.name}`);
}
