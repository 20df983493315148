import { NewsgraphError } from '../errors';

/** A query file that cannot be used: names the file, the header line when known, and the problem. */
export class QueryFileError extends NewsgraphError {
  constructor(
    readonly path: string,
    problem: string,
    readonly line?: number,
  ) {
    super(`${path}${line === undefined ? '' : `:${line}`}: ${problem}`, 1);
  }
}

/** A query name that is not in the catalogue; the message lists the known names. */
export class UnknownQueryError extends NewsgraphError {
  constructor(
    readonly queryName: string,
    readonly known: readonly string[],
  ) {
    super(
      `no canned query named "${queryName}"; known queries: ${known.length > 0 ? known.join(', ') : '(none)'}`,
      1,
    );
  }
}

/** A parameter that is missing, unknown or of the wrong type; names the query, the parameter and what was found. */
export class QueryParamError extends NewsgraphError {
  constructor(
    readonly queryName: string,
    readonly param: string | undefined,
    problem: string,
  ) {
    super(`query ${queryName}: ${param === undefined ? '' : `parameter "${param}" `}${problem}`, 1);
  }
}
