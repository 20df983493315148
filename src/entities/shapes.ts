/**
 * Mentions and entities in one fixed shape: every field assigned when the object is made, in one
 * order, absent ones as undefined. The stages learn a mention's fields one by one (a place's
 * point, a person's role); adding them as they come gave objects of one kind dozens of hidden
 * classes, and every later reader's property accesses turned megamorphic. JSON leaves undefined
 * fields out, so the output is the same but for the order of its keys.
 */
import type { Entity, EntityType, Mention } from '../model/entity';

/** A mention being built: fields are set one by one after `newMention` made them all. */
export type MentionDraft = { -readonly [K in keyof Mention]: Mention[K] };

/** A mention with every field of `Mention`, the optional ones undefined. */
export function newMention(
  start: number,
  end: number,
  text: string,
  type: EntityType,
  sentence: number,
  rule: string,
): MentionDraft {
  return {
    start,
    end,
    text,
    type,
    sentence,
    rule,
    role: undefined,
    name: undefined,
    demonym: undefined,
    tentative: undefined,
    key: undefined,
    countryCode: undefined,
    point: undefined,
    placeKind: undefined,
    category: undefined,
    head: undefined,
  };
}

/**
 * `m` with every field of `Mention` in `newMention`'s order, the absent ones undefined: a copy
 * made by spreading (`{ ...m, type }`) gets a hidden class of its own, so stages that copy a
 * mention with a change pass the copy through this.
 */
export function fixedMention(m: Mention): MentionDraft {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    sentence: m.sentence,
    rule: m.rule,
    role: m.role,
    name: m.name,
    demonym: m.demonym,
    tentative: m.tentative,
    key: m.key,
    countryCode: m.countryCode,
    point: m.point,
    placeKind: m.placeKind,
    category: m.category,
    head: m.head,
  };
}

/** `e` with every field of `Entity`, the absent ones undefined (a spread copy too, as for mentions). */
export function fixedEntity(e: Entity): Entity {
  return {
    key: e.key,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    mentions: e.mentions,
    roles: e.roles,
    countryCode: e.countryCode,
    country: e.country,
    point: e.point,
    placeKind: e.placeKind,
    precision: e.precision,
    category: e.category,
    demonymOnly: e.demonymOnly,
  };
}
