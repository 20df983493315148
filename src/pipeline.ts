import type { Article } from './model/article';
import type { Doc, TextDoc } from './model/doc';
import type { Entity } from './model/entity';
import type { Fact } from './model/fact';
import type { ArticleResult } from './model/result';
import { readDoc } from './text/read-doc';
import { findMentions } from './entities/find-mentions';
import { articleNames } from './entities/scan-tokens';
import { resolveEntities } from './entities/resolve-entities';
import { addSlotPlaces } from './entities/find-slot-places';
import { geocodePlaces } from './entities/geocode-places';
import { FACT_KINDS } from './facts/registry';
import { defaultLexicon, type Lexicon } from './lexicon/load-lexicon';

/**
 * Runs the extraction stages over one cleaned article, in order: sentences and tokens (the
 * Doc) → mentions → resolved entities → the facts of every registered kind, each reading the Doc.
 * Pure: no I/O, no database. `lexicon` holds the word lists every stage reads (by default the
 * package's `data/`, loaded once).
 */
export function extractArticle(article: Article, lexicon: Lexicon = defaultLexicon()): ArticleResult {
  const text = readDoc(article, lexicon, articleNames(lexicon));
  const entities = findEntities(text);
  const { sentences, tokens, tokenStarts } = text;
  const doc: Doc = { article, sentences, tokens, tokenStarts, lexicon, entities };
  const facts = FACT_KINDS.flatMap((kind): Fact[] => kind.extract(doc));
  return { article, sentences: doc.sentences, entities, facts };
}

/**
 * The entity stage over a Doc's text: mentions, resolved entities, the places of attack-report
 * slots, and the points of the places.
 */
export function findEntities(text: TextDoc): Entity[] {
  const resolved = resolveEntities(text.article, text.sentences, findMentions(text), text.lexicon);
  return geocodePlaces(text, addSlotPlaces(text, resolved));
}
