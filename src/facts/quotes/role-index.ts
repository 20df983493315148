/**
 * The article's role index: every person the article names with a title or role ("US President
 * Ana Rojas", "Ana Rojas, the Chilean president,", "Jan Tamm, director of the Estonian
 * intelligence service") recorded under the head of the role and its modifiers (lower-case words,
 * and the places and organisations named in it). A described speaker ("the Chilean president
 * said") resolves to the one person whose role fits: the same head noun (or one of its
 * synonyms), the same rank, no modifier the role lacks. Built once per article, on first use, from
 * the text around each person mention (a bounded window), so the cost is linear in the mentions.
 */
import type { Entity } from '../../model/entity';
import type { Lexicon } from '../../lexicon/load-lexicon';
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import type { SpeakerContext } from './speaker-context';
import { firstMentionFrom, isPerson } from './speaker-context';
import { isSpace } from '../../text/char-class';

/** One person named with a role at offset `at`. */
export interface RoleHolder {
  readonly entity: Entity;
  readonly at: number;
  /** Lower-case head words of the role ("president", "director"). */
  readonly heads: ReadonlySet<string>;
  /** Lower-case words of the role and keys of the entities named in it. */
  readonly words: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
}

/** Role nouns that name the same office ("the head of the service" is its director or chief). */
const SYNONYMS: readonly (readonly string[])[] = [
  ['head', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'leader'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
];

/** Words that carry no meaning of their own in a role. */
const FUNCTION = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in', 'to', 'and', "'s", '’s', 's']);

/** How far before and after a name the index looks for its role. */
const BEFORE = 90;
const AFTER = 110;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu;

/** The role index of the article, built on first use. */
export function roleIndex(ctx: SpeakerContext, lex: Lexicon): readonly RoleHolder[] {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const out: RoleHolder[] = [];
  for (const em of ctx.mentions) {
    if (!isPerson(em.entity) || em.entity.type !== 'Person') continue;
    const spans = [roleBefore(ctx, em.mention.start, lex), roleAfter(ctx, em.mention.end, lex)];
    const role = em.mention.role;
    for (const span of spans) {
      if (!span) continue;
      const holder = holderOf(ctx, em.entity, em.mention.start, span.start, span.end, lex);
      if (holder) out.push(holder);
    }
    if (role && !spans.some((s) => s)) {
      const words = new Set(lowerWords(`${role.title} ${role.of ?? ''}`));
      const heads = headsOf([...lowerWords(role.title)], lex);
      if (heads.size > 0)
        out.push({ entity: em.entity, at: em.mention.start, heads, words, keys: new Set() });
    }
  }
  // Roles the entity stage gave an entity without a mention of its own (first mention stands for them).
  for (const e of ctx.entities) {
    if (!isPerson(e) || e.type !== 'Person' || e.mentions.length === 0 || out.some((h) => h.entity === e))
      continue;
    for (const r of e.roles) {
      const heads = headsOf([...lowerWords(r.title)], lex);
      if (heads.size > 0)
        out.push({
          entity: e,
          at: e.mentions[0].start,
          heads,
          words: new Set(lowerWords(`${r.title} ${r.of ?? ''}`)),
          keys: new Set(),
        });
    }
  }
  cache.set(ctx, out);
  return out;
}

const cache = new WeakMap<SpeakerContext, RoleHolder[]>();

/**
 * The person whose role fits the description `phrase`: the nearest holder before it, else the
 * nearest after; undefined when none fits, or when the nearest holders of the side taken are
 * different people with no closer one (ambiguous).
 */
export function holderOfRole(ctx: SpeakerContext, phrase: SpeakerPhrase, lex: Lexicon): Entity | undefined {
  // "the official", "the spokesperson": too general to pick one holder from the whole article.
  if (lex.sources.generic.has(phrase.head)) return undefined;
  if (!lex.titles.roles.has(phrase.head) && !synonymsOf(phrase.head)) return undefined;
  const desc = describe(ctx, phrase.start, phrase.end, lex);
  if (!desc.heads.has(phrase.head)) desc.heads.add(phrase.head);
  const fits = roleIndex(ctx, lex).filter((h) => fitsRole(desc, phrase.head, h, lex));
  const before = fits.filter((h) => h.at < phrase.start);
  const side = before.length > 0 ? before : fits.filter((h) => h.at >= phrase.end);
  if (side.length === 0) return undefined;
  const people = new Set(side.map((h) => h.entity));
  if (people.size === 1) return side[0].entity;
  // Several people hold roles that fit: the description is ambiguous unless the words it adds
  // (beyond the head) are all written with only one of them.
  return undefined;
}

/**
 * Whether a role the article gives `entity` fits the description `phrase` (or is a general one,
 * "The official, Ana Rojas"); undefined when the article gives the person no role.
 */
export function indexedRoleFits(
  ctx: SpeakerContext,
  phrase: SpeakerPhrase,
  entity: Entity,
  lex: Lexicon,
): boolean | undefined {
  const held = roleIndex(ctx, lex).filter((h) => h.entity === entity);
  if (held.length === 0) return undefined;
  const desc = describe(ctx, phrase.start, phrase.end, lex);
  return held.some(
    (h) => fitsRole(desc, phrase.head, h, lex) || [...h.heads].some((w) => lex.sources.generic.has(w)),
  );
}

/** The words and entity keys of `[start, end)`, with its role heads. */
function describe(
  ctx: SpeakerContext,
  start: number,
  end: number,
  lex: Lexicon,
): { words: Set<string>; keys: Map<string, string>; heads: Set<string> } {
  const keys = new Map<string, string>();
  for (let i = firstMentionFrom(ctx, start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.mention.start >= end) break;
    if (m.mention.end <= end && m.entity.type !== 'Person')
      for (const w of lowerWords(m.mention.text)) keys.set(w, m.entity.key);
  }
  const words = new Set(lowerWords(ctx.text.slice(start, end)));
  return { words, keys, heads: headsOf([...words], lex) };
}

/** Whether the role of `h` fits a description with head `head`, its words and the entities it names. */
function fitsRole(
  desc: { words: Set<string>; keys: Map<string, string> },
  head: string,
  h: RoleHolder,
  lex: Lexicon,
): boolean {
  const same = synonymsOf(head) ?? [head];
  if (!same.some((w) => h.heads.has(w))) return false;
  for (const r of lex.titles.ranks) if (desc.words.has(r) !== h.words.has(r)) return false;
  const holderHasModifier = [...h.words].some((w) => lex.titles.modifiers.has(w) && !FUNCTION.has(w));
  for (const w of desc.words) {
    if (w === head || FUNCTION.has(w) || h.words.has(w) || lex.titles.ranks.has(w)) continue;
    const key = desc.keys.get(w);
    if (key !== undefined) {
      // A place or organisation the role does not name: fits only a role that names none.
      if (h.keys.has(key) || h.keys.size === 0) continue;
      return false;
    }
    if (lex.titles.modifiers.has(w) || lex.titles.complements.has(w)) {
      if (holderHasModifier) return false;
      continue;
    }
    if (lex.titles.roles.has(w) || synonymsOf(w)) continue;
    return false;
  }
  return true;
}

function synonymsOf(word: string): readonly string[] | undefined {
  return SYNONYMS.find((g) => g.includes(word));
}

/** The role words of `words` that can head a role ("president", "director", "spokesperson"). */
function headsOf(words: readonly string[], lex: Lexicon): Set<string> {
  return new Set(
    words.filter(
      (w) =>
        (lex.titles.roles.has(w) || synonymsOf(w) !== undefined) &&
        !lex.titles.personal.has(w) &&
        !lex.titles.modifiers.has(w) &&
        !lex.titles.ranks.has(w),
    ),
  );
}

function lowerWords(s: string): string[] {
  return (s.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/[’']s$/, '').replace(/\.$/, ''));
}

/** A holder for the role text `[start, end)` next to the person's mention at `at`. */
function holderOf(
  ctx: SpeakerContext,
  entity: Entity,
  at: number,
  start: number,
  end: number,
  lex: Lexicon,
): RoleHolder | undefined {
  const d = describe(ctx, start, end, lex);
  if (d.heads.size === 0) return undefined;
  return { entity, at, heads: d.heads, words: d.words, keys: new Set(d.keys.values()) };
}

/**
 * The role written before a name ("US President", "the head of the Estonian intelligence", "The
 * official, "): title words, capitalised names, "of", "the" and possessives back to the start of
 * the clause; undefined without a role word.
 */
function roleBefore(
  ctx: SpeakerContext,
  nameStart: number,
  lex: Lexicon,
): { start: number; end: number } | undefined {
  const text = ctx.text;
  const from = Math.max(0, nameStart - BEFORE);
  let start = nameStart;
  let sawRole = false;
  // The words (runs of non-space) of the window back from the name, read from the last one on:
  // most roles end after a word or two, so the window is not split whole.
  // "The official, Ana Rojas", "its ambassador to Chile, Ana Rojas": one comma before the name.
  for (let end = nameStart, last = true; ; last = false) {
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= from) break;
    let wordStart = end - 1;
    while (wordStart > from && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
    const raw = text.slice(wordStart, end);
    end = wordStart;
    const inner = !last && /[,;:.!?”"]$/u.test(raw);
    if (inner || /[.!?;:“”"(]/u.test(raw.slice(0, -1))) break;
    const w = raw
      .replace(/[,]$/, '')
      .toLowerCase()
      .replace(/[’']s$/, '');
    const cap = /^\p{Lu}/u.test(raw);
    const title = lex.titles.all.has(w) || lex.titles.roles.has(w) || synonymsOf(w) !== undefined;
    if (title && !lex.titles.personal.has(w)) sawRole = true;
    if (!(title || cap || lex.titles.modifiers.has(w) || lex.titles.complements.has(w) || FUNCTION.has(w)))
      break;
    start = wordStart;
    // "Ukraine's defence ministry spokesperson": the possessor opens the role ("President Ana
    // Rojas's spokesman Jan Tamm" is Tamm's role, not a president's).
    if (((w === 'the' || w === 'a' || w === 'an') && cap) || /[’']s,?$/u.test(raw)) break;
  }
  return sawRole ? { start, end: nameStart } : undefined;
}

/**
 * The apposition after a name (", the Chilean president,", ", director of the Estonian
 * intelligence service,"): up to the next comma or sentence end; undefined unless its first words
 * hold a role word and no verb.
 */
function roleAfter(
  ctx: SpeakerContext,
  nameEnd: number,
  lex: Lexicon,
): { start: number; end: number } | undefined {
  const m = /^,\s+/.exec(ctx.text.slice(nameEnd, nameEnd + 3));
  if (!m) return undefined;
  const start = nameEnd + m[0].length;
  const window = ctx.text.slice(start, start + AFTER);
  const stop = /[,;:()“”"\n]|[.!?](?:\s|$)/u.exec(window);
  const span = stop ? window.slice(0, stop.index) : window;
  const words = lowerWords(span);
  if (words.length === 0 || words.length > 12) return undefined;
  const ofAt = words.findIndex((w) => w === 'of' || w === 'at' || w === 'for' || w === 'in');
  const lead = ofAt < 0 ? words : words.slice(0, ofAt);
  if (lead.length > 5 || lead.some((w) => lex.speech.finite.has(w) || w === 'who' || w === 'which'))
    return undefined;
  if (!lead.some((w) => lex.titles.roles.has(w) || synonymsOf(w) !== undefined || lex.titles.all.has(w)))
    return undefined;
  return { start, end: start + span.length };
}
