import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { ConfigError } from './errors';

/** Settings for one Neo4j connection. */
export interface Neo4jConfig {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** True when `NEO4J_URI` was given: that instance is used as it is, nothing is started. */
  readonly uriGiven: boolean;
}

/** Settings of the local Neo4j server that newsgraph assembles from Maven Central. */
export interface LocalServerConfig {
  /** Folder holding the jars, configuration, data and logs (git-ignored). */
  readonly home: string;
  /** Name of the instance folder under `home` (`server` for users, `test` for the test suite). */
  readonly instance: string;
  readonly boltPort: number;
  readonly httpPort: number;
}

export interface Config {
  readonly neo4j: Neo4jConfig;
  readonly localServer: LocalServerConfig;
  /** Rows per `UNWIND $rows` write batch. */
  readonly batchSize: number;
  /**
   * `NEWSGRAPH_BENCH_ALLOW_RESET=1`: the load benchmark may reset a non-empty database it did
   * not claim (it refuses otherwise).
   */
  readonly benchAllowReset: boolean;
  /**
   * The user's alias file (merge, separate, rename entities): `NEWSGRAPH_ALIASES`, else
   * `newsgraph.aliases.json` in the working folder; `required` when the variable named it.
   */
  readonly aliases: { readonly path: string; readonly required: boolean };
  /**
   * `NEWSGRAPH_EXTRACT_THREADS`: worker threads that extract during a load (0: the main thread
   * extracts); unset, the loader's default (one per core but one, at least one).
   */
  readonly extractThreads?: number;
}

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';
export const DEFAULT_NEO4J_USERNAME = 'neo4j';
export const DEFAULT_NEO4J_PASSWORD = 'newsgraph-local';
export const DEFAULT_NEO4J_DATABASE = 'neo4j';
export const DEFAULT_HTTP_PORT = 7474;
export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_ALIASES_FILE = 'newsgraph.aliases.json';
/** Neo4j 5 refuses shorter passwords by default. */
export const MIN_PASSWORD_LENGTH = 8;

const URI_PATTERN = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/:]+(:\d{1,5})?\/?$/;
const DATABASE_PATTERN = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The settings of a process: the variables of `.env` in `workingDir` (when there is one), and
 * over them the real environment, which wins as with the CLI. A `.env` that exists but cannot
 * be read is a {@link ConfigError} naming it.
 */
export function readEnvironment(workingDir: string = process.cwd(), env: Env = process.env): Env {
  const path = join(workingDir, '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return env;
    throw new ConfigError(`cannot read ${path} (${(error as Error).message})`);
  }
  return { ...parseDotenv(text), ...env };
}

function nonEmpty(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function port(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new ConfigError(`${name} must be a port number from 1 to 65535, found "${value}"`);
  }
  return n;
}

function boltPortOf(uri: string): number {
  const match = /:(\d{1,5})\/?$/.exec(uri.replace(/^[a-z+]+:\/\//, ''));
  return match ? Number(match[1]) : 7687;
}

/**
 * Reads and validates the configuration. The only place that reads the environment: without
 * `env`, the process environment over the `.env` file of `workingDir`, as the CLI does (real
 * variables win); with `env`, those variables only (tests, embedding). Returns a frozen
 * object; a bad value throws a {@link ConfigError} naming the variable, what was expected and
 * what was found. The password is never part of an error message.
 *
 * @example
 * const config = loadConfig(); // NEO4J_URI etc. from the environment, else from ./.env
 */
export function loadConfig(
  given?: Env,
  projectRoot: string = process.cwd(),
  workingDir: string = process.cwd(),
): Config {
  const env = given ?? readEnvironment(workingDir);
  const uriGiven = nonEmpty(env, 'NEO4J_URI') !== undefined;
  const uri = nonEmpty(env, 'NEO4J_URI') ?? DEFAULT_NEO4J_URI;
  if (!URI_PATTERN.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687 (schemes bolt, neo4j, with +s or +ssc), found "${uri}"`,
    );
  }
  const username = nonEmpty(env, 'NEO4J_USERNAME') ?? nonEmpty(env, 'NEO4J_USER') ?? DEFAULT_NEO4J_USERNAME;
  const password = env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_PASSWORD;
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ConfigError(
      `NEO4J_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters (Neo4j's minimum), found ${password.length}`,
    );
  }
  const database = nonEmpty(env, 'NEO4J_DATABASE') ?? DEFAULT_NEO4J_DATABASE;
  if (!DATABASE_PATTERN.test(database)) {
    throw new ConfigError(
      `NEO4J_DATABASE must be 3 to 63 letters, digits, dots or dashes starting with a letter, found "${database}"`,
    );
  }
  const batchText = nonEmpty(env, 'NEWSGRAPH_BATCH_SIZE');
  const batchSize = batchText === undefined ? DEFAULT_BATCH_SIZE : Number(batchText);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    throw new ConfigError(
      `NEWSGRAPH_BATCH_SIZE must be a whole number from 1 to 100000, found "${batchText}"`,
    );
  }
  const threadsText = nonEmpty(env, 'NEWSGRAPH_EXTRACT_THREADS');
  const extractThreads = threadsText === undefined ? undefined : Number(threadsText);
  if (
    extractThreads !== undefined &&
    (!Number.isInteger(extractThreads) || extractThreads < 0 || extractThreads > 64)
  ) {
    throw new ConfigError(
      `NEWSGRAPH_EXTRACT_THREADS must be a whole number from 0 to 64, found "${threadsText}"`,
    );
  }
  const home = nonEmpty(env, 'NEWSGRAPH_NEO4J_HOME') ?? `${projectRoot}/.neo4j`;
  const aliasesGiven = nonEmpty(env, 'NEWSGRAPH_ALIASES');
  const aliases = Object.freeze({
    path: resolve(workingDir, aliasesGiven ?? DEFAULT_ALIASES_FILE),
    required: aliasesGiven !== undefined,
  });
  return Object.freeze({
    neo4j: Object.freeze({ uri, username, password, database, uriGiven }),
    localServer: Object.freeze({
      home,
      instance: 'server',
      boltPort: boltPortOf(uri),
      httpPort: port(nonEmpty(env, 'NEO4J_HTTP_PORT'), 'NEO4J_HTTP_PORT', DEFAULT_HTTP_PORT),
    }),
    batchSize,
    benchAllowReset: nonEmpty(env, 'NEWSGRAPH_BENCH_ALLOW_RESET') === '1',
    aliases,
    ...(extractThreads === undefined ? {} : { extractThreads }),
  });
}
