import type { Argv } from 'yargs';
import { neo4jCommand } from './neo4j';
import { startCommand } from './start';

/**
 * Registers every `newsgraph` command, one module each. Handlers import their
 * implementation lazily, so `newsgraph --help` stays fast.
 */
export function registerCommands(yargs: Argv): Argv {
  return yargs.command(startCommand).command(neo4jCommand);
}
