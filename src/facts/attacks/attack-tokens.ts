/**
 * Tokens of one sentence as the attack stage reads them: the Doc's tokens with two flags of this
 * stage: whether the word is an attack verb, and whether the entity stage read it as a demonym.
 */
import type { Doc } from '../../model/doc';
import type { Token } from '../../model/text';
import { sentenceTokens } from '../../text/read-doc';
import { demonymStartsIn } from './sentence-mentions';

export interface AttackToken extends Token {
  /** Is an attack verb form ("shelled", "struck"). */
  readonly cue: boolean;
  /** A demonym mention of the entity stage ("Russian", "Ukrainians"). */
  readonly demonym: boolean;
}

/** The tokens of sentence `index` of the Doc, flagged for the attack stage. */
export function attackTokens(doc: Doc, index: number): AttackToken[] {
  const { verbs, nouns } = doc.lexicon.attacks;
  const demonymStarts = demonymStartsIn(doc.entities, index);
  return sentenceTokens(doc, index).map((t) => ({
    text: t.text,
    start: t.start,
    end: t.end,
    sentence: t.sentence,
    lower: t.lower,
    word: t.word,
    cap: t.cap,
    possessive: t.possessive,
    cue: verbs.has(t.lower) || (t.lower.endsWith('ing') && nouns.has(t.lower)),
    demonym: demonymStarts.has(t.start),
  }));
}
