/**
 * The entity stage's view of the lexicon (titles, cue words, well-known spellings, weapons), and
 * name canonicalisation through its variant-spelling table. The lists are data in `data/`, read
 * once by `lexicon/load-lexicon.ts`.
 */
import { defaultLexicon } from '../lexicon/load-lexicon';
import type { Lexicon } from '../lexicon/load-lexicon';
import { normaliseName } from './normalise-name';

export type { CuratedPlace, Vocabulary } from '../lexicon/load-lexicon';

/** Past answers of `canonicalName` for one lexicon (names recur within and across articles). */
interface Answers {
  readonly lexicon: Lexicon;
  readonly names: Map<string, string>;
}

const answersOf = new WeakMap<Lexicon, Answers>();
let lastAnswers: Answers | undefined;
/** Names remembered per lexicon before the memory starts again (see `lexicon.ts`'s limit). */
const ANSWERS_LIMIT = 20_000;
/** Longer texts are canonicalised without remembering them. */
const REMEMBERED_LENGTH = 80;

function answersFor(lexicon: Lexicon): Answers {
  if (lastAnswers?.lexicon === lexicon) return lastAnswers;
  let answers = answersOf.get(lexicon);
  if (answers === undefined) {
    answers = { lexicon, names: new Map() };
    answersOf.set(lexicon, answers);
  }
  lastAnswers = answers;
  return answers;
}

/** `normaliseName` with each word mapped through the curated variant-spelling table ("kiev" → "kyiv"). */
export function canonicalName(name: string, lexicon: Lexicon = defaultLexicon()): string {
  if (name.length > REMEMBERED_LENGTH) return canonical(name, lexicon);
  const names = answersFor(lexicon).names;
  let key = names.get(name);
  if (key === undefined) {
    key = canonical(name, lexicon);
    if (names.size >= ANSWERS_LIMIT) names.clear();
    names.set(name, key);
  }
  return key;
}

function canonical(name: string, lexicon: Lexicon): string {
  const variants = lexicon.vocabulary.variants;
  const key = normaliseName(name);
  if (!key.includes(' ')) return variants.get(key) ?? key;
  return key
    .split(' ')
    .map((w) => variants.get(w) ?? w)
    .join(' ');
}
