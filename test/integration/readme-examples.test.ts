import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as newsgraph from '../../src';
import type { LoadFilesOptions, NewsgraphSession, OpenSessionOptions } from '../../src';
import { PACKAGE_ROOT } from '../../src/package-root';
import { readmeExample, runExample } from '../support/readme-examples';
import { resetTestDatabase } from './test-database';
import { testConfig } from './test-neo4j';

/**
 * Invented dated reports beside the seeds (which have no publication dates): attacks in two
 * months by two attackers, and one speaker quoted on NATO in three articles.
 */
const DATED = [
  {
    id: 'east-1',
    date: '2024-03-05T09:00:00Z',
    title: 'Shelling hits Kharkiv',
    body:
      'Russian forces shelled Kharkiv in north-eastern Ukraine on Monday, killing two people, the regional governor Petro Maranenko said. ' +
      '"NATO must send us more air defence systems now," Maranenko said.',
  },
  {
    id: 'east-2',
    date: '2024-03-12T09:00:00Z',
    title: 'Drones strike Odesa',
    body:
      'Russia launched drones at Odesa overnight, damaging port buildings, officials said. ' +
      'Russian missiles also struck Kharkiv on Tuesday, Petro Maranenko said. Maranenko said NATO allies had promised more help.',
  },
  {
    id: 'east-3',
    date: '2024-04-02T09:00:00Z',
    title: 'Glide bombs on Kharkiv',
    body:
      'Russian forces attacked Kharkiv with glide bombs on Sunday, injuring four people. ' +
      'Ukrainian drones struck an oil refinery in Belgorod on Monday, the Russian governor said. ' +
      '"NATO is watching this closely," said Petro Maranenko, the governor of Kharkiv region.',
  },
];

/**
 * Runs the README's examples exactly as written, in a scratch folder holding `seeds` (a link to
 * the package's), against the test Neo4j: `newsgraph` is the library with the test
 * configuration in place of `.env`.
 */
describe("the README's scripting examples, run as written (real Neo4j)", () => {
  const config = testConfig();
  const cwd = mkdtempSync(join(tmpdir(), 'newsgraph-readme-'));
  const library = {
    ...newsgraph,
    load: (paths: readonly string[], options: LoadFilesOptions = {}) =>
      newsgraph.load(paths, { config, ...options }),
    openSession: (options: OpenSessionOptions = {}) => newsgraph.openSession({ config, ...options }),
  };
  let ng: NewsgraphSession;

  /** The example's console lines, run in the scratch folder. */
  async function run(name: string): Promise<string[]> {
    const before = process.cwd();
    process.chdir(cwd);
    try {
      return await runExample(readmeExample(name), { newsgraph: library });
    } finally {
      process.chdir(before);
    }
  }

  beforeAll(async () => {
    symlinkSync(join(PACKAGE_ROOT, 'seeds'), join(cwd, 'seeds'));
    mkdirSync(join(cwd, 'dated'));
    writeFileSync(join(cwd, 'dated', 'east.jsonl'), DATED.map((a) => `${JSON.stringify(a)}\n`).join(''));
    ng = await library.openSession();
    await resetTestDatabase(ng.driver, config);
    const summary = await library.load([join(cwd, 'seeds'), join(cwd, 'dated')]);
    expect(summary.failed).toBe(0);
  });
  afterAll(async () => {
    await resetTestDatabase(ng.driver, config);
    await ng.close();
  });

  it('first-script: loads the seeds again (nothing changed) and prints quotes and the most quoted', async () => {
    const out = await run('first-script');
    const quotes = await ng.runQuery('who-said-what', { speaker: 'Zelenskyy', limit: 500 });
    expect(out).toHaveLength(quotes.length + 1);
    expect(out[0]).toBe(`- ${quotes[0].speech} ${quotes[0].quote}`);
    expect(out.at(-1)).toMatch(/^the 10 most quoted of more: Volodymyr Zelenskyy, /);
  });

  it('monthly-attacks: attacks per month and attacker with the top targets, every event counted once', async () => {
    const out = await run('monthly-attacks');
    expect(out).toEqual(
      expect.arrayContaining([
        '2024-03 Russia: 4 attacks; Kharkiv 3, Odesa 1',
        '2024-04 Ukraine: 1 attacks; Belgorod 1',
      ]),
    );
    const events = await ng.runQuery('attack-timeline', { events: true, limit: 10_000 });
    const counted = out.map((line) => Number(/: (\d+) attacks;/.exec(line)?.[1]));
    expect(counted.reduce((sum, n) => sum + n, 0)).toBe(events.length);
    expect(out.filter((line) => line.startsWith('undated ')).length).toBeGreaterThan(0);
  });

  it('nato-quotes: only what the speakers of at least two articles said about NATO', async () => {
    const out = await run('nato-quotes');
    expect(out).toEqual([
      'Petro Maranenko (2024-04-02, direct): NATO is watching this closely',
      'Petro Maranenko (2024-03-12, reported): NATO allies had promised more help',
      'Petro Maranenko (2024-03-05, direct): NATO must send us more air defence systems now',
    ]);
    // Someone quoted in one article only said something about NATO too: left out.
    const all = await ng.runQuery('quotes-about', { entity: 'NATO', limit: 10_000 });
    expect(all.map((q) => q.speaker)).toContain('Anatoly Antonov');
  });

  it('attack-events-csv: one line per event with coordinates, the columns in the order given', async () => {
    expect(await run('attack-events-csv')).toEqual([]);
    const [header, ...lines] = readFileSync(join(cwd, 'attack-events.csv'), 'utf8').trimEnd().split('\n');
    expect(header).toBe('event,eventDate,attacker,target,place,latitude,longitude,precision');
    const rows = lines.map((line) => line.split(','));
    const events = await ng.runQuery('who-attacked-where', { events: true, limit: 10_000 });
    expect(rows.map((r) => r[0]).sort()).toEqual(
      events
        .filter((e) => e.latitude !== null)
        .map((e) => e.event)
        .sort(),
    );
    for (const r of rows) {
      expect(r).toHaveLength(8);
      expect([Number(r[5]), Number(r[6])].every(Number.isFinite)).toBe(true);
    }
    const belgorod = rows.find((r) => r[3] === 'Belgorod');
    expect(belgorod?.slice(1, 4)).toEqual(['2024-04-01', 'Ukraine', 'Belgorod']);
    expect(Number(belgorod?.[5])).toBeCloseTo(50.6, 1);
    expect(belgorod?.[7]).toBe('city');
  });
});
