/**
 * Weapon mentions: generic weapon words ("drones", "cruise missiles", "shelling"), named systems
 * written as a capitalised or alphanumeric name before a weapon word ("FP-5 Flamingo cruise
 * missiles", "Shahed drones"), and an acronym in brackets after a weapon phrase ("Army Tactical
 * Missile Systems (ATACMS)"). Words that name a weapon only in a report of an attack ("tanks",
 * "jets", "mines") count only in a sentence with an attack cue. Named systems from the lexicon are
 * found with the other names. The attack stage reads its weapons from these mentions.
 */
import type { TextDoc } from '../model/doc';
import type { Mention } from '../model/entity';
import { lookupName } from './lexicon';
import { normaliseName } from './normalise-name';
import { tokenHit, type ScannedArticle, type ScannedToken } from './scan-tokens';
import { canonicalName } from './vocabulary';
import type { Lexicon } from '../lexicon/load-lexicon';

/** Weapon mentions of the article, in text order. */
export function findWeapons(doc: TextDoc, scanned: ScannedArticle): Mention[] {
  const { lexicon } = doc;
  const text = doc.article.text;
  const { sentenceCueRe } = lexicon.attacks;
  const out: Mention[] = [];
  scanned.sentences.forEach((tokens, s) => {
    const sentence = doc.sentences[s]?.index ?? s;
    let attackReport: boolean | undefined;
    const inAttackReport = (): boolean => (attackReport ??= sentenceCueRe.test(doc.sentences[s]?.text ?? ''));
    const weapon = (
      start: number,
      end: number,
      rule: 'weapon.generic' | 'weapon.named',
      name: string,
    ): void => {
      const key = `weapon:${rule === 'weapon.named' ? canonicalName(name, lexicon) : name}`;
      out.push({ start, end, text: text.slice(start, end), type: 'Weapon', sentence, rule, name, key });
    };
    for (let i = 0; i < tokens.length; i++) {
      const head = headAt(tokens, i, lexicon);
      if (!head && tokens[i].cap && lexicon.weapons.words.has(tokens[i].lower)) {
        // A weapon word inside a system's written-out name: "Army Tactical Missile Systems (ATACMS)".
        const acronym = acronymAfter(tokens, i + 1);
        if (acronym)
          weapon(acronym.start, acronym.end, 'weapon.named', text.slice(acronym.start, acronym.end));
      }
      if (!head || (head.contextual && !inAttackReport())) continue;
      let from = i;
      const { modifiers, specificModifiers } = lexicon.weapons;
      while (from > 0 && !tokens[from - 1].cap && modifiers.has(tokens[from - 1].lower)) from--;
      const specific = tokens.slice(from, i).find((t) => specificModifiers.has(t.lower));
      const generic = specific && !head.name.includes(' ') ? `${specific.lower} ${head.name}` : head.name;
      weapon(tokens[from].start, tokens[head.end - 1].end, 'weapon.generic', generic);
      const named = namedBefore(tokens, from, lexicon) ?? acronymAfter(tokens, head.end);
      if (named) weapon(named.start, named.end, 'weapon.named', text.slice(named.start, named.end));
      i = head.end - 1;
    }
  });
  return out;
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

function headAt(
  tokens: readonly ScannedToken[],
  i: number,
  lexicon: Lexicon,
): { name: string; end: number; contextual: boolean } | undefined {
  const { heads, headStarts, contextual } = lexicon.weapons;
  // A capital only as the sentence's first word ("Drones hit the port"), not inside a name ("Tank Corps").
  const t = tokens[i];
  if ((t.cap && (!t.initial || tokens[i + 1]?.cap)) || !headStarts.has(t.lower)) return undefined;
  for (const len of [3, 2, 1]) {
    if (i + len > tokens.length) continue;
    const phrase = tokens
      .slice(i, i + len)
      .map((t) => t.lower)
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
    !/^\p{Lu}\p{Ll}+-\p{Ll}/u.test(tokens[k - 1].text)
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
  return { start: names[0].start, end: names[names.length - 1].end };
}

/** A country's name or demonym ("Russian" in "Several Russian missiles"): never part of a system's name. */
function isCountryWord(t: ScannedToken, lexicon: Lexicon): boolean {
  const kind = tokenHit(t, lexicon)?.kind;
  return kind === 'country' || kind === 'demonym';
}
