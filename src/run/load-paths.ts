/**
 * The load run: read articles (`readArticles`) → one id per input → groups of
 * `articlesPerTransaction` → per group, skip the unchanged by hash, extract the rest
 * (`extractItem`), build one batch and write it in one transaction. Problems are reported
 * as they come, as every stage of the run path yields them.
 */
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Article } from '../model/article';
import type { Problem } from '../model/item';
import { factsOfKind } from '../model/fact';
import { Neo4jWriter } from '../graph/neo4j-writer';
import type { IdentityRules } from '../graph/cluster-identities';
import { resolveIdentities, type IdentitySummary } from '../graph/resolve-identities';
import { Neo4jUnavailableError } from '../errors';
import { isConnectionLost } from '../neo4j/connection-lost';
import { readArticles } from './read-articles';
import { extractItem } from './extract-articles';
import { extractAhead, poolAhead } from './extract-ahead';
import { canStartPool, defaultLoadThreads, ExtractPool } from './extract-pool';
import { loadGroup, type StoredHashes } from './load-group';
import { checkDatasetName, inDataset } from './dataset';

export interface LoadOptions {
  readonly driver: Driver;
  readonly database: string;
  /** Rows per `UNWIND` statement. */
  readonly batchSize: number;
  /** Articles written per transaction (default 100). */
  readonly articlesPerTransaction?: number;
  /** Where Neo4j is, for the message when the connection is lost (never the password). */
  readonly neo4jUri?: string;
  /** Called after each written group and for each problem. */
  readonly onProgress?: (progress: LoadProgress) => void;
  readonly onProblem?: (problem: Problem) => void;
  /**
   * Cross-article identity after the writes (`resolveIdentities`): on by default; it runs when
   * the load wrote articles or `identityRules` (the alias file) are given.
   */
  readonly resolveIdentities?: boolean;
  readonly identityRules?: IdentityRules;
  /**
   * The dataset to load into (see `src/run/dataset.ts`): stored on every article, publication
   * and fact written, and part of their ids. None by default.
   */
  readonly dataset?: string;
  /**
   * Worker threads that extract while the main thread reads and writes (see
   * {@link defaultLoadThreads}); 0 extracts on the main thread, between the writes.
   */
  readonly extractThreads?: number;
  /** The compiled worker script (tests); without one beside the module, extraction stays on the main thread. */
  readonly workerFile?: string;
}

export interface LoadProgress {
  readonly articles: number;
  readonly written: number;
  /** Of the written, the copies of an article body another input holds (recorded, not extracted). */
  readonly copies: number;
  readonly skipped: number;
  readonly failed: number;
  /** Characters of article text extracted so far. */
  readonly characters: number;
}

export interface LoadSummary extends LoadProgress {
  readonly files: number;
  /**
   * Distinct entities of the articles written: distinct entity keys over the whole run (before
   * the identity pass joins people across articles), which is at most the entities the load added.
   */
  readonly entities: number;
  /** The same entities counted once per article that names them (a place in four articles counts four). */
  readonly entityMentions: number;
  readonly quotes: number;
  readonly attacks: number;
  readonly problems: readonly Problem[];
  readonly seconds: number;
  /** What the identity pass did, when it ran. */
  readonly identity?: IdentitySummary;
}

/**
 * Reads the articles in `paths`, extracts and writes them into Neo4j, `articlesPerTransaction`
 * at a time, each group in one transaction (all or nothing). When Neo4j goes away, the load
 * stops after the driver's retries with a {@link Neo4jUnavailableError} (exit code 2) saying
 * how many articles are committed; loading the same paths again writes the rest.
 */
export async function loadPaths(paths: readonly string[], options: LoadOptions): Promise<LoadSummary> {
  if (options.dataset !== undefined) checkDatasetName(options.dataset);
  const counts: Counts = { ...ZERO };
  try {
    return await loadInto(paths, options, counts);
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Neo4jUnavailableError(
      `lost the connection to Neo4j${options.neo4jUri ? ` at ${options.neo4jUri}` : ''} while loading: ` +
        `${counts.written + counts.skipped} articles are committed (${counts.written} written now, ` +
        `${counts.skipped} unchanged); the rest are not: run the same load again to write them (${reason})`,
      { cause: error },
    );
  }
}

type Counts = {
  articles: number;
  written: number;
  copies: number;
  skipped: number;
  failed: number;
  characters: number;
  entities: number;
  entityMentions: number;
  quotes: number;
  attacks: number;
};

const ZERO: Readonly<Counts> = {
  articles: 0,
  written: 0,
  copies: 0,
  skipped: 0,
  failed: 0,
  characters: 0,
  entities: 0,
  entityMentions: 0,
  quotes: 0,
  attacks: 0,
};

/**
 * The load itself (see {@link loadPaths}); `counts` is filled as groups commit. An article whose stored hash
 * equals its current one is skipped before extraction; a changed one replaces its old facts. A group that fails is
 * retried article by article, so one bad article does not keep the others out. Writing a
 * group overlaps with extracting the next one's changed articles: on worker threads
 * (`poolAhead`, `options.extractThreads`), else on the main thread between writes (`extractAhead`).
 */
async function loadInto(
  paths: readonly string[],
  options: LoadOptions,
  counts: Counts,
): Promise<LoadSummary> {
  const threads = options.extractThreads ?? defaultLoadThreads();
  const pool =
    threads > 0 && canStartPool(options.workerFile)
      ? new ExtractPool({ threads, ...(options.workerFile ? { workerFile: options.workerFile } : {}) })
      : undefined;
  try {
    return await loadWith(paths, options, counts, pool);
  } finally {
    await pool?.close();
  }
}

/** {@link loadInto} with its extraction: on `pool`, else on the main thread. */
async function loadWith(
  paths: readonly string[],
  options: LoadOptions,
  counts: Counts,
  pool: ExtractPool | undefined,
): Promise<LoadSummary> {
  const started = process.hrtime.bigint();
  const writer = new Neo4jWriter(options.driver, options.database, options.batchSize);
  const perTransaction = options.articlesPerTransaction ?? 100;
  const problems: Problem[] = [];
  const files = new Set<string>();
  const entityKeys = new Set<string>();
  const report = (problem: Problem): void => {
    problems.push(problem);
    options.onProblem?.(problem);
  };

  const ahead = pool ? poolAhead(pool) : extractAhead((article) => extractItem(article));
  /**
   * The stored hashes of a group read once, ahead of its turn (for the extraction ahead), with
   * the writer's epoch then: when no write was under way and none began since, the group's plan
   * reuses them, so an unchanged reload asks Neo4j once per group instead of twice.
   */
  interface ReadAhead {
    readonly epoch: number | undefined;
    readonly hashes: Promise<StoredHashes>;
  }
  const readAhead = (group: readonly Article[]): ReadAhead => {
    const epoch = writer.writeEpoch();
    const hashes = writer.publicationHashes(group.map((a) => a.id));
    hashes.catch(() => undefined); // awaited by the prefetch or the group, or dropped
    return { epoch, hashes };
  };
  const writeGroup = async (group: Article[], read?: ReadAhead): Promise<void> => {
    const current = read?.epoch !== undefined && read.epoch === writer.writeEpoch() ? read.hashes : undefined;
    const outcome = await loadGroup(
      group,
      { writer, extract: (article) => ahead.extract(article), report },
      current,
    );
    counts.skipped += outcome.unchanged;
    counts.written += outcome.written;
    counts.copies += outcome.copies;
    counts.failed += outcome.failed;
    for (const r of outcome.results) {
      for (const e of r.entities) {
        if (e.demonymOnly) continue;
        counts.entityMentions++;
        entityKeys.add(e.key);
      }
      counts.entities = entityKeys.size;
      counts.quotes += factsOfKind(r.facts, 'quote').length;
      counts.attacks += factsOfKind(r.facts, 'attack').length;
    }
    options.onProgress?.({ ...counts });
  };

  let group: Article[] = [];
  let inflight: Promise<void> = Promise.resolve();
  /**
   * Where each article id of this load came from (file and index in it), to catch two files with
   * one id; a file's absolute path is one string however many articles it holds.
   */
  const places = new Map<string, { file: string; index: number; path: string }>();
  const absolute = new Map<string, string>();
  const fileOf = (path: string): string => {
    let file = absolute.get(path);
    if (file === undefined) absolute.set(path, (file = resolve(path)));
    return file;
  };
  for await (const item of readArticles(paths)) {
    if (item.kind === 'value') {
      const article = inDataset(item.value, options.dataset);
      const file = fileOf(article.path);
      const first = places.get(article.id);
      if (first?.file === file && first.index === article.index) continue; // the same file given twice: loaded once
      if (first !== undefined) {
        files.add(article.path);
        counts.failed++;
        const hint =
          first.file === file
            ? 'two records of the file have this id'
            : 'ids are paths relative to the loaded folder: load one folder that holds both files';
        report({
          path: article.path,
          message: `${article.path}: article id "${article.id}" was already read from ${first.path} in this load, so this one was not loaded (${hint})`,
          level: 'error',
        });
        continue;
      }
      places.set(article.id, { file, index: article.index, path: article.path });
      files.add(article.path);
      counts.articles++;
      counts.characters += article.text.length;
      group.push(article);
      if (group.length >= perTransaction) {
        const next = group;
        group = [];
        // While the group before is written, this one's changed articles are extracted ahead.
        const read = readAhead(next);
        const storedHashes = async (): Promise<Map<string, string | null>> =>
          new Map([...(await read.hashes)].map(([id, h]) => [id, h.sha256]));
        void ahead.prefetch(next, storedHashes).catch(() => undefined);
        await inflight;
        ahead.stop();
        inflight = writeGroup(next, read);
        // Awaited before the next group is written; until then a failure must not count as unhandled.
        inflight.catch(() => undefined);
      }
    } else {
      if (item.problem.level === 'error') {
        files.add(item.problem.path);
        counts.failed++;
      }
      report(item.problem);
    }
  }
  await inflight;
  if (group.length > 0) await writeGroup(group);
  // The events of the attacks the groups wrote or left without one, once for the whole load; it
  // runs on every load, so the events of a load that was interrupted are worked out by the next.
  await writer.relinkPendingEvents();
  const rules = options.identityRules;
  const hasRules =
    rules !== undefined && (rules.merges.length > 0 || rules.separate.size > 0 || rules.renames.size > 0);
  const identity =
    options.resolveIdentities !== false && (counts.written > 0 || hasRules)
      ? await resolveIdentities(options.driver, options.database, { rules, batchSize: options.batchSize })
      : undefined;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...counts, files: files.size, problems, seconds, ...(identity ? { identity } : {}) };
}
