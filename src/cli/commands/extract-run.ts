import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { InputError } from '../../errors';
import { writeExtraction, type ExtractionFormat } from '../../output/write-extraction';
import { cliConfig, note } from '../context';

/**
 * Implementation of `newsgraph extract`: writes the document to `outPath` (or stdout) and
 * returns the exit code: 0, or 1 when any file failed.
 */
export async function runExtract(
  paths: readonly string[],
  format: ExtractionFormat,
  outPath?: string,
): Promise<number> {
  const out = outPath !== undefined ? createWriteStream(outPath) : process.stdout;
  const opened = new Promise<void>((resolve, reject) => {
    if (outPath === undefined) return resolve();
    out.once('open', () => resolve());
    out.once('error', (err) =>
      reject(new InputError(outPath, `cannot write the output (${err.message})`, { cause: err })),
    );
  });
  await opened;
  let summary;
  try {
    const { extractThreads } = cliConfig();
    summary = await writeExtraction(paths, out, {
      format,
      log: note,
      ...(extractThreads === undefined ? {} : { extractThreads }),
    });
  } catch (err) {
    // The reader of stdout went away (`newsgraph extract … | head`): not a failure of ours.
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    throw err;
  }
  if (outPath !== undefined) {
    out.end();
    await finished(out);
  }
  const failed = new Set(summary.errors.map((e) => e.path)).size;
  note(`extract: ${summary.articles} articles${failed > 0 ? `, ${failed} file(s) with errors` : ''}`);
  return failed > 0 ? 1 : 0;
}
