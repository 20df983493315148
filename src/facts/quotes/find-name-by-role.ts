/**
 * Text lookups that tie a description to a name when no entity carries the role:
 * "secretary-general Jens Stoltenberg" names the secretary-general, and "the Staff" refers to
 * an earlier "General Staff". Scans are linear and run only for definite descriptions.
 */
import type { Lexicon } from '../../lexicon/load-lexicon';

const NAME_WORD = /^(?:\p{Lu}|(?:de|van|von|al|bin|da|del|le|la)\s+\p{Lu})[\p{L}\p{M}’'-]*/u;
const CONNECTORS = new Set(['of', 'for', 'and', '’s', "'s"]);

/**
 * The first name written right after the role word `head` ("…secretary-general Jens Stoltenberg"),
 * with `possessor` ("Nato") written just before the role when given; after "of" only when
 * `complement` (the description is itself "X of <head>"). Undefined if none.
 */
export function findNameByRole(
  text: string,
  head: string,
  lex: Lexicon,
  possessor?: string,
  rank?: string,
  party?: string,
  complement = false,
): string | undefined {
  // Descriptions of one article ask the same question again and again ("the company said").
  if (text !== byRoleText || lex !== byRoleLex) {
    byRoleText = text;
    byRoleLex = lex;
    byRole.clear();
  }
  const key = [head, possessor ?? ABSENT, rank ?? ABSENT, party ?? ABSENT, complement].join('\u0000');
  if (byRole.has(key)) return byRole.get(key);
  const found = scanNameByRole(text, head, lex, possessor, rank, party, complement);
  byRole.set(key, found);
  return found;
}

/** Stands for an absent argument in the keys of `byRole` (whose parts a NUL separates). */
const ABSENT = '\u0001';
/** The answers of `findNameByRole` for the text `byRoleText`, by their arguments. */
let byRoleText = '';
let byRoleLex: Lexicon | undefined;
const byRole = new Map<string, string | undefined>();

function scanNameByRole(
  text: string,
  head: string,
  lex: Lexicon,
  possessor: string | undefined,
  rank: string | undefined,
  party: string | undefined,
  complement: boolean,
): string | undefined {
  const lower = lowerCased(text);
  const needle = head.toLowerCase();
  // The headline (first line) writes every word capitalised, so no run there reads as a name.
  const body = Math.max(0, text.indexOf('\n'));
  for (let i = lower.indexOf(needle, body); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    if (/[\p{L}-]/u.test(lower[i - 1] ?? ' ') || /[\p{L}-]/u.test(lower[i + needle.length] ?? ' ')) continue;
    // "Secretary of State Jon Husted" names no "state" unless the description is such a title too.
    if (!complement && lower.slice(Math.max(0, i - 3), i) === 'of ') continue;
    if (possessor && !lower.slice(Math.max(0, i - 40), i).includes(possessor.toLowerCase())) continue;
    if (rankBefore(lower, i, lex) !== rank) continue;
    if (party && !lower.slice(Math.max(0, i - 40), i).includes(party)) continue;
    const words = capitalisedRun(text, i + needle.length);
    if (words.length >= 2)
      return words
        .slice(0, 3)
        .join(' ')
        .replace(/[’']s$/, '');
  }
  return undefined;
}

/** The last article lower-cased: descriptions of one article look up the same text again and again. */
let lastText = '';
let lastLower = '';

function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** The rank word right before offset `i` of the lower-cased text ("vice" in "vice president"), if any. */
function rankBefore(lower: string, i: number, lex: Lexicon): string | undefined {
  const m = /([a-z]+)[\s-]+(?:([a-z]+)[\s-]+)?$/.exec(lower.slice(Math.max(0, i - 30), i));
  if (!m) return undefined;
  return [m[2], m[1]].find((w): w is string => w !== undefined && lex.titles.ranks.has(w));
}

/** Up to four capitalised words starting at `from` (after spaces), stopping at anything else. */
function capitalisedRun(text: string, from: number): string[] {
  const out: string[] = [];
  let i = from;
  while (out.length < 4) {
    let j = i;
    while (text[j] === ' ') j++;
    if (j === i && out.length > 0) break;
    const m = NAME_WORD.exec(text.slice(j, j + 40));
    if (!m) break;
    out.push(m[0]);
    i = j + m[0].length;
  }
  return out;
}

/**
 * The last capitalised name of two or more words before `before` that holds the word `word`
 * ("the Staff" → "Ukraine’s General Staff", "the commission" → "European Commission").
 */
export function findNameContaining(text: string, word: string, before: number): string | undefined {
  const cap = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  for (let i = text.lastIndexOf(cap, before - 1); i >= 0; i = i > 0 ? text.lastIndexOf(cap, i - 1) : -1) {
    if (/\p{L}/u.test(text[i - 1] ?? ' ') || /\p{L}/u.test(text[i + cap.length] ?? ' ')) continue;
    const tokens = text.slice(Math.max(0, i - 80), i + cap.length).split(/\s+/);
    const run: string[] = [];
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k];
      if (!t || (!NAME_WORD.test(t) && !CONNECTORS.has(t))) break;
      run.unshift(t);
    }
    while (run.length && CONNECTORS.has(run[0])) run.shift();
    if (run.length >= 2 && !/^(The|A|An)$/.test(run[0])) return run.join(' ').replace(/[,.;:]$/, '');
    if (run.length >= 3) return run.slice(1).join(' ');
  }
  return undefined;
}

/** Words that end the look-back of `findNamedDescription`: no modifier of a head noun. */
const NOT_MODIFIERS = new Set(
  'the a an of in on at to for from by with and or but that which who said says its their his her'.split(' '),
);

/**
 * The last description before `before` that names what `head` belongs to: a capitalised name,
 * up to three modifiers and the head ("Ukraine’s northern military command", "Tver city council"),
 * holding every word of `modifiers`. Undefined when the head is never written with a name.
 */
export function findNamedDescription(
  text: string,
  head: string,
  modifiers: readonly string[],
  before: number,
): string | undefined {
  const lower = lowerCased(text);
  for (let i = lower.lastIndexOf(head, before - 1); i > 0; i = lower.lastIndexOf(head, i - 1)) {
    if (/[\p{L}-]/u.test(lower[i - 1]) || /[\p{L}-]/u.test(lower[i + head.length] ?? ' ')) continue;
    const words = text.slice(Math.max(0, i - 80), i).split(' ');
    words.pop();
    let k = words.length - 1;
    const mods: string[] = [];
    while (k >= 0 && mods.length < 3 && /^\p{Ll}[\p{Ll}-]+$/u.test(words[k]) && !NOT_MODIFIERS.has(words[k]))
      mods.unshift(words[k--]);
    const name: string[] = [];
    while (
      k >= 0 &&
      name.length < 3 &&
      /^\p{Lu}[\p{L}’'-]*$/u.test(words[k]) &&
      !/^(?:The|A|An)$/.test(words[k])
    )
      name.unshift(words[k--]);
    if (name.length === 0 || !modifiers.every((m) => mods.includes(m))) continue;
    return [...name, ...mods, text.slice(i, i + head.length)].join(' ');
  }
  return undefined;
}
