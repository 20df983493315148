/**
 * Weapon mentions: generic weapon words ("drones", "cruise missiles", "shelling") and named
 * systems written as a capitalised or alphanumeric name before a weapon word ("FP-5 Flamingo
 * cruise missiles", "Shahed drones"). Named systems from the lexicon are found with the other names.
 */
import type { Mention } from '../model/entity';
import { lookupName } from './lexicon';
import { normaliseName } from './normalise-name';
import { tokenHit, type ScannedArticle, type ScannedToken } from './scan-tokens';
import { canonicalName } from './vocabulary';
import type { Lexicon } from '../lexicon/load-lexicon';

/** Weapon mentions of the article, in text order. */
export function findWeapons(text: string, scanned: ScannedArticle, lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  scanned.sentences.forEach((tokens) => {
    for (let i = 0; i < tokens.length; i++) {
      const head = headAt(tokens, i, lexicon);
      if (!head) continue;
      let from = i;
      const { modifiers, specificModifiers } = lexicon.weapons;
      while (from > 0 && !tokens[from - 1].cap && modifiers.has(tokens[from - 1].lower)) from--;
      const specific = tokens.slice(from, i).find((t) => specificModifiers.has(t.lower));
      const generic = specific && head.name === 'missile' ? `${specific.lower} missile` : head.name;
      const sentence = tokens[i].sentence;
      out.push({
        start: tokens[from].start,
        end: tokens[head.end - 1].end,
        text: text.slice(tokens[from].start, tokens[head.end - 1].end),
        type: 'Weapon',
        sentence,
        rule: 'weapon.generic',
        name: generic,
        key: `weapon:${generic}`,
      });
      const named = namedBefore(tokens, from, lexicon);
      if (named) {
        const name = text.slice(named.start, named.end);
        out.push({
          start: named.start,
          end: named.end,
          text: name,
          type: 'Weapon',
          sentence,
          rule: 'weapon.named',
          name,
          key: `weapon:${canonicalName(name, lexicon)}`,
        });
      }
      i = head.end - 1;
    }
  });
  return out;
}

function headAt(
  tokens: readonly ScannedToken[],
  i: number,
  lexicon: Lexicon,
): { name: string; end: number } | undefined {
  const { heads, headStarts } = lexicon.weapons;
  if (tokens[i].cap || !headStarts.has(tokens[i].lower)) return undefined;
  for (const len of [3, 2, 1]) {
    if (i + len > tokens.length) continue;
    const phrase = tokens
      .slice(i, i + len)
      .map((t) => t.lower)
      .join(' ');
    const name = heads.get(phrase);
    if (name) return { name, end: i + len };
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
