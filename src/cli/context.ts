import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config';
import { PACKAGE_ROOT } from '../package-root';

/** The configuration for CLI commands: the environment over `.env`, the local server in the clone. */
export function cliConfig(): Config {
  return loadConfig(undefined, PACKAGE_ROOT);
}

/** Progress lines go to stderr, so stdout stays clean for results. */
export const note = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * Runs `work` with a driver for the configured Neo4j. An unreachable server or refused
 * credentials stop the command with one message and exit code 2.
 */
export async function withDriver<T>(config: Config, work: (driver: Driver) => Promise<T>): Promise<T> {
  const { openDriver } = await import('../neo4j/connect');
  const driver = await openDriver(config.neo4j);
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}
