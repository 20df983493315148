/**
 * Resolves a speaker phrase to a speaker: a name to its entity, a pronoun or a surname to the
 * named person it refers back to, "the commission" or "Nato's secretary-general" to the entity the
 * article ties them to. Unnamed sources keep their description.
 */
import type { Entity } from '../../model/entity';
import type { Speaker } from '../../model/fact';
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import { findNameContaining } from './find-name-by-role';
import type { Resolved } from './find-described-referent';
import { describedReferent, fromEntity, recent } from './find-described-referent';
import type { EntityMention, SpeakerContext } from './speaker-context';
import {
  entityByName,
  entityInSpan,
  entityStartingAt,
  firstMentionFrom,
  isPerson,
  lastPersonBefore,
  nameKey,
  opensParagraph,
  organizationAround,
  speakerOf,
  subjectPerson,
} from './speaker-context';
import type { Lexicon } from '../../lexicon/load-lexicon';
import { DETERMINERS, PHRASE_BREAKERS } from './speech-cues';

/** How many sentences back a pronoun may reach for an earlier speaker. */
const PRONOUN_REACH = 3;

/** A `[start, end)` range of the text. */
interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Resolves `phrase`, whose verb of saying is at `at`, and records the speaker in the context.
 * `said` is the quoted or reported text: a pronoun never refers to a name inside it ("“Russia
 * has broken the deal,” it said" is not Russia's).
 */
export function resolveSpeaker(
  ctx: SpeakerContext,
  phrase: SpeakerPhrase,
  at: number,
  lex: Lexicon,
  said?: Range,
): Speaker {
  const sentence = ctx.sentenceAt(at);
  const span = { start: phrase.start, end: phrase.end, text: phrase.text };
  const { speaker, person } = resolve(ctx, phrase, at, sentence, span, lex, said);
  ctx.heard.push({ speaker, phrase, sentence, person });
  return speaker;
}

function resolve(
  ctx: SpeakerContext,
  phrase: SpeakerPhrase,
  at: number,
  sentence: number,
  span: { start: number; end: number; text: string },
  lex: Lexicon,
  said: Range | undefined,
): Resolved {
  const role = phrase.role ? { role: phrase.role } : {};
  if (phrase.kind === 'name') {
    const entity =
      personBeforeAffiliation(ctx, phrase) ??
      nameEntity(ctx, phrase) ??
      organizationAround(ctx, phrase.start, phrase.end) ??
      entityByName(ctx, phrase.text) ??
      entityStartingAt(ctx, phrase.start, phrase.end);
    if (entity) {
      const resolved = fromEntity(entity, span, phrase.role);
      return hasPersonalTitle(phrase.role, lex) ? { ...resolved, person: true } : resolved;
    }
    const earlier = earlierNamed(ctx, phrase);
    if (earlier) return { speaker: { ...earlier.speaker, span }, person: earlier.person };
    if (phrase.definite) {
      const full = findNameContaining(ctx.text, phrase.text, phrase.start);
      if (full) return { speaker: { name: full, span, ...role }, person: false };
    }
    return { speaker: { name: phrase.text, span, ...role }, person: looksLikePerson(phrase) };
  }
  if (phrase.kind === 'pronoun') {
    const antecedent =
      phrase.head === 'who' || phrase.head === 'which' ? relativeAntecedent(ctx, phrase) : undefined;
    if (antecedent) return fromEntity(antecedent, span);
    if (phrase.head === 'who' || phrase.head === 'which')
      return { speaker: { name: phrase.text, span }, person: false };
    const personal = phrase.head === 'he' || phrase.head === 'she' || phrase.head === 'i';
    const back = personal ? personBefore(ctx, at, sentence) : actorBefore(ctx, at, sentence, said);
    if (back) return { speaker: { ...back.speaker, span }, person: back.person };
    return { speaker: { name: phrase.text, span }, person: false };
  }
  const named = personClosing(ctx, phrase, lex) ?? personInApposition(ctx, phrase);
  if (named) return named;
  const referent =
    phrase.definite || phrase.possessor ? describedReferent(ctx, phrase, at, sentence, lex) : undefined;
  return referent
    ? { speaker: { ...referent.speaker, span }, person: referent.person }
    : { speaker: { name: phrase.text, span }, person: false };
}

/**
 * The person named at the end of a description, with the description as role ("the head of
 * Czech diplomacy Pavel Dvorak", "the President of Chile Ana Rojas"): the description is the title.
 */
function personClosing(ctx: SpeakerContext, phrase: SpeakerPhrase, lex: Lexicon): Resolved | undefined {
  for (let i = firstMentionFrom(ctx, phrase.end) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.mention.end < phrase.end || m.mention.start <= phrase.start) return undefined;
    if (m.mention.end === phrase.end && isPerson(m.entity)) {
      // "a spokeswoman for Ana Rojas", "advisers to Mr. Lee": the person is the object, not the speaker.
      const words = ctx.text
        .slice(phrase.start, m.mention.start)
        .toLowerCase()
        .split(/[\s,]+/);
      let k = words.length - 1;
      while (k > 0 && (words[k] === '' || lex.titles.personal.has(words[k].replace(/\.$/, '')))) k--;
      if (PHRASE_BREAKERS.has(words[k]) || DETERMINERS.has(words[k])) return undefined;
      const role = ctx.text
        .slice(phrase.start, m.mention.start)
        .replace(/^(?:the|a|an)\s+/i, '')
        .replace(/[\s,]+$/, '');
      const span = { start: phrase.start, end: phrase.end, text: phrase.text };
      return { speaker: speakerOf(m.entity, span, role || undefined), person: true };
    }
  }
  return undefined;
}

/** The person in apposition right after a described role ("…, tweeted the Chilean envoy, Ana Rojas."). */
function personInApposition(ctx: SpeakerContext, phrase: SpeakerPhrase): Resolved | undefined {
  const i = firstMentionFrom(ctx, phrase.end);
  const m = ctx.mentions[i];
  if (!m || !isPerson(m.entity) || !/^\s*,\s*$/.test(ctx.text.slice(phrase.end, m.mention.start)))
    return undefined;
  if (!/^\s*(?:[.,;:!?]|$)/.test(ctx.text.slice(m.mention.end, m.mention.end + 3))) return undefined;
  return fromEntity(m.entity, { start: phrase.start, end: phrase.end, text: phrase.text });
}

/**
 * The entity a name phrase names: the best entity mentioned inside it, except a place that is only
 * part of a longer name ("Agence France-Presse", "the Kyiv Independent"): that names no place.
 */
function nameEntity(ctx: SpeakerContext, phrase: SpeakerPhrase): Entity | undefined {
  const entity = entityInSpan(ctx, phrase.start, phrase.end);
  if (entity?.type !== 'Location') return entity;
  return entity.mentions.some((m) => m.start <= phrase.start && m.end >= phrase.end) ? entity : undefined;
}

/** The entity named right before a relative pronoun ("Lena Ortiz, who wrote …"); "who" needs a person. */
function relativeAntecedent(ctx: SpeakerContext, phrase: SpeakerPhrase): Entity | undefined {
  for (let i = firstMentionFrom(ctx, phrase.start) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.mention.end > phrase.start) continue;
    if (!/^[\s,]*$/.test(ctx.text.slice(m.mention.end, phrase.start))) return undefined;
    // "Democrats on Capitol Hill, who …": the name is the object of a preposition, not the antecedent.
    if (
      /\b(?:on|in|at|of|from|to|for|with|by)\s+(?:the\s+)?$/i.test(
        ctx.text.slice(Math.max(0, m.mention.start - 12), m.mention.start),
      )
    )
      return undefined;
    return phrase.head === 'which' || isPerson(m.entity) ? m.entity : undefined;
  }
  return undefined;
}

/** The person in "Name for/at/with Organization" ("Jo Lee for Harbour Polling"), when the phrase has that form. */
function personBeforeAffiliation(ctx: SpeakerContext, phrase: SpeakerPhrase): Entity | undefined {
  const m = / (?:for|at|with) \p{Lu}/u.exec(phrase.text);
  if (!m) return undefined;
  const entity = entityInSpan(ctx, phrase.start, phrase.start + m.index);
  return entity && isPerson(entity) ? entity : undefined;
}

/** An earlier speaker whose name ends with this (sur)name ("Peskov" after "Dmitry Peskov"). */
function earlierNamed(
  ctx: SpeakerContext,
  phrase: SpeakerPhrase,
): { speaker: Speaker; person: boolean } | undefined {
  const key = nameKey(phrase.text);
  for (let i = ctx.heard.length - 1; i >= 0; i--) {
    const h = ctx.heard[i];
    const k = nameKey(h.speaker.name);
    if (k !== key && k.endsWith(` ${key}`)) return h;
  }
  return undefined;
}

/**
 * The person a "he" or "she" refers to: in its paragraph, the latest person speaker or person
 * subject of a sentence ("The Danish prime minister, Lars Magnusson, echoed the remarks. “…,” he
 * said." is Magnusson's, not the speaker of the paragraph before); else a recent person speaker,
 * else the last person named.
 */
function personBefore(ctx: SpeakerContext, at: number, sentence: number): Resolved | undefined {
  const inParagraph = paragraphPerson(ctx, at, sentence);
  if (inParagraph) return inParagraph;
  for (let i = ctx.heard.length - 1; i >= 0; i--) {
    const h = ctx.heard[i];
    if (h.sentence < sentence - PRONOUN_REACH) break;
    if (h.person) return h;
  }
  const entity = lastPersonBefore(ctx, at, sentence - PRONOUN_REACH);
  if (entity) return { speaker: speakerOf(entity, { start: at, end: at, text: '' }), person: true };
  for (let i = ctx.heard.length - 1; i >= 0; i--) if (ctx.heard[i].person) return ctx.heard[i];
  return undefined;
}

/**
 * The latest person of the paragraph of `sentence` before `at`, reading sentences back: a person
 * speaker heard in a sentence, else a person the sentence opens with as its subject.
 */
function paragraphPerson(ctx: SpeakerContext, at: number, sentence: number): Resolved | undefined {
  let h = ctx.heard.length - 1;
  for (let s = sentence; s >= 0 && s >= sentence - PRONOUN_REACH; s--) {
    for (; h >= 0 && ctx.heard[h].sentence >= s; h--) if (ctx.heard[h].person) return ctx.heard[h];
    const subject = subjectPerson(ctx, s, at);
    if (subject) return fromEntity(subject, { start: at, end: at, text: '' });
    if (opensParagraph(ctx, s)) return undefined;
  }
  return undefined;
}

/**
 * What "it" or "they" refers to: the first organization or place named in this or the previous
 * sentence outside the words said, or the speaker heard there whose phrase holds or precedes
 * that name ("Russia’s defence ministry said … . “…,” it said").
 */
function actorBefore(
  ctx: SpeakerContext,
  at: number,
  sentence: number,
  said: Range | undefined,
): Resolved | undefined {
  const outside = (m: EntityMention): boolean =>
    !said || m.mention.end <= said.start || m.mention.start >= said.end;
  for (const s of [sentence, sentence - 1]) {
    let first: EntityMention | undefined;
    for (let i = firstMentionFrom(ctx, at) - 1; i >= 0; i--) {
      const m = ctx.mentions[i];
      if (m.mention.sentence < s) break;
      if (m.mention.sentence === s && outside(m)) first = m;
    }
    if (!first) continue;
    const heard = ctx.heard.findLast(
      (h) => h.sentence === s && !h.person && h.phrase.start <= first.mention.start,
    );
    if (heard && s < sentence) return heard;
    if (!isPerson(first.entity) && first.entity.type !== 'Weapon')
      return fromEntity(first.entity, { start: at, end: at, text: '' });
    break;
  }
  return recent(ctx, sentence, 2);
}

/** Whether a name without an entity looks like a person's: two or more words and a title, or no org word. */
function looksLikePerson(phrase: SpeakerPhrase): boolean {
  return phrase.role !== undefined || /^\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3}$/u.test(phrase.text);
}

/** Whether the role before a name holds a personal title. */
function hasPersonalTitle(role: string | undefined, lex: Lexicon): boolean {
  return (
    role !== undefined &&
    role
      .toLowerCase()
      .split(/[\s.]+/)
      .some((w) => lex.titles.personal.has(w))
  );
}
