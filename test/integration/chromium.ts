import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Names of a Chromium executable, Debian's package first. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/**
 * The Chromium the Browser test drives: `NEWSGRAPH_CHROMIUM` when set, else the first of
 * chromium, chromium-browser, google-chrome on PATH; undefined when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NEWSGRAPH_CHROMIUM) return existsSync(env.NEWSGRAPH_CHROMIUM) ? env.NEWSGRAPH_CHROMIUM : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}
