/**
 * Republications in memory (`upsert-publications.cypher`, then `link-publications.cypher`):
 * one `Publication` per input, linked to the article of its body, and the copies listed on the
 * article, first copy first.
 */
import { ARTICLE_ID_SCHEME } from '../graph/article-hash';
import type { PublicationRow } from '../model/graph';
import { setProp, type MemoryGraph, type MemoryNode } from './memory-graph';

/** `ORDER BY p.publishedAt IS NULL, p.publishedAt, p.id`. */
function cypherCopyOrder(a: MemoryNode, b: MemoryNode): number {
  const da = a.props.get('publishedAt');
  const db = b.props.get('publishedAt');
  if ((da === undefined) !== (db === undefined)) return da === undefined ? 1 : -1;
  if (typeof da === 'string' && typeof db === 'string' && da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const text = (node: MemoryNode, name: string): string => {
  const value = node.props.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * Writes every publication, and links the publications of each body to its article (`bodies`:
 * body hash → article id, or null for a body without one).
 */
export function writePublicationsInMemory(
  graph: MemoryGraph,
  rows: readonly PublicationRow[],
  bodies: ReadonlyMap<string, string | null>,
): void {
  const byBody = new Map<string, MemoryNode[]>();
  for (const row of rows) {
    const p = graph.mergeNode('Publication', row.id);
    setProp(p.props, 'sha256', row.sha256);
    setProp(p.props, 'bodyHash', row.bodyHash);
    setProp(p.props, 'title', row.title);
    setProp(p.props, 'source', row.source);
    setProp(p.props, 'url', row.url);
    setProp(p.props, 'publishedAt', row.publishedAt);
    setProp(p.props, 'idScheme', { kind: 'double', value: ARTICLE_ID_SCHEME });
    const list = byBody.get(row.bodyHash) ?? [];
    list.push(p);
    byBody.set(row.bodyHash, list);
  }
  for (const [bodyHash, articleId] of bodies) {
    const article = articleId === null ? undefined : graph.node('Article', articleId);
    if (article === undefined) continue;
    const copies = [...(byBody.get(bodyHash) ?? [])].sort(cypherCopyOrder);
    for (const p of copies) graph.mergeRel(p, 'OF', article);
    const a = article.props;
    a.set('publications', copies.length);
    a.set(
      'publicationIds',
      copies.map((c) => c.id),
    );
    a.set(
      'publicationSources',
      copies.map((c) => text(c, 'source')),
    );
    a.set(
      'publicationDates',
      copies.map((c) => text(c, 'publishedAt')),
    );
    a.set(
      'publicationUrls',
      copies.map((c) => text(c, 'url')),
    );
  }
}
