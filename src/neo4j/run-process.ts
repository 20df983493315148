import { spawn, type StdioOptions } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';

export interface RunResult {
  /** Exit code, or null when the command could not be started at all (not installed). */
  readonly code: number | null;
  readonly output: string;
}

/**
 * Runs a command to its end. Output goes to `logFile` when given (appended), else it is
 * collected and returned. A missing program gives `code: null` instead of throwing.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; logFile?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const fd = options.logFile === undefined ? undefined : openSync(options.logFile, 'a');
    const stdio: StdioOptions = fd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', fd, fd];
    const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    const finish = (code: number | null): void => {
      if (timer) clearTimeout(timer);
      if (fd !== undefined) closeSync(fd);
      resolve({ code, output });
    };
    child.on('error', () => finish(null));
    child.on('close', (code) => finish(code ?? 1));
  });
}
