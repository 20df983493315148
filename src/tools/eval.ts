/**
 * `npm run eval`: extracts the seeds and the dev sets, writes the predictions to a temporary
 * folder and scores each set with the shared scorer, printing one table per set.
 *
 *   node dist/tools/eval.js [--shared ../shared] [--set seeds|acled-dev|polnear-dev]... [--verbose] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { writeExtraction } from '../output/write-extraction';
import { PACKAGE_ROOT } from '../package-root';

interface EvalSet {
  readonly name: string;
  readonly inputs: string;
  readonly gold: string;
  /** Which figures the set's gold supports (see DATASETS.md). */
  readonly read: string;
}

/** The evaluation sets under the shared folder. */
export function evalSets(shared: string): EvalSet[] {
  return [
    {
      name: 'seeds',
      inputs: join(PACKAGE_ROOT, 'seeds'),
      gold: join(shared, 'eval/gold/seeds.gold.json'),
      read: 'all figures',
    },
    {
      name: 'acled-dev',
      inputs: join(shared, 'eval/acled-dev/inputs'),
      gold: join(shared, 'eval/acled-dev/gold.json'),
      read: 'attacks only',
    },
    {
      name: 'polnear-dev',
      inputs: join(shared, 'eval/polnear-dev/inputs'),
      gold: join(shared, 'eval/polnear-dev/gold.json'),
      read: 'quotes only',
    },
  ];
}

async function main(): Promise<number> {
  const args = await yargs(hideBin(process.argv))
    .option('shared', {
      type: 'string',
      default: resolve(PACKAGE_ROOT, '../shared'),
      describe: 'The shared folder',
    })
    .option('set', { type: 'string', array: true, describe: 'Only these sets' })
    .option('verbose', { type: 'boolean', default: false, describe: 'Pass --verbose to the scorer' })
    .option('keep', { type: 'boolean', default: false, describe: 'Keep the predictions folder' })
    .strict()
    .parseAsync();
  const scorer = join(args.shared, 'eval/score.mjs');
  if (!existsSync(scorer)) {
    console.error(`eval: scorer not found at ${scorer}; pass --shared DIR`);
    return 2;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
  let code = 0;
  for (const set of evalSets(args.shared).filter(
    (s) => args.set === undefined || args.set.includes(s.name),
  )) {
    const pred = join(outDir, `${set.name}.pred.json`);
    const out = createWriteStream(pred);
    const started = Date.now();
    const summary = await writeExtraction([set.inputs], out, {
      format: 'eval',
      log: (line) => (line.startsWith('error:') ? console.error(`  ${line}`) : undefined),
    });
    out.end();
    await finished(out);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n== ${set.name} (${summary.articles} articles, ${seconds} s; read ${set.read}) ==`);
    const scored = spawnSync(
      process.execPath,
      [scorer, '--gold', set.gold, '--pred', pred, ...(args.verbose ? ['--verbose'] : [])],
      { stdio: 'inherit' },
    );
    if (scored.status !== 0 || summary.errors.length > 0) code = 1;
  }
  if (args.keep) console.log(`\npredictions kept in ${outDir}`);
  else rmSync(outDir, { recursive: true, force: true });
  return code;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error('eval:', err);
    process.exitCode = 1;
  },
);
