/**
 * The V8 heap settings of the threads that extract. Extraction allocates many short-lived
 * objects per article (tokens, mentions, candidate spans) that die before the next article:
 * with V8's default young generation (16 MB semi-spaces) they are scavenged, and partly
 * promoted, several times per article. 64 MB semi-spaces let most of them die young, which
 * measured about 10–15 % less CPU on the corpus (`npm run bench:extract`).
 *
 * The commands extract on workers, so their main thread keeps V8's default and the memory
 * (two 64 MB semi-spaces cost up to ~90 MB of resident memory in `bench:load`). A main thread
 * that extracts, `bench:extract`'s single-thread run, gets the size from the command line
 * (`--max-semi-space-size=64` in its npm script); V8 takes it only at start-up.
 */
import type { ResourceLimits } from 'node:worker_threads';

/** Size of one of the young generation's two semi-spaces, in MB. */
export const SEMI_SPACE_MB = 64;

/**
 * The worker's resource limits: V8's young generation is three semi-spaces' worth (two
 * semi-spaces and the space for large new objects), so this gives each worker `SEMI_SPACE_MB`.
 */
export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB };
