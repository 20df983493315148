import type { LexiconHit } from '../entities/lexicon';

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

/**
 * A Doc token with the flags the name finder reads, computed once when the token is made (see
 * `text/tokenize.ts`). `lowerDot` and `alnum` differ from `lower` and `word` on purpose: the
 * name lists key abbreviations with their period, and a possessive ending is no name word.
 */
export interface ScannedToken extends Token {
  /** `lower` with an abbreviation's period kept ("st.", "e.") as the word lists have it. */
  readonly lowerDot: string;
  /** `normaliseName(text)`: the token's key in the lexicons. */
  readonly norm: string;
  /** All letters are capitals and there are at least two ("NATO", "U.S.", "G7"). */
  readonly acronym: boolean;
  /** Starts with a letter or a digit (unlike `word`, a possessive ending is no word here). */
  readonly alnum: boolean;
  /** First word of its sentence, of a line, or after an opening quotation mark or a colon. */
  readonly initial: boolean;
  /**
   * For a capitalised token: the lexicon's answer for the token alone (`lookupName(norm,
   * acronym)`); undefined for other tokens, and for every token tokenized without a lexicon.
   */
  readonly hit: LexiconHit | undefined;
  /**
   * For a capitalised token: some name of two or more words starts with it (`startsLongerName(norm)`);
   * false for other tokens, and for every token tokenized without a lexicon.
   */
  readonly longer: boolean;
}
