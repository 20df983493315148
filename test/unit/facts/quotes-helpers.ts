import type { Entity, EntityType, Mention, Role } from '../../../src/model/entity';
import type { Quote } from '../../../src/model/fact';
import { extractQuotes } from '../../../src/facts/quotes/extract-quotes';
import { splitSentences } from '../../../src/text/split-sentences';
import { docOf } from '../../support/doc';

/** A named thing to find in a test text: its name, the forms it is written in, its roles. */
export interface EntitySpec {
  readonly name: string;
  readonly type?: EntityType;
  readonly forms?: readonly string[];
  readonly roles?: readonly Role[];
}

/** Builds an entity with a mention for every occurrence of its name and forms in `text`. */
export function entityIn(text: string, spec: EntitySpec): Entity {
  const sentences = splitSentences(text);
  const type = spec.type ?? 'Person';
  const mentions: Mention[] = [];
  const forms = [spec.name, ...(spec.forms ?? [])].sort((a, b) => b.length - a.length);
  const taken: Array<[number, number]> = [];
  for (const form of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const end = i + form.length;
      if (taken.some(([s, e]) => i < e && s < end)) continue;
      taken.push([i, end]);
      const sentence = sentences.findIndex((s) => s.start <= i && i < s.end);
      mentions.push({ start: i, end, text: form, type, sentence, rule: 'test' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    key: `${type.toLowerCase()}:${spec.name.toLowerCase()}`,
    type,
    name: spec.name,
    aliases: spec.forms ?? [],
    mentions,
    roles: spec.roles ?? [],
  };
}

/** Runs quote extraction over `text` (its first line is the title) with the given entities. */
export function quotesOf(text: string, specs: readonly EntitySpec[] = []): Quote[] {
  return extractQuotes(
    docOf(
      text,
      specs.map((s) => entityIn(text, s)),
    ),
  );
}

/** The quotes as [speaker, text, direct] triples, for compact assertions. */
export function triples(quotes: readonly Quote[]): Array<[string, string, boolean]> {
  return quotes.map((q) => [q.speaker.name, q.text, q.direct]);
}
