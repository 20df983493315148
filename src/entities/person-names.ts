/**
 * Person names compared across articles: a name key (normalised, `normaliseName`) read as given
 * name, middle words and surname, transliteration-folded spellings, and the tests that say two
 * spellings can name one person ("Sergei"/"Sergey", "Haidai"/"Gaidai", "Zelensky"/"Zelenskyy").
 * Pure; the given-name variant table is data (`data/name-variants.json`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance';
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone';
import { PACKAGE_ROOT } from '../package-root';

/** The curated tables of `data/name-variants.json`. */
export interface NameVariants {
  /** Given-name spelling → the first spelling of its group. */
  readonly givenNames: ReadonlyMap<string, string>;
  /** Lower-case words that open a surname ("al", "von", "bin"): a name that starts with one is a surname alone. */
  readonly particles: ReadonlySet<string>;
  /** Titles that may open a person's name key ("president", "mr"); dropped before comparing. */
  readonly titles: ReadonlySet<string>;
}

/** A person's name key read as words. */
export interface PersonName {
  /** The words compared: the key without leading titles. */
  readonly words: readonly string[];
  /** First word, or `undefined` for a surname alone ("putin", "al sisi", "mr putin"). */
  readonly given: string | undefined;
  /** Words between the given name and the surname. */
  readonly middle: readonly string[];
  /** Last word. */
  readonly surname: string;
}

/** Jaro–Winkler similarity from which two folded surnames that sound alike are one. */
export const SURNAME_SIMILARITY = 0.9;
/** Jaro–Winkler similarity from which two folded given names of the same initial are one. */
export const GIVEN_SIMILARITY = 0.88;

let loaded: NameVariants | undefined;

/** The package's `data/name-variants.json`, read once. */
export function defaultNameVariants(): NameVariants {
  loaded ??= loadNameVariants(join(PACKAGE_ROOT, 'data', 'name-variants.json'));
  return loaded;
}

/** Reads a name-variant file; an error names the file and the field that is wrong. */
export function loadNameVariants(path: string): NameVariants {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`newsgraph: name-variant file ${path}: ${(cause as Error).message}`, { cause });
  }
  const record = (json ?? {}) as Record<string, unknown>;
  const words = (key: string): string[] => {
    const v = record[key];
    if (!Array.isArray(v) || !v.every((w) => typeof w === 'string'))
      throw new Error(`newsgraph: name-variant file ${path}: "${key}" must be a list of words`);
    return v as string[];
  };
  const groups = record.givenNames;
  if (
    !Array.isArray(groups) ||
    !groups.every((g) => Array.isArray(g) && g.every((w) => typeof w === 'string'))
  )
    throw new Error(`newsgraph: name-variant file ${path}: "givenNames" must be a list of lists of names`);
  const givenNames = new Map<string, string>();
  for (const group of groups as string[][]) for (const name of group) givenNames.set(name, group[0]);
  return Object.freeze({
    givenNames,
    particles: new Set(words('surnameParticles')),
    titles: new Set(words('titles')),
  });
}

/** Reads a normalised name key ("vladimir putin", "mr putin", "al sisi") as given name, middle and surname. */
export function personName(key: string, variants: NameVariants = defaultNameVariants()): PersonName {
  const all = key.split(' ').filter((w) => w.length > 0);
  let start = 0;
  while (start < all.length - 1 && variants.titles.has(all[start])) start++;
  const words = all.slice(start);
  const surname = words[words.length - 1] ?? '';
  if (words.length < 2 || variants.particles.has(words[0]))
    return { words, given: undefined, middle: [], surname };
  return { words, given: words[0], middle: words.slice(1, -1), surname };
}

/**
 * A spelling with the usual differences of romanisation folded: kh/h/g ("Kharkiv", "Haidai"/"Gaidai"),
 * y/i/j, w/v, ou/u, ph/f, th/t, ks/x ("Aleksandr"/"Alexandr"), the Polish sz/sh and cz/ch
 * ("Łukaszenko"/"Lukashenko", "Medwedczuk"/"Medvedchuk"), the Belarusian ending -enka for -enko,
 * doubled letters ("Zelenskyy"/"Zelensky" → "zelenski").
 */
export function foldSpelling(word: string): string {
  return word
    .replace(/sz/g, 'sh')
    .replace(/cz/g, 'ch')
    .replace(/enka$/, 'enko')
    .replace(/ks/g, 'x')
    .replace(/kh/g, 'X')
    .replace(/zh/g, 'Z')
    .replace(/t[sz]/g, 'C')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/h/g, 'g')
    .replace(/w/g, 'v')
    .replace(/ou/g, 'u')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

const metaphone = new DoubleMetaphone();
const codes = new Map<string, readonly [string, string]>();

/** The two Double Metaphone codes of a word (remembered: surnames recur). */
export function phoneticCodes(word: string): readonly [string, string] {
  let found = codes.get(word);
  if (found === undefined) {
    const [primary, secondary] = metaphone.process(word);
    found = [primary, secondary];
    if (codes.size > 200_000) codes.clear();
    codes.set(word, found);
  }
  return found;
}

/**
 * Whether two surnames can be one: equal once folded, or sounding alike (a Double Metaphone code
 * in common), close in spelling (Jaro–Winkler) and ending alike, so that "Ivanov" and "Ivanova"
 * stay apart.
 */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = foldSpelling(a);
  const fb = foldSpelling(b);
  if (fa === fb) return true;
  if (fa.length < 4 || fb.length < 4 || fa[fa.length - 1] !== fb[fb.length - 1]) return false;
  if (Math.abs(fa.length - fb.length) > 2) return false;
  const [pa, sa] = phoneticCodes(a);
  const [pb, sb] = phoneticCodes(b);
  if (pa !== pb && pa !== sb && sa !== pb && sa !== sb) return false;
  return JaroWinklerDistance(fa, fb) >= SURNAME_SIMILARITY;
}

/** Whether two given names can be one: the same spelling once folded, one variant group, or close with the same initial. */
export function sameGivenName(a: string, b: string, variants: NameVariants = defaultNameVariants()): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return false;
  const ga = variants.givenNames.get(a);
  if (ga !== undefined && ga === variants.givenNames.get(b)) return true;
  const fa = foldSpelling(a);
  const fb = foldSpelling(b);
  if (fa === fb) return true;
  return (
    fa[0] === fb[0] && Math.min(fa.length, fb.length) >= 4 && JaroWinklerDistance(fa, fb) >= GIVEN_SIMILARITY
  );
}

/** Whether a given name is an initial ("j") that `full` begins with, letters as written. */
export function initialOf(initial: string, full: string): boolean {
  return initial.length === 1 && full.length > 1 && full[0] === initial;
}

/**
 * Whether two full names (each with a given name) can name one person: surnames alike, given
 * names alike, and middle words, when both have some, alike one by one ("Vladimir Putin" and
 * "Vladimir Vladimirovich Putin" are one; "Joe Biden" and "Hunter Biden" are two).
 */
export function sameFullName(
  a: PersonName,
  b: PersonName,
  variants: NameVariants = defaultNameVariants(),
): boolean {
  if (a.given === undefined || b.given === undefined) return false;
  if (!sameSurname(a.surname, b.surname) || !sameGivenName(a.given, b.given, variants)) return false;
  if (a.middle.length === 0 || b.middle.length === 0) return true;
  if (a.middle.length !== b.middle.length) return false;
  return a.middle.every(
    (w, i) => w === b.middle[i] || sameGivenName(w, b.middle[i], variants) || sameSurname(w, b.middle[i]),
  );
}
