/**
 * What every stage of a run yields (read sources → split articles → extract → write): a value
 * to pass on, or a problem with one input. A problem never stops the run; the other inputs go on.
 */

/** Something wrong with (or passed over in) one input file; the other files go on. */
export interface Problem {
  /** Path of the file as given (or found while walking a folder). */
  readonly path: string;
  /** For `.jsonl`: the 1-based line of the record, when the problem is one record's. */
  readonly line?: number;
  /**
   * `error`: the file (or an article of it) is not extracted or loaded, and the run ends with
   * exit code 1. `warning`: read, but with a loss the user should know about (invalid UTF-8
   * replaced). `skipped`: not input (another extension, a hidden file); not a failure.
   */
  readonly level: 'error' | 'warning' | 'skipped';
  /**
   * What the user is told. An `error`'s message is whole: it names the file (and line) and the
   * reason. A `warning`'s or `skipped`'s is the reason only; `path` names the file.
   */
  readonly message: string;
}

/** One step of a run: a value of stage `T` (a source file, an article, a result) or a problem. */
export type Item<T> =
  { readonly kind: 'value'; readonly value: T } | { readonly kind: 'problem'; readonly problem: Problem };
