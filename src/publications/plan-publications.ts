/**
 * Which copy of each article body holds its facts, decided per group of the load. Pure.
 *
 * Every input article is a *publication* (a file, a record: its id, hash, body and date). All
 * publications of one body share one `Article`, whose id, metadata and facts are those of its
 * *first* copy: the earliest publication date (unknown dates last), ties by id. So the graph
 * does not depend on the order of loads: a later load of an earlier copy swaps which copy
 * holds the facts, and a later copy only records itself on the article (no extraction).
 *
 * The text of a copy loaded before is not kept. When the first copy of a body changes (its
 * file was edited), the other stored copies cannot take over at once: the article is removed
 * and they become *pending* (their stored hash is cleared), so the next load that reads one of
 * them extracts it; until then the body has no article unless this group brings a copy.
 */
import type { Article } from '../model/article';
import type { PublicationRow } from '../model/graph';

/** One input article of the group, as a publication. */
export interface PublicationInput {
  readonly id: string;
  /** `articleHash`: decides whether the input changed since it was stored. */
  readonly sha256: string;
  readonly bodyHash: string;
  readonly publishedAt: string | null;
}

/** A publication already in the graph. */
export interface StoredPublication {
  readonly id: string;
  /** Null for a pending copy (to be extracted again when it is next loaded). */
  readonly sha256: string | null;
  readonly bodyHash: string;
  readonly publishedAt: string | null;
  /** Id of the article it is linked to, if any. */
  readonly article: string | null;
}

export interface PublicationPlan {
  /** Inputs stored with the same hash: nothing to do. */
  readonly unchanged: readonly string[];
  /** Inputs new or changed: their publications are written. */
  readonly changed: readonly string[];
  /** Inputs that become the first copy of their body: extracted, their article written anew. */
  readonly extract: readonly string[];
  /** Articles removed with their facts (replaced by another first copy, or left without copies). */
  readonly deleteArticles: readonly string[];
  /** Stored copies whose text is needed again (see the module comment). */
  readonly pending: readonly string[];
  /** Every body touched, with the article its publications are linked to (null: none). */
  readonly bodies: readonly { readonly bodyHash: string; readonly article: string | null }[];
}

interface Dated {
  readonly id: string;
  readonly publishedAt: string | null;
}

/** Earliest publication first, unknown dates last, ties by id. */
export function compareCopies(a: Dated, b: Dated): number {
  const da = a.publishedAt ?? '\uffff';
  const db = b.publishedAt ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const first = <T extends Dated>(copies: readonly T[]): T | undefined =>
  copies.length === 0 ? undefined : copies.reduce((best, c) => (compareCopies(c, best) < 0 ? c : best));

/**
 * The plan for one group: `inputs` (distinct ids), `stored` every stored publication with one
 * of the inputs' ids or with a body that one of the changed inputs has now or had before.
 */
export function planPublications(
  inputs: readonly PublicationInput[],
  stored: readonly StoredPublication[],
): PublicationPlan {
  const storedById = new Map(stored.map((p) => [p.id, p]));
  const unchanged = inputs.filter((i) => storedById.get(i.id)?.sha256 === i.sha256).map((i) => i.id);
  const skip = new Set(unchanged);
  const changed = inputs.filter((i) => !skip.has(i.id));
  const changedIds = new Set(changed.map((i) => i.id));
  const touched = new Set<string>();
  for (const input of changed) {
    touched.add(input.bodyHash);
    const before = storedById.get(input.id);
    if (before !== undefined) touched.add(before.bodyHash);
  }

  const extract: string[] = [];
  const deleteArticles = new Set<string>();
  const pending: string[] = [];
  const bodies: { bodyHash: string; article: string | null }[] = [];
  for (const bodyHash of [...touched].sort()) {
    const before = stored.filter((p) => p.bodyHash === bodyHash);
    const current = before.find((p) => p.article !== null)?.article ?? undefined;
    const kept = before.filter((p) => !changedIds.has(p.id) && p.sha256 !== null);
    const arriving = changed.filter((i) => i.bodyHash === bodyHash);
    let firstCopy: Dated | undefined = first<Dated>([...kept, ...arriving]);
    if (firstCopy !== undefined && !changedIds.has(firstCopy.id) && firstCopy.id !== current) {
      // The stored first copy no longer holds the facts (the copy that did changed): its text is gone.
      for (const p of kept) pending.push(p.id);
      firstCopy = first(arriving);
    }
    if (firstCopy === undefined) {
      if (current !== undefined) deleteArticles.add(current);
      bodies.push({ bodyHash, article: null });
    } else if (changedIds.has(firstCopy.id)) {
      extract.push(firstCopy.id);
      if (current !== undefined) deleteArticles.add(current);
      bodies.push({ bodyHash, article: firstCopy.id });
    } else {
      bodies.push({ bodyHash, article: firstCopy.id });
    }
  }
  return {
    unchanged,
    changed: changed.map((i) => i.id),
    extract,
    deleteArticles: [...deleteArticles].sort(),
    pending: pending.sort(),
    bodies,
  };
}

/** An input together with the article it was read as (the loader's and the bulk path's unit). */
export interface ArticleInput extends PublicationInput {
  readonly article: Article;
}

/** The `Publication` row of an input, as both the writer and the bulk path store it. */
export const publicationRowOf = (i: ArticleInput): PublicationRow => ({
  id: i.id,
  sha256: i.sha256,
  bodyHash: i.bodyHash,
  title: i.article.title,
  source: i.article.source,
  url: i.article.url ?? null,
  publishedAt: i.publishedAt,
  dataset: i.article.dataset ?? null,
});
