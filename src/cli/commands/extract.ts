import type { Argv, CommandModule } from 'yargs';
// Types only: the extraction modules are loaded when the command runs, not at CLI start.
import type { ExtractionFormat } from '../../output/write-extraction';

interface ExtractArgs {
  readonly paths: string[];
  readonly format: ExtractionFormat;
  readonly out?: string;
}

/**
 * `newsgraph extract <paths..>`: runs the extraction pipeline (no database) over files and
 * folders of `.txt`/`.jsonl` and writes one JSON document: the evaluation exchange format
 * (default) or the full results with provenance. Per-file errors go to stderr, naming the file
 * and the reason; the other files are still written, and the exit code is then 1.
 */
export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract <paths..>',
  describe: 'Extract entities, quotes and attacks from .txt/.jsonl files and folders; write JSON',
  builder: (yargs: Argv) =>
    yargs
      .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Files or folders' })
      .option('format', {
        choices: ['eval', 'json'] as const satisfies readonly ExtractionFormat[],
        default: 'eval' as const,
        describe: 'eval: the exchange format of the evaluation; json: full results with provenance',
      })
      .option('out', {
        type: 'string',
        describe: 'Output file (default: stdout)',
      }) as unknown as Argv<ExtractArgs>,
  handler: async (args) => {
    const { runExtract } = await import('./extract-run');
    process.exitCode = await runExtract(args.paths, args.format, args.out);
  },
};
