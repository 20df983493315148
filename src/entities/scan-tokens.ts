/**
 * The Doc's tokens as the name finder reads them, sentence by sentence (their flags are made with
 * the tokens, see `ScannedToken`), plus the set of words the article also writes in lower case (a
 * capitalised word that the article uses in lower case elsewhere is an ordinary word, not a name).
 */
import type { ScannedToken } from '../model/text';
import type { TextDoc } from '../model/doc';
import type { Lexicon } from '../lexicon/load-lexicon';
import type { NameLookup } from '../text/tokenize';
import { lookupName, startsLongerName, wordInfoOf, type LexiconHit } from './lexicon';

export type { ScannedToken } from '../model/text';

export interface ScannedArticle {
  readonly sentences: readonly (readonly ScannedToken[])[];
  /** Lower-case forms (`lowerDot`) of words the article writes starting with a lower-case letter. */
  readonly lowerWords: ReadonlySet<string>;
}

const LOWER_RE = /^\p{Ll}/u;

// The character tests below answer ASCII from the character code and leave the rest to the regular
// expressions, which give the same answers but cost a call each on every token.
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

/** `LOWER_RE.test(text)`: starts with a lower-case letter. */
function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? isAsciiLower(c) : LOWER_RE.test(text);
}

/**
 * The lexicon's answers for one article's capitalised tokens (`wordInfo`): the same few thousand
 * words recur across articles, and their remembered answers are one map access away.
 */
export function articleNames(lexicon: Lexicon): NameLookup {
  return wordInfoOf(lexicon);
}

/** The lexicon's answer for one token, as `lookupName(normaliseName(t.text), t.acronym)` gives it. */
export function tokenHit(t: ScannedToken, lexicon: Lexicon): LexiconHit | undefined {
  return t.cap ? t.hit : lookupName(t.norm, t.acronym, lexicon);
}

/** Whether some name of two or more words starts with the token, as `startsLongerName(t.norm)` says. */
export function startsLonger(t: ScannedToken, lexicon: Lexicon): boolean {
  return t.cap ? t.longer : startsLongerName(t.norm, lexicon);
}

/** The Doc's tokens sentence by sentence, and the words the article writes in lower case. */
export function scanTokens(doc: TextDoc): ScannedArticle {
  const lowerWords = new Set<string>();
  const out: ScannedToken[][] = [];
  const raw = doc.tokens;
  for (let s = 0; s < doc.sentences.length; s++) {
    const from = doc.tokenStarts[s];
    const to = doc.tokenStarts[s + 1];
    for (let i = from; i < to; i++) {
      const t = raw[i];
      if (t.alnum && !t.cap && startsLower(t.text)) lowerWords.add(t.lowerDot);
    }
    out.push(raw.slice(from, to));
  }
  return { sentences: out, lowerWords };
}
