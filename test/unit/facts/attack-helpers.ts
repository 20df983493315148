/** Builds articles and hand-made entities for the attack tests (no entity stage involved). */
import type { Entity, EntityType, Mention } from '../../../src/model/entity';
import type { Attack } from '../../../src/model/fact';
import { extractAttacks } from '../../../src/facts/attacks/extract-attacks';
import { splitSentences } from '../../../src/text/split-sentences';
import { docOf } from '../../support/doc';

export interface EntitySpec {
  readonly name: string;
  readonly type: EntityType;
  /** Forms written in the text; every occurrence becomes a mention. Defaults to the name. */
  readonly forms?: readonly string[];
  readonly placeKind?: string;
  readonly country?: string;
}

/** Entities with a mention at every occurrence of their forms (whole words only). */
export function entities(text: string, specs: readonly EntitySpec[]): Entity[] {
  const sentences = splitSentences(text);
  return specs.map((s) => {
    const mentions: Mention[] = [];
    for (const form of s.forms ?? [s.name]) {
      const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const sentence = sentences.find((x) => x.start <= start && start < x.end)?.index ?? 0;
        mentions.push({ start, end: start + form.length, text: form, type: s.type, sentence, rule: 'test' });
      }
    }
    return {
      key: `${s.type.toLowerCase()}:${s.name.toLowerCase()}`,
      type: s.type,
      name: s.name,
      aliases: [],
      mentions,
      roles: [],
      ...(s.placeKind ? { placeKind: s.placeKind } : {}),
      ...(s.country ? { country: s.country } : {}),
    };
  });
}

/** Runs the attack stage over `text` with the given entities. */
export function attacksOf(text: string, specs: readonly EntitySpec[] = [], publishedAt?: string): Attack[] {
  return extractAttacks(docOf(text, entities(text, specs), publishedAt));
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
