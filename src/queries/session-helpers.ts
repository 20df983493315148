import { Neo4jError, type Driver, type Record as Neo4jRecord, type Session } from 'neo4j-driver';

export interface SessionOptions {
  /** Database name; the server's default database when omitted. */
  readonly database?: string;
  /** READ (the default) or WRITE access. A READ session refuses writes on a single server. */
  readonly mode?: 'READ' | 'WRITE';
}

/** Keys and records of a finished query. */
export interface Records {
  readonly keys: readonly string[];
  readonly records: readonly Neo4jRecord[];
}

/** Runs `work` with a session of the driver and closes the session afterwards, whatever happens. */
export async function withSession<T>(
  driver: Driver,
  options: SessionOptions,
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const session = driver.session({
    ...(options.database === undefined ? {} : { database: options.database }),
    defaultAccessMode: options.mode ?? 'READ',
  });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

/**
 * Runs one read-only statement in a managed read transaction (the driver retries transient
 * failures) and returns its keys and records. The session is READ, so a statement that tries
 * to write fails instead of changing the graph.
 */
export async function readRecords(
  driver: Driver,
  cypher: string,
  params: Readonly<Record<string, unknown>>,
  options: Omit<SessionOptions, 'mode'> = {},
): Promise<Records> {
  return withSession(driver, { ...options, mode: 'READ' }, (session) =>
    session.executeRead(async (tx) => {
      const result = tx.run(cypher, params);
      const keys = await result.keys();
      const { records } = await result;
      return { keys: keys.map(String), records };
    }),
  );
}

const CONNECTION_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Whether a driver error means the server could not be reached (rather than a bad statement). */
export function isConnectionError(error: unknown): boolean {
  return error instanceof Neo4jError && CONNECTION_CODES.has(error.code);
}
