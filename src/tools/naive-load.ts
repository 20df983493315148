import type { Driver } from 'neo4j-driver';
import { ARTICLE_ID_SCHEME } from '../graph/article-hash';
import { cypher } from '../graph/cypher';
import { UPSERTS } from '../graph/neo4j-writer';
import type { GraphBatch } from '../model/graph';

/**
 * The baseline the benchmark compares against: the same Cypher, but one transaction per
 * row (one per article, entity, mention, quote, attack), as a straightforward loader would do.
 */
export async function naiveWrite(driver: Driver, database: string, batch: GraphBatch): Promise<number> {
  const session = driver.session({ database });
  let transactions = 0;
  try {
    for (const [name, key] of UPSERTS) {
      const rows: readonly object[] = batch[key];
      for (const row of rows) {
        await session.executeWrite((tx) =>
          tx.run(cypher()[name], { rows: [row], idScheme: ARTICLE_ID_SCHEME }),
        );
        transactions++;
      }
    }
  } finally {
    await session.close();
  }
  return transactions;
}
