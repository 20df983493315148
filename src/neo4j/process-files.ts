/** Small helpers for the pid and port files of the processes newsgraph starts in the background. */
import { existsSync, readFileSync } from 'node:fs';

/** Whether a process with this pid is running. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The positive integer a pid or port file holds, or undefined when it is missing or holds none. */
export function readNumberFile(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const n = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
