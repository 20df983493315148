/**
 * Reads one cleaned article into its Doc text layer: one sentence split, one tokenization, and
 * the lexicon the later stages read. Every later stage takes its tokens from here. The caller
 * gives the name lookup that flags capitalised tokens (`articleNames` of the name finder), so
 * the text layer does not reach into the later stages.
 */
import type { Article } from '../model/article';
import type { TextDoc } from '../model/doc';
import type { Lexicon } from '../lexicon/load-lexicon';
import type { ScannedToken, Token } from '../model/text';
import { locate } from './locate';
import { splitSentences } from './split-sentences';
import { tokenize, type NameLookup } from './tokenize';

export function readDoc(article: Article, lexicon: Lexicon, names: NameLookup): TextDoc {
  const sentences = splitSentences(article.text);
  const tokens: ScannedToken[] = [];
  const tokenStarts: number[] = [];
  for (const sentence of sentences) {
    tokenStarts.push(tokens.length);
    tokenize(article.text, sentence, tokens, names);
  }
  tokenStarts.push(tokens.length);
  return { article, sentences, tokens, tokenStarts, lexicon };
}

/** The tokens of sentence `index`. */
export function sentenceTokens(doc: TextDoc, index: number): Token[] {
  return doc.tokens.slice(doc.tokenStarts[index], doc.tokenStarts[index + 1]);
}

/** The tokens that lie wholly inside `[from, to)`. */
export function tokensIn(doc: TextDoc, from: number, to: number): Token[] {
  return doc.tokens.slice(
    locate(doc.tokens, from),
    locate(doc.tokens, to + 1, (t) => t.end),
  );
}
