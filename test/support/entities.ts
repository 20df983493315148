/** Hand-made entities for tests that run one stage without the entity stage before it. */
import type { Entity, EntityType, Mention, Role } from '../../src/model/entity';
import { splitSentences } from '../../src/text/split-sentences';

/** A named thing to find in a test text. */
export interface EntitySpec {
  readonly name: string;
  /** Person unless given. */
  readonly type?: EntityType;
  /** Other forms written in the text (surnames, demonyms); they are its aliases too. */
  readonly forms?: readonly string[];
  /** The canonical key; `<type>:<name in lower case>` unless given. */
  readonly key?: string;
  readonly roles?: readonly Role[];
  readonly placeKind?: string;
  readonly country?: string;
  readonly countryCode?: string;
  readonly point?: Entity['point'];
  readonly demonymOnly?: boolean;
  /** The rule of its mentions; `test` unless given. */
  readonly rule?: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The entity of `spec` with a mention at every whole-word occurrence of its name and forms in
 * `text` (longer forms first; a shorter form inside a longer one is not a second mention).
 */
export function entityIn(text: string, spec: EntitySpec): Entity {
  const sentences = splitSentences(text);
  const type = spec.type ?? 'Person';
  const forms = [...new Set([spec.name, ...(spec.forms ?? [])])].sort((a, b) => b.length - a.length);
  const mentions: Mention[] = [];
  for (const form of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escape(form)}(?![\\p{L}\\p{N}_])`, 'gu');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + form.length;
      if (mentions.some((x) => start < x.end && x.start < end)) continue;
      const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
      mentions.push({ start, end, text: form, type, sentence, rule: spec.rule ?? 'test' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    key: spec.key ?? `${type.toLowerCase()}:${spec.name.toLowerCase()}`,
    type,
    name: spec.name,
    aliases: [...(spec.forms ?? [])],
    mentions,
    roles: [...(spec.roles ?? [])],
    ...(spec.placeKind !== undefined ? { placeKind: spec.placeKind } : {}),
    ...(spec.country !== undefined ? { country: spec.country } : {}),
    ...(spec.countryCode !== undefined ? { countryCode: spec.countryCode } : {}),
    ...(spec.point !== undefined ? { point: spec.point } : {}),
    ...(spec.demonymOnly !== undefined ? { demonymOnly: spec.demonymOnly } : {}),
  };
}

/** The entities of `specs` in `text` (see `entityIn`). */
export const entitiesIn = (text: string, specs: readonly EntitySpec[]): Entity[] =>
  specs.map((spec) => entityIn(text, spec));

/** An entity that no text mentions, for tests of what comes after extraction. */
export const bareEntity = (
  key: string,
  type: EntityType,
  name: string,
  aliases: readonly string[] = [],
): Entity => ({
  key,
  type,
  name,
  aliases: [...aliases],
  mentions: [],
  roles: [],
});
