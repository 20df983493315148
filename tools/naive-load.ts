import type { Driver } from 'neo4j-driver';
import { ARTICLE_ID_SCHEME } from '../dist/graph/article-hash';
import { cypher } from '../dist/graph/cypher';
import type { GraphBatch } from '../dist/graph/build-batch';
import { upserts } from '../dist/graph/neo4j-writer';

/**
 * The baseline the benchmark compares against: the same Cypher, but one transaction per
 * row (one per article, entity, mention, quote, attack), as a straightforward loader would do.
 */
export async function naiveWrite(driver: Driver, database: string, batch: GraphBatch): Promise<number> {
  const session = driver.session({ database });
  let transactions = 0;
  try {
    for (const [name, rows] of upserts(batch)) {
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
