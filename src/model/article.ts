import type { Problem } from './item';

/** One input file as read from disk: a `.txt` file, or one line of a `.jsonl` file. */
export interface SourceFile {
  /** Path of the file as given (or found while walking a folder). */
  readonly path: string;
  /** Base name of the file; the exchange format pools all of a file's articles under it. */
  readonly name: string;
  /**
   * Path of the file relative to the folder that was loaded (`/`-separated), or the base name
   * for a file given by itself: what article ids are made of. Defaults to `name`.
   */
  readonly key?: string;
  /** The key article ids were made of before id scheme 3: the path relative to the loaded folder. */
  readonly legacyKey?: string;
  /** For `.jsonl`: the 1-based line number; undefined for `.txt`. */
  readonly line?: number;
  /** Raw text (a `.txt` file's content, or a `.jsonl` record's title and body joined). */
  readonly text: string;
  /** Fields given by the input itself (a `.jsonl` record), if any. */
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly id?: string;
}

/**
 * A file that could not be read or parsed.
 * @deprecated Every stage now reports a {@link Problem} (this, with a `level`).
 */
export type SourceError = Omit<Problem, 'level'>;

/** One cleaned article. Offsets of every span in the pipeline point into `text`. */
export interface Article {
  /**
   * Stable id: the source's key (path relative to the loaded folder) plus the article's index
   * in the file; for a `.jsonl` record its `id`, else its `url`, else the key and line number.
   */
  readonly id: string;
  /**
   * The ids that older loaders gave this article, when they differ from `id`: the path relative
   * to the loaded folder without the folder's name (id scheme 2), the base name, or the line
   * number instead of the URL (scheme 1). Such an old article is replaced by this one rather
   * than left beside it.
   */
  readonly legacyIds?: readonly string[];
  /** Base name of the source file. */
  readonly source: string;
  /** Path of the source file. */
  readonly path: string;
  /** Index of the article in its source file (0-based). */
  readonly index: number;
  readonly title: string;
  /** Cleaned text: the title as its first line, then the body; page furniture removed. */
  readonly text: string;
  /** Publication date as ISO 8601 (`2024-05-07` or a full timestamp) when the input gives one. */
  readonly publishedAt?: string;
  readonly url?: string;
  /**
   * The dataset the article was loaded into (`load --dataset NAME`), if any. Its `id` then starts
   * with `NAME::`, and its body is deduplicated only against the same dataset's articles.
   */
  readonly dataset?: string;
}
