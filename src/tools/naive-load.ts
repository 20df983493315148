import type { Driver } from 'neo4j-driver';
import { cypher, type CypherName } from '../graph/cypher';
import type { GraphBatch } from '../model/graph';

const ORDER: readonly [CypherName, keyof GraphBatch][] = [
  ['write/upsert-articles', 'articles'],
  ['write/upsert-entities', 'entities'],
  ['write/upsert-sentences', 'sentences'],
  ['write/upsert-mentions', 'mentions'],
  ['write/upsert-roles', 'roles'],
  ['write/upsert-quotes', 'quotes'],
  ['write/upsert-attacks', 'attacks'],
];

/**
 * The baseline the benchmark compares against: the same Cypher, but one transaction per
 * row (one per article, entity, mention, quote, attack), as a straightforward loader would do.
 */
export async function naiveWrite(driver: Driver, database: string, batch: GraphBatch): Promise<number> {
  const session = driver.session({ database });
  let transactions = 0;
  try {
    for (const [name, key] of ORDER) {
      const rows: readonly object[] = batch[key];
      for (const row of rows) {
        await session.executeWrite((tx) => tx.run(cypher()[name], { rows: [row] }));
        transactions++;
      }
    }
  } finally {
    await session.close();
  }
  return transactions;
}
