import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { alive, readNumberFile } from './process-files';
import { PACKAGE_ROOT } from '../package-root';

/**
 * The Browser guide server of the local Neo4j (`newsgraph browser`, see
 * `src/browser/guide-server.ts`), run as a background process beside it: started before the
 * server (whose `neo4j.conf` names its port), stopped with it.
 */

export interface GuideProcessPaths {
  readonly pidFile: string;
  /** The port it listens on, written by the process once it listens. */
  readonly portFile: string;
  readonly logFile: string;
}

const MAIN = join(PACKAGE_ROOT, 'dist', 'main.js');
const START_TIMEOUT_MS = 15_000;

/** The port of the running guide server, or undefined when none runs. */
export function guideProcessPort(paths: GuideProcessPaths): number | undefined {
  const pid = readNumberFile(paths.pidFile);
  return pid !== undefined && alive(pid) ? readNumberFile(paths.portFile) : undefined;
}

/**
 * Starts the guide server in the background unless it runs already, and returns its port.
 * `port` 0 lets it choose a free one; a server to be restarted for a running Neo4j is given the
 * port its `neo4j.conf` names. Returns undefined, after a line to `log`, when it cannot run
 * (newsgraph not built, the port taken): Browser then works without the guide.
 */
export async function ensureGuideProcess(
  paths: GuideProcessPaths,
  port: number,
  log: (line: string) => void,
): Promise<number | undefined> {
  const running = guideProcessPort(paths);
  if (running !== undefined) return running;
  if (!existsSync(MAIN)) {
    log(`The Neo4j Browser guide is not served: ${MAIN} is missing (run npm run build)`);
    return undefined;
  }
  rmSync(paths.portFile, { force: true });
  for (const file of [paths.pidFile, paths.portFile, paths.logFile])
    mkdirSync(dirname(file), { recursive: true });
  const out = openSync(paths.logFile, 'a');
  const child = spawn(
    process.execPath,
    [MAIN, 'browser', '--port', String(port), '--port-file', paths.portFile],
    { detached: true, stdio: ['ignore', out, out], cwd: PACKAGE_ROOT },
  );
  closeSync(out);
  let exited = false;
  child.once('exit', () => (exited = true));
  child.unref();
  if (child.pid !== undefined) writeFileSync(paths.pidFile, `${child.pid}\n`);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!exited && Date.now() < deadline) {
    const listening = readNumberFile(paths.portFile);
    if (listening !== undefined) return listening;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!exited && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
  log(`The Neo4j Browser guide server did not start; read ${paths.logFile}`);
  return undefined;
}

/** Stops the guide server. Returns false when none ran. */
export async function stopGuideProcess(paths: GuideProcessPaths): Promise<boolean> {
  const pid = readNumberFile(paths.pidFile);
  rmSync(paths.pidFile, { force: true });
  rmSync(paths.portFile, { force: true });
  if (pid === undefined || !alive(pid)) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}
