import type { Argv } from 'yargs';
import { browserCommand } from './browser';
import { loadCommand } from './load';
import { extractCommand } from './extract';
import { exportCommand } from './export';
import { importCommand } from './import';
import { neo4jCommand } from './neo4j';
import { queriesCommand } from './queries';
import { queryCommand } from './query';
import { relinkCommand } from './relink';
import { resetCommand } from './reset';
import { schemaCommand } from './schema';
import { startCommand } from './start';
import { statsCommand } from './stats';

/**
 * Registers every `newsgraph` command, one module each. Handlers import their
 * implementation lazily, so `newsgraph --help` stays fast.
 */
export function registerCommands(yargs: Argv): Argv {
  return yargs
    .command(startCommand)
    .command(loadCommand)
    .command(extractCommand)
    .command(exportCommand)
    .command(importCommand)
    .command(schemaCommand)
    .command(statsCommand)
    .command(relinkCommand)
    .command(resetCommand)
    .command(queryCommand)
    .command(queriesCommand)
    .command(neo4jCommand)
    .command(browserCommand);
}
