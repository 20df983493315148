import type { Article } from './article';
import type { Entity } from './entity';
import type { ScannedToken, Sentence } from './text';
import type { Lexicon } from '../lexicon/load-lexicon';

/**
 * One article read once: its sentences and its one tokenization, with the lexicon (word lists)
 * every stage reads. Offsets of every span point into `article.text`; sentence `i` holds
 * `tokens[tokenStarts[i]]` up to `tokens[tokenStarts[i + 1]]`.
 */
export interface TextDoc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly ScannedToken[];
  /** Index of each sentence's first token, and `tokens.length` last. */
  readonly tokenStarts: readonly number[];
  readonly lexicon: Lexicon;
}

/**
 * The Doc every fact extractor reads: the text, plus the entities the entity stage resolved
 * over it. Fact extractors add nothing to it and recognise no entity again.
 */
export interface Doc extends TextDoc {
  readonly entities: readonly Entity[];
}
