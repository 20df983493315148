/** The Doc of a test text, as the pipeline reads an article, without the entity stage. */
import type { Article } from '../../src/model/article';
import type { Doc, TextDoc } from '../../src/model/doc';
import type { Entity } from '../../src/model/entity';
import { defaultLexicon } from '../../src/lexicon/load-lexicon';
import { articleNames } from '../../src/entities/scan-tokens';
import { readDoc } from '../../src/text/read-doc';
import { articleOf } from './articles';

/** The text layer of the Doc of `text`: sentences and tokens. `more` overrides article fields. */
export function textDocOf(text: string, more: Partial<Article> = {}): TextDoc {
  const lexicon = defaultLexicon();
  return readDoc(articleOf(text, more), lexicon, articleNames(lexicon));
}

/** The Doc of `text` with the given entities, as fact extractors read it. */
export function docOf(text: string, entities: readonly Entity[], more: Partial<Article> = {}): Doc {
  return { ...textDocOf(text, more), entities };
}
