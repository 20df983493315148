import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config, LocalServerConfig } from '../config';
import { Neo4jUnavailableError } from '../errors';
import { browserSettings, guideBaseUrl, GUIDE_PATH } from '../browser/browser-settings';
import { probeNeo4j } from './connect';
import {
  ensureGuideProcess,
  guideProcessPort,
  stopGuideProcess,
  type GuideProcessPaths,
} from './guide-process';
import { portOpen } from './port-open';
import { alive, readNumberFile } from './process-files';
import { runProcess } from './run-process';
import { PACKAGE_ROOT } from '../package-root';

/**
 * The local Neo4j 5.26 Community server, assembled from the jars Neo4j publishes on Maven
 * Central (neo4j-server, neo4j-bootcheck, neo4j-browser) and run with the machine's Java 17
 * through neo4j-bootcheck's boot launcher, bound to 127.0.0.1. Everything lives under
 * `home`: `m2/` (Maven repository), `lib/` (jars), and one folder per instance with
 * `conf/`, `data/`, `logs/`, `run/`.
 */

export const START_TIMEOUT_MS = 180_000;
const BOOT_CLASS = 'org.neo4j.server.startup.Neo4jBoot';
const ADMIN_CLASS = 'org.neo4j.server.startup.Neo4jAdminBoot';
const POM = resolve(PACKAGE_ROOT, 'neo4j', 'pom.xml');

export interface LocalServerPaths {
  readonly lib: string;
  readonly m2: string;
  readonly instance: string;
  readonly conf: string;
  readonly logs: string;
  readonly pidFile: string;
  /** What newsgraph's own steps (Maven, the boot launcher) printed. */
  readonly launcherLog: string;
  readonly neo4jLog: string;
  /** The Browser guide server run beside the server (`newsgraph browser`). */
  readonly guide: GuideProcessPaths;
}

export function localServerPaths(server: LocalServerConfig): LocalServerPaths {
  const home = resolve(server.home);
  const instance = join(home, server.instance);
  return {
    lib: join(home, 'lib'),
    m2: join(home, 'm2'),
    instance,
    conf: join(instance, 'conf'),
    logs: join(instance, 'logs'),
    pidFile: join(instance, 'run', 'neo4j.pid'),
    launcherLog: join(instance, 'logs', 'newsgraph-launcher.log'),
    neo4jLog: join(instance, 'logs', 'neo4j.log'),
    guide: {
      pidFile: join(instance, 'run', 'newsgraph-browser.pid'),
      portFile: join(instance, 'run', 'newsgraph-browser.port'),
      logFile: join(instance, 'logs', 'newsgraph-browser.log'),
    },
  };
}

export interface LocalServerStatus {
  readonly assembled: boolean;
  readonly pid?: number;
  readonly running: boolean;
  readonly boltUri: string;
  readonly browserUrl: string;
  /** The newsgraph guide Browser opens on connect, while its server runs. */
  readonly guideUrl?: string;
}

const readPid = (paths: LocalServerPaths): number | undefined => readNumberFile(paths.pidFile);

export function localServerStatus(server: LocalServerConfig): LocalServerStatus {
  const paths = localServerPaths(server);
  const pid = readPid(paths);
  const guidePort = guideProcessPort(paths.guide);
  return {
    assembled: existsSync(join(paths.lib, '.complete')),
    pid,
    running: pid !== undefined && alive(pid),
    boltUri: `bolt://127.0.0.1:${server.boltPort}`,
    browserUrl: `http://127.0.0.1:${server.httpPort}/browser/`,
    guideUrl: guidePort === undefined ? undefined : `${guideBaseUrl(guidePort)}${GUIDE_PATH}`,
  };
}

function launcherEnv(paths: LocalServerPaths): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: paths.instance, NEO4J_CONF: paths.conf };
}

/** Fetches the server's jars with Maven into `home/lib` unless they are there already. */
export async function assembleLocalServer(
  server: LocalServerConfig,
  log: (line: string) => void,
): Promise<void> {
  const paths = localServerPaths(server);
  if (existsSync(join(paths.lib, '.complete'))) return;
  mkdirSync(paths.logs, { recursive: true });
  log('Fetching Neo4j 5.26 Community jars from Maven Central (once; about 140 MB)…');
  rmSync(paths.lib, { recursive: true, force: true });
  const result = await runProcess(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      POM,
      `-Dmaven.repo.local=${paths.m2}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${paths.lib}`,
      '-DincludeScope=runtime',
    ],
    { logFile: paths.launcherLog },
  );
  if (result.code === null) {
    throw new Neo4jUnavailableError(
      'Maven (mvn) is not installed, so the local Neo4j cannot be assembled: install Maven, use Docker Compose, or set NEO4J_URI',
    );
  }
  if (result.code !== 0) {
    throw new Neo4jUnavailableError(
      `Maven could not fetch the Neo4j jars (exit code ${result.code}); read ${paths.launcherLog}`,
    );
  }
  writeFileSync(join(paths.lib, '.complete'), new Date().toISOString());
}

/** Whether a Java runtime answers on PATH. */
export async function javaAvailable(): Promise<boolean> {
  return (await runProcess('java', ['-version'])).code === 0;
}

/**
 * The server's `neo4j.conf`. With the port of the guide server, Browser applies newsgraph's
 * style sheet and opens its guide on connect (see `src/browser/browser-settings.ts`); product
 * usage data is off either way.
 */
function writeConf(server: LocalServerConfig, paths: LocalServerPaths, guidePort: number | undefined): void {
  mkdirSync(paths.conf, { recursive: true });
  mkdirSync(paths.logs, { recursive: true });
  const lines = [
    '# Written by newsgraph at every start; edit src/neo4j/local-server.ts instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${server.boltPort}`,
    `server.http.listen_address=127.0.0.1:${server.httpPort}`,
    'server.https.enabled=false',
    'server.memory.heap.initial_size=512m',
    'server.memory.heap.max_size=2g',
    'server.memory.pagecache.size=1g',
    'db.tx_log.rotation.retention_policy=1 days',
    ...Object.entries(browserSettings(guidePort === undefined ? undefined : guideBaseUrl(guidePort))).map(
      ([name, value]) => `${name}=${value}`,
    ),
  ];
  writeFileSync(join(paths.conf, 'neo4j.conf'), `${lines.join('\n')}\n`);
}

async function boot(paths: LocalServerPaths, mainClass: string, args: readonly string[]) {
  return runProcess('java', ['-cp', join(paths.lib, '*'), mainClass, ...args], {
    env: launcherEnv(paths),
    logFile: paths.launcherLog,
    timeoutMs: 120_000,
  });
}

/**
 * The JVM options of `neo4j-admin database import` (its own conf file, which the admin launcher
 * reads on top of `neo4j.conf`): C1 only. An import of the whole corpus runs ~10 s, too short for
 * C2's compilations to pay back on two cores, where they took a core from the importer's
 * threads: alternated imports of the corpus's export took 0.91x the wall time and 0.77x the
 * CPU time with it (medians of five pairs).
 */
function writeImportConf(paths: LocalServerPaths): void {
  mkdirSync(paths.conf, { recursive: true });
  writeFileSync(
    join(paths.conf, 'neo4j-admin-database-import.conf'),
    '# Written by newsgraph before each neo4j-admin run; edit src/neo4j/local-server.ts instead.\n' +
      'server.jvm.additional=-XX:TieredStopAtLevel=1\n',
  );
}

/**
 * Runs a `neo4j-admin` command (`Neo4jAdminBoot`) for the local server's instance, its output
 * appended to `logFile`. Returns the exit code (null: Java could not be started).
 */
export async function runNeo4jAdmin(
  server: LocalServerConfig,
  args: readonly string[],
  logFile: string,
  timeoutMs = 1_800_000,
): Promise<number | null> {
  const paths = localServerPaths(server);
  mkdirSync(paths.logs, { recursive: true });
  writeImportConf(paths);
  const result = await runProcess('java', ['-cp', join(paths.lib, '*'), ADMIN_CLASS, ...args], {
    env: launcherEnv(paths),
    logFile,
    timeoutMs,
  });
  return result.code;
}

async function waitForBolt(config: Config, paths: LocalServerPaths): Promise<void> {
  const neo4jConfig = { ...config.neo4j, uri: localServerStatus(config.localServer).boltUri };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const probe = await probeNeo4j(neo4jConfig);
    if (probe === 'ok') return;
    if (probe === 'unauthorized') {
      throw new Neo4jUnavailableError(
        `The local Neo4j refused NEO4J_PASSWORD: its password was set at its first start. ` +
          `Use that password, or remove ${join(paths.instance, 'data')} to start afresh`,
      );
    }
    const pid = readPid(paths);
    if (pid === undefined || !alive(pid) || Date.now() > deadline) {
      throw new Neo4jUnavailableError(
        `The local Neo4j did not come up on Bolt port ${config.localServer.boltPort}; read ${paths.neo4jLog} and ${paths.launcherLog}`,
      );
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Sets the password at the first start, starts the server and waits until Bolt answers. */
async function bootServer(
  config: Config,
  paths: LocalServerPaths,
  log: (line: string) => void,
): Promise<void> {
  if (!existsSync(join(paths.instance, 'data', 'dbms', 'auth.ini'))) {
    const result = await boot(paths, ADMIN_CLASS, ['dbms', 'set-initial-password', config.neo4j.password]);
    if (result.code !== 0) {
      throw new Neo4jUnavailableError(`Could not set the local Neo4j's password; read ${paths.launcherLog}`);
    }
  }
  log(`Starting the local Neo4j (logs in ${paths.logs})…`);
  const started = await boot(paths, BOOT_CLASS, ['start']);
  if (started.code !== 0) {
    throw new Neo4jUnavailableError(
      `The local Neo4j did not start (exit code ${started.code}); read ${paths.launcherLog}`,
    );
  }
  await waitForBolt(config, paths);
}

/**
 * Assembles (once) and starts the local server, and waits until Bolt answers with the
 * configured password. Idempotent: a server of ours that is already running is reused.
 */
export async function startLocalServer(
  config: Config,
  log: (line: string) => void,
): Promise<{ reused: boolean; status: LocalServerStatus }> {
  const server = config.localServer;
  const paths = localServerPaths(server);
  if (localServerStatus(server).running) {
    await waitForBolt(config, paths);
    const confPort = configuredGuidePort(paths);
    if (confPort !== undefined) await ensureGuideProcess(paths.guide, confPort, log);
    return { reused: true, status: localServerStatus(server) };
  }
  if (!(await javaAvailable())) {
    throw new Neo4jUnavailableError(
      'Java is not installed, so the local Neo4j cannot run: install OpenJDK 17, use Docker Compose, or set NEO4J_URI',
    );
  }
  for (const port of [server.boltPort, server.httpPort]) {
    if (await portOpen(port)) {
      throw new Neo4jUnavailableError(
        `Port ${port} on 127.0.0.1 is in use by another process, so the local Neo4j cannot start: ` +
          'stop that process, or set NEO4J_URI to use the server there',
      );
    }
  }
  await assembleLocalServer(server, log);
  await stopGuideProcess(paths.guide);
  writeConf(server, paths, await ensureGuideProcess(paths.guide, 0, log));
  try {
    await bootServer(config, paths, log);
  } catch (error) {
    await stopGuideProcess(paths.guide);
    throw error;
  }
  return { reused: false, status: localServerStatus(server) };
}

/** The guide server's port that the running server's `neo4j.conf` names, if any. */
function configuredGuidePort(paths: LocalServerPaths): number | undefined {
  const file = join(paths.conf, 'neo4j.conf');
  if (!existsSync(file)) return undefined;
  const m = /^browser\.post_connect_cmd=.*?:(\d+)\//m.exec(readFileSync(file, 'utf8'));
  return m ? Number(m[1]) : undefined;
}

/**
 * Stops the local server (and its Browser guide server) and waits until its process is gone.
 * Returns false when the server did not run.
 */
export async function stopLocalServer(server: LocalServerConfig): Promise<boolean> {
  const paths = localServerPaths(server);
  await stopGuideProcess(paths.guide);
  const pid = readPid(paths);
  if (pid === undefined || !alive(pid)) return false;
  await boot(paths, BOOT_CLASS, ['stop']);
  const deadline = Date.now() + 30_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}
