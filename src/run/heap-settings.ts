/**
 * The V8 heap settings of the threads that extract. Extraction allocates many short-lived
 * objects per article (tokens, mentions, candidate spans) that die before the next article:
 * with V8's default young generation (16 MB semi-spaces) they are scavenged, and partly
 * promoted, several times per article. 64 MB semi-spaces let most of them die young, which
 * measured about 10–15 % less CPU on the corpus (`npm run bench:extract`).
 *
 * The commands' main thread keeps V8's default and the memory (two 64 MB semi-spaces cost up
 * to ~90 MB of resident memory in `bench:load`): in `extract` and `export` it does not extract,
 * and in `load` (on two cores it extracts, see `defaultLoadThreads`) extraction hides behind
 * Neo4j's writes. `bench:extract`'s single-thread run gets the size from the command line
 * (`--max-semi-space-size=64` in its npm script); V8 takes it only at start-up.
 */
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/** Size of one of the young generation's two semi-spaces, in MB. */
export const SEMI_SPACE_MB = 64;

/**
 * The worker's resource limits: V8's young generation is three semi-spaces' worth (two
 * semi-spaces and the space for large new objects), so this gives each worker `SEMI_SPACE_MB`.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB };

/**
 * How much V8 lets the old generation grow past the data that survived the last full
 * collection before it collects again, in percent (V8's default factor adapts up to 4×).
 */
export const LOAD_HEAP_GROWING_PERCENT = 100;

/**
 * Caps the heap's growth between full collections at {@link LOAD_HEAP_GROWING_PERCENT} for the
 * rest of the process: the `load` command and `bench:load` call it before loading. A load's main
 * thread extracts ahead while Neo4j writes and mostly waits, so V8 sees a busy allocator and lets
 * garbage pile up to several times the ~100 MB that is live; with the cap, alternated loads of
 * the corpus peaked at ~375 MB of RSS instead of ~510 MB in the same time (the extra collections
 * run while the thread would wait for Neo4j). The flag is process-wide, so commands whose threads only extract
 * (`extract`, `export`) do not set it. Returns a function that lifts the cap.
 */
export function limitHeapGrowth(): () => void {
  setFlagsFromString(`--heap-growing-percent=${LOAD_HEAP_GROWING_PERCENT}`);
  /** Gives V8 its adaptive factor back (0 is V8's "not set"). */
  return () => setFlagsFromString('--heap-growing-percent=0');
}
