import type { Article } from '../../../src/model/article';
import type { Entity, Mention } from '../../../src/model/entity';
import { findMentions } from '../../../src/entities/find-mentions';
import { resolveEntities } from '../../../src/entities/resolve-entities';
import { splitSentences } from '../../../src/text/split-sentences';

export function mentionsOf(text: string): Mention[] {
  return findMentions(text, splitSentences(text));
}

export function entitiesOf(text: string): Entity[] {
  const sentences = splitSentences(text);
  const article: Article = { id: 't#0', source: 't.txt', path: 't.txt', index: 0, title: '', text };
  return resolveEntities(article, sentences, findMentions(text, sentences));
}

/** Named entities as "Type:Name", as the evaluation list shows them (no weapons, no demonym-only countries). */
export function namedOf(text: string): string[] {
  return entitiesOf(text)
    .filter((e) => e.type !== 'Weapon' && !e.demonymOnly)
    .map((e) => `${e.type}:${e.name}`);
}
