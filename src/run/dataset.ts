/**
 * Datasets: a name given to a load (`newsgraph load --dataset NAME`) that keeps one corpus apart
 * from the others in one database. Every article, publication, sentence and fact of the load
 * carries it (`dataset`), its article ids start with `NAME::`, and a body is deduplicated only
 * against articles of the same dataset (`articleBodyHash`); entities are shared by all datasets.
 */
import { NewsgraphError } from '../errors';
import type { Article } from '../model/article';

/** Letters, digits, `_`, `.` and `-`, starting with a letter or digit, at most 64 characters. */
const DATASET_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** What separates the dataset's name from the rest of an article id (`war::guardian/001.txt#0`). */
export const DATASET_ID_SEPARATOR = '::';

/** Throws a {@link NewsgraphError} (exit code 1) naming the value when it is not a dataset name. */
export function checkDatasetName(name: string): string {
  if (!DATASET_RE.test(name)) {
    throw new NewsgraphError(
      `newsgraph: a dataset name is 1 to 64 letters, digits, "_", "." or "-", starting with a letter or digit; found "${name}"`,
    );
  }
  return name;
}

/**
 * The article as loaded into `dataset`: its id prefixed with the dataset's name, the dataset
 * recorded. Ids an older loader gave it are dropped (no older loader knew datasets).
 */
export function inDataset(article: Article, dataset: string | undefined): Article {
  if (dataset === undefined) return article;
  return { ...article, id: `${dataset}${DATASET_ID_SEPARATOR}${article.id}`, legacyIds: [], dataset };
}
