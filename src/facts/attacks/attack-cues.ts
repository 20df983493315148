/**
 * Types of the attack vocabulary. The word lists themselves are data (`data/attack-cues.json`,
 * `weapons.json`, `place-heads.json`), read by the lexicon loader and handed to the stage in
 * `SentenceView.lexicon`; prepositions and negations are in `text/grammar-words.ts`.
 */

export type { AttackKind, VerbCue, VerbNeed } from '../../lexicon/load-lexicon';
export { NEGATIONS, NON_TARGET_PREPOSITIONS, TARGET_PREPOSITIONS } from '../../text/grammar-words';
