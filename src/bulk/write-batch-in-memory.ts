/**
 * The upserts of `cypher/write/` applied to a {@link MemoryGraph}: the same MERGE and SET
 * semantics, row by row and in the writer's order (`upserts()`: articles, entities, sentences,
 * mentions, roles, then each fact kind). A row whose MATCH finds nothing is dropped, as in
 * Cypher. Kept beside the Cypher files: the bulk integration test compares the two graphs.
 */
import type { GraphBatch } from '../graph/build-batch';
import { ARTICLE_ID_SCHEME } from '../graph/article-hash';
import { FACT_KINDS, type FactKindName, type FactRowOf } from '../facts/registry';
import type { EntityRow } from '../model/graph';
import { setProp, type MemoryGraph, type MemoryNode, type Value } from './memory-graph';

/** Characters, as Cypher's `size()` counts them (code points). */
const size = (s: string): number => [...s].length;

/** `reduce(acc = coalesce(old, []), x IN add | CASE WHEN x IN acc THEN acc ELSE acc + x END)`. */
export function unionInOrder(old: Value | undefined, add: readonly string[]): string[] {
  const acc = Array.isArray(old) ? [...(old as readonly string[])] : [];
  const seen = new Set(acc);
  for (const x of add) {
    if (seen.has(x)) continue;
    seen.add(x);
    acc.push(x);
  }
  return acc;
}

function upsertEntity(graph: MemoryGraph, row: EntityRow): void {
  const e = graph.mergeNode('Entity', row.id);
  e.labels.add(row.type);
  const p = e.props;
  const name = p.get('name');
  if (typeof name !== 'string' || size(row.name) > size(name)) p.set('name', row.name);
  p.set('aliases', unionInOrder(p.get('aliases'), row.aliases));
  p.set('keys', unionInOrder(p.get('keys'), row.keys));
  if (row.country !== null) p.set('country', row.country);
  if (row.countryCode !== null) p.set('countryCode', row.countryCode);
  if (row.placeKind !== null) p.set('placeKind', row.placeKind);
  if (row.category !== null && row.category !== undefined) p.set('category', row.category);
  if (row.latitude !== null && row.longitude !== null) {
    setProp(p, 'precision', row.precision);
    p.set('point', { kind: 'point', latitude: row.latitude, longitude: row.longitude });
  }
}

type FactWriter<K extends FactKindName> = (graph: MemoryGraph, row: FactRowOf<K>) => void;

/** Relationships from `node` to the sentences of a fact after its first (`row.moreSentences`). */
function inMoreSentences(graph: MemoryGraph, node: MemoryNode, more: readonly string[]): void {
  for (const id of more) {
    const other = graph.node('Sentence', id);
    if (other !== undefined) graph.mergeRel(node, 'IN', other);
  }
}

/** `upsert-<kind>.cypher` of each registered kind; the compiler asks for a new kind's writer. */
const FACT_WRITERS: { readonly [K in FactKindName]: FactWriter<K> } = {
  quote: (graph, row) => {
    const s = graph.node('Sentence', row.sentence);
    if (s === undefined) return;
    const q = graph.mergeNode('Quote', row.id);
    const set = (name: string, value: Value): void => setProp(q.props, name, value);
    set('text', row.text);
    set('direct', row.direct);
    set('medium', row.medium);
    set('cue', row.cue);
    set('speaker', row.speakerName);
    set('speakerRole', row.speakerRole);
    set('start', row.start);
    set('end', row.end);
    set('rule', row.rule);
    set('article', row.article);
    graph.mergeRel(q, 'IN', s);
    inMoreSentences(graph, q, row.moreSentences);
    const speaker = row.speakerEntity === null ? undefined : graph.node('Entity', row.speakerEntity);
    if (speaker !== undefined) graph.mergeRel(speaker, 'SAID', q);
    if (row.sourceId !== null) {
      const src = graph.mergeNode('Source', row.sourceId);
      src.props.set('description', row.speakerName);
      src.props.set('article', row.article);
      graph.mergeRel(src, 'SAID', q);
    }
    for (const key of row.about) {
      const e = graph.node('Entity', key);
      if (e !== undefined) graph.mergeRel(q, 'ABOUT', e);
    }
  },
  attack: (graph, row) => {
    const s = graph.node('Sentence', row.sentence);
    const by = graph.node('Entity', row.attacker);
    const target = graph.node('Entity', row.target);
    if (s === undefined || by === undefined || target === undefined) return;
    const a = graph.mergeNode('Attack', row.id);
    const set = (name: string, value: Value): void => setProp(a.props, name, value);
    set('type', row.type);
    set('date', row.date);
    set('dateText', row.dateText);
    set('datePrecision', row.datePrecision);
    set('dateSource', row.dateSource);
    set('killed', row.killed);
    set('injured', row.injured);
    set('weaponCounts', row.weaponCounts);
    set('intercepted', row.intercepted);
    set('start', row.start);
    set('end', row.end);
    set('rule', row.rule);
    set('article', row.article);
    graph.mergeRel(a, 'IN', s);
    graph.mergeRel(a, 'BY', by);
    graph.mergeRel(a, 'TARGETED', target);
    setProp(graph.mergeRel(by, 'ATTACKED', target, 'attack', row.id).props, 'date', row.date);
    inMoreSentences(graph, a, row.moreSentences);
    const place = row.location === null ? undefined : graph.node('Entity', row.location);
    if (place !== undefined) graph.mergeRel(a, 'IN_PLACE', place);
    for (const key of row.weapons) {
      const w = graph.node('Entity', key);
      if (w !== undefined) graph.mergeRel(a, 'USED', w);
    }
  },
};

/** Writes one batch into `graph` as `Neo4jWriter.write` writes its upserts (see the module comment). */
export function writeBatchInMemory(graph: MemoryGraph, batch: GraphBatch): void {
  for (const row of batch.articles) {
    const a = graph.mergeNode('Article', row.id);
    const set = (name: string, value: Value): void => setProp(a.props, name, value);
    set('title', row.title);
    set('source', row.source);
    set('url', row.url);
    set('publishedAt', row.publishedAt);
    set('sha256', row.sha256);
    set('bodyHash', row.bodyHash);
    set('idScheme', { kind: 'double', value: ARTICLE_ID_SCHEME });
  }
  for (const row of batch.entities) upsertEntity(graph, row);
  for (const row of batch.sentences) {
    const article = graph.node('Article', row.article);
    if (article === undefined) continue;
    const s = graph.mergeNode('Sentence', row.id);
    s.props.set('index', row.index);
    s.props.set('text', row.text);
    s.props.set('start', row.start);
    s.props.set('end', row.end);
    graph.mergeRel(s, 'IN', article);
  }
  for (const row of batch.mentions) {
    const a = graph.node('Article', row.article);
    const e = graph.node('Entity', row.entity);
    if (a === undefined || e === undefined) continue;
    const m = graph.mergeRel(a, 'MENTIONS', e);
    m.props.set('count', row.count);
    m.props.set('sentences', row.sentences);
    m.props.set('rules', row.rules);
  }
  for (const row of batch.roles) {
    const p = graph.node('Entity', row.person);
    const o = graph.node('Entity', row.of);
    if (p === undefined || o === undefined) continue;
    const r = graph.mergeRel(p, 'HOLDS_ROLE', o, 'title', row.title);
    r.props.set('articles', unionInOrder(r.props.get('articles'), [row.article]));
  }
  for (const kind of FACT_KINDS) writeFacts(graph, kind.kind, batch.facts[kind.kind]);
}

function writeFacts<K extends FactKindName>(
  graph: MemoryGraph,
  kind: K,
  rows: readonly FactRowOf<FactKindName>[],
): void {
  const write = FACT_WRITERS[kind] as FactWriter<K>;
  for (const row of rows as readonly FactRowOf<K>[]) write(graph, row);
}
