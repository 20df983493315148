/**
 * The Neo4j side of republications (`src/publications/`): reading the stored copies a group is
 * planned with, and writing a plan inside the group's transaction.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { PublicationRow } from '../model/graph';
import type { PublicationPlan, StoredPublication } from '../publications/plan-publications';
import { ARTICLE_ID_SCHEME } from './article-hash';
import { cypher } from './cypher';

/** What a group writes about its publications, beside its batch. */
export interface PublicationChanges {
  /** The group's new or changed publications. */
  readonly rows: readonly PublicationRow[];
  readonly deleteArticles: PublicationPlan['deleteArticles'];
  readonly pending: PublicationPlan['pending'];
  readonly bodies: PublicationPlan['bodies'];
}

/** The stored publications with one of `ids` or one of `bodies` (body hashes), with their articles. */
export async function readStoredPublications(
  driver: Driver,
  database: string,
  ids: readonly string[],
  bodies: readonly string[] = [],
): Promise<StoredPublication[]> {
  const { records } = await driver.executeQuery(
    cypher()['write/stored-publications'],
    { ids, bodies },
    { database, routing: 'READ' },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    sha256: r.get('sha256') as string | null,
    bodyHash: r.get('bodyHash') as string,
    publishedAt: r.get('publishedAt') as string | null,
    article: r.get('article') as string | null,
  }));
}

/** The stored hash and body hash of each of these publication ids that is in the graph. */
export async function readPublicationHashes(
  driver: Driver,
  database: string,
  ids: readonly string[],
): Promise<Map<string, { sha256: string | null; bodyHash: string }>> {
  const { records } = await driver.executeQuery(
    cypher()['write/publication-hashes'],
    { ids },
    { database, routing: 'READ' },
  );
  return new Map(
    records.map((r) => [
      r.get('id') as string,
      { sha256: r.get('sha256') as string | null, bodyHash: r.get('bodyHash') as string },
    ]),
  );
}

/**
 * Sends the statements that write the publications of a group, mark pending copies, and link
 * every touched body's copies, without waiting for their answers: the transaction's caller
 * awaits them (pipelined, see `Neo4jWriter.write`).
 */
export function writePublications(
  tx: ManagedTransaction,
  changes: PublicationChanges,
): PromiseLike<unknown>[] {
  const sent: PromiseLike<unknown>[] = [];
  if (changes.rows.length > 0)
    sent.push(
      tx.run(cypher()['write/upsert-publications'], { rows: changes.rows, idScheme: ARTICLE_ID_SCHEME }),
    );
  if (changes.pending.length > 0)
    sent.push(tx.run(cypher()['write/pending-publications'], { ids: changes.pending }));
  if (changes.bodies.length > 0)
    sent.push(tx.run(cypher()['write/link-publications'], { rows: changes.bodies }));
  return sent;
}
