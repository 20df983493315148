/**
 * The identity pass: after a load (and by `newsgraph relink`), reads the entity nodes of the graph
 * with the atoms their relationships belong to, clusters the atoms (`clusterIdentities`, a
 * function of the set of atoms, so the load order does not matter), and moves relationships so
 * that each cluster is one node (`planIdentityMoves`), in one write transaction with batched
 * parameterised statements from `cypher/write/`.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { normaliseName } from '../entities/normalise-name';
import { canonicalName } from '../entities/vocabulary';
import { clusterIdentities, NO_RULES, type IdentityAtom, type IdentityRules } from './cluster-identities';
import { ruleIds } from './identity-aliases';
import { cypher, type CypherName } from './cypher';
import { withIntegers } from './integer-values';
import { planIdentityMoves, type IdentityNode } from './plan-identity-moves';

export interface IdentitySummary {
  /** Atoms (per-article entity keys) read. */
  readonly atoms: number;
  /** Atoms whose relationships moved to another node. */
  readonly moved: number;
  /** Nodes removed because all their atoms joined other nodes. */
  readonly removed: number;
  /** Nodes whose name, aliases, keys or merged ids were set. */
  readonly updated: number;
  /** Lone surnames left alone because several people fit them. */
  readonly ambiguous: number;
  readonly seconds: number;
}

export interface ResolveOptions {
  readonly rules?: IdentityRules;
  /** Rows per statement. */
  readonly batchSize?: number;
}

/** Runs the identity pass on `database`; see the module comment. */
export async function resolveIdentities(
  driver: Driver,
  database: string,
  options: ResolveOptions = {},
): Promise<IdentitySummary> {
  const started = process.hrtime.bigint();
  const rules = options.rules ?? NO_RULES;
  const batchSize = options.batchSize ?? 5000;
  const session = driver.session({ database });
  try {
    const summary = await session.executeWrite((tx) => resolveIn(tx, rules, batchSize));
    return { ...summary, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    await session.close();
  }
}

async function resolveIn(
  tx: ManagedTransaction,
  rules: IdentityRules,
  batchSize: number,
): Promise<Omit<IdentitySummary, 'seconds'>> {
  const read = await tx.run(cypher()['write/identity-atoms'], { ids: ruleIds(rules) });
  const nodes: IdentityNode[] = read.records.map((r) => ({
    id: r.get('id') as string,
    type: (r.get('type') as string | null) ?? 'Entity',
    name: (r.get('name') as string | null) ?? '',
    aliases: r.get('aliases') as string[],
    keys: r.get('keys') as string[],
    mergedIds: r.get('mergedIds') as string[],
    atoms: (r.get('atoms') as [string, unknown][]).map(([id, articles]) => ({
      id,
      articles: Number(articles),
    })),
  }));
  const atoms: IdentityAtom[] = nodes.flatMap((n) => n.atoms);
  let clusters = clusterIdentities(atoms, { rules });
  if (clusters.ambiguous.length > 0) {
    const contexts = await readContexts(tx, nodes, clusters.ambiguous, clusters.canonical);
    clusters = clusterIdentities(atoms, { rules, contexts });
  }
  const plan = planIdentityMoves(nodes, clusters.canonical, rules.renames, canonicalName, normaliseName);
  await runBatched(tx, 'write/move-identity', plan.moves, batchSize);
  if (plan.emptied.length > 0) await tx.run(cypher()['write/delete-emptied-entities'], { ids: plan.emptied });
  await runBatched(tx, 'write/set-identity', plan.updates, batchSize);
  return {
    atoms: atoms.length,
    moved: plan.moves.length,
    removed: plan.emptied.length,
    updated: plan.updates.length,
    ambiguous: clusters.ambiguous.length,
  };
}

/** The context (co-mentioned places and organisations) of the ambiguous atoms and of the people they may be. */
async function readContexts(
  tx: ManagedTransaction,
  nodes: readonly IdentityNode[],
  ambiguous: readonly { atom: string; candidates: readonly string[] }[],
  canonical: ReadonlyMap<string, string>,
): Promise<Map<string, Set<string>>> {
  const wanted = new Set<string>(ambiguous.map((a) => a.atom));
  const candidates = new Set(ambiguous.flatMap((a) => a.candidates));
  for (const [atom, key] of canonical) if (candidates.has(key)) wanted.add(atom);
  const rows = nodes.flatMap((n) =>
    n.atoms.filter((a) => wanted.has(a.id)).map((a) => ({ node: n.id, atom: a.id })),
  );
  const result = await tx.run(cypher()['write/identity-contexts'], { rows });
  return new Map(result.records.map((r) => [r.get('atom') as string, new Set(r.get('context') as string[])]));
}

async function runBatched(
  tx: ManagedTransaction,
  name: CypherName,
  rows: readonly object[],
  batchSize: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize)
    await tx.run(cypher()[name], { rows: withIntegers(rows.slice(i, i + batchSize)) });
}
