/**
 * Cross-article identity: which entity keys (atoms: the per-article canonical keys, such as
 * `person:sergei lavrov`, `person:lavrov`) name one real thing. Pure, and a function of the SET
 * of atoms: the input is sorted first, full names join in connected components (whose shape does
 * not depend on the order of unions), lone surnames and initials join after, each looking only at
 * the full-name clusters, and every cluster's canonical key is chosen by one total order. So the
 * graph is the same whatever order the articles were loaded in.
 *
 * Rules: two full names join when their surnames and given names can be one spelling
 * (`sameFullName`); a surname alone ("Lavrov", "Mr Lavrov") or with an initial ("S. Lavrov")
 * joins the one full-name cluster of that surname, or, when several share it, the one whose
 * articles share clearly more context (co-mentioned places and organisations) with its own, or
 * else the one named in at least five times as many articles as the others together;
 * otherwise it stays alone. Only people are clustered by these rules; the user's alias rules
 * (`IdentityRules`) merge any entities, keep some apart, and rename.
 */
import {
  personName,
  sameFullName,
  sameSurname,
  initialOf,
  phoneticCodes,
  foldSpelling,
} from '../entities/person-names';
import type { NameVariants, PersonName } from '../entities/person-names';
import { defaultNameVariants } from '../entities/person-names';

/** One atom: an entity key found in the graph, with the number of articles that mention it. */
export interface IdentityAtom {
  readonly id: string;
  readonly articles: number;
}

/** The user's rules (`newsgraph.aliases.json`), with every entity named by its atom id. */
export interface IdentityRules {
  /** Each group is one entity; `into` is its key. */
  readonly merges: readonly { readonly into: string; readonly members: readonly string[] }[];
  /** Atoms the automatic rules never join to anything (an alias merge still does). */
  readonly separate: ReadonlySet<string>;
  /** Display name of the entity holding the atom. */
  readonly renames: ReadonlyMap<string, string>;
}

export const NO_RULES: IdentityRules = Object.freeze({
  merges: [],
  separate: new Set<string>(),
  renames: new Map<string, string>(),
});

export interface ClusterOptions {
  readonly rules?: IdentityRules;
  readonly variants?: NameVariants;
  /**
   * Co-mentioned entity ids of atoms (the places and organisations of the articles that mention
   * them), used to choose between several people of one surname.
   */
  readonly contexts?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A lone surname or initial that fits several people, and their canonical keys. */
export interface AmbiguousAtom {
  readonly atom: string;
  readonly candidates: readonly string[];
}

export interface IdentityClusters {
  /** Every atom's canonical key (its own when it stays alone). */
  readonly canonical: ReadonlyMap<string, string>;
  /** Lone surnames left alone because several people fit them (and context did not decide). */
  readonly ambiguous: readonly AmbiguousAtom[];
}

/** Context overlap a candidate needs, and how many times the next best it must have, to win. */
const MIN_CONTEXT = 2;
const CONTEXT_MARGIN = 2;
/** Articles a candidate needs, and how many times all the others' together, to take a lone surname by itself. */
const MIN_DOMINANT = 3;
const DOMINANCE = 5;

const PERSON = 'person:';

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root;) {
      const next = this.parent.get(y) ?? root;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

interface Parsed {
  readonly id: string;
  readonly name: PersonName;
  readonly articles: number;
}

/** Keys a surname is filed under, so that only names that may match are compared. */
function surnameBuckets(surname: string): string[] {
  const [primary, secondary] = phoneticCodes(surname);
  return [...new Set([`f:${foldSpelling(surname)}`, `p:${primary}`, `p:${secondary}`])];
}

/** Clusters `atoms` into real things; see the module comment for the rules. */
export function clusterIdentities(
  atoms: readonly IdentityAtom[],
  options: ClusterOptions = {},
): IdentityClusters {
  const rules = options.rules ?? NO_RULES;
  const variants = options.variants ?? defaultNameVariants();
  const byId = new Map<string, IdentityAtom>();
  for (const a of atoms) {
    const known = byId.get(a.id);
    if (known === undefined || known.articles < a.articles) byId.set(a.id, a);
  }
  for (const m of rules.merges)
    for (const id of [m.into, ...m.members]) if (!byId.has(id)) byId.set(id, { id, articles: 0 });
  const ids = [...byId.keys()].sort();
  const uf = new UnionFind();

  const strong: Parsed[] = [];
  const weak: Parsed[] = [];
  for (const id of ids) {
    if (!id.startsWith(PERSON) || rules.separate.has(id)) continue;
    const name = personName(id.slice(PERSON.length), variants);
    if (name.surname.length < 2) continue;
    const parsed = { id, name, articles: byId.get(id)?.articles ?? 0 };
    if (name.given !== undefined && name.given.length > 1) strong.push(parsed);
    else weak.push(parsed);
  }

  // Full names: every pair filed under a common surname bucket.
  const buckets = new Map<string, Parsed[]>();
  for (const p of strong) {
    for (const b of surnameBuckets(p.name.surname)) {
      const list = buckets.get(b);
      if (list) list.push(p);
      else buckets.set(b, [p]);
    }
  }
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (sameFullName(list[i].name, list[j].name, variants)) uf.union(list[i].id, list[j].id);
  }

  // Lone surnames and initials: against the full-name clusters only, all decided before any joins.
  const contexts = new Map<string, Set<string>>();
  const memberContext = (root: string): ReadonlySet<string> => {
    if (contexts.size === 0 && options.contexts !== undefined) {
      for (const p of strong) {
        const r = uf.find(p.id);
        const set = contexts.get(r) ?? new Set<string>();
        for (const c of options.contexts.get(p.id) ?? []) set.add(c);
        contexts.set(r, set);
      }
    }
    return contexts.get(root) ?? new Set<string>();
  };
  const articlesByRoot = new Map<string, number>();
  const clusterArticles = (root: string): number => {
    if (articlesByRoot.size === 0)
      for (const p of strong)
        articlesByRoot.set(uf.find(p.id), (articlesByRoot.get(uf.find(p.id)) ?? 0) + p.articles);
    return articlesByRoot.get(root) ?? 0;
  };
  const joins: [string, string][] = [];
  const undecided: { atom: string; roots: string[] }[] = [];
  for (const w of weak) {
    const roots = new Set<string>();
    for (const b of surnameBuckets(w.name.surname)) {
      for (const s of buckets.get(b) ?? []) {
        if (!sameSurname(w.name.surname, s.name.surname)) continue;
        if (w.name.given !== undefined && !initialOf(w.name.given, s.name.given ?? '')) continue;
        roots.add(uf.find(s.id));
      }
    }
    const candidates = [...roots].sort();
    if (candidates.length === 1) joins.push([w.id, candidates[0]]);
    else if (candidates.length > 1) {
      const chosen =
        byContext(options.contexts?.get(w.id), candidates, memberContext) ??
        dominant(candidates, clusterArticles);
      if (chosen !== undefined) joins.push([w.id, chosen]);
      else undecided.push({ atom: w.id, roots: candidates });
    }
  }
  for (const [a, b] of joins) uf.union(a, b);

  // The user's merges.
  const forced = new Set<string>();
  for (const m of rules.merges) {
    forced.add(m.into);
    for (const id of m.members) uf.union(m.into, id);
  }

  const members = new Map<string, string[]>();
  for (const id of ids) {
    const root = uf.find(id);
    const list = members.get(root);
    if (list) list.push(id);
    else members.set(root, [id]);
  }
  const canonical = new Map<string, string>();
  const rank = rankAtoms(byId, variants);
  for (const list of members.values()) {
    const into = list.filter((id) => forced.has(id));
    const pool = into.length > 0 ? into : list;
    const best = pool.reduce((a, b) => (rank(b, a) < 0 ? b : a));
    for (const id of list) canonical.set(id, best);
  }
  const ambiguous = undecided.map(({ atom, roots }) => ({
    atom,
    candidates: [...new Set(roots.map((r) => canonical.get(r) ?? r))].sort(),
  }));
  return { canonical, ambiguous };
}

/**
 * The candidate that the articles name far more often than all the others together (a stray
 * or garbled full name of the same surname does not make a well-known surname ambiguous).
 */
function dominant(candidates: readonly string[], articles: (root: string) => number): string | undefined {
  const scored = candidates
    .map((root) => ({ root, n: articles(root) }))
    .sort((a, b) => b.n - a.n || (a.root < b.root ? -1 : 1));
  const rest = scored.slice(1).reduce((sum, c) => sum + c.n, 0);
  return scored[0].n >= MIN_DOMINANT && scored[0].n >= DOMINANCE * rest ? scored[0].root : undefined;
}

/** The candidate whose context overlaps the atom's clearly most, if one does. */
function byContext(
  own: ReadonlySet<string> | undefined,
  candidates: readonly string[],
  contextOf: (root: string) => ReadonlySet<string>,
): string | undefined {
  if (own === undefined || own.size === 0) return undefined;
  const scored = candidates
    .map((root) => {
      let score = 0;
      for (const c of contextOf(root)) if (own.has(c)) score++;
      return { root, score };
    })
    .sort((a, b) => b.score - a.score || (a.root < b.root ? -1 : 1));
  const [first, second] = scored;
  if (first.score < MIN_CONTEXT || first.score < CONTEXT_MARGIN * (second?.score ?? 0)) return undefined;
  return first.root;
}

/**
 * The order that picks a cluster's key (negative: `a` first): a full name before a lone surname,
 * then the spelling most articles use, most words, most characters, and the smallest key.
 */
function rankAtoms(
  byId: ReadonlyMap<string, IdentityAtom>,
  variants: NameVariants,
): (a: string, b: string) => number {
  const info = (id: string): [number, number, number] => {
    const bare = id.slice(id.indexOf(':') + 1);
    const name = id.startsWith(PERSON) ? personName(bare, variants) : undefined;
    const full = name === undefined || (name.given !== undefined && name.given.length > 1) ? 1 : 0;
    return [full, name?.words.length ?? bare.split(' ').length, bare.length];
  };
  return (a, b) => {
    const [fa, wa, la] = info(a);
    const [fb, wb, lb] = info(b);
    return (
      fb - fa ||
      (byId.get(b)?.articles ?? 0) - (byId.get(a)?.articles ?? 0) ||
      wb - wa ||
      lb - la ||
      (a < b ? -1 : a > b ? 1 : 0)
    );
  };
}
