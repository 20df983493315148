/**
 * What the identity pass changes in the graph, given the entity nodes it read and the clusters:
 * which atoms' relationships move to which node, which nodes are left empty, and which nodes get
 * new names, aliases, keys and `mergedIds`. Pure.
 *
 * A relationship belongs to one atom: the key stamped on it (`toAtom` when the entity is its end,
 * `fromAtom` when it is its start), or, unstamped, its node's own id. A cluster lives in the node
 * whose id is its canonical key; every other atom's relationships move there.
 */
import type { IdentityAtom } from './cluster-identities';

/** An entity node as the identity pass reads it. */
export interface IdentityNode {
  readonly id: string;
  /** Its type label (`Person`, `Organization`, …). */
  readonly type: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly keys: readonly string[];
  readonly mergedIds: readonly string[];
  /** The atoms its relationships belong to, with the articles that mention each. */
  readonly atoms: readonly IdentityAtom[];
}

/** Moves the relationships of `atom` from node `from` to node `to` (made, with `type`, `name` and `keys`, when missing). */
export interface AtomMove {
  readonly atom: string;
  readonly from: string;
  readonly to: string;
  readonly type: string;
  readonly name: string;
  readonly keys: readonly string[];
}

/** The properties a cluster's node ends with. */
export interface IdentityUpdate {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly keys: readonly string[];
  readonly mergedIds: readonly string[];
}

export interface IdentityPlan {
  readonly moves: readonly AtomMove[];
  /** Nodes every atom moved out of (removed once nothing points at them). */
  readonly emptied: readonly string[];
  readonly updates: readonly IdentityUpdate[];
}

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();
const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Plans the moves that bring the graph to `canonical` (atom → canonical key). `renames` gives
 * display names by atom; `nameKey` folds a name as entity keys do (to find, among a node's names,
 * the one of an atom that leaves it); `keyOf` folds a name as `Entity.keys` does.
 */
export function planIdentityMoves(
  nodes: readonly IdentityNode[],
  canonical: ReadonlyMap<string, string>,
  renames: ReadonlyMap<string, string>,
  nameKey: (name: string) => string,
  keyOf: (name: string) => string,
): IdentityPlan {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const moves: AtomMove[] = [];
  const emptied: string[] = [];
  /** Per target node: the nodes whose atoms move into it. */
  const sources = new Map<string, IdentityNode[]>();
  /** Per target node: its live atoms after the moves. */
  const clusterAtoms = new Map<string, Set<string>>();
  const ordered = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (const node of ordered) {
    let stays = 0;
    for (const { id: atom } of [...node.atoms].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const to = canonical.get(atom) ?? atom;
      const set = clusterAtoms.get(to) ?? new Set<string>();
      set.add(atom);
      clusterAtoms.set(to, set);
      if (to === node.id) {
        stays++;
        continue;
      }
      const forms = [node.name, ...node.aliases];
      const bare = atom.slice(atom.indexOf(':') + 1);
      const name = forms.find((f) => nameKey(f) === bare) ?? titleCase(bare);
      moves.push({ atom, from: node.id, to, type: node.type, name, keys: [keyOf(name)] });
      const list = sources.get(to) ?? [];
      if (!list.includes(node)) list.push(node);
      sources.set(to, list);
    }
    if (stays === 0 && node.atoms.length > 0) emptied.push(node.id);
  }

  const updates: IdentityUpdate[] = [];
  for (const [id, atoms] of [...clusterAtoms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const node = byId.get(id);
    const from = sources.get(id) ?? [];
    const move = moves.find((m) => m.to === id);
    const current = node?.name ?? move?.name ?? titleCase(id.slice(id.indexOf(':') + 1));
    const renamed =
      renames.get(id) ??
      [...atoms]
        .sort()
        .map((a) => renames.get(a))
        .find((n) => n !== undefined);
    const name = renamed ?? current;
    const mergedIds = sorted([...atoms].filter((a) => a !== id));
    const changed = from.length > 0 || name !== node?.name;
    if (!changed && node !== undefined && sameList(sorted(node.mergedIds), mergedIds)) continue;
    const forms = [
      ...(node ? [node.name, ...node.aliases] : []),
      ...from.flatMap((s) => [s.name, ...s.aliases]),
      ...(move && !node ? [move.name] : []),
    ];
    const aliases = sorted(forms.filter((f) => f !== name));
    const keys = sorted([
      ...(node?.keys ?? []),
      ...from.flatMap((s) => s.keys),
      ...[name, ...aliases].map(keyOf),
    ]);
    updates.push({ id, name, aliases, keys, mergedIds });
  }
  return { moves, emptied: sorted(emptied), updates };
}

/** "sergei lavrov" → "Sergei Lavrov": a display name for an atom whose own spelling is lost. */
function titleCase(bare: string): string {
  return bare.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
