import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root';
import type { CannedQuery } from './canned-query';
import { parseQueryFile } from './parse-query-file';
import { QueryFileError, UnknownQueryError } from './query-errors';

/** The folder of the canned queries shipped with newsgraph. */
export const QUERIES_DIR = join(PACKAGE_ROOT, 'cypher', 'queries');

export interface QueryCatalogue {
  /** The usable queries, by name. */
  readonly queries: readonly CannedQuery[];
  /** Files that could not be used, each naming the file and the problem. */
  readonly problems: readonly QueryFileError[];
}

/**
 * Reads every `.cypher` file of a folder (by default the shipped `cypher/queries/`) into a
 * catalogue, sorted by name. A file with a bad header is reported in `problems` and the
 * others are still usable; a folder that cannot be read is an error naming it.
 */
export function loadQueries(dir: string = QUERIES_DIR): QueryCatalogue {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort();
  } catch (error) {
    throw new QueryFileError(dir, `cannot read the folder of canned queries (${String(error)})`);
  }
  const queries: CannedQuery[] = [];
  const problems: QueryFileError[] = [];
  for (const file of files) {
    const path = join(dir, file);
    try {
      queries.push(parseQueryFile(path, readFileSync(path, 'utf8')));
    } catch (error) {
      problems.push(
        error instanceof QueryFileError
          ? error
          : new QueryFileError(path, `cannot read it (${String(error)})`),
      );
    }
  }
  return { queries, problems };
}

/**
 * The query of that name. An unknown name is an {@link UnknownQueryError} listing the known
 * ones; a name whose file is broken rethrows that file's problem.
 */
export function findQuery(catalogue: QueryCatalogue, name: string): CannedQuery {
  const query = catalogue.queries.find((q) => q.name === name);
  if (query) return query;
  const broken = catalogue.problems.find((p) => basename(p.path) === `${name}.cypher`);
  if (broken) throw broken;
  throw new UnknownQueryError(
    name,
    catalogue.queries.map((q) => q.name),
  );
}
