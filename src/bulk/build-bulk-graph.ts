/**
 * The bulk path's graph: the input of a `load` (same paths, same article ids, same checks)
 * extracted and written into a {@link MemoryGraph} as a transactional load into an empty
 * database writes it into Neo4j: the first copy of each body extracted (as `planPublications` plans it),
 * each group's batch (`buildBatch`) written with the upserts' semantics, then publications,
 * events and the identity pass. No database is needed. Articles are extracted on the extraction
 * pool's worker threads (`src/run/extract-pool.ts`), a few groups ahead of the group written in
 * memory, or on the main thread (`extractThreads: 0`, or an `extract` function given).
 */
import { checkDatasetName, inDataset } from '../run/dataset';
import { resolve } from 'node:path';
import type { Article } from '../model/article';
import type { Item, Problem } from '../model/item';
import type { ArticleResult } from '../model/result';
import { factsOfKind } from '../model/fact';
import { articleHash } from '../graph/article-hash';
import { buildBatch } from '../graph/build-batch';
import { NO_RULES, type IdentityRules } from '../graph/cluster-identities';
import type { IdentitySummary } from '../graph/resolve-identities';
import { articleBodyHash } from '../publications/article-body-hash';
import {
  compareCopies,
  publicationRowOf,
  type ArticleInput,
  type PublicationInput,
} from '../publications/plan-publications';
import { readArticles } from '../run/read-articles';
import { extractItem } from '../run/extract-articles';
import { canStartPool, defaultExtractThreads, ExtractPool } from '../run/extract-pool';
import { MemoryGraph } from './memory-graph';
import { writeBatchInMemory } from './write-batch-in-memory';
import { writePublicationsInMemory } from './publications-in-memory';
import { writeEventsInMemory } from './events-in-memory';
import { resolveIdentitiesInMemory } from './identity-in-memory';

/** Articles per group, as the load run writes them per transaction (its default). */
export const ARTICLES_PER_GROUP = 100;

export interface BulkOptions {
  readonly identityRules?: IdentityRules;
  /** Extracts one article on the main thread instead of the pool (tests); never throws. */
  readonly extract?: (article: Article) => Item<ArticleResult>;
  /**
   * Worker threads that extract (default as `load`: {@link defaultExtractThreads}); 0 extracts
   * on the main thread.
   */
  readonly extractThreads?: number;
  /** The compiled worker script (tests); without one beside the pool's module, extraction stays on the main thread. */
  readonly workerFile?: string;
  readonly onProblem?: (problem: Problem) => void;
  /** The dataset the graph is for, as `load --dataset` (see `src/run/dataset.ts`). */
  readonly dataset?: string;
}

export interface BulkSummary {
  readonly articles: number;
  readonly files: number;
  /** Inputs in the graph: a publication each, and an article for the first copy of a body. */
  readonly written: number;
  /** Of the written, the copies of a body another input holds (recorded, not extracted). */
  readonly copies: number;
  readonly failed: number;
  readonly characters: number;
  readonly entities: number;
  readonly quotes: number;
  readonly attacks: number;
  readonly events: number;
  /**
   * Seconds spent extracting, or waiting for the workers' extraction (the rest of the build is
   * reading, batches and the graph in memory).
   */
  readonly extractSeconds: number;
  readonly problems: readonly Problem[];
  readonly identity: Omit<IdentitySummary, 'seconds'>;
}

const inputOf = (article: Article): ArticleInput => ({
  article,
  id: article.id,
  sha256: articleHash(article),
  bodyHash: articleBodyHash(article),
  publishedAt: article.publishedAt ?? null,
});

/**
 * The first copy of each body: what `planPublications(inputs, [])` plans for an empty database
 * (each body's article is its earliest copy), in one pass instead of one scan per body.
 */
export function firstCopies(inputs: readonly PublicationInput[]): Map<string, string> {
  const first = new Map<string, PublicationInput>();
  for (const input of inputs) {
    const best = first.get(input.bodyHash);
    if (best === undefined || compareCopies(input, best) < 0) first.set(input.bodyHash, input);
  }
  return new Map([...first].map(([body, input]) => [body, input.id]));
}

/** Reads `paths` as `load` does: one id per input, a second input with a taken id is an error. */
async function readInputs(
  paths: readonly string[],
  report: (p: Problem) => void,
  dataset: string | undefined,
): Promise<{ inputs: ArticleInput[]; files: Set<string>; failed: number; characters: number }> {
  const inputs: ArticleInput[] = [];
  const files = new Set<string>();
  const places = new Map<string, { place: string; path: string }>();
  let failed = 0;
  let characters = 0;
  for await (const item of readArticles(paths)) {
    if (item.kind === 'problem') {
      if (item.problem.level === 'error') {
        files.add(item.problem.path);
        failed++;
      }
      report(item.problem);
      continue;
    }
    const article = inDataset(item.value, dataset);
    const place = `${resolve(article.path)}#${article.index}`;
    const first = places.get(article.id);
    if (first?.place === place) continue;
    files.add(article.path);
    if (first !== undefined) {
      failed++;
      report({
        path: article.path,
        message: `${article.path}: article id "${article.id}" was already read from ${first.path} in this export, so this one was not exported`,
        level: 'error',
      });
      continue;
    }
    places.set(article.id, { place, path: article.path });
    characters += article.text.length;
    inputs.push(inputOf(article));
  }
  return { inputs, files, failed, characters };
}

/** Extracts a group's articles, in order: on the pool's workers, or on the main thread. */
type ExtractGroup = (articles: readonly Article[]) => Promise<Item<ArticleResult>[]>;

/** Groups whose extraction is sent ahead of the group written, per worker thread. */
const GROUPS_AHEAD_PER_THREAD = 2;

/** Builds the graph of `paths` in memory; see the module comment. */
export async function buildBulkGraph(
  paths: readonly string[],
  options: BulkOptions = {},
): Promise<{ graph: MemoryGraph; summary: BulkSummary }> {
  if (options.dataset !== undefined) checkDatasetName(options.dataset);
  const threads = options.extract ? 0 : (options.extractThreads ?? defaultExtractThreads());
  const pool =
    threads > 0 && canStartPool(options.workerFile)
      ? new ExtractPool({ threads, ...(options.workerFile ? { workerFile: options.workerFile } : {}) })
      : undefined;
  try {
    return await buildWith(paths, options, pool);
  } finally {
    await pool?.close();
  }
}

/** {@link buildBulkGraph} with its extraction: on `pool`, else on the main thread. */
async function buildWith(
  paths: readonly string[],
  options: BulkOptions,
  pool: ExtractPool | undefined,
): Promise<{ graph: MemoryGraph; summary: BulkSummary }> {
  const problems: Problem[] = [];
  const report = (p: Problem): void => {
    problems.push(p);
    options.onProblem?.(p);
  };
  const extractOne = options.extract ?? ((article: Article) => extractItem(article));
  const extractGroup: ExtractGroup = pool
    ? async (articles) => {
        // One slice per worker, so the whole pool works on every group.
        const size = Math.max(1, Math.ceil(articles.length / pool.threads));
        const slices: Promise<Item<ArticleResult>[]>[] = [];
        for (let i = 0; i < articles.length; i += size)
          slices.push(pool.extract(articles.slice(i, i + size)));
        return (await Promise.all(slices)).flat();
      }
    : (articles) => Promise.resolve(articles.map(extractOne));
  const read = await readInputs(paths, report, options.dataset);
  const graph = new MemoryGraph();
  const counts = { entities: 0, quotes: 0, attacks: 0 };
  const failedIds = new Set<string>();
  const done = new Set<string>();
  let extractNs = 0n;

  /** The first copies among `group` not written yet, in the order a load's plan extracts them. */
  const chooseOf = (group: readonly ArticleInput[], firsts: ReadonlySet<string>): ArticleInput[] => {
    const chosen = group
      .filter((i) => firsts.has(i.id) && !done.has(i.id))
      .sort((a, b) => (a.bodyHash < b.bodyHash ? -1 : a.bodyHash > b.bodyHash ? 1 : 0));
    for (const input of chosen) done.add(input.id);
    return chosen;
  };
  /** Writes the batch of a group's extracted articles. */
  const writeGroup = (chosen: readonly ArticleInput[], items: readonly Item<ArticleResult>[]): void => {
    const results: ArticleResult[] = [];
    for (const [k, item] of items.entries()) {
      if (item.kind === 'problem') {
        report(item.problem);
        failedIds.add(chosen[k].id);
        continue;
      }
      results.push(item.value);
      counts.entities += item.value.entities.length;
      counts.quotes += factsOfKind(item.value.facts, 'quote').length;
      counts.attacks += factsOfKind(item.value.facts, 'attack').length;
    }
    if (results.length > 0) writeBatchInMemory(graph, buildBatch(results));
  };
  /** Extracts and writes `groups` in order, the extraction of the next few sent ahead. */
  const writeGroups = async (groups: readonly ArticleInput[][]): Promise<void> => {
    const ahead = Math.max(1, (pool?.threads ?? 0) * GROUPS_AHEAD_PER_THREAD);
    const sent: Promise<Item<ArticleResult>[]>[] = [];
    const send = (g: number): void => {
      const out = extractGroup(groups[g].map((i) => i.article));
      out.catch(() => undefined); // awaited in order below; until then a failure is not unhandled
      sent.push(out);
    };
    for (let g = 0; g < groups.length; g++) {
      while (sent.length < groups.length && sent.length <= g + ahead) send(sent.length);
      const t = process.hrtime.bigint();
      const items = await sent[g];
      extractNs += process.hrtime.bigint() - t;
      writeGroup(groups[g], items);
    }
  };

  let inputs = read.inputs;
  let bodies = firstCopies(inputs);
  const firsts = new Set(bodies.values());
  const groups: ArticleInput[][] = [];
  for (let i = 0; i < inputs.length; i += ARTICLES_PER_GROUP)
    groups.push(chooseOf(inputs.slice(i, i + ARTICLES_PER_GROUP), firsts));
  await writeGroups(groups);
  // A first copy whose extraction failed is left out, and the next copy of its body takes its place.
  while (failedIds.size > 0 && inputs.some((i) => failedIds.has(i.id))) {
    inputs = inputs.filter((i) => !failedIds.has(i.id));
    bodies = firstCopies(inputs);
    await writeGroups([chooseOf(inputs, new Set(bodies.values()))]);
  }
  writePublicationsInMemory(graph, inputs.map(publicationRowOf), bodies);
  const events = writeEventsInMemory(graph);
  const identity = resolveIdentitiesInMemory(graph, options.identityRules ?? NO_RULES);
  return {
    graph,
    summary: {
      articles: read.inputs.length,
      files: read.files.size,
      written: inputs.length,
      copies: inputs.length - bodies.size,
      failed: read.failed + failedIds.size,
      characters: read.characters,
      ...counts,
      events,
      extractSeconds: Number(extractNs) / 1e9,
      problems,
      identity,
    },
  };
}
