/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'puppeteer-core';
import { paramScript } from '../../src/browser/render-guide';
import { localServerStatus } from '../../src/neo4j/local-server';
import { openDriver } from '../../src/neo4j/connect';
import { PACKAGE_ROOT } from '../../src/package-root';
import type { CannedQuery } from '../../src/queries/canned-query';
import { findQuery, loadQueries } from '../../src/queries/load-queries';
import { loadPaths } from '../../src/run/load-paths';
import { findChromium } from './chromium';
import { resetTestDatabase } from './test-database';
import { testConfig } from './test-neo4j';

/**
 * Neo4j Browser of the local server, driven in headless Chromium: on connect it applies the
 * newsgraph style sheet and opens the guide (see src/browser/), and a canned query run from the
 * guide shows the rows the same query gives through the driver. Needs Chromium (Debian's
 * `chromium` package) and the local server, which is the only Neo4j newsgraph configures.
 */

const OUTPUT = join(PACKAGE_ROOT, 'test-output', 'browser');
const SEEDS = join(PACKAGE_ROOT, 'seeds');
const QUERY = 'who-said-what';
const USAGE_BANNER = 'we collect information on product usage';
const WAIT_MS = 90_000;

const config = testConfig();
const server = localServerStatus(config.localServer);
const chromium = findChromium();
const skipReason =
  chromium === undefined
    ? 'no Chromium is installed (apt-get install chromium, or set NEWSGRAPH_CHROMIUM to its path)'
    : !server.running || server.boltUri !== config.neo4j.uri
      ? `the tests use a Neo4j newsgraph did not start (${config.neo4j.uri}); only the local server is configured for Browser`
      : server.guideUrl === undefined
        ? 'the guide server of the local Neo4j is not running (build newsgraph, then restart the server)'
        : undefined;
if (skipReason !== undefined) console.warn(`Neo4j Browser test skipped: ${skipReason}`);

/** The `:param` values of a query's header, as Browser sends them (integers as integers). */
function headerParams(query: CannedQuery): Record<string, unknown> {
  return Object.fromEntries(
    query.browserParams.map((p) => [
      p.name,
      p.literal.integer && typeof p.literal.value === 'number' ? neo4j.int(p.literal.value) : p.literal.value,
    ]),
  );
}

/** The text of the newest frame whose command starts with `command`, once `ready` holds for it. */
async function frameText(page: Page, command: string, ready: string): Promise<string> {
  const handle = await page.waitForFunction(
    (cmd: string, pattern: string) => {
      const frames = Array.from(document.querySelectorAll('[data-testid="stream"] > *'));
      for (const frame of frames) {
        const head = frame.querySelector('[data-testid="frameCommand"]')?.textContent ?? '';
        if (!head.trim().startsWith(cmd)) continue;
        const text = (frame as HTMLElement).innerText;
        return new RegExp(pattern).test(text) ? text : false;
      }
      return false;
    },
    { timeout: WAIT_MS, polling: 250 },
    command,
    ready,
  );
  return (await handle.jsonValue()) as string;
}

/** Clicks the ▶ that Browser puts in front of a runnable block of the guide. */
async function runBlock(page: Page, selector: string): Promise<void> {
  const icon = `${selector} > i`;
  await page.waitForSelector(icon, { visible: true, timeout: WAIT_MS });
  await page.$eval(icon, (e) => e.scrollIntoView({ block: 'center' }));
  await page.click(icon);
}

(skipReason === undefined ? describe : describe.skip)(
  'Neo4j Browser on the local server (headless Chromium)',
  () => {
    const database = config.neo4j.database;
    const query = findQuery(loadQueries(), QUERY);
    let driver: Driver;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      driver = await openDriver(config.neo4j);
      await resetTestDatabase(driver, config);
      const summary = await loadPaths([SEEDS], { driver, database, batchSize: config.batchSize });
      expect(summary.failed).toBe(0);

      const puppeteer = await import('puppeteer-core');
      browser = await puppeteer.launch({
        executablePath: chromium,
        headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage'],
      });
      page = await browser.newPage();
      page.setDefaultTimeout(WAIT_MS);
      await page.setViewport({ width: 1400, height: 1000 });
      const dbms = `bolt://${config.neo4j.username}@${config.neo4j.uri.replace(/^\w+:\/\//, '')}`;
      await page.goto(
        `${server.browserUrl}?dbms=${encodeURIComponent(dbms)}&db=${database}&preselectAuthMethod=NATIVE`,
        {
          waitUntil: 'domcontentloaded',
          timeout: WAIT_MS,
        },
      );
      await page.waitForSelector('[data-testid="password"]', { visible: true });
      await page.type('[data-testid="password"]', config.neo4j.password);
      await page.click('[data-testid="connect"]');
      await page.waitForSelector(`pre.runnable[data-cypher="${QUERY}"]`, { timeout: WAIT_MS });
    }, 600_000);

    afterAll(async () => {
      await browser?.close();
      if (driver) {
        await resetTestDatabase(driver, config);
        await driver.close();
      }
    });

    it('opens the newsgraph guide on connect, one section per canned query with its :param lines', async () => {
      const sections = await page.$$eval('section.newsgraph-query', (els) =>
        els.map((e) => e.getAttribute('data-query')),
      );
      expect(sections).toEqual(loadQueries().queries.map((q) => q.name));
      const params = await page.$eval(`pre.runnable[data-params="${QUERY}"]`, (e) => e.textContent?.trim());
      expect(params).toBe(paramScript(query));
      expect(params).toContain(':param speaker =>');
    });

    it('applies the newsgraph style sheet and shows no product-usage banner', async () => {
      const style = await frameText(
        page,
        `:style ${server.guideUrl?.replace(/\/[^/]*$/, '')}`,
        'node\\.Quote',
      );
      expect(style).toContain('node.Quote');
      expect(await page.evaluate(() => document.body.innerText)).not.toContain(USAGE_BANNER);
    });

    it('runs a canned query from the guide and shows the rows the query gives on the seeds', async () => {
      const expected = (await driver.executeQuery(query.cypher, headerParams(query), { database })).records;
      expect(expected.length).toBeGreaterThan(1);

      await runBlock(page, `pre.runnable[data-params="${QUERY}"]`);
      // Every `:param` line of the block must have run before the query needs them.
      await page.waitForFunction(
        (count: number) =>
          document.querySelectorAll('[data-testid="multi-statement-list-icon"][title="Status: success"]')
            .length >= count,
        { timeout: WAIT_MS },
        query.browserParams.length,
      );
      await runBlock(page, `pre.runnable[data-cypher="${QUERY}"]`);
      const result = await frameText(page, 'MATCH (speaker:Entity)', 'Started streaming \\d+ records');

      expect(result).toContain(`Started streaming ${expected.length} records`);
      const first = expected[0].toObject() as Record<string, string>;
      expect(result).toContain(`"${first.speaker}"`);
      expect(result).toContain(`"${first.quote}"`);

      mkdirSync(OUTPUT, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(OUTPUT, `${QUERY}.png`) });
    });
  },
);
