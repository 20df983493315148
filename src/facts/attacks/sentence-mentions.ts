/**
 * The entity mentions of one sentence for the attack stage, read from an index built once per
 * article (the entities' mentions sorted by offset), so a sentence costs a binary search rather
 * than a pass over every mention of the article.
 */
import type { Entity, Mention } from '../../model/entity';
import { locate } from '../../text/locate';

/** A mention with the entity it belongs to. */
export interface SentenceMention {
  readonly entity: Entity;
  readonly mention: Mention;
}

interface Entry extends SentenceMention {
  /** Position in a pass over the entities and their mentions. */
  readonly order: number;
}

interface MentionIndex {
  /** Every mention, by start offset (mentions of one start in entity order). */
  readonly byStart: readonly Entry[];
  /** Start offsets of the demonym mentions of each sentence. */
  readonly demonymStarts: ReadonlyMap<number, ReadonlySet<number>>;
}

const indexes = new WeakMap<readonly Entity[], MentionIndex>();

function indexOf(entities: readonly Entity[]): MentionIndex {
  let index = indexes.get(entities);
  if (index === undefined) {
    const byStart: Entry[] = [];
    const demonymStarts = new Map<number, Set<number>>();
    for (const entity of entities)
      for (const mention of entity.mentions) {
        byStart.push({ entity, mention, order: byStart.length });
        if (!mention.demonym) continue;
        let starts = demonymStarts.get(mention.sentence);
        if (starts === undefined) demonymStarts.set(mention.sentence, (starts = new Set()));
        starts.add(mention.start);
      }
    byStart.sort((a, b) => a.mention.start - b.mention.start || a.order - b.order);
    index = { byStart, demonymStarts };
    indexes.set(entities, index);
  }
  return index;
}

/**
 * The mentions lying inside `[start, end)`, in the order of a pass over `entities` and their
 * mentions (entity by entity).
 */
export function mentionsWithin(entities: readonly Entity[], start: number, end: number): SentenceMention[] {
  const { byStart } = indexOf(entities);
  const out: Entry[] = [];
  for (let i = locate(byStart, start, (e) => e.mention.start); i < byStart.length; i++) {
    const { mention } = byStart[i];
    if (mention.start > end) break;
    if (mention.end <= end) out.push(byStart[i]);
  }
  return out.sort((a, b) => a.order - b.order);
}

/** Start offsets of the demonym mentions the entity stage placed in sentence `sentence`. */
export function demonymStartsIn(entities: readonly Entity[], sentence: number): ReadonlySet<number> {
  return indexOf(entities).demonymStarts.get(sentence) ?? NONE;
}

const NONE: ReadonlySet<number> = new Set();
