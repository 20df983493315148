/**
 * Extraction ahead of the write: while one group is written (Neo4j works, the loader waits), the
 * next group's changed articles are extracted in slices of one article, so the event loop keeps
 * serving the write in between. The results are only a cache: the group's own plan, made after
 * the group before it committed, decides what is extracted and written, and an article the plan
 * needs that was not extracted ahead is extracted then. Extraction is a function of the article,
 * so a result computed ahead equals the one computed later. With an extraction pool
 * (`poolAhead`) the group's changed articles go to the worker threads in one message each
 * worker, and the main thread is free to write meanwhile.
 */
import type { Article } from '../model/article';
import type { Item } from '../model/item';
import type { ArticleResult } from '../model/result';
import { articleHash } from '../graph/article-hash';
import type { ExtractPool } from './extract-pool';

export interface ExtractAhead<R = Item<ArticleResult>> {
  /** The result of `article`: computed ahead, else now. */
  extract(article: Article): R;
  /**
   * Extracts the articles of `group` whose stored hash (`storedHashes`, read now and possibly
   * changed by the write under way: a guess) differs, one per turn of the event loop, until
   * done or until {@link stop}. Results of the group before last that no group took are dropped.
   */
  prefetch(
    group: readonly Article[],
    storedHashes: (ids: readonly string[]) => Promise<ReadonlyMap<string, string | null>>,
  ): Promise<void>;
  /** Stops the prefetch under way; its results stay for the group's extraction. */
  stop(): void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** An {@link ExtractAhead} over `extract` (see the module comment). */
export function extractAhead(extract: (article: Article) => Item<ArticleResult>): ExtractAhead {
  const ready = new Map<Article, { readonly round: number; readonly item: Item<ArticleResult> }>();
  let round = 0;
  let running = 0;
  return {
    extract(article) {
      const hit = ready.get(article);
      if (hit === undefined) return extract(article);
      ready.delete(article);
      return hit.item;
    },
    async prefetch(group, storedHashes) {
      const mine = ++round;
      running = mine;
      for (const [article, entry] of ready) if (entry.round < mine - 1) ready.delete(article);
      const stored = await storedHashes(group.map((a) => a.id));
      for (const article of group) {
        if (running !== mine) return;
        if (ready.has(article) || stored.get(article.id) === articleHash(article)) continue;
        ready.set(article, { round: mine, item: extract(article) });
        await nextTurn();
      }
    },
    stop() {
      running = 0;
    },
  };
}

/**
 * An {@link ExtractAhead} on worker threads: `prefetch` sends the group's articles whose stored
 * hash differs to `pool` (split in one slice per worker) and returns once they are sent; a
 * result is a promise, and an article not sent ahead is sent alone when asked for. `stop` does
 * nothing: what was sent is extracted while the main thread writes.
 */
export function poolAhead(pool: ExtractPool): ExtractAhead<Promise<Item<ArticleResult>>> {
  const ready = new Map<Article, { readonly round: number; readonly item: Promise<Item<ArticleResult>> }>();
  let round = 0;
  /** The prefetch under way: `extract` waits for it to send, so an article is never sent twice. */
  let sending: Promise<void> = Promise.resolve();
  const send = (articles: readonly Article[], mine: number): void => {
    const results = pool.extract(articles);
    for (const [i, article] of articles.entries()) {
      const item = results.then((items) => items[i]);
      item.catch(() => undefined); // awaited by the group that takes it; a dropped one must not count as unhandled
      ready.set(article, { round: mine, item });
    }
  };
  return {
    async extract(article) {
      await sending.catch(() => undefined);
      const hit = ready.get(article);
      if (hit !== undefined) {
        ready.delete(article);
        return hit.item;
      }
      const [item] = await pool.extract([article]);
      return item;
    },
    prefetch(group, storedHashes) {
      const mine = ++round;
      for (const [article, entry] of ready) if (entry.round < mine - 1) ready.delete(article);
      sending = (async () => {
        const stored = await storedHashes(group.map((a) => a.id));
        const todo = group.filter((a) => !ready.has(a) && stored.get(a.id) !== articleHash(a));
        const size = Math.ceil(todo.length / pool.threads);
        for (let i = 0; i < todo.length; i += size) send(todo.slice(i, i + size), mine);
      })();
      return sending;
    },
    stop() {},
  };
}
