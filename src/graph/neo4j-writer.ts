import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { FACT_KINDS } from '../facts/registry';
import { ARTICLE_ID_SCHEME } from './article-hash';
import type { GraphBatch } from './build-batch';
import { cypher, statements, type CypherName } from './cypher';
import { withIntegers } from './integer-values';
import {
  deleteEmptyEvents,
  deleteEventsOfArticles,
  eventSeeds,
  relinkEvents,
  relinkPendingEvents,
} from './event-writes';
import {
  readPublicationHashes,
  readStoredPublications,
  writePublications,
  type PublicationChanges,
} from './publication-writes';
import type { StoredPublication } from '../publications/plan-publications';

/** Counts of one node label or relationship type. */
export interface GraphCount {
  readonly kind: 'label' | 'relationship';
  readonly name: string;
  readonly count: number;
}

/**
 * The upserts of a batch with their rows, in order: nodes before the relationships that need
 * them, then the facts of each registered kind.
 */
export function upserts(batch: GraphBatch): [CypherName, readonly object[]][] {
  return [
    ['write/upsert-articles', batch.articles],
    ['write/upsert-entities', batch.entities],
    ['write/upsert-sentences', batch.sentences],
    ['write/upsert-mentions', batch.mentions],
    ['write/upsert-roles', batch.roles],
    ...FACT_KINDS.map((k): [CypherName, readonly object[]] => [
      `write/upsert-${k.kind}`,
      batch.facts[k.kind],
    ]),
  ];
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** What a group writes beside its batch (hooks of the load run). */
export interface WriteExtras {
  /** Republications: the group's copies, the articles they replace, the bodies to relink. */
  readonly publications?: PublicationChanges;
}

/**
 * The only module that writes to Neo4j. Every write is a parameterised `UNWIND $rows … MERGE`
 * from `cypher/write/`, run in managed write transactions that the driver retries on
 * transient errors.
 */
export class Neo4jWriter {
  /** Writes begun and ended by this writer (see {@link writeEpoch}). */
  private writesBegun = 0;
  private writesEnded = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly batchSize: number,
  ) {}

  /** Applies `cypher/schema.cypher` (constraints and indexes); idempotent. */
  async ensureSchema(): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      for (const statement of statements(cypher().schema)) await session.run(statement);
      await session.run('CALL db.awaitIndexes(300)');
    } finally {
      await session.close();
    }
  }

  /** The stored SHA-256 of each of these article ids that is in the graph. */
  async storedHashes(ids: readonly string[]): Promise<Map<string, string>> {
    const { records } = await this.driver.executeQuery(
      cypher()['write/article-hashes'],
      { ids },
      { database: this.database, routing: 'READ' },
    );
    return new Map(records.map((r) => [r.get('id') as string, r.get('sha256') as string]));
  }

  /** The stored hash and body hash of each of these publication (input article) ids in the graph. */
  async publicationHashes(
    ids: readonly string[],
  ): Promise<Map<string, { sha256: string | null; bodyHash: string }>> {
    return readPublicationHashes(this.driver, this.database, ids);
  }

  /**
   * The stored publications (input articles) with one of these ids or body hashes, with the
   * article each is linked to.
   */
  async storedPublications(
    ids: readonly string[],
    bodies: readonly string[] = [],
  ): Promise<StoredPublication[]> {
    return readStoredPublications(this.driver, this.database, ids, bodies);
  }

  /**
   * Writes a batch in one transaction: all or nothing. The facts earlier loads wrote for
   * `replace` (articles already in the graph whose text changed) are removed first, and
   * entities left without any mention or fact are removed after. `legacy` are the ids older
   * loaders gave these articles: such articles, when written by an older loader, are removed
   * with their facts, so that an id change replaces them rather than duplicating them.
   * `extras.publications` removes the articles a new first copy replaces (with their facts), and
   * records the group's copies on their articles (`publication-writes.ts`).
   */
  async write(
    batch: GraphBatch,
    replace: readonly string[],
    legacy: readonly string[] = [],
    extras: WriteExtras = {},
  ): Promise<void> {
    this.writesBegun++;
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite(async (tx) => {
        const legacyStale = legacy.length > 0 ? await this.legacyArticles(tx, legacy) : [];
        const stale = [...new Set([...legacyStale, ...(extras.publications?.deleteArticles ?? [])])];
        const remove = [...new Set([...replace, ...stale])];
        const previous = remove.length > 0 ? await this.previousEntities(tx, remove) : [];
        // The events of the articles removed and of the stored articles whose copies change (their
        // sources) are removed; their attacks, like the attacks written, are left without an event
        // for the load's event pass (`relinkPendingEvents`). (An article written now has all its
        // attacks in the batch.)
        const written = new Set(batch.articles.map((a) => a.id));
        const linked = (extras.publications?.bodies ?? []).flatMap((b) =>
          b.article === null || written.has(b.article) ? [] : [b.article],
        );
        await deleteEventsOfArticles(tx, [...new Set([...remove, ...linked])]);
        if (remove.length > 0) await tx.run(cypher()['write/delete-article-facts'], { ids: remove });
        if (stale.length > 0) await tx.run(cypher()['write/delete-articles'], { ids: stale });
        // The upserts and the publications' statements are pipelined: each is sent without
        // waiting for the answer of the one before (the server runs them in order, and the
        // first failure fails the transaction), so Neo4j works while the next is encoded.
        const sent: PromiseLike<unknown>[] = [];
        for (const [name, all] of upserts(batch)) {
          for (const rows of chunks(all, this.batchSize))
            sent.push(tx.run(cypher()[name], { rows: withIntegers(rows), idScheme: ARTICLE_ID_SCHEME }));
        }
        if (extras.publications !== undefined) sent.push(...writePublications(tx, extras.publications));
        await Promise.all(sent);
        if (previous.length > 0) await tx.run(cypher()['write/delete-orphan-entities'], { ids: previous });
      });
    } finally {
      await session.close();
      this.writesEnded++;
    }
  }

  /**
   * A number that changes whenever this writer begins a {@link write}, or undefined while one is
   * under way. A read made when it was `n` still holds, as far as this writer's writes go, for as
   * long as it stays `n` (the load reuses a group's stored hashes read ahead on that condition).
   */
  writeEpoch(): number | undefined {
    return this.writesBegun === this.writesEnded ? this.writesBegun : undefined;
  }

  /**
   * The event pass a load runs after its groups (and before the identity pass): the events of
   * every attack left without one. Returns how many attacks were pending.
   */
  async relinkPendingEvents(): Promise<number> {
    return relinkPendingEvents(this.driver, this.database);
  }

  private async legacyArticles(tx: ManagedTransaction, ids: readonly string[]): Promise<string[]> {
    const result = await tx.run(cypher()['write/legacy-articles'], { ids, idScheme: ARTICLE_ID_SCHEME });
    return result.records.map((r) => r.get('id') as string);
  }

  private async previousEntities(tx: ManagedTransaction, ids: readonly string[]): Promise<string[]> {
    const result = await tx.run(cypher()['write/previous-entities'], { ids });
    return result.records.map((r) => r.get('entityId') as string);
  }

  /** Node counts per label and relationship counts per type. */
  async stats(): Promise<GraphCount[]> {
    const { records } = await this.driver.executeQuery(
      cypher()['admin/stats'],
      {},
      { database: this.database },
    );
    return records.map((r) => ({
      kind: r.get('kind') as GraphCount['kind'],
      name: r.get('name') as string,
      count: r.get('count') as number,
    }));
  }

  /**
   * Counts of one dataset (`load --dataset`): its nodes per label, the entities its articles
   * mention or its facts name (per label), and the relationships touching its nodes (per type).
   */
  async datasetStats(dataset: string): Promise<GraphCount[]> {
    const { records } = await this.driver.executeQuery(
      cypher()['admin/dataset-stats'],
      { dataset },
      { database: this.database, routing: 'READ' },
    );
    return records.map((r) => ({
      kind: r.get('kind') as GraphCount['kind'],
      name: r.get('name') as string,
      count: r.get('count') as number,
    }));
  }

  /**
   * Removes one dataset: its articles, `articlesPerTransaction` at a time, each batch in one
   * transaction with their publications, sentences, facts, mentions and roles; the events of
   * their attacks computed again (removed when empty); the entities left with no mention and no
   * fact removed. Then the dataset's publications left without an article. Nodes of other
   * datasets are never touched: an entity another dataset names stays. Returns how many
   * articles were removed.
   */
  async removeDataset(dataset: string, articlesPerTransaction = 100): Promise<number> {
    let removed = 0;
    for (;;) {
      const { records } = await this.driver.executeQuery(
        cypher()['admin/dataset-articles'],
        { dataset, limit: neo4j.int(articlesPerTransaction) },
        { database: this.database, routing: 'READ' },
      );
      const ids = records.map((r) => r.get('id') as string);
      if (ids.length === 0) break;
      await this.removeArticles(ids);
      removed += ids.length;
    }
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(cypher()['admin/delete-dataset-publications'], { dataset });
    } finally {
      await session.close();
    }
    return removed;
  }

  /** Removes these articles with their copies and facts in one transaction (see {@link removeDataset}). */
  private async removeArticles(ids: readonly string[]): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite(async (tx) => {
        const previous = await this.previousEntities(tx, ids);
        const before = await eventSeeds(tx, [], ids);
        await tx.run(cypher()['admin/delete-publications-of'], { ids });
        await tx.run(cypher()['write/delete-article-facts'], { ids });
        await tx.run(cypher()['write/delete-articles'], { ids });
        await relinkEvents(tx, before.attacks);
        await deleteEmptyEvents(tx, before.events);
        if (previous.length > 0) await tx.run(cypher()['write/delete-orphan-entities'], { ids: previous });
      });
    } finally {
      await session.close();
    }
  }

  /** How many nodes {@link reset} would remove (every node with a label newsgraph writes). */
  async countNodes(): Promise<number> {
    const { records } = await this.driver.executeQuery(
      cypher()['admin/count-nodes'],
      {},
      { database: this.database, routing: 'READ' },
    );
    return records[0].get('nodes') as number;
  }

  /**
   * Removes every node newsgraph wrote (articles, sentences, entities, quotes, attacks, sources)
   * and returns how many there were. Callers decide whether the database may be reset: the CLI
   * asks for `--yes`, the test suite and the benchmark only reset a database they own
   * (see `claimDatabase`).
   */
  async reset(): Promise<number> {
    const count = await this.countNodes();
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(cypher()['admin/reset']);
    } finally {
      await session.close();
    }
    return count;
  }

  /** All nodes of the database, and the owners that claimed it (`NewsgraphOwner` markers). */
  async ownership(): Promise<{ nodes: number; owners: string[] }> {
    const { records } = await this.driver.executeQuery(
      cypher()['admin/database-owner'],
      {},
      { database: this.database, routing: 'READ' },
    );
    return { nodes: records[0].get('nodes') as number, owners: records[0].get('owners') as string[] };
  }

  /** Marks the database as belonging to `owner` (one `NewsgraphOwner` node; idempotent). */
  async claim(owner: string): Promise<void> {
    await this.driver.executeQuery(cypher()['admin/claim-database'], { owner }, { database: this.database });
  }
}
