/**
 * One group of the load run with its republications: plan which inputs are unchanged, which
 * are the first copy of their body (extracted) and which only record themselves on an article
 * (`planPublications`), then write the group in one transaction. A group that fails is written
 * again article by article, so one bad article does not keep the others out.
 */
import type { Article } from '../model/article';
import type { Item, Problem } from '../model/item';
import type { ArticleResult } from '../model/result';
import { articleHash } from '../graph/article-hash';
import { buildBatch } from '../graph/build-batch';
import type { Neo4jWriter } from '../graph/neo4j-writer';
import { isConnectionLost } from '../neo4j/connection-lost';
import { articleBodyHash } from '../publications/article-body-hash';
import { planPublications, publicationRowOf, type ArticleInput } from '../publications/plan-publications';

export interface GroupOutcome {
  /** Inputs stored before with the same hash, skipped before extraction. */
  readonly unchanged: number;
  /** Inputs written: their publication, and their article when they are its first copy. */
  readonly written: number;
  /** Of the written, those recorded as copies of an article another input holds (not extracted). */
  readonly copies: number;
  readonly failed: number;
  /** The extraction results written (first copies only). */
  readonly results: readonly ArticleResult[];
}

export interface GroupContext {
  readonly writer: Neo4jWriter;
  /** Extracts one article (at once, or on a worker thread); a failure is a problem, not a throw. */
  readonly extract: (article: Article) => Item<ArticleResult> | Promise<Item<ArticleResult>>;
  readonly report: (problem: Problem) => void;
}

/** An input; its body is hashed only when it changed (an unchanged reload stays cheap). */
const inputOf = (article: Article, stored: string | null | undefined): ArticleInput => {
  const sha256 = articleHash(article);
  return {
    article,
    id: article.id,
    sha256,
    bodyHash: stored === sha256 ? '' : articleBodyHash(article),
    publishedAt: article.publishedAt ?? null,
  };
};

/** The stored hash and body hash of each publication id in the graph (`Neo4jWriter.publicationHashes`). */
export type StoredHashes = Map<string, { sha256: string | null; bodyHash: string }>;

/**
 * Plans, extracts and writes one group (see the module comment). `hashes`: the group's stored
 * hashes when the caller read them already and nothing was written since; else they are read
 * now. Throws only when Neo4j is lost.
 */
export async function loadGroup(
  group: readonly Article[],
  ctx: GroupContext,
  hashes?: Promise<StoredHashes>,
): Promise<GroupOutcome> {
  const known = await (hashes ?? ctx.writer.publicationHashes(group.map((a) => a.id)));
  const all = group.map((article) => inputOf(article, known.get(article.id)?.sha256));
  const changed = all.filter((i) => known.get(i.id)?.sha256 !== i.sha256);
  const unchanged = all.length - changed.length;
  if (changed.length === 0) return { unchanged, written: 0, copies: 0, failed: 0, results: [] };
  const bodies = new Set(changed.map((i) => i.bodyHash));
  for (const i of changed) {
    const before = known.get(i.id);
    if (before !== undefined) bodies.add(before.bodyHash);
  }
  const stored = await ctx.writer.storedPublications(
    changed.map((i) => i.id),
    [...bodies],
  );

  // An input whose extraction fails is left out and the plan made again without it.
  let inputs = changed;
  const results = new Map<string, ArticleResult>();
  let plan = planPublications(inputs, stored);
  for (;;) {
    const failedNow = new Set<string>();
    const wanted = plan.extract.flatMap((id) => {
      const input = results.has(id) ? undefined : inputs.find((i) => i.id === id);
      return input === undefined ? [] : [input];
    });
    // Asked for all at once: on worker threads they are extracted side by side.
    const items = await Promise.all(wanted.map((input) => ctx.extract(input.article)));
    for (const [i, item] of items.entries()) {
      const id = wanted[i].id;
      if (item.kind === 'value') results.set(id, item.value);
      else {
        ctx.report(item.problem);
        failedNow.add(id);
      }
    }
    if (failedNow.size === 0) break;
    inputs = inputs.filter((i) => !failedNow.has(i.id));
    plan = planPublications(inputs, stored);
  }
  const extracted = plan.extract.flatMap((id) => {
    const r = results.get(id);
    return r === undefined ? [] : [r];
  });
  const legacy = inputs.flatMap((i) => [i.id, ...(i.article.legacyIds ?? [])]);
  try {
    await ctx.writer.write(buildBatch(extracted), [], legacy, {
      publications: {
        rows: inputs.map(publicationRowOf),
        deleteArticles: plan.deleteArticles,
        pending: plan.pending,
        bodies: plan.bodies,
      },
    });
    return {
      unchanged,
      written: inputs.length,
      copies: inputs.length - extracted.length,
      failed: changed.length - inputs.length,
      results: extracted,
    };
  } catch (error) {
    if (isConnectionLost(error)) throw error;
    if (inputs.length === 1) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      ctx.report({
        path: inputs[0].article.path,
        message: `article ${inputs[0].id} not written: ${reason}`,
        level: 'error',
      });
      return { unchanged, written: 0, copies: 0, failed: changed.length, results: [] };
    }
    const outcome = {
      unchanged,
      written: 0,
      copies: 0,
      failed: changed.length - inputs.length,
      results: [] as ArticleResult[],
    };
    for (const input of inputs) {
      const one = await loadGroup([input.article], ctx);
      outcome.written += one.written;
      outcome.copies += one.copies;
      outcome.failed += one.failed;
      outcome.results.push(...one.results);
    }
    return outcome;
  }
}
