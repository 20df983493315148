/**
 * Events in memory: every attack of the graph read as `event-attacks.cypher` reads it, grouped
 * once by `groupEvents` (the transactional load groups the attacks it touches in each
 * transaction, with the same result), and written as `upsert-events.cypher` writes them.
 */
import { attackInterval, eventId, groupEvents, type EventAttack } from '../events/group-events';
import { RANK } from '../graph/event-writes';
import { setProp, type MemoryGraph, type MemoryNode } from './memory-graph';

const out = (node: MemoryNode, type: string): MemoryNode[] =>
  [...node.rels].filter((r) => r.start === node && r.type === type).map((r) => r.end);

const str = (node: MemoryNode, name: string): string | null => {
  const value = node.props.get(name);
  return typeof value === 'string' ? value : null;
};

const num = (node: MemoryNode, name: string): number | null => {
  const value = node.props.get(name);
  return typeof value === 'number' ? value : null;
};

/** The attack as the grouping reads it, or undefined when it lacks an attacker or a target. */
function readAttack(attack: MemoryNode): (EventAttack & { node: MemoryNode }) | undefined {
  const by = out(attack, 'BY')[0];
  const target = out(attack, 'TARGETED')[0];
  if (by === undefined || target === undefined) return undefined;
  const kind = str(target, 'placeKind');
  const code = str(target, 'countryCode');
  const containers = [
    ...out(attack, 'IN_PLACE').map((p) => p.id),
    ...(code === null || kind === 'country' ? [] : [`location:${code.toLowerCase()}`]),
  ];
  return {
    node: attack,
    id: attack.id,
    attacker: by.id,
    target: target.id,
    targetRank: kind === null ? 0 : (RANK[kind] ?? 0),
    containers,
    ...attackInterval(str(attack, 'date'), str(attack, 'datePrecision')),
  };
}

const largest = (values: readonly (number | null)[]): number | null =>
  values.reduce<number | null>((m, v) => (v !== null && (m === null || v > m) ? v : m), null);

/** Groups every attack of `graph` into events and writes them. Returns how many events. */
export function writeEventsInMemory(graph: MemoryGraph): number {
  const attacks = new Map<string, EventAttack & { node: MemoryNode }>();
  for (const node of graph.nodes()) {
    if (node.space !== 'Attack') continue;
    const read = readAttack(node);
    if (read !== undefined) attacks.set(read.id, read);
  }
  let events = 0;
  for (const group of groupEvents([...attacks.values()])) {
    const members = group.flatMap((id) => attacks.get(id) ?? []);
    const targetId = [...members].sort((a, b) => a.targetRank - b.targetRank || (a.id < b.id ? -1 : 1))[0]
      .target;
    const days = members.flatMap((m) => (m.from === null || m.to === null ? [] : [m.from, m.to])).sort();
    const target = graph.node('Entity', targetId);
    const e = graph.mergeNode('Event', eventId(group));
    events++;
    for (const m of members) graph.mergeRel(m.node, 'PART_OF', e);
    if (target !== undefined) graph.mergeRel(e, 'TARGETED', target);
    // Attacks by id: the attacker of the first, the articles in that order.
    const ordered = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const by = out(ordered[0].node, 'BY')[0];
    graph.mergeRel(e, 'BY', by);
    const articles = [...new Set(ordered.flatMap((m) => str(m.node, 'article') ?? []))];
    const sources = new Set<string | null>();
    for (const id of articles) {
      const article = graph.node('Article', id);
      if (article === undefined) continue;
      const copies = [...article.rels].filter((r) => r.type === 'OF' && r.end === article);
      if (copies.length === 0) sources.add(str(article, 'source'));
      for (const r of copies) sources.add(str(r.start, 'source') ?? str(article, 'source'));
    }
    const p = e.props;
    setProp(p, 'attacker', str(by, 'name'));
    p.set('attacks', ordered.length);
    p.set('articleIds', articles);
    p.set('articles', articles.length);
    p.set('sources', sources.size);
    setProp(p, 'killed', largest(ordered.map((m) => num(m.node, 'killed'))));
    setProp(p, 'injured', largest(ordered.map((m) => num(m.node, 'injured'))));
    if (target === undefined) continue;
    setProp(p, 'target', str(target, 'name'));
    setProp(p, 'date', days[0] ?? null);
    setProp(p, 'dateTo', days[days.length - 1] ?? null);
  }
  return events;
}
