import { Neo4jError } from 'neo4j-driver';
import { Neo4jUnavailableError } from '../errors';

const CONNECTION_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Whether an error means that Neo4j went away (after the driver's retries), rather than that it
 * refused one statement: the command should stop rather than go on with the next article.
 */
export function isConnectionLost(error: unknown): boolean {
  return (
    error instanceof Neo4jUnavailableError ||
    (error instanceof Neo4jError && CONNECTION_CODES.has(error.code)) ||
    (error instanceof Error && /acquisition timed out|connection.*(refused|closed|lost)/i.test(error.message))
  );
}
