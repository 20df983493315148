/**
 * V8's optimising compiler settings of newsgraph's commands. Extraction is a lot of code (the
 * lexicons' lookups, the tokenizer, mention finders, the quote and attack grammars) that runs
 * a few seconds per corpus, so TurboFan's compilations are a large share of the work: with
 * inlining, each hot function was compiled with the functions it calls, on a background
 * thread, and compiled again after each deoptimisation (~7 s of compile jobs in a 12 s
 * single-thread run of the corpus). On two cores those jobs take the core a second
 * extraction thread, or Neo4j, would use.
 *
 * Without inlining, alternated runs of the corpus (five pairs each, medians): one thread
 * 1.01x the wall time's speed with 0.89x the CPU time; two worker threads 1.22x faster with
 * 0.83x the CPU time. Output is the same (a compiler setting changes no result).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Turns TurboFan's inlining off for the rest of the process, worker threads included (V8's
 * flags are process-wide): the CLI calls it before any command runs, and the benchmarks do as
 * the CLI does. The library leaves its caller's V8 flags alone.
 */
export function compileWithoutInlining(): void {
  setFlagsFromString('--no-turbo-inlining');
}
