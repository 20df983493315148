import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import { Neo4jUnavailableError } from '../errors';

/**
 * Every timeout of the driver, in one place. Together they bound how long a command waits for
 * a Neo4j that is not there or has gone away: an unreachable server is reported within about
 * 5 s, and a load whose server dies stops within about 8 s (the retries of the transaction that
 * failed, then one message and exit code 2).
 */
export const DRIVER_TIMEOUTS = Object.freeze({
  /** Opening a TCP connection and the Bolt handshake. */
  connectionTimeoutMs: 5_000,
  /** Waiting for a connection from the pool, connecting included. */
  connectionAcquisitionTimeoutMs: 5_000,
  /**
   * Retrying a managed transaction after transient errors (a deadlock between concurrent
   * loaders, a dropped connection) before giving up. Retries back off 1, 2, 4 s (with jitter)
   * and a retry is scheduled while less than this has passed, so giving up takes about 7 s;
   * 8 s here would allow one more wait of 8 s, past the 15 s a load may take to stop.
   */
  maxTransactionRetryTimeMs: 5_000,
});

export type Neo4jProbe = 'ok' | 'unreachable' | 'unauthorized';

const UNAUTHORIZED = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/** Creates a driver for the configured server; nothing is sent until it is used. */
export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    connectionTimeout: DRIVER_TIMEOUTS.connectionTimeoutMs,
    connectionAcquisitionTimeout: DRIVER_TIMEOUTS.connectionAcquisitionTimeoutMs,
    maxTransactionRetryTime: DRIVER_TIMEOUTS.maxTransactionRetryTimeMs,
    disableLosslessIntegers: true,
    userAgent: 'newsgraph',
  });
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof Neo4jError && UNAUTHORIZED.has(error.code);
}

/** Whether a Neo4j answers at the configured URI, and whether it takes the configured credentials. */
export async function probeNeo4j(config: Neo4jConfig): Promise<Neo4jProbe> {
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
    return 'ok';
  } catch (error) {
    return isUnauthorized(error) ? 'unauthorized' : 'unreachable';
  } finally {
    await driver.close();
  }
}

/**
 * Opens a driver and checks that the server answers and accepts the credentials. Failures
 * become one {@link Neo4jUnavailableError} (exit code 2) that names the URI and the user, never
 * the password, and keeps the driver's error as its cause.
 */
export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.database });
    return driver;
  } catch (error) {
    await driver.close();
    if (isUnauthorized(error)) {
      throw new Neo4jUnavailableError(
        `Neo4j at ${config.uri} refused the credentials of user "${config.username}": check NEO4J_USERNAME and NEO4J_PASSWORD`,
        { cause: error },
      );
    }
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Neo4jUnavailableError(
      `No Neo4j answers at ${config.uri} (database "${config.database}"): ${reason}. ` +
        'Start one with `newsgraph neo4j start`, `docker compose up -d`, or set NEO4J_URI.',
      { cause: error },
    );
  }
}
