/**
 * Ownership of a database by a tool that resets it (the integration tests, the load
 * benchmark): such a tool may only reset a database that was empty when it first claimed it,
 * or that it claimed before; never a user's graph, unless the user says so explicitly.
 */
import type { Driver } from 'neo4j-driver';
import { cypher } from './cypher';
import { Neo4jWriter } from './neo4j-writer';
import { NewsgraphError } from '../errors';

export interface ClaimOptions {
  /** Who claims the database, e.g. `newsgraph test suite`; stored on the marker node. */
  readonly owner: string;
  /** Where the database is, for the message (the URI; never the password). */
  readonly uri: string;
  /** The user allowed resetting a database that holds other nodes. */
  readonly allowReset: boolean;
  /** The environment variable that allows it, named in the refusal. */
  readonly allowVariable: string;
}

/** How the claim was granted: the database was empty, claimed before, or the user allowed it. */
export type Claim = 'empty' | 'owned' | 'allowed';

/** A database holds nodes its would-be owner did not write: it is not reset. */
export class ForeignDatabaseError extends NewsgraphError {
  constructor(message: string) {
    super(message, 2);
  }
}

/**
 * Claims `database` for `options.owner` so that it may reset it: granted when the database is
 * empty (but for owner markers), already claimed by the same owner, or when `allowReset` is
 * set; otherwise throws a {@link ForeignDatabaseError} that says how many nodes are there and
 * how to proceed, and nothing is written.
 */
export async function claimDatabase(driver: Driver, database: string, options: ClaimOptions): Promise<Claim> {
  const writer = new Neo4jWriter(driver, database, 1);
  const { nodes, owners } = await writer.ownership();
  if (owners.includes(options.owner)) return 'owned';
  const foreign = nodes - owners.length;
  if (foreign > 0 && !options.allowReset) {
    throw new ForeignDatabaseError(
      `database "${database}" at ${options.uri} holds ${foreign} nodes that the ${options.owner} did not write, ` +
        `and it would remove newsgraph's nodes there: nothing was changed. Point it at an empty database ` +
        `(or unset NEO4J_URI to use its own server), or set ${options.allowVariable}=1 to allow it.`,
    );
  }
  await writer.claim(options.owner);
  return foreign === 0 ? 'empty' : 'allowed';
}

/**
 * Creates a database of its own (`CREATE DATABASE … IF NOT EXISTS`) where the server allows it
 * (Enterprise Edition, with the privilege) and returns its name; undefined where it does not
 * (Community Edition has one user database), so the caller claims the configured one instead.
 */
export async function createOwnDatabase(driver: Driver, name: string): Promise<string | undefined> {
  try {
    await driver.executeQuery(cypher()['admin/create-database'], { name }, { database: 'system' });
    await driver.verifyConnectivity({ database: name });
    return name;
  } catch {
    return undefined;
  }
}
