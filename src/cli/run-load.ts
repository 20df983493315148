import { SingleBar, Presets } from 'cli-progress';
import type { Config } from '../config';
import type { LoadProgress, LoadSummary } from '../run/load-paths';
import type { IdentitySummary } from '../graph/resolve-identities';
import { readAliasFile } from '../graph/identity-aliases';
import { loadWithDriver } from '../library/load-files';
import { withDriver } from './context';

/** Progress on stderr: a bar on a terminal, otherwise a plain line every few seconds. */
function progressReporter(): { update: (p: LoadProgress) => void; stop: () => void } {
  const started = Date.now();
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format:
          'loading {bar} {value} articles | {written} written, {skipped} unchanged, {failed} failed | {rate}/s',
        stream: process.stderr,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    // The number of articles is not known ahead (input is streamed): the bar grows with it.
    bar.start(1, 0, { written: 0, skipped: 0, failed: 0, rate: 0 });
    return {
      update: (p) => {
        bar.setTotal(Math.max(p.articles, 1));
        bar.update(p.articles, {
          ...p,
          rate: Math.round(p.articles / Math.max((Date.now() - started) / 1000, 0.001)),
        });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      process.stderr.write(
        `loading: ${p.articles} articles, ${p.written} written, ${p.skipped} unchanged, ${p.failed} failed\n`,
      );
    },
    stop: () => undefined,
  };
}

/** One line on what the identity pass did. */
export function identityLine(i: IdentitySummary): string {
  return (
    `identity  ${i.atoms} entity keys: ${i.moved} joined another node, ${i.removed} nodes merged away, ` +
    `${i.ambiguous} lone surnames left ambiguous (${i.seconds.toFixed(1)} s)`
  );
}

/** Prints the summary of a load on stdout. */
export function printSummary(s: LoadSummary): void {
  const rate = s.seconds > 0 ? (s.articles / s.seconds).toFixed(1) : '-';
  console.log(
    [
      `articles  ${s.articles} in ${s.files} files (${s.written} written${s.copies > 0 ? `, ${s.copies} of them copies of another article's body` : ''}, ${s.skipped} unchanged and skipped, ${s.failed} failed)`,
      `entities  ${s.entities} distinct (${s.entityMentions} counted per article)   quotes ${s.quotes}   attacks ${s.attacks}   (in the articles written)`,
      `time      ${s.seconds.toFixed(1)} s, ${rate} articles/s`,
      ...(s.identity ? [identityLine(s.identity)] : []),
    ].join('\n'),
  );
}

/**
 * Applies the schema and loads `paths` (into `dataset` when given), with progress and problems on stderr. Returns the
 * summary; the caller sets the exit code (1 when a file or article failed).
 */
export async function runLoad(
  config: Config,
  paths: readonly string[],
  dataset?: string,
): Promise<LoadSummary> {
  // A malformed alias file stops the command before Neo4j is contacted.
  const identityRules = readAliasFile(config.aliases.path, config.aliases.required);
  return withDriver(config, async (driver) => {
    const progress = progressReporter();
    try {
      return await loadWithDriver(driver, config, paths, {
        identityRules,
        ...(dataset === undefined ? {} : { dataset }),
        onProgress: progress.update,
        onProblem: (p) => {
          if (p.level !== 'skipped') process.stderr.write(`\n${p.level}: ${p.message}\n`);
        },
      });
    } finally {
      progress.stop();
    }
  });
}
