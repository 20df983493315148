import { loadConfig, type Config } from '../config';
import { PACKAGE_ROOT } from '../package-root';

/** The configuration for CLI commands: the environment (after `.env`), the local server in the clone. */
export function cliConfig(): Config {
  return loadConfig(process.env, PACKAGE_ROOT);
}

/** Progress lines go to stderr, so stdout stays clean for results. */
export const note = (line: string): void => void process.stderr.write(`${line}\n`);
