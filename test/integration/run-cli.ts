import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Config } from '../../src/config';
import { PACKAGE_ROOT } from '../../src/package-root';

const run = promisify(execFile);
const CLI = join(PACKAGE_ROOT, 'dist', 'main.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `newsgraph` CLI against the test Neo4j; `env` overrides the environment. */
export function runCli(config: Config, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return run('node', [CLI, ...args], {
    env: {
      ...process.env,
      NEO4J_URI: config.neo4j.uri,
      NEO4J_PASSWORD: config.neo4j.password,
      NEO4J_DATABASE: config.neo4j.database,
      ...env,
    },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: CliResult) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
