/**
 * The identity pass in memory (`resolve-identities.ts` without Neo4j): the entity nodes and
 * their atoms read as `identity-atoms.cypher` reads them, the same clustering and plan
 * (`clusterIdentities`, `planIdentityMoves`), and the plan applied as `move-identity`,
 * `delete-emptied-entities` and `set-identity` apply it.
 */
import { normaliseName } from '../entities/normalise-name';
import { canonicalName } from '../entities/vocabulary';
import {
  clusterIdentities,
  NO_RULES,
  type IdentityAtom,
  type IdentityRules,
} from '../graph/cluster-identities';
import { ruleIds } from '../graph/identity-aliases';
import { planIdentityMoves, type AtomMove, type IdentityNode } from '../graph/plan-identity-moves';
import type { IdentitySummary } from '../graph/resolve-identities';
import type { MemoryGraph, MemoryNode, MemoryRel } from './memory-graph';

const strings = (node: MemoryNode, name: string): string[] => {
  const value = node.props.get(name);
  return Array.isArray(value) ? (value as string[]) : [];
};

/** The atom a relationship belongs to on the side of `node`. */
function atomOf(rel: MemoryRel, node: MemoryNode): string {
  const stamp = rel.props.get(rel.start === node ? 'fromAtom' : 'toAtom');
  return typeof stamp === 'string' ? stamp : node.id;
}

function readNodes(graph: MemoryGraph, ids: ReadonlySet<string>): IdentityNode[] {
  const nodes: IdentityNode[] = [];
  for (const n of graph.nodes()) {
    if (n.space !== 'Entity') continue;
    if (!n.labels.has('Person') && !n.props.has('mergedIds') && !ids.has(n.id)) continue;
    const articles = new Map<string, number>();
    for (const r of n.rels) {
      const atom = atomOf(r, n);
      const other = r.start === n ? r.end : r.start;
      articles.set(atom, (articles.get(atom) ?? 0) + (other.space === 'Article' ? 1 : 0));
    }
    const name = n.props.get('name');
    nodes.push({
      id: n.id,
      type: [...n.labels][0] ?? 'Entity',
      name: typeof name === 'string' ? name : '',
      aliases: strings(n, 'aliases'),
      keys: strings(n, 'keys'),
      mergedIds: strings(n, 'mergedIds'),
      atoms: [...articles].map(([id, count]) => ({ id, articles: count })),
    });
  }
  return nodes;
}

/** The places and organisations of the articles whose mentions of `e` belong to `atom`. */
function contextOf(e: MemoryNode, atom: string): Set<string> {
  const context = new Set<string>();
  for (const m of e.rels) {
    const article = m.start;
    if (m.type !== 'MENTIONS' || m.end !== e || article.space !== 'Article' || atomOf(m, e) !== atom)
      continue;
    for (const r of article.rels) {
      const o = r.end;
      if (r.type !== 'MENTIONS' || r.start !== article || o === e) continue;
      if (o.labels.has('Location') || o.labels.has('Organization')) context.add(o.id);
    }
  }
  return context;
}

/** `identity-contexts.cypher`: the places and organisations of the articles that mention each atom. */
function readContexts(
  graph: MemoryGraph,
  nodes: readonly IdentityNode[],
  ambiguous: readonly { atom: string; candidates: readonly string[] }[],
  canonical: ReadonlyMap<string, string>,
): Map<string, Set<string>> {
  const wanted = new Set<string>(ambiguous.map((a) => a.atom));
  const candidates = new Set(ambiguous.flatMap((a) => a.candidates));
  for (const [atom, key] of canonical) if (candidates.has(key)) wanted.add(atom);
  const contexts = new Map<string, Set<string>>();
  for (const n of nodes) {
    const e = graph.node('Entity', n.id);
    if (e === undefined) continue;
    for (const atom of n.atoms.map((a) => a.id).filter((a) => wanted.has(a))) {
      const context = contextOf(e, atom);
      if (context.size > 0) contexts.set(atom, context);
    }
  }
  return contexts;
}

/** `move-identity.cypher` for one row. */
function moveAtom(graph: MemoryGraph, move: AtomMove): void {
  const n = graph.node('Entity', move.from);
  if (n === undefined) return;
  let t = graph.node('Entity', move.to);
  if (t === undefined) {
    t = graph.mergeNode('Entity', move.to);
    t.props.set('name', move.name);
    t.props.set('aliases', []);
    t.props.set('keys', move.keys);
  }
  t.labels.add(move.type);
  const stamp = move.atom === move.to ? null : move.atom;
  for (const r of [...n.rels] as MemoryRel[]) {
    const outgoing: boolean = r.start === n;
    const x: MemoryNode = outgoing ? r.end : r.start;
    if (x === n || atomOf(r, n) !== move.atom) continue;
    const moved = outgoing ? graph.createRel(t, r.type, x) : graph.createRel(x, r.type, t);
    for (const [k, v] of r.props) moved.props.set(k, v);
    const side = outgoing ? 'fromAtom' : 'toAtom';
    if (stamp === null) moved.props.delete(side);
    else moved.props.set(side, stamp);
    graph.deleteRel(r);
  }
}

/** Runs the identity pass on `graph`; see the module comment. */
export function resolveIdentitiesInMemory(
  graph: MemoryGraph,
  rules: IdentityRules = NO_RULES,
): Omit<IdentitySummary, 'seconds'> {
  const nodes = readNodes(graph, new Set(ruleIds(rules)));
  const atoms: IdentityAtom[] = nodes.flatMap((n) => n.atoms);
  let clusters = clusterIdentities(atoms, { rules });
  if (clusters.ambiguous.length > 0) {
    const contexts = readContexts(graph, nodes, clusters.ambiguous, clusters.canonical);
    clusters = clusterIdentities(atoms, { rules, contexts });
  }
  const plan = planIdentityMoves(nodes, clusters.canonical, rules.renames, canonicalName, normaliseName);
  for (const move of plan.moves) moveAtom(graph, move);
  for (const id of plan.emptied) {
    const e = graph.node('Entity', id);
    if (e !== undefined) graph.deleteNode(e);
  }
  for (const u of plan.updates) {
    const e = graph.node('Entity', u.id);
    if (e === undefined) continue;
    e.props.set('name', u.name);
    e.props.set('aliases', u.aliases);
    e.props.set('keys', u.keys);
    if (u.mergedIds.length === 0) e.props.delete('mergedIds');
    else e.props.set('mergedIds', u.mergedIds);
  }
  return {
    atoms: atoms.length,
    moved: plan.moves.length,
    removed: plan.emptied.length,
    updated: plan.updates.length,
    ambiguous: clusters.ambiguous.length,
  };
}
