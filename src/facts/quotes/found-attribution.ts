/**
 * The attribution a direct-quote sieve finds: who ("Ines Moreau"), the verb of saying ("said"),
 * the medium when one is named ("on Telegram") and the rule of the sieve that found it
 * (`quote.direct.after` for "“The gates stay shut,” Ines Moreau said on Telegram.").
 */
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import type { Token } from '../../model/text';
import type { DirectQuoteRule } from '../../model/fact';
import { findMedium } from './find-medium';
import type { Lexicon } from '../../lexicon/load-lexicon';

/** An attribution: who, the verb of saying, the medium when stated, and the rule that matched. */
export interface FoundAttribution {
  readonly phrase: SpeakerPhrase;
  readonly cue: string;
  readonly cueStart: number;
  readonly medium?: string;
  readonly rule: DirectQuoteRule;
}

/** Finds a person named in `[from, to)`, for "…, saying: “…”" when the sentence subject is not a phrase. */
export type PersonFinder = (from: number, to: number) => SpeakerPhrase | undefined;

/** The attribution of `phrase` by `verb` under `rule`, with the medium named after them. */
export function foundAttribution(
  text: string,
  phrase: SpeakerPhrase,
  verb: Token,
  rule: DirectQuoteRule,
  lex: Lexicon,
): FoundAttribution {
  const medium = findMedium(text, Math.max(verb.end, phrase.end), lex);
  return { phrase, cue: verb.text, cueStart: verb.start, rule, ...(medium ? { medium } : {}) };
}
