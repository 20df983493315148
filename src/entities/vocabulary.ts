/**
 * The entity stage's view of the lexicon (titles, cue words, well-known spellings, weapons), and
 * name canonicalisation through its variant-spelling table. The lists are data in `data/`, read
 * once by `lexicon/load-lexicon.ts`.
 */
import { defaultLexicon } from '../lexicon/load-lexicon';
import type { Lexicon } from '../lexicon/load-lexicon';
import { normaliseName } from './normalise-name';

export type { CuratedPlace, Vocabulary } from '../lexicon/load-lexicon';

/** `normaliseName` with each word mapped through the curated variant-spelling table ("kiev" → "kyiv"). */
export function canonicalName(name: string, lexicon: Lexicon = defaultLexicon()): string {
  const variants = lexicon.vocabulary.variants;
  const key = normaliseName(name);
  if (!key.includes(' ')) return variants.get(key) ?? key;
  return key
    .split(' ')
    .map((w) => variants.get(w) ?? w)
    .join(' ');
}
