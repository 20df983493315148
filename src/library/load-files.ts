/**
 * `load()`: files and folders of articles into Neo4j, the same run as `newsgraph load`
 * (the CLI adds only its progress bar and summary).
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { Neo4jUnavailableError } from '../errors';
import type { IdentityRules } from '../graph/cluster-identities';
import { readAliasFile } from '../graph/identity-aliases';
import { Neo4jWriter } from '../graph/neo4j-writer';
import type { Problem } from '../model/item';
import { isConnectionLost } from '../neo4j/connection-lost';
import { checkDatasetName } from '../run/dataset';
import { loadPaths, type LoadProgress, type LoadSummary } from '../run/load-paths';
import { openSession, type OpenSessionOptions } from './open-session';

export interface LoadFilesOptions extends OpenSessionOptions {
  /** Called after each written group of articles. */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Called for each problem as it is found (all of them are also in the summary's `problems`). */
  readonly onProblem?: (problem: Problem) => void;
  /**
   * The dataset to load into, as `newsgraph load --dataset NAME`: stored on every article,
   * publication and fact written and part of their ids, so `reset --dataset NAME` and the
   * queries' `dataset` parameter keep it apart from other corpora. None by default.
   */
  readonly dataset?: string;
}

/**
 * Loads `paths` with a driver already open: reads the alias file of the configuration (unless
 * `identityRules` are given, already read), applies the schema, then extracts and writes the articles (see `loadPaths`). Neo4j going
 * away is a {@link Neo4jUnavailableError} saying how many articles are committed.
 */
export async function loadWithDriver(
  driver: Driver,
  config: Config,
  paths: readonly string[],
  options: Pick<LoadFilesOptions, 'onProgress' | 'onProblem' | 'dataset'> & {
    readonly identityRules?: IdentityRules;
  } = {},
): Promise<LoadSummary> {
  // A bad dataset name stops the load before the schema is touched.
  if (options.dataset !== undefined) checkDatasetName(options.dataset);
  const identityRules = options.identityRules ?? readAliasFile(config.aliases.path, config.aliases.required);
  await new Neo4jWriter(driver, config.neo4j.database, config.batchSize)
    .ensureSchema()
    .catch((error: unknown) => {
      if (!isConnectionLost(error)) throw error;
      throw new Neo4jUnavailableError(
        `lost the connection to Neo4j at ${config.neo4j.uri} while applying the schema: 0 articles are committed; ` +
          'run the same load again when it answers',
        { cause: error },
      );
    });
  return loadPaths(paths, {
    driver,
    database: config.neo4j.database,
    neo4jUri: config.neo4j.uri,
    batchSize: config.batchSize,
    identityRules,
    ...(config.extractThreads === undefined ? {} : { extractThreads: config.extractThreads }),
    ...(options.dataset === undefined ? {} : { dataset: options.dataset }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.onProblem === undefined ? {} : { onProblem: options.onProblem }),
  });
}

/**
 * Extracts the articles of `paths` (files or folders of `.txt` and `.jsonl`) and writes them
 * into the configured Neo4j, as `newsgraph load` does: unchanged articles are skipped, changed
 * ones replaced, then the identity pass joins people across articles. A bad file does not
 * stop the load: it is one of the summary's `problems` (level `error`), and `failed` counts
 * the articles not loaded.
 *
 * @example
 * const summary = await load(['seeds'], { dataset: 'seeds' });
 * console.log(summary.written, summary.quotes, summary.problems);
 */
export async function load(paths: readonly string[], options: LoadFilesOptions = {}): Promise<LoadSummary> {
  const session = await openSession(options);
  try {
    return await session.load(paths, options);
  } finally {
    await session.close();
  }
}
