/**
 * Tokens of one sentence as the attack stage reads them: the text tokenizer's tokens with their
 * lower-case form, capitalisation and whether the word is an attack verb.
 */
import type { Sentence } from '../../model/text';
import { tokenize } from '../../text/tokenize';
import { NOUN_CUES, VERB_CUES } from './attack-cues';

export interface AttackToken {
  readonly text: string;
  readonly lower: string;
  /** Offsets into the article text. */
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Is an attack verb form ("shelled", "struck"). */
  readonly cue: boolean;
}

/** Tokenizes one sentence of `text` for the attack stage. */
export function tokenizeForAttacks(text: string, sentence: Sentence): AttackToken[] {
  return tokenize(text, sentence).map((t) => {
    const lower = t.text.toLowerCase().replace(/’/g, "'");
    return {
      text: t.text,
      lower,
      start: t.start,
      end: t.end,
      cap: /^\p{Lu}/u.test(t.text),
      cue: VERB_CUES.has(lower) || (lower.endsWith('ing') && NOUN_CUES.has(lower)),
    };
  });
}

/** Whether a token is a possessive ending ("'s", "’s", or a lone apostrophe after an s). */
export const isPossessive = (t: AttackToken | undefined): boolean =>
  t !== undefined && (t.lower === "'s" || t.lower === "'");
