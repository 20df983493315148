/**
 * Direct quotes attributed by an inverted attribution that opens the sentence: "Said Ines
 * Moreau: “The gates stay shut.”", "Said the harbour master, “Nobody sails today.”"
 * (`quote.direct.before.inverted`).
 */
import type { Token } from '../../../model/text';
import type { Lexicon } from '../../../lexicon/load-lexicon';
import { tokensIn } from '../../../text/read-doc';
import { findPhraseAfter } from '../find-speaker-phrase';
import type { FoundAttribution } from '../found-attribution';
import { foundAttribution } from '../found-attribution';
import type { DirectSieve } from './direct-sieve';
import { matchOf } from './direct-sieve';

/** The sieve of inverted attributions before a quotation. */
export const inverted: DirectSieve = {
  name: 'inverted',
  attribute: (ctx, slot) =>
    matchOf(
      invertedAttribution(ctx.doc.article.text, tokensIn(ctx.doc, slot.floor, slot.span.open), ctx.lex),
    ),
};

/** "Said Ellis: “…”": the verb opens `toks` (the text before the quotation), a colon or comma ends it. */
function invertedAttribution(
  text: string,
  toks: readonly Token[],
  lex: Lexicon,
): FoundAttribution | undefined {
  const verb = toks[0];
  const last = toks.at(-1);
  if (!verb?.cap || !lex.speech.verbs.has(verb.lower) || !last || !/^[:,]$/.test(last.text)) return undefined;
  const p = findPhraseAfter(text, toks, 0, toks.length - 1, lex);
  return p && p.kind !== 'pronoun'
    ? foundAttribution(text, p, verb, 'quote.direct.before.inverted', lex)
    : undefined;
}
