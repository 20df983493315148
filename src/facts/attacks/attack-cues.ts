/**
 * Types of the attack vocabulary. The word lists themselves are data (`data/attack-cues.json`,
 * `weapons.json`, `place-heads.json`), read by the lexicon loader and handed to the stage in
 * `SentenceView.lexicon`; prepositions and negations are in `text/grammar-words.ts`.
 */

import { defaultLexicon } from '../../lexicon/load-lexicon';
import type { AttackKind, VerbCue } from '../../lexicon/load-lexicon';

export type { AttackKind, VerbCue, VerbNeed } from '../../lexicon/load-lexicon';
export { NEGATIONS, NON_TARGET_PREPOSITIONS, TARGET_PREPOSITIONS } from '../../text/grammar-words';

/**
 * The default lexicon's attack verbs and nouns, for the attack tokenizer (which marks cue tokens
 * before the stage's lexicon reaches it). Every other attack rule reads `view.lexicon`.
 */
export const VERB_CUES: ReadonlyMap<string, VerbCue> = defaultLexicon().attacks.verbs;
export const NOUN_CUES: ReadonlyMap<string, AttackKind | undefined> = defaultLexicon().attacks.nouns;
