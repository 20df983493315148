import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/** What two graphs must share to be called equal: counts per label and type, and a hash of all ids. */
export interface Fingerprint {
  readonly labels: Record<string, number>;
  readonly relationships: Record<string, number>;
  /** SHA-256 of the sorted `id`s of every newsgraph node. */
  readonly idHash: string;
  readonly articles: number;
}

/** The fingerprint of the newsgraph nodes of `database` (the suite's ownership marker left out). */
export async function fingerprint(driver: Driver, database: string): Promise<Fingerprint> {
  const run = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database })).records;
  const labels: Record<string, number> = {};
  for (const r of await run(
    `MATCH (n) WHERE NOT n:NewsgraphOwner UNWIND labels(n) AS label RETURN label, count(*) AS c ORDER BY label`,
  ))
    labels[r.get('label') as string] = r.get('c') as number;
  const relationships: Record<string, number> = {};
  for (const r of await run(`MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t`))
    relationships[r.get('t') as string] = r.get('c') as number;
  const ids = (await run(`MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id`)).map(
    (r) => r.get('id') as string,
  );
  return {
    labels,
    relationships,
    idHash: createHash('sha256').update(ids.join('\n')).digest('hex'),
    articles: labels.Article ?? 0,
  };
}
