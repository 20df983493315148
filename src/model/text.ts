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

export interface Token extends Span {
  readonly text: string;
  /** Index of the sentence that holds the token. */
  readonly sentence: number;
}
