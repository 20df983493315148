/** Base class of the errors newsgraph reports to its users; `exitCode` is what the CLI exits with. */
export class NewsgraphError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A bad configuration value (environment or `.env`). */
export class ConfigError extends NewsgraphError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A bad input file; names the file and what is wrong with it. */
export class InputError extends NewsgraphError {
  constructor(
    readonly path: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, 1, options);
  }
}

/** Neo4j cannot be reached, refuses the credentials, or the local server cannot be started. */
export class Neo4jUnavailableError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 2, options);
  }
}
