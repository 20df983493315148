/** A `[start, end)` character range in an article's cleaned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends Span {
  /** 0-based position in the article. */
  readonly index: number;
  readonly text: string;
}

/** One token of the article's one tokenization (see `text/tokenize.ts`). */
export interface Token extends Span {
  readonly text: string;
  /** Index of the sentence that holds the token. */
  readonly sentence: number;
  /** Lower case, ’ folded to ', without an abbreviation's period ("Mr." → "mr"). */
  readonly lower: string;
  /** A word (starts with a letter or a digit) or a possessive ending; false for punctuation. */
  readonly word: boolean;
  /** Starts with a capital, a name particle before a capital ("al-Sisi") or digits before a capital. */
  readonly cap: boolean;
  /** The possessive ending ’s / 's split off its word, or an apostrophe after a plural ("troops’"). */
  readonly possessive: boolean;
}
