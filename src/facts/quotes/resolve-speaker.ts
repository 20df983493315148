/**
 * Resolves a speaker phrase to a speaker: a name to its entity, a pronoun or a surname to the
 * named person it refers back to, "the commission" or "Nato's secretary-general" to the entity the
 * article ties them to. Unnamed sources keep their description.
 */
import type { Entity } from '../../model/entity';
import type { Speaker, SpeakerSieve } from '../../model/fact';
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import { findNameContaining } from './find-name-by-role';
import type { Resolved } from './find-described-referent';
import { describedReferent, fromEntity, orgNamedBefore, recent } from './find-described-referent';
import type { EntityMention, HeardSpeaker, SpeakerContext } from './speaker-context';
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
import { lookupName } from '../../entities/lexicon';
import { normaliseName } from '../../entities/normalise-name';
import { DETERMINERS, PHRASE_BREAKERS } from './speech-cues';

/** Words that open a time or place phrase after a speaker's name, not part of the name. */
const ADVERBIAL_TAIL = /^\s+(?:yesterday|today|tonight|earlier|later|on|in|at|during|last|this)\s/;

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
): { speaker: Speaker; sieve?: SpeakerSieve } {
  const sentence = ctx.sentenceAt(at);
  const span = { start: phrase.start, end: phrase.end, text: phrase.text };
  const { speaker, person, sieve } = resolve(ctx, phrase, at, sentence, span, lex, said);
  ctx.heard.push({ speaker, phrase, sentence, person });
  return sieve ? { speaker, sieve } : { speaker };
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
    // "Mexicans often say", "the Ukrainians said": the people, not their country.
    if (isPeoplePlural(phrase.text, lex)) return { speaker: { name: phrase.text, span }, person: false };
    const entity =
      personBeforeAffiliation(ctx, phrase) ??
      nameEntity(ctx, phrase, lex) ??
      organizationAround(ctx, phrase.start, phrase.end) ??
      entityByName(ctx, phrase.text) ??
      entityStartingAt(ctx, phrase.start, phrase.end);
    if (entity) {
      const resolved = fromEntity(entity, span, phrase.role);
      return hasPersonalTitle(phrase.role, lex) ? { ...resolved, person: true } : resolved;
    }
    const words = nameKey(phrase.text).split(' ');
    const found = firstOf([
      [
        'earlier-name',
        () => {
          const earlier = earlierNamed(ctx, phrase);
          return earlier && { speaker: { ...earlier.speaker, span }, person: earlier.person };
        },
      ],
      // "the Institute" after "the Harbour Institute for Coastal Studies": the organisation named before.
      [
        'organization-named-before',
        () => {
          if (!phrase.definite) return undefined;
          const org = orgNamedBefore(ctx, words[words.length - 1], words.slice(0, -1), phrase.start);
          return org && fromEntity(org, span, phrase.role);
        },
      ],
      [
        'full-name',
        () => {
          const full = phrase.definite ? findNameContaining(ctx.text, phrase.text, phrase.start) : undefined;
          return full === undefined ? undefined : { speaker: { name: full, span, ...role }, person: false };
        },
      ],
    ]);
    return found ?? { speaker: { name: phrase.text, span, ...role }, person: looksLikePerson(phrase) };
  }
  if (phrase.kind === 'pronoun') {
    const relative = phrase.head === 'who' || phrase.head === 'which';
    const personal = phrase.head === 'he' || phrase.head === 'she' || phrase.head === 'i';
    const again = (back: Resolved | undefined): Resolved | undefined =>
      back && { speaker: { ...back.speaker, span }, person: back.person };
    const found = relative
      ? firstOf([
          [
            'relative-pronoun',
            () => {
              const antecedent = relativeAntecedent(ctx, phrase);
              return antecedent && fromEntity(antecedent, span);
            },
          ],
        ])
      : firstOf([
          personal
            ? ['person-pronoun', () => again(personBefore(ctx, at, sentence, lex))]
            : ['body-pronoun', () => again(actorBefore(ctx, at, sentence, said))],
        ]);
    return found ?? { speaker: { name: phrase.text, span }, person: false };
  }
  const described = phrase.definite || phrase.possessor;
  const found = firstOf([
    ['name-in-description', () => personClosing(ctx, phrase, lex)],
    ['apposition', () => personInApposition(ctx, phrase)],
    ['document', () => documentIssuer(ctx, phrase, sentence, lex)],
    ['office', () => officeOfPerson(ctx, phrase, sentence, lex)],
    [
      'described-referent',
      () => {
        const referent = described ? describedReferent(ctx, phrase, at, sentence, lex) : undefined;
        return referent && { ...referent, speaker: { ...referent.speaker, span } };
      },
    ],
  ]);
  return found ?? { speaker: { name: phrase.text, span }, person: false };
}

/**
 * A speaker sieve: its name, which the quote's rule records when it decides (after the
 * detection rule: "quote.direct.after+speaker.apposition"), and its lookup.
 */
type Sieve = readonly [SpeakerSieve, () => Resolved | undefined];

/** The first sieve in order that names the speaker, with its name (or the finer one it gave). */
function firstOf(sieves: readonly Sieve[]): Resolved | undefined {
  for (let k = 0; k < sieves.length; k++) {
    const found = sieves[k][1]();
    if (found)
      return found.sieve ? found : { speaker: found.speaker, person: found.person, sieve: sieves[k][0] };
  }
  return undefined;
}

/**
 * The person named at the end of a description, with the description as role ("the head of
 * Czech diplomacy Pavel Dvorak", "the President of Chile Ana Rojas"): the description is the title.
 */
function personClosing(ctx: SpeakerContext, phrase: SpeakerPhrase, lex: Lexicon): Resolved | undefined {
  for (let i = firstMentionFrom(ctx, phrase.end) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.mention.start <= phrase.start) return undefined;
    // "the chairman of the council Ana Rojas yesterday in Parliament": a time or place after the name.
    const tail = ctx.text.slice(m.mention.end, phrase.end);
    if (tail.trim() !== '' && !ADVERBIAL_TAIL.test(tail)) return undefined;
    if (isPerson(m.entity)) {
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

/** How many sentences back "the statement" may reach for the speaker who issued it. */
const DOCUMENT_REACH = 2;

/**
 * Who speaks through a document: "a statement from Europol" is Europol, and "the statement" or
 * "the report" is the last speaker whose sentence mentions one ("the ministry said in a
 * statement …", "the agency released a report saying …"). Undefined when the article does not say.
 */
function documentIssuer(
  ctx: SpeakerContext,
  phrase: SpeakerPhrase,
  sentence: number,
  lex: Lexicon,
): Resolved | undefined {
  if (!lex.sources.documents.has(phrase.head)) return undefined;
  const span = { start: phrase.start, end: phrase.end, text: phrase.text };
  const from = / (?:from|by|of) (?=\p{Lu})/u.exec(phrase.text);
  if (from) {
    const at = phrase.start + from.index + from[0].length;
    const entity = entityInSpan(ctx, at, phrase.end);
    return entity && !isPerson(entity)
      ? fromEntity(entity, span)
      : { speaker: { name: ctx.text.slice(at, phrase.end), span }, person: false };
  }
  if (!phrase.definite) return undefined;
  const mention = new RegExp(`\\b${phrase.head}\\b`, 'i');
  for (let i = ctx.heard.length - 1; i >= 0; i--) {
    const h = ctx.heard[i];
    if (h.sentence < sentence - DOCUMENT_REACH) break;
    if (h.sentence === sentence || h.phrase.kind === 'description') continue;
    const near = ctx.text.slice(Math.max(0, h.phrase.start - 120), h.phrase.end + 120);
    const m = mention.exec(near);
    if (m && ctx.sentenceAt(Math.max(0, h.phrase.start - 120) + m.index) === h.sentence) return h;
  }
  return undefined;
}

/**
 * "her office", "his press service": the body of the person "her" or "his" refers to, named as
 * "Name’s office". People described so ("his lawyer") keep their description.
 */
function officeOfPerson(
  ctx: SpeakerContext,
  phrase: SpeakerPhrase,
  sentence: number,
  lex: Lexicon,
): Resolved | undefined {
  const m = /^(?:his|her) (.+)$/iu.exec(phrase.text);
  if (!m || !lex.orgs.heads.has(phrase.head) || phrase.head !== m[1].toLowerCase().split(' ').at(-1))
    return undefined;
  const owner = subjectPersonBefore(ctx, phrase.start, sentence);
  if (!owner) return undefined;
  const span = { start: phrase.start, end: phrase.end, text: phrase.text };
  return { speaker: { name: `${owner.name}’s ${m[1]}`, span }, person: false };
}

/** How many sentences back a possessive may reach for its owner. */
const OWNER_REACH = 2;

/**
 * The person a possessive "his"/"her" in a later sentence refers to: the first person named in the
 * nearest sentence before that names one (the subject, "The mayor, Ana Rojas, met X. Her office …"),
 * not the last one named (the object).
 */
function subjectPersonBefore(ctx: SpeakerContext, before: number, sentence: number): Entity | undefined {
  let found: Entity | undefined;
  let foundIn = -1;
  for (let i = firstMentionFrom(ctx, before) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    const s = m.mention.sentence;
    if (s >= sentence) continue;
    if (s < sentence - OWNER_REACH || (foundIn >= 0 && s < foundIn)) break;
    if (isPerson(m.entity)) {
      found = m.entity;
      foundIn = s;
    }
  }
  return found;
}

/**
 * The entity a name phrase names: the best entity mentioned inside it, except a place that is only
 * part of a longer name ("Agence France-Presse", "the Kyiv Independent"): that names no place.
 */
function nameEntity(ctx: SpeakerContext, phrase: SpeakerPhrase, lex: Lexicon): Entity | undefined {
  const entity = entityInSpan(ctx, phrase.start, phrase.end);
  if (entity?.type === 'Organization') {
    // "Former White House Doctor Says" (a headline): a person of the organisation, not the organisation.
    const last = phrase.text.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const covered = entity.mentions.some((m) => m.end >= phrase.end && m.start < phrase.end);
    return !covered && (lex.titles.roles.has(last) || lex.sources.nouns.has(last)) ? undefined : entity;
  }
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
function personBefore(ctx: SpeakerContext, at: number, sentence: number, lex: Lexicon): Resolved | undefined {
  const inParagraph = paragraphPerson(ctx, at, sentence, lex);
  if (inParagraph) return inParagraph;
  for (let i = ctx.heard.length - 1; i >= 0; i--) {
    const h = ctx.heard[i];
    if (h.sentence < sentence - PRONOUN_REACH) break;
    if (isOnePerson(h, lex)) return h;
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
function paragraphPerson(
  ctx: SpeakerContext,
  at: number,
  sentence: number,
  lex: Lexicon,
): Resolved | undefined {
  let h = ctx.heard.length - 1;
  for (let s = sentence; s >= 0 && s >= sentence - PRONOUN_REACH; s--) {
    for (; h >= 0 && ctx.heard[h].sentence >= s; h--) if (isOnePerson(ctx.heard[h], lex)) return ctx.heard[h];
    const subject = subjectPerson(ctx, s, at);
    if (subject) return fromEntity(subject, { start: at, end: at, text: '' });
    if (opensParagraph(ctx, s)) {
      // A paragraph that opens with the quote: "he" is the person the sentence before opens with
      // ("Lee on Monday called for talks.\n\n“…,” he said.").
      const before = s === sentence && s > 0 ? subjectPerson(ctx, s - 1, at) : undefined;
      return before && fromEntity(before, { start: at, end: at, text: '' });
    }
  }
  return undefined;
}

/**
 * Whether a heard speaker is one person a later "he" or "she" may refer to: a person, or an
 * unnamed source described by a singular person noun ("a senior defence official", "the foreign
 * minister") that no entity resolved.
 */
function isOnePerson(h: HeardSpeaker, lex: Lexicon): boolean {
  if (h.person) return true;
  return (
    h.phrase.kind === 'description' &&
    h.speaker.entityKey === undefined &&
    (lex.sources.persons.has(h.phrase.head) || lex.titles.roles.has(h.phrase.head))
  );
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

/** A demonym in the plural standing alone for a people ("Mexicans", "the Ukrainians"). */
function isPeoplePlural(text: string, lex: Lexicon): boolean {
  const word = text.replace(/^the\s+/i, '');
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  return lookupName(normaliseName(word), false, lex)?.kind === 'demonym';
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
