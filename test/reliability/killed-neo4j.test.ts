import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/neo4j/connect';
import { localServerStatus, startLocalServer } from '../../src/neo4j/local-server';
import { resetTestDatabase } from '../integration/test-database';
import { testConfig } from '../integration/test-neo4j';
import { writeArticles } from './articles';
import { fingerprint, type Fingerprint } from './graph-fingerprint';
import { runCliToEnd, spawnCli } from './spawn-cli';

const ARTICLES = 300;
/** The load must stop this soon after Neo4j dies. */
const STOP_WITHIN_MS = 15_000;

/**
 * Neo4j killed with SIGKILL part-way through a load: the loader stops quickly with exit code 2
 * and says how many articles are committed; after a restart the same load completes, and the
 * graph equals a clean load. Needs the local test server (it is the one killed); with
 * NEO4J_URI given there is no server of ours to kill and the case says so.
 */
describe('Neo4j killed during a load', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  const dir = join(mkdtempSync(join(tmpdir(), 'newsgraph-kill-')), 'articles');
  writeArticles(dir, ARTICLES);
  const ours = !config.neo4j.uriGiven && localServerStatus(config.localServer).running;
  let driver: Driver | undefined;
  let clean: Fingerprint;
  const graph = (): Promise<Fingerprint> => {
    if (driver === undefined) throw new Error('no driver');
    return fingerprint(driver, database);
  };
  const reset = async (): Promise<void> => {
    if (driver !== undefined) await resetTestDatabase(driver, config);
  };

  beforeAll(async () => {
    driver = await openDriver(config.neo4j);
    await reset();
  });
  afterAll(async () => {
    // Whatever happened above, the next suites find the server up.
    if (ours && !localServerStatus(config.localServer).running) {
      await driver?.close();
      await startLocalServer(config, () => undefined);
      driver = await openDriver(config.neo4j);
    }
    if (driver !== undefined) {
      await resetTestDatabase(driver, config).catch(() => undefined);
      await driver.close();
    }
  });

  (ours ? it : it.skip)(
    'SIGKILL mid-load: exit 2 within 15 s with the committed count; after a restart the rerun equals a clean load',
    async () => {
      const first = await runCliToEnd(config, ['load', dir]);
      expect(first.code).toBe(0);
      clean = await graph();
      expect(clean.articles).toBe(ARTICLES);
      await reset();

      const load = spawnCli(config, ['load', dir]);
      // Kill once some groups are committed, well before the end.
      for (let articles = 0; articles < 100;) {
        await new Promise((r) => setTimeout(r, 100));
        articles = (await graph()).articles;
      }
      const pid = localServerStatus(config.localServer).pid ?? 0;
      expect(pid).toBeGreaterThan(0);
      process.kill(pid, 'SIGKILL');
      const killedAt = Date.now();
      const result = await load.done;
      expect(result.code).toBe(2);
      process.stderr.write(`load stopped ${result.exitedAt - killedAt} ms after Neo4j was killed\n`);
      expect(result.exitedAt - killedAt).toBeLessThan(STOP_WITHIN_MS);
      const lines = result.stderr.trim().split('\n');
      const last = lines[lines.length - 1];
      const match = /lost the connection to Neo4j at \S+ while loading: (\d+) articles are committed/.exec(
        last,
      );
      expect(match).not.toBeNull();
      const committed = Number(match?.[1]);
      expect(result.stderr.match(/lost the connection/g)).toHaveLength(1);

      await driver?.close();
      driver = undefined;
      await startLocalServer(config, () => undefined);
      driver = await openDriver(config.neo4j);
      const after = await graph();
      // What it reported committed is there; at most the group in flight may have committed unseen.
      expect(after.articles).toBeGreaterThanOrEqual(committed);
      expect(after.articles).toBeLessThanOrEqual(committed + 100);
      expect(after.articles).toBeLessThan(ARTICLES);

      const rerun = await runCliToEnd(config, ['load', dir]);
      expect(rerun.code).toBe(0);
      expect(await graph()).toEqual(clean);
    },
    300_000,
  );
});
