import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folder of newsgraph's package.json (the clone), from `src/` or the built `dist/`. */
export const PACKAGE_ROOT = resolve(__dirname, '..');

/** newsgraph's version, from its package.json. */
export const VERSION: string = (
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
