/**
 * The subject at the start of a sentence, for a verb of saying far from it: in "Ines Moreau,
 * the port's director, closed the gates on Monday, saying: “…”" the sayer of "saying" is Ines
 * Moreau. Shared by the direct-quote and reported-speech sieves.
 */
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import { analyzeSpeakerPhrase, isKnownSourceHead } from './analyze-speaker-phrase';
import type { Token } from '../../model/text';
import { INTRO_WORDS, OTHER_PRONOUNS, PERSON_PRONOUNS } from './speech-cues';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** The subject at the start of the sentence (after an introductory phrase), if it is a speaker phrase. */
export function sentenceSubject(
  text: string,
  toks: readonly Token[],
  upto: number,
  lex: Lexicon,
): SpeakerPhrase | undefined {
  let s = 0;
  if (toks[0] && INTRO_WORDS.has(toks[0].lower)) {
    while (s < upto && toks[s].text !== ',') s++;
    s++;
  }
  for (let j = s + 1; j <= upto && j <= s + 12; j++) {
    const t = toks[j];
    if (j < upto && (t.cap || !t.word || !looksVerbal(t, toks[j - 1]) || isKnownSourceHead(t.lower, lex)))
      continue;
    const p = analyzeSpeakerPhrase(text, toks, s, j, lex);
    if (p && p.kind !== 'pronoun') return p;
    if (p) return p;
  }
  return undefined;
}

/**
 * Whether a lower-case token may be a finite verb that ends a subject ("denies", "dismissed"). An
 * 's after a pronoun is one ("He's claiming"), after a noun a possessive ("Name, Poland's
 * governor, urged …" goes on to "urged").
 */
export function looksVerbal(t: Token, prev?: Token): boolean {
  if (t.possessive)
    return prev !== undefined && (PERSON_PRONOUNS.has(prev.lower) || OTHER_PRONOUNS.has(prev.lower));
  return (
    /(?:ed|[^s]s|'t)$/.test(t.lower) ||
    /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does)$/.test(t.lower)
  );
}
