import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Config } from '../../src/config';
import { PACKAGE_ROOT } from '../../src/package-root';

const CLI = join(PACKAGE_ROOT, 'dist', 'main.js');

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** When the process exited (`Date.now()`). */
  readonly exitedAt: number;
}

export interface Running {
  readonly child: ChildProcess;
  readonly done: Promise<Finished>;
}

/**
 * Starts the built `newsgraph` CLI against the test Neo4j without waiting for it. It is killed
 * after `timeoutMs`, so a hang fails the check instead of stalling the suite.
 */
export function spawnCli(config: Config, args: readonly string[], timeoutMs = 120_000): Running {
  const child = spawn('node', [CLI, ...args], {
    env: {
      ...process.env,
      NEO4J_URI: config.neo4j.uri,
      NEO4J_PASSWORD: config.neo4j.password,
      NEO4J_DATABASE: config.neo4j.database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<Finished>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, exitedAt: Date.now() });
    });
  });
  return { child, done };
}

/** Runs the CLI to the end. */
export function runCliToEnd(config: Config, args: readonly string[], timeoutMs?: number): Promise<Finished> {
  return spawnCli(config, args, timeoutMs).done;
}
