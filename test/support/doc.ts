/** Builds the Doc of a test text, as the pipeline reads an article, without the entity stage. */
import type { Article } from '../../src/model/article';
import type { Doc, TextDoc } from '../../src/model/doc';
import type { Entity } from '../../src/model/entity';
import { readDoc } from '../../src/text/read-doc';

/** An article over `text` (its first line is the title), published on `publishedAt` when given. */
export function testArticle(text: string, publishedAt?: string): Article {
  return {
    id: 't#0',
    source: 't.txt',
    path: 't.txt',
    index: 0,
    title: text.split('\n')[0],
    text,
    ...(publishedAt !== undefined ? { publishedAt } : {}),
  };
}

/** The text layer of the Doc of `text`: sentences and tokens. */
export function textDocOf(text: string, publishedAt?: string): TextDoc {
  return readDoc(testArticle(text, publishedAt));
}

/** The Doc of `text` with the given entities, as fact extractors read it. */
export function docOf(text: string, entities: readonly Entity[], publishedAt?: string): Doc {
  return { ...textDocOf(text, publishedAt), entities };
}
