/**
 * Weapon mentions: generic weapon words ("drones", "cruise missiles", "shelling"), named systems
 * written as a capitalised or alphanumeric name before a weapon word ("FP-5 Flamingo cruise
 * missiles", "Shahed drones"), and an acronym in brackets after a weapon phrase ("Army Tactical
 * Missile Systems (ATACMS)"). Words that name a weapon only in a report of an attack ("tanks",
 * "jets", "mines") count only in a sentence with an attack cue. Named systems from the lexicon are
 * found with the other names. The attack stage reads its weapons from these mentions.
 *
 * A weapon is named as written, in the singular: "long-range missiles" is the weapon
 * "long-range missile", "missiles" the weapon "missile"; each mention carries the weapon's
 * category (`data/weapons.json`: a head's, a known system's, or for an unknown system the
 * category of the weapon word after it).
 */
import type { TextDoc } from '../model/doc';
import type { Mention } from '../model/entity';
import { DETERMINERS, INTRO_WORDS, POSSESSIVE_DETERMINERS, VERB_CONTEXT_WORDS } from '../text/grammar-words';
import { lookupName } from './lexicon';
import { normaliseName } from './normalise-name';
import { tokenHit, type ScannedArticle, type ScannedToken } from './scan-tokens';
import { canonicalName } from './vocabulary';
import { newMention } from './shapes';
import { hasAttackCue } from './attack-cues';
import type { Lexicon } from '../lexicon/load-lexicon';

/** Weapon mentions of the article, in text order. */
export function findWeapons(doc: TextDoc, scanned: ScannedArticle): Mention[] {
  const { lexicon } = doc;
  const text = doc.article.text;
  const out: Mention[] = [];
  scanned.sentences.forEach((tokens, s) => {
    const sentence = doc.sentences[s]?.index ?? s;
    let attackReport: boolean | undefined;
    const inAttackReport = (): boolean =>
      (attackReport ??= doc.sentences[s] !== undefined && hasAttackCue(doc.sentences, s, lexicon));
    const weapon = (
      start: number,
      end: number,
      rule: 'weapon.generic' | 'weapon.named',
      name: string,
      category: string,
      head?: string,
    ): void => {
      const key = `weapon:${rule === 'weapon.named' ? canonicalName(name, lexicon) : name.toLowerCase()}`;
      const m = newMention(start, end, text.slice(start, end), 'Weapon', sentence, rule);
      m.name = name;
      m.key = key;
      m.category = category;
      m.head = head;
      out.push(m);
    };
    for (let i = 0; i < tokens.length; i++) {
      const head = headAt(tokens, i, lexicon);
      if (!head && tokens[i].cap && lexicon.weapons.words.has(tokens[i].lowerDot)) {
        // A weapon word inside a system's written-out name: "Army Tactical Missile Systems (ATACMS)".
        const acronym = acronymAfter(tokens, i + 1);
        const word = lexicon.weapons.words.get(tokens[i].lowerDot)?.[0] ?? '';
        if (acronym) {
          const name = text.slice(acronym.start, acronym.end);
          weapon(acronym.start, acronym.end, 'weapon.named', name, systemCategory(name, word, lexicon));
        }
      }
      if (!head || (head.contextual && !inAttackReport())) continue;
      const from = modifiersBefore(tokens, i, lexicon);
      const category = lexicon.weapons.categoryOf.get(head.name) ?? 'other';
      const written = [
        ...tokens.slice(from, i).map(writtenForm),
        singularHead(tokens, i, head, lexicon),
      ].join(' ');
      weapon(tokens[from].start, tokens[head.end - 1].end, 'weapon.generic', written, category, head.name);
      const named = namedBefore(tokens, from, lexicon) ?? acronymAfter(tokens, head.end);
      if (named) {
        const name = text.slice(named.start, named.end);
        weapon(named.start, named.end, 'weapon.named', name, systemCategory(name, head.name, lexicon));
      }
      i = head.end - 1;
    }
  });
  return out;
}

/**
 * First token of the modifiers before the head at `i` ("long-range cruise" in "long-range cruise
 * missiles"); a modifier that is also a verb counts only where it cannot be the verb ("attack
 * drones", but not "to launch drones" or "they attack tanks").
 */
function modifiersBefore(tokens: readonly ScannedToken[], i: number, lexicon: Lexicon): number {
  const { modifiers, verbLikeModifiers } = lexicon.weapons;
  let from = i;
  while (from > 0 && !tokens[from - 1].cap && modifiers.has(tokens[from - 1].lowerDot)) {
    const t = tokens[from - 1];
    if (verbLikeModifiers.has(t.lowerDot) && actsAsVerb(tokens[from - 2])) break;
    from--;
  }
  return from;
}

/** Whether a verb-like word after `before` is a verb: after "to", a modal, a pronoun or a plural subject. */
function actsAsVerb(before: ScannedToken | undefined): boolean {
  if (before === undefined || before.cap) return false;
  const w = before.lowerDot;
  if (VERB_CONTEXT_WORDS.has(w)) return true;
  // "forces launch drones": a plural noun before it is its subject ("its", "various" are not).
  return /^\p{Ll}+s$/u.test(w) && !POSSESSIVE_DETERMINERS.has(w) && !/(?:ous|ss|is|us)$/.test(w);
}

/** A modifier as written, lower case unless it is an acronym ("FPV"). */
function writtenForm(t: ScannedToken): string {
  return /^\p{Lu}{2,}s?$/u.test(t.text) ? t.text : t.lowerDot;
}

/**
 * The head as written, in the singular when the lexicon has that form for the same weapon
 * ("missiles" → "missile", "UAVs" → "UAV", "air strikes" → "air strike"; "ammunition" stays).
 */
function singularHead(
  tokens: readonly ScannedToken[],
  i: number,
  head: { name: string; end: number },
  lexicon: Lexicon,
): string {
  const words = tokens.slice(i, head.end);
  const lower = words.map((t) => t.lowerDot);
  const last = lower[lower.length - 1];
  if (last.endsWith('s')) {
    const single = [...lower.slice(0, -1), last.slice(0, -1)].join(' ');
    if (lexicon.weapons.heads.get(single) === head.name) lower[lower.length - 1] = last.slice(0, -1);
  }
  return lower
    .map((w, k) => {
      const t = words[k];
      if (!/^\p{Lu}{2,}s?$/u.test(t.text)) return w;
      return t.text.slice(0, w.length);
    })
    .join(' ');
}

/** The category of a named system: the lexicon's, else that of the weapon word it names ("Flamingo cruise missiles"). */
function systemCategory(name: string, headName: string, lexicon: Lexicon): string {
  const { systems, categoryOf } = lexicon.weapons;
  const system = systems.get(normaliseName(name));
  return (system === undefined ? undefined : categoryOf.get(system)) ?? categoryOf.get(headName) ?? 'other';
}

/** An acronym in brackets after a weapon phrase and up to two capitalised words ("Systems (ATACMS)"). */
function acronymAfter(
  tokens: readonly ScannedToken[],
  i: number,
): { start: number; end: number } | undefined {
  let j = i;
  while (j < tokens.length && tokens[j].cap && j < i + 2) j++;
  const acronym = tokens[j + 1];
  if (tokens[j]?.text !== '(' || tokens[j + 2]?.text !== ')' || !/^[A-Z][A-Z0-9-]{2,}$/.test(acronym.text))
    return undefined;
  return { start: acronym.start, end: acronym.end };
}

/** Per lexicon: the first word of every weapon head of two words or more ("cruise" of "cruise missile"). */
const longHeadStartsOf = new WeakMap<Lexicon, ReadonlySet<string>>();

function longHeadStarts(lexicon: Lexicon): ReadonlySet<string> {
  let starts = longHeadStartsOf.get(lexicon);
  if (starts === undefined) {
    const words = new Set<string>();
    for (const phrase of lexicon.weapons.heads.keys()) {
      const space = phrase.indexOf(' ');
      if (space > 0) words.add(phrase.slice(0, space));
    }
    starts = words;
    longHeadStartsOf.set(lexicon, starts);
  }
  return starts;
}

function headAt(
  tokens: readonly ScannedToken[],
  i: number,
  lexicon: Lexicon,
): { name: string; end: number; contextual: boolean } | undefined {
  const { heads, headStarts, contextual } = lexicon.weapons;
  // A capital only as the sentence's first word ("Drones hit the port"), not inside a name ("Tank Corps").
  const t = tokens[i];
  if (!headStarts.has(t.lowerDot)) return undefined;
  // An acronym is written in capitals anywhere ("UAVs").
  const acronym = /^\p{Lu}{2,}s?$/u.test(t.text);
  if (t.cap && !acronym && (!t.initial || tokens[i + 1]?.cap)) return undefined;
  // Phrases of two or three words are spelled out only after the first word of such a head.
  for (let len = longHeadStarts(lexicon).has(t.lowerDot) ? 3 : 1; len >= 1; len--) {
    if (i + len > tokens.length) continue;
    const phrase = tokens
      .slice(i, i + len)
      .map((t) => t.lowerDot)
      .join(' ');
    const name = heads.get(phrase);
    if (name) return { name, end: i + len, contextual: contextual.has(phrase) };
  }
  return undefined;
}

/** A capitalised or alphanumeric name right before the weapon words, that is not a country, demonym or organisation. */
function namedBefore(
  tokens: readonly ScannedToken[],
  at: number,
  lexicon: Lexicon,
): { start: number; end: number } | undefined {
  let k = at;
  if (k > 0 && (tokens[k - 1].text === ']' || tokens[k - 1].text === ')')) return undefined;
  while (
    k > 0 &&
    k - at > -3 &&
    tokens[k - 1].cap &&
    !tokens[k - 1].possessive &&
    !isCountryWord(tokens[k - 1], lexicon) &&
    !/^\p{Lu}\p{Ll}+-\p{Ll}/u.test(tokens[k - 1].text) &&
    !isOriginWord(tokens[k - 1], lexicon) &&
    // "The Himars", "And Grad": a grammar word opening the sentence is no part of a name.
    !INTRO_WORDS.has(tokens[k - 1].lowerDot) &&
    !DETERMINERS.has(tokens[k - 1].lowerDot)
  )
    k--;
  if (k === at) return undefined;
  const names = tokens.slice(k, at);
  const hit =
    names.length === 1
      ? tokenHit(names[0], lexicon)
      : lookupName(
          normaliseName(names.map((t) => t.text).join(' ')),
          names.every((t) => t.acronym),
          lexicon,
        );
  if (hit && hit.kind !== 'weapon') return undefined;
  if (names.length === 1 && hit?.kind === 'demonym') return undefined;
  if (names[0].initial && names.length === 1 && !/[\p{N}-]/u.test(names[0].text) && !hit) return undefined;
  // A lone capital ("T" of a broken "T-72") or a weekday or month is no system.
  if (names.length === 1 && names[0].text.length < 2) return undefined;
  if (names.some((t) => lexicon.time.actorStopRe.test(t.text))) return undefined;
  return { start: names[0].start, end: names[names.length - 1].end };
}

/** A hyphenated word of origin ("US-made", "UK-supplied", "Iranian-built"): not part of a system's name. */
function isOriginWord(t: ScannedToken, lexicon: Lexicon): boolean {
  const dash = t.lowerDot.lastIndexOf('-');
  return dash > 0 && lexicon.weapons.originSuffixes.has(t.lowerDot.slice(dash + 1));
}

/** A country's name or demonym ("Russian" in "Several Russian missiles"): never part of a system's name. */
function isCountryWord(t: ScannedToken, lexicon: Lexicon): boolean {
  const kind = tokenHit(t, lexicon)?.kind;
  return kind === 'country' || kind === 'demonym';
}
