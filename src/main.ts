#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { registerCommands } from './cli/commands';
import { NewsgraphError } from './errors';
import { VERSION } from './package-root';
import { compileWithoutInlining } from './run/jit-settings';

/** Exit codes: 0 done, 1 bad input or a failed command, 2 configuration or Neo4j unavailable. */
function reportAndExit(error: unknown): never {
  if (error instanceof NewsgraphError) {
    console.error(`newsgraph: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error('newsgraph: unexpected error:', error);
  process.exit(1);
}

async function main(argv: string[]): Promise<void> {
  await registerCommands(yargs(hideBin(argv)))
    .scriptName('newsgraph')
    .usage('$0 <command> [options]\n\nTurns news articles into a knowledge graph in Neo4j.')
    .demandCommand(1, 'Name a command; see --help.')
    .strict()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .fail((message, error, y) => {
      if (error) throw error;
      console.error(`${y.help()}\n\nnewsgraph: ${message}`);
      process.exit(1);
    })
    .parseAsync();
}

compileWithoutInlining();
main(process.argv).catch(reportAndExit);
