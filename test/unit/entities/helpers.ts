import type { Entity, Mention } from '../../../src/model/entity';
import { findMentions } from '../../../src/entities/find-mentions';
import { resolveEntities } from '../../../src/entities/resolve-entities';
import { splitSentences } from '../../../src/text/split-sentences';
import { articleOf } from '../../support/articles';

export function mentionsOf(text: string): Mention[] {
  return findMentions(text, splitSentences(text));
}

export function entitiesOf(text: string): Entity[] {
  const sentences = splitSentences(text);
  return resolveEntities(articleOf(text, { title: '' }), sentences, findMentions(text, sentences));
}

/** Named entities as "Type:Name", as the evaluation list shows them (no weapons, no demonym-only countries). */
export function namedOf(text: string): string[] {
  return entitiesOf(text)
    .filter((e) => e.type !== 'Weapon' && !e.demonymOnly)
    .map((e) => `${e.type}:${e.name}`);
}
