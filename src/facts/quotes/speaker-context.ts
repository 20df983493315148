/**
 * What the speaker resolver knows about one article: its entity mentions in text order, the
 * speakers attributed so far, and lookups by name, surname and role.
 */
import { locate } from '../../text/locate';
import type { Entity, Mention } from '../../model/entity';
import type { Speaker } from '../../model/fact';
import type { Sentence } from '../../model/text';
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import { nameKey } from './name-key';
import { isFiniteWord } from './read-reported-clause';

export { nameKey };

/** A mention with the entity it belongs to. */
export interface EntityMention {
  readonly mention: Mention;
  readonly entity: Entity;
}

/** A speaker already attributed, with the sentence of its cue. */
export interface HeardSpeaker {
  readonly speaker: Speaker;
  readonly phrase: SpeakerPhrase;
  readonly sentence: number;
  readonly person: boolean;
}

/** Per-article state for speaker resolution. */
export interface SpeakerContext {
  readonly text: string;
  /** The article's sentences, for its paragraph structure. */
  readonly sentences: readonly Sentence[];
  /** Mentions sorted by start offset. */
  readonly mentions: readonly EntityMention[];
  readonly entities: readonly Entity[];
  /** Speakers in the order they were attributed (text order). */
  readonly heard: HeardSpeaker[];
  /** Sentence index of a character offset. */
  readonly sentenceAt: (offset: number) => number;
  /** Built on the first lookup by name. */
  nameIndex?: NameIndex;
}

/** Builds the context for one article. */
export function createSpeakerContext(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  sentenceAt: (offset: number) => number,
): SpeakerContext {
  const mentions: EntityMention[] = [];
  for (const entity of entities) for (const mention of entity.mentions) mentions.push({ mention, entity });
  mentions.sort((a, b) => a.mention.start - b.mention.start);
  return { text, sentences, mentions, entities, heard: [], sentenceAt };
}

/** Whether sentence `s` opens a paragraph (a line break stands before it). */
export function opensParagraph(ctx: SpeakerContext, s: number): boolean {
  const prev = ctx.sentences[s - 1];
  const cur = ctx.sentences[s];
  return !prev || !cur || ctx.text.slice(prev.end, cur.start).includes('\n');
}

/**
 * The person sentence `s` opens with as its subject, named before `before`: "The Danish prime
 * minister, Lars Magnusson, echoed the remarks." introduces Lars Magnusson. Only a title, names,
 * commas and an introductory time phrase may stand before the name; a verb or a quotation mark
 * there makes the person an object or a quote's.
 */
export function subjectPerson(ctx: SpeakerContext, s: number, before: number): Entity | undefined {
  const sentence = ctx.sentences[s];
  if (!sentence) return undefined;
  const stop = Math.min(sentence.end, before);
  for (let i = firstMentionFrom(ctx, sentence.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.mention.start >= stop) break;
    if (m.mention.end > stop || !isPerson(m.entity)) continue;
    return opensSubject(ctx.text.slice(sentence.start, m.mention.start)) ? m.entity : undefined;
  }
  return undefined;
}

/** How many words may stand before a subject's name ("On Saturday, Ukraine’s defence minister, …"). */
const SUBJECT_PREFIX_WORDS = 10;

/** Whether `prefix` (the sentence before a name) holds no verb, clause word or quotation mark. */
function opensSubject(prefix: string): boolean {
  if (/[“”"‘:;()]/.test(prefix)) return false;
  const words = prefix.split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length > SUBJECT_PREFIX_WORDS) return false;
  return words.every((w) => {
    const lower = w.replace(/[’']s$/, '');
    return !/^\p{Ll}/u.test(w) || !(NOT_IN_SUBJECT.test(lower) || isFiniteWord(lower));
  });
}

/** Lower-case words that show a clause before a name: finite verbs, participles, relatives, conjunctions. */
const NOT_IN_SUBJECT =
  /^(?:he|she|they|we|it|i|you|be|been|that|who|which|when|as|and|but|if|after|with|by|to|[a-z]{3,}ed|[a-z]{3,}ing)$/;

/** Index of the first mention that starts at or after `offset` (binary search). */
export function firstMentionFrom(ctx: SpeakerContext, offset: number): number {
  return locate(ctx.mentions, offset, (m) => m.mention.start);
}

/** The entity whose mention overlaps `[start, end)` best: a person first, then the one ending last. */
export function entityInSpan(ctx: SpeakerContext, start: number, end: number): Entity | undefined {
  let best: EntityMention | undefined;
  for (let i = Math.max(0, firstMentionFrom(ctx, start) - 3); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.mention.start >= end) break;
    if (m.mention.start < start || m.mention.end > end || m.entity.type === 'Weapon') continue;
    if (!best || rank(m) > rank(best) || (rank(m) === rank(best) && m.mention.end >= best.mention.end))
      best = m;
  }
  return best?.entity;
}

/**
 * The organization or person whose mention starts at `start` and runs on past `end`: the phrase
 * stopped at a preposition inside the name ("Commission" of "Commission on Presidential Debates").
 */
export function entityStartingAt(ctx: SpeakerContext, start: number, end: number): Entity | undefined {
  // "The Committee" of "The Committee for a Free Press reported": the name starts after the article.
  if (/^the\s/i.test(ctx.text.slice(start, start + 4))) start += 4;
  for (let i = Math.max(0, firstMentionFrom(ctx, start) - 3); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.mention.start > start) break;
    if (
      m.mention.start === start &&
      m.mention.end > end &&
      m.entity.type !== 'Weapon' &&
      m.entity.type !== 'Location'
    )
      return m.entity;
  }
  return undefined;
}

/**
 * The organization whose mention holds `[start, end)` and more ("Research Agency" of "the Danish
 * Defence Research Agency"): the phrase lost words the entity stage kept.
 */
export function organizationAround(ctx: SpeakerContext, start: number, end: number): Entity | undefined {
  for (let i = firstMentionFrom(ctx, end) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.mention.end < end && m.mention.start < start - 200) break;
    if (m.mention.start <= start && m.mention.end >= end && m.entity.type === 'Organization') return m.entity;
  }
  return undefined;
}

function rank(m: EntityMention): number {
  return m.entity.type === 'Person' ? 2 : m.entity.type === 'Organization' ? 1 : 0;
}

/** The entity named exactly `name` (or by an alias), or the person with that surname. */
export function entityByName(ctx: SpeakerContext, name: string): Entity | undefined {
  const key = nameKey(name);
  if (!key) return undefined;
  const index = (ctx.nameIndex ??= indexNames(ctx.entities));
  return index.byName.get(key) ?? (key.includes(' ') ? undefined : index.bySurname.get(key));
}

/** Entities by folded name or alias, and persons by folded surname; the first in entity order wins. */
export interface NameIndex {
  readonly byName: Map<string, Entity>;
  readonly bySurname: Map<string, Entity>;
}

function indexNames(entities: readonly Entity[]): NameIndex {
  const byName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type === 'Weapon') continue;
    const key = nameKey(e.name);
    if (!byName.has(key)) byName.set(key, e);
    for (const n of e.aliases) {
      const k = nameKey(n);
      if (!byName.has(k)) byName.set(k, e);
    }
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    if (e.type === 'Person' && !bySurname.has(surname)) bySurname.set(surname, e);
  }
  return { byName, bySurname };
}

/** The most recent person mention before `offset` in sentences no earlier than `fromSentence`. */
export function lastPersonBefore(
  ctx: SpeakerContext,
  offset: number,
  fromSentence: number,
): Entity | undefined {
  for (let i = firstMentionFrom(ctx, offset) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.mention.sentence < fromSentence) break;
    if (isPerson(m.entity) && m.mention.end <= offset) return m.entity;
  }
  return undefined;
}

/**
 * Whether the entity is a person: typed so, or given a title that only people hold
 * ("President Obama" whose name is also a town's).
 */
export function isPerson(entity: Entity): boolean {
  return entity.type === 'Person' || (entity.type !== 'Weapon' && entity.roles.length > 0);
}

/** Turns an entity into a speaker for the span of text that named it. */
export function speakerOf(
  entity: Entity,
  span: { start: number; end: number; text: string },
  role?: string,
): Speaker {
  const title = role ?? entity.roles[0]?.title;
  return { name: entity.name, entityKey: entity.key, span, ...(title ? { role: title } : {}) };
}
