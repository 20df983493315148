/**
 * What a description refers to: "the ambassador", "the commission" or "Nato's secretary-general"
 * resolve to the entity the article ties them to (an earlier speaker with that head or title, an
 * entity holding the role, an organization ending with the word, or "<role> Name" in the text).
 */
import type { Entity } from '../../model/entity';
import type { Speaker, SpeakerSieve } from '../../model/fact';
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import { findNameByRole, findNameContaining, findNamedDescription } from './find-name-by-role';
import { holderOfRole, indexedRoleFits } from './role-index';
import type { SpeakerContext } from './speaker-context';
import {
  entityByName,
  firstMentionFrom,
  isPerson,
  nameKey,
  organizationAround,
  speakerOf,
  subjectPerson,
} from './speaker-context';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** A resolved speaker, and whether it is a person ("he" and "she" may refer back to it). */
export interface Resolved {
  readonly speaker: Speaker;
  readonly person: boolean;
  /** The named speaker sieve that resolved it, when the quote's rule records one. */
  readonly sieve?: SpeakerSieve;
}

export function fromEntity(
  entity: Entity,
  span: { start: number; end: number; text: string },
  role?: string,
): Resolved {
  return { speaker: speakerOf(entity, span, role), person: isPerson(entity) };
}

/** The most recent speaker within `reach` sentences. */
export function recent(ctx: SpeakerContext, sentence: number, reach: number): Resolved | undefined {
  const h = ctx.heard.at(-1);
  return h && h.sentence >= sentence - reach ? h : undefined;
}

/** What "the ambassador", "the commission" or "Nato's secretary-general" refers to, if the article says. */
export function describedReferent(
  ctx: SpeakerContext,
  phrase: SpeakerPhrase,
  at: number,
  sentence: number,
  lex: Lexicon,
): Resolved | undefined {
  const head = phrase.head;
  const span = { start: phrase.start, end: phrase.end, text: phrase.text };
  // "Britain’s defence ministry said": the description is itself the name of an organisation.
  const article = /^(?:the|a|an)\s+/i.exec(phrase.text)?.[0].length ?? 0;
  const itself = organizationAround(ctx, phrase.start + article, phrase.end);
  if (itself) return fromEntity(itself, span);
  const top = topOf(ctx, phrase);
  if (top) return fromEntity(top, span);
  const holder = holderOfRole(ctx, phrase, lex);
  if (holder) return { ...fromEntity(holder, span), sieve: 'role-index' };
  if (lex.sources.generic.has(head)) {
    for (let i = ctx.heard.length - 1; i >= 0; i--) {
      const h = ctx.heard[i];
      if (h.phrase.head === head && h.phrase.kind === 'description') return h;
      if (h.sentence < sentence - 8) break;
    }
    if (lex.sources.unnamed.has(head)) return undefined;
    // "Ukraine's defence ministry spokesperson said … The official, Ana Rojas, added": a
    // description that says whose it is may be named next to it by a person of that title.
    const named = phrase.possessor ? namedSubject(ctx, phrase, sentence, lex, true) : undefined;
    if (named) return named;
    const last = recent(ctx, sentence, 1);
    return last?.person ? last : undefined;
  }
  // The parties the description names: with none, no party can differ from it.
  const parties = partiesIn(phrase.text, lex);
  for (let i = ctx.heard.length - 1; i >= 0 && ctx.heard[i].sentence >= sentence - 12; i--) {
    const h = ctx.heard[i];
    if (
      parties.size > 0 &&
      partiesDiffer(parties, `${h.phrase.role ?? ''} ${h.speaker.role ?? ''} ${h.phrase.text}`, lex)
    )
      continue;
    if (h.phrase.head === head || nameHead(h) === head || titleFits(h.speaker.role ?? '', phrase, lex)) {
      // An earlier use of the description that named nobody: the sentence next to this one may.
      const unnamed = h.speaker.entityKey === undefined && h.phrase.kind === 'description';
      return (
        (unnamed && lex.titles.roles.has(head) ? namedSubject(ctx, phrase, sentence, lex) : undefined) ?? h
      );
    }
  }
  const { rolePersons, orgByLastWord } = entityIndex(ctx);
  const byRole = rolePersons.find((e) =>
    e.roles.some(
      (r) =>
        titleFits(r.title, phrase, lex) &&
        ofMatches(r.of, phrase.possessor) &&
        !(
          parties.size > 0 &&
          partiesDiffer(parties, e.roles.map((x) => `${x.title} ${x.of ?? ''}`).join(' '), lex)
        ),
    ),
  );
  if (byRole) return fromEntity(byRole, span, byRole.roles[0]?.title);
  const org = orgByLastWord.get(head);
  if (org) return fromEntity(org, span);
  const modifiers = modifiersOf(phrase);
  const named = modifiers ? orgNamedBefore(ctx, head, modifiers, phrase.start) : undefined;
  if (named) return fromEntity(named, span);
  const complement = COMPLEMENT_FORM.test(phrase.text);
  const containing = phrase.possessor ? undefined : findNameContaining(ctx.text, head, at);
  const name =
    findNameByRole(
      ctx.text,
      head,
      lex,
      phrase.possessor,
      rankOf(phrase, lex),
      partyOf(phrase.text, lex),
      complement,
    ) ??
    (containing && (complement || !isTitleOf(containing, lex)) ? containing : undefined) ??
    (modifiers ? findNamedDescription(ctx.text, head, modifiers, phrase.start) : undefined);
  if (!name) return lex.titles.roles.has(head) ? namedSubject(ctx, phrase, sentence, lex) : undefined;
  const entity = entityByName(ctx, name);
  return entity ? fromEntity(entity, span) : { speaker: { name, span }, person: name.includes(' ') };
}

/** The entities of one article that `describedReferent` looks through, indexed once per article. */
interface EntityIndex {
  /** Persons with a role (`isPerson`), in the order of `ctx.entities`. */
  readonly rolePersons: readonly Entity[];
  /** The first organization of `ctx.entities` by the last word of its folded name. */
  readonly orgByLastWord: ReadonlyMap<string, Entity>;
}

/** The context `lastIndex` was built for: descriptions of one article ask again and again. */
let indexedCtx: SpeakerContext | undefined;
let lastIndex: EntityIndex = { rolePersons: [], orgByLastWord: new Map() };

function entityIndex(ctx: SpeakerContext): EntityIndex {
  if (ctx !== indexedCtx) {
    const rolePersons: Entity[] = [];
    const orgByLastWord = new Map<string, Entity>();
    for (const e of ctx.entities) {
      if (isPerson(e) && e.roles.length > 0) rolePersons.push(e);
      if (e.type !== 'Organization') continue;
      const word = lastWordOf(nameKey(e.name));
      if (!orgByLastWord.has(word)) orgByLastWord.set(word, e);
    }
    lastIndex = { rolePersons, orgByLastWord };
    indexedCtx = ctx;
  }
  return lastIndex;
}

/** The last word of a folded name ("ministry" of "defence ministry"). */
function lastWordOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/**
 * The head noun of a heard name of the form "X of Y" ("ministry" of "the UK’s Ministry of
 * Defence"), which "the ministry" refers back to; undefined for other names.
 */
function nameHead(h: { readonly phrase: SpeakerPhrase }): string | undefined {
  if (h.phrase.kind === 'pronoun') return undefined;
  const m = /(\p{Lu}\p{Ll}+) of \p{Lu}/u.exec(h.phrase.text);
  return m?.[1].toLowerCase();
}

/** A description that ends in a complement after "of" ("the secretary of state"). */
const COMPLEMENT_FORM = / of (?:the )?\S+$/i;

/** Whether a name found in the text is a title and its complement ("Ohio Secretary of State"). */
function isTitleOf(name: string, lex: Lexicon): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.lastIndexOf('of');
  return of > 0 && lex.titles.roles.has(words[of - 1]);
}

/** The party word of a description ("democratic" in "the Democratic nominee"), if any. */
function partyOf(text: string, lex: Lexicon): string | undefined {
  const words = text.toLowerCase().split(/[^a-z]+/);
  return lex.parties.words.find((p) => words.includes(p));
}

/** The parties a text names ("democratic" for "The Democrat nominee"). */
function partiesIn(t: string, lex: Lexicon): ReadonlySet<string> {
  const lower = t.toLowerCase();
  // Most texts hold no party word even as a part of a word: nothing to split.
  if (!lex.parties.words.some((p) => lower.includes(p))) return NO_PARTIES;
  const words = lower.split(/[^a-z]+/);
  return new Set(
    lex.parties.words
      .filter((p) => words.includes(p))
      .map((p) => (p === 'democrat' ? 'democratic' : p === 'gop' ? 'republican' : p)),
  );
}

const NO_PARTIES: ReadonlySet<string> = new Set();

/**
 * Whether a text names parties other than `parties`, those of a description ("The Democratic
 * nominee" is not "Republican nominee X").
 */
function partiesDiffer(parties: ReadonlySet<string>, b: string, lex: Lexicon): boolean {
  const pb = partiesIn(b, lex);
  return parties.size > 0 && pb.size > 0 && ![...parties].some((p) => pb.has(p));
}

/** Whether a title ("Vice President", "defence minister") fits the description's head and rank. */
function titleFits(title: string, phrase: SpeakerPhrase, lex: Lexicon): boolean {
  const lower = title.toLowerCase();
  // Most titles of an article's people do not hold the head at all: they cannot fit.
  if (!lower.includes(phrase.head)) return false;
  const words = lower.split(/[\s,]+/);
  // "Secretary of State" is no "state": the head heads the title, not its complement after "of",
  // unless the description has that form too ("the secretary of state").
  const complement = COMPLEMENT_FORM.test(phrase.text);
  if (!words.some((w, k) => w === phrase.head && (complement || words[k - 1] !== 'of'))) return false;
  const described = phrase.text.toLowerCase().split(/[\s,]+/);
  for (const w of lex.titles.ranks) if (words.includes(w) !== described.includes(w)) return false;
  return true;
}

/** The rank word of a description ("vice" in "the vice president"), if any. */
function rankOf(phrase: SpeakerPhrase, lex: Lexicon): string | undefined {
  return phrase.text
    .toLowerCase()
    .split(/[\s,-]+/)
    .find((w) => lex.titles.ranks.has(w));
}

function ofMatches(of: string | undefined, possessor: string | undefined): boolean {
  return !possessor || (of !== undefined && nameKey(of).includes(nameKey(possessor)));
}

/**
 * The lower-case words of a definite description between "the" and its head ("defence" in "the
 * defence ministry"); undefined unless the description is only such words.
 */
function modifiersOf(phrase: SpeakerPhrase): string[] | undefined {
  const words = phrase.text.split(/\s+/);
  if (!phrase.definite || words.length > 4 || words.at(-1)?.toLowerCase() !== phrase.head) return undefined;
  const mods = words.slice(1, -1);
  return mods.every((w) => /^\p{Ll}+$/u.test(w)) ? mods : undefined;
}

/**
 * The organization last mentioned before `before` whose name holds the head and every modifier
 * ("the ministry", "the commerce ministry" → "Ministry of Commerce").
 */
export function orgNamedBefore(
  ctx: SpeakerContext,
  head: string,
  modifiers: readonly string[],
  before: number,
): Entity | undefined {
  for (let i = firstMentionFrom(ctx, before) - 1; i >= 0; i--) {
    const e = ctx.mentions[i].entity;
    if (e.type !== 'Organization') continue;
    const words = nameKey(e.name).split(' ');
    if (words.includes(head) && modifiers.every((m) => words.includes(m))) return e;
  }
  return undefined;
}

/** The person whose role belongs to the possessor of "Nato's top official" (any title there). */
function topOf(ctx: SpeakerContext, phrase: SpeakerPhrase): Entity | undefined {
  if (!phrase.possessor || !/\btop\b/i.test(phrase.text)) return undefined;
  return ctx.entities.find(
    (e) => isPerson(e) && e.roles.some((r) => r.of && ofMatches(r.of, phrase.possessor)),
  );
}

/**
 * The person named as the subject of the sentence before ("Ana Rojas warned … The Chilean
 * president said …"), else of the sentence after ("The ambassador said … Ana Rojas told …",
 * "The official, Ana Rojas, added"): news writing names a person once and then describes them.
 * A person whose known titles do not fit the description is not taken.
 */
function namedSubject(
  ctx: SpeakerContext,
  phrase: SpeakerPhrase,
  sentence: number,
  lex: Lexicon,
  titled = false,
): Resolved | undefined {
  const span = { start: phrase.start, end: phrase.end, text: phrase.text };
  // A title fits when it names the description's office, or is a general one ("The official, X").
  const fitting = (title: string): boolean =>
    titleFits(title, phrase, lex) || lex.sources.generic.has(title.toLowerCase().split(' ').at(-1) ?? '');
  for (const s of [sentence - 1, sentence + 1]) {
    // "At the same time, Ana Rojas said …": a subject after an opening phrase.
    const subject = ctx.sentences[s] ? subjectPerson(ctx, s, ctx.sentences[s].end) : undefined;
    const from = firstMentionFrom(ctx, s < sentence ? 0 : phrase.end);
    for (
      let i = s < sentence ? firstMentionFrom(ctx, phrase.start) - 1 : from;
      i >= 0 && i < ctx.mentions.length;
    ) {
      const m = ctx.mentions[i];
      if (
        m.mention.sentence === s &&
        isPerson(m.entity) &&
        (m.entity === subject || opensSentence(ctx.text, m.mention.start))
      ) {
        const indexed = indexedRoleFits(ctx, phrase, m.entity, lex);
        const fits =
          indexed ??
          ((m.entity.roles.length === 0 && !titled) || m.entity.roles.some((r) => fitting(r.title)));
        if (fits) return fromEntity(m.entity, span);
      }
      if (s < sentence ? m.mention.sentence < s : m.mention.sentence > s) break;
      i += s < sentence ? -1 : 1;
    }
  }
  return undefined;
}

/** Whether a name at `start` opens its sentence, or follows an opening "The official, ". */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return /(?:^|[.!?][”"’)]?\s+|\n\s*)(?:The [\p{Ll}-]+(?: [\p{Ll}-]+)?, )?$/u.test(before) || start === 0;
}
