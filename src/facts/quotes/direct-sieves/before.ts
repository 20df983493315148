/**
 * Direct quotes attributed before the quotation in the same sentence: "Ines Moreau said:
 * “The gates stay shut.”" (`quote.direct.before`), "Ines Moreau closed the port, saying: “…”"
 * (`quote.direct.before.saying`), and a verb further from the quotation, "Ines Moreau said the
 * port was “closed until further notice”" (`quote.direct.embedded`).
 */
import type { TextDoc } from '../../../model/doc';
import type { Lexicon } from '../../../lexicon/load-lexicon';
import { tokensIn } from '../../../text/read-doc';
import { isKnownSourceHead } from '../analyze-speaker-phrase';
import {
  findPhraseAfter,
  findSubjectBefore,
  isSentenceEnd,
  isSpeechVerb,
  isVerbUse,
} from '../find-speaker-phrase';
import type { FoundAttribution, PersonFinder } from '../found-attribution';
import { foundAttribution } from '../found-attribution';
import type { QuotationSpan } from '../find-quotation-spans';
import { sentenceSubject } from '../sentence-subject';
import type { DirectSieve } from './direct-sieve';
import { matchOf } from './direct-sieve';

/** The sieve of attributions before a quotation. */
export const before: DirectSieve = {
  name: 'before',
  attribute: (ctx, slot) => matchOf(attributeBefore(ctx.doc, slot.span, slot.floor, ctx.findPerson, ctx.lex)),
};

/**
 * The attribution before `span` within `[floor, span.open)`: the last verb of saying of the
 * sentence part before the quotation, with its subject.
 */
function attributeBefore(
  doc: TextDoc,
  span: QuotationSpan,
  floor: number,
  findPerson: PersonFinder,
  lex: Lexicon,
): FoundAttribution | undefined {
  const text = doc.article.text;
  const toks = tokensIn(doc, floor, span.open);
  for (let v = toks.length - 1; v >= 0; v--) {
    const t = toks[v];
    if (isSentenceEnd(t) && v < toks.length - 1) return undefined;
    if (lex.speech.continuingParticiples.has(t.lower) || !isSpeechVerb(t, lex) || !isVerbUse(toks, v, lex))
      continue;
    if (lex.speech.participles.has(t.lower)) {
      const subject = sentenceSubject(text, toks, v, lex);
      const known = subject && (subject.kind !== 'description' || isKnownSourceHead(subject.head, lex));
      const p = (known ? subject : findPerson(floor, t.start)) ?? subject;
      return p ? foundAttribution(text, p, t, 'quote.direct.before.saying', lex) : undefined;
    }
    if (toks[v - 1]?.text === ',') {
      const after = findPhraseAfter(text, toks, v, toks.length, lex);
      const next = after && toks.find((x) => x.start >= after.end);
      if (after && after.kind === 'name' && next?.text === ',')
        return foundAttribution(text, after, t, 'quote.direct.embedded', lex);
    }
    const p = findSubjectBefore(text, toks, v, 0, lex);
    if (p)
      return foundAttribution(
        text,
        p,
        t,
        v >= toks.length - 2 ? 'quote.direct.before' : 'quote.direct.embedded',
        lex,
      );
  }
  return undefined;
}
