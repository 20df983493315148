/**
 * `npm run eval`: extracts the seeds and the dev sets, writes the predictions to a temporary
 * folder, scores each set with the shared scorer (`score.mjs --json`) and prints one table:
 * a column per set, a row per measure, F1 in percent, `—` where a set's gold does not support
 * the measure.
 *
 *   node dist-tools/eval.js [--shared ../shared] [--set seeds|war-dev|acled-dev|polnear-dev]...
 *                           [--verbose] [--json] [--keep]
 *
 * `--verbose` adds, per set, the scorer's details (false positives and negatives per file, on
 * stderr) and its precision and recall; `--json` prints the figures as one JSON document on
 * stdout (the table then goes to stderr); `--keep` keeps the predictions.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { writeExtraction } from '../dist/output/write-extraction';
import { PACKAGE_ROOT } from '../dist/package-root';
import {
  formatDetails,
  formatTable,
  parseScorerJson,
  toJson,
  type GoldSupport,
  type SetScore,
} from './eval-table';

interface EvalSet {
  readonly name: string;
  readonly inputs: string;
  readonly gold: string;
  /** Which figures the set's gold supports (see DATASETS.md). */
  readonly support: GoldSupport;
}

/** The evaluation sets: the seeds, then the dev sets of the shared folder, war-dev first. */
function evalSets(shared: string): EvalSet[] {
  return [
    {
      name: 'seeds',
      inputs: join(PACKAGE_ROOT, 'seeds'),
      gold: join(shared, 'eval/gold/seeds.gold.json'),
      support: { scored: 'all' },
    },
    {
      name: 'war-dev',
      inputs: join(shared, 'eval/war-dev/inputs'),
      gold: join(shared, 'eval/war-dev/gold.json'),
      support: { scored: 'all' },
    },
    {
      name: 'acled-dev',
      inputs: join(shared, 'eval/acled-dev/inputs'),
      gold: join(shared, 'eval/acled-dev/gold.json'),
      support: {
        scored: ['attacks', 'attackDates', 'attackKilled'],
        noisy: {
          attackKilled: "ACLED's fatalities often do not follow from the notes; not scored in DATASETS.md",
        },
      },
    },
    {
      name: 'polnear-dev',
      inputs: join(shared, 'eval/polnear-dev/inputs'),
      gold: join(shared, 'eval/polnear-dev/gold.json'),
      support: { scored: ['quotes', 'quotesAttributed', 'directQuotes', 'directQuotesAttributed'] },
    },
  ];
}

/** Extracts one set into `pred` and scores it; undefined when extraction or scoring failed. */
async function runSet(
  set: EvalSet,
  scorer: string,
  pred: string,
  verbose: boolean,
): Promise<{ score?: SetScore; ok: boolean }> {
  const out = createWriteStream(pred);
  const started = Date.now();
  const summary = await writeExtraction([set.inputs], out, {
    format: 'eval',
    log: (line) => (line.startsWith('error:') ? console.error(`  ${line}`) : undefined),
  });
  out.end();
  await finished(out);
  const seconds = (Date.now() - started) / 1000;
  console.error(`${set.name}: ${summary.articles} articles extracted in ${seconds.toFixed(1)} s`);
  const scored = spawnSync(
    process.execPath,
    [scorer, '--gold', set.gold, '--pred', pred, '--json', ...(verbose ? ['--verbose'] : [])],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 256 * 2 ** 20 },
  );
  if (scored.status !== 0) {
    console.error(`eval: the scorer failed on ${set.name} (exit code ${scored.status ?? scored.signal})`);
    return { ok: false };
  }
  const score = {
    name: set.name,
    articles: summary.articles,
    seconds,
    support: set.support,
    micro: parseScorerJson(scored.stdout),
  };
  if (verbose) console.error(`\n== ${set.name} ==\n${formatDetails(score)}\n`);
  return { score, ok: summary.errors.length === 0 };
}

async function main(): Promise<number> {
  const args = await yargs(hideBin(process.argv))
    .option('shared', {
      type: 'string',
      default: resolve(PACKAGE_ROOT, '../shared'),
      describe: 'The shared folder',
    })
    .option('set', {
      type: 'string',
      array: true,
      choices: evalSets('').map((s) => s.name),
      describe: 'Only these sets',
    })
    .option('verbose', {
      type: 'boolean',
      default: false,
      describe: "The scorer's details per set (on stderr)",
    })
    .option('json', {
      type: 'boolean',
      default: false,
      describe: 'Print the figures as JSON (table on stderr)',
    })
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
  const scores: SetScore[] = [];
  for (const set of evalSets(args.shared).filter(
    (s) => args.set === undefined || args.set.includes(s.name),
  )) {
    const { score, ok } = await runSet(set, scorer, join(outDir, `${set.name}.pred.json`), args.verbose);
    if (score !== undefined) scores.push(score);
    if (!ok) code = 1;
  }
  const table = formatTable(scores);
  if (args.json) {
    console.error(`\n${table}`);
    console.log(JSON.stringify(toJson(scores), null, 2));
  } else console.log(`\n${table}`);
  if (args.keep) console.error(`\npredictions kept in ${outDir}`);
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
