/**
 * `npm run bench:graph`: loads the two war corpora (../shared/corpus/guardian-ukraine and
 * ukraine-news) into a database of its own and measures the graph as a reader meets it, one
 * node per real thing: Person nodes per well-known person, duplicate articles, Location nodes
 * without a point, and well-known places (found, one node, distance from the GeoNames point,
 * country). The people and places are hand-checked lists in test/data/. The last line is one
 * line of JSON with all figures.
 *
 * Unless NEO4J_URI is given, it runs its own local server instance (`.neo4j/bench-graph`, Bolt
 * 7690 and HTTP 7477, or NEWSGRAPH_BENCH_BOLT_PORT / NEWSGRAPH_BENCH_HTTP_PORT). It resets the
 * database it loads into, so it claims it first, as bench:load does: a database holding nodes
 * it did not write stops it (exit code 2) unless NEWSGRAPH_BENCH_ALLOW_RESET=1.
 * `--measure-only` loads nothing and resets nothing: it measures the database as it is.
 *
 *   node dist-tools/bench-graph.js [--corpus DIR] [--measure-only] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { routing, type Driver } from 'neo4j-driver';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { benchConfig } from './bench-config';
import { NewsgraphError } from '../dist/errors';
import { claimDatabase } from '../dist/graph/claim-database';
import { Neo4jWriter } from '../dist/graph/neo4j-writer';
import { openDriver } from '../dist/neo4j/connect';
import { ensureNeo4j } from '../dist/neo4j/ensure-neo4j';
import { PACKAGE_ROOT } from '../dist/package-root';
import { readArticles } from '../dist/run/read-articles';
import { loadPaths } from '../dist/run/load-paths';
import { findDuplicateArticles, type ArticleNode, type InputArticle } from './graph/duplicate-articles';
import { graphFigures } from './graph/graph-figures';
import type { GraphNode } from './graph/graph-node';
import { scorePeople, type PersonScore } from './graph/score-people';
import { PLACE_TOLERANCE_KM, scorePlaces, type PlaceScore } from './graph/score-places';
import { parsePeopleList, parsePlacesList } from './graph/well-known-lists';

/** The owner name the benchmark claims its database with. */
const BENCH_OWNER = 'newsgraph graph benchmark';
const SETS = ['guardian-ukraine', 'ukraine-news'];
const DEFAULT_BOLT_PORT = 7690;
const DEFAULT_HTTP_PORT = 7477;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `bench:graph: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

const benchCypher = (name: string): string =>
  readFileSync(join(PACKAGE_ROOT, 'cypher', 'bench', `${name}.cypher`), 'utf8');

async function readInputs(paths: readonly string[]): Promise<InputArticle[]> {
  const out: InputArticle[] = [];
  for await (const item of readArticles(paths)) {
    if (item.kind === 'value') {
      const { id, source, title, text } = item.value;
      out.push({ id, source, title, text });
    }
  }
  return out;
}

async function readNodes(driver: Driver, database: string): Promise<GraphNode[]> {
  const { records } = await driver.executeQuery(
    benchCypher('entities'),
    { types: ['Person', 'Organization', 'Location', 'Weapon'] },
    { database, routing: routing.READ },
  );
  return records.map((r) => r.toObject() as unknown as GraphNode);
}

async function readArticleNodes(driver: Driver, database: string): Promise<ArticleNode[]> {
  const { records } = await driver.executeQuery(
    benchCypher('articles'),
    {},
    { database, routing: routing.READ },
  );
  return records.map((r) => r.toObject() as unknown as ArticleNode);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const names = (nodes: readonly GraphNode[]): string =>
  nodes.map((n) => `"${n.name}" (${n.id}; ${n.articles} articles, ${n.quotes} quotes)`).join(', ');

function printPeople(scores: readonly PersonScore[], verbose: boolean): void {
  console.log(
    `people: Person nodes per well-known person (${scores.length}, test/data/well-known-people.json)`,
  );
  for (const s of scores) {
    const quotes =
      s.quotes === 0 ? 'no quotes' : `${s.quotes} quotes, ${pct(s.quotesOnTopNode)} on the top node`;
    console.log(`  ${pad(s.person.name, 24)} ${String(s.nodes.length).padStart(3)} nodes  ${quotes}`);
    if (verbose && s.nodes.length > 0) console.log(`      ${names(s.nodes)}`);
    if (verbose && s.others.length > 0) console.log(`      not counted: ${names(s.others)}`);
  }
}

function printPlaces(scores: readonly PlaceScore[], verbose: boolean): void {
  console.log(`places: well-known places (${scores.length}, test/data/well-known-places.json)`);
  for (const s of scores) {
    const main = s.nodes[0];
    const where =
      main === undefined
        ? 'not found'
        : `${s.distanceKm === null ? 'no point' : `${s.distanceKm.toFixed(1)} km`}${s.within ? '' : ' (far)'}, ` +
          `${main.countryCode ?? 'no country'}${s.rightCountry ? '' : ` (want ${s.place.countryCode})`}`;
    const other = s.otherTypes.length > 0 ? `; also ${s.otherTypes.map((n) => n.type).join(', ')}` : '';
    console.log(
      `  ${pad(s.place.name, 22)} ${pad(s.place.kind, 7)} ${String(s.nodes.length).padStart(2)} nodes  ${where}${other}`,
    );
    if (verbose && s.nodes.length + s.otherTypes.length > 0)
      console.log(`      ${names([...s.nodes, ...s.otherTypes])}`);
  }
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const argv = await yargs(hideBin(process.argv))
    .option('corpus', {
      type: 'string',
      default: join(PACKAGE_ROOT, '..', 'shared', 'corpus'),
      describe: 'folder holding the war corpora',
    })
    .option('measure-only', {
      type: 'boolean',
      default: false,
      describe: 'measure the database as it is: no reset, no load',
    })
    .option('verbose', {
      type: 'boolean',
      default: false,
      describe: 'list the nodes found for each person and place',
    })
    .strict()
    .parse();
  const people = parsePeopleList(
    readJson(join(PACKAGE_ROOT, 'test', 'data', 'well-known-people.json')),
    'test/data/well-known-people.json',
  );
  const places = parsePlacesList(
    readJson(join(PACKAGE_ROOT, 'test', 'data', 'well-known-places.json')),
    'test/data/well-known-places.json',
  );
  const paths = SETS.map((set) => resolve(argv.corpus, set));
  const inputs = await readInputs(paths);

  const config = benchConfig(process.env, 'bench:graph', {
    instance: 'bench-graph',
    boltPort: DEFAULT_BOLT_PORT,
    httpPort: DEFAULT_HTTP_PORT,
  });
  const ready = await ensureNeo4j(config, { purpose: 'cli', log: (l) => console.error(l) });
  const driver: Driver = await openDriver(ready.neo4j);
  const db = ready.neo4j.database;
  try {
    let loadSeconds: number | null = null;
    if (!argv.measureOnly) {
      await claimDatabase(driver, db, {
        owner: BENCH_OWNER,
        uri: ready.neo4j.uri,
        allowReset: config.benchAllowReset,
        allowVariable: 'NEWSGRAPH_BENCH_ALLOW_RESET',
      });
      const writer = new Neo4jWriter(driver, db, config.batchSize);
      await writer.reset();
      await writer.ensureSchema();
      const summary = await loadPaths(paths, {
        driver,
        database: db,
        batchSize: config.batchSize,
        neo4jUri: ready.neo4j.uri,
      });
      loadSeconds = summary.seconds;
      console.log(
        `load: ${summary.articles} articles of ${summary.files} files (${SETS.join(', ')}) in ${summary.seconds.toFixed(1)} s, ` +
          `${summary.failed} failed`,
      );
    }
    const nodes = await readNodes(driver, db);
    const peopleScores = scorePeople(people, nodes);
    const duplicates = findDuplicateArticles(inputs, await readArticleNodes(driver, db));
    const placeScores = scorePlaces(places, nodes);
    const figures = graphFigures({
      loadSeconds,
      articles: inputs.length,
      nodes,
      people: peopleScores,
      duplicates,
      places: placeScores,
    });

    printPeople(peopleScores, argv.verbose);
    console.log(
      `  => ${pct(figures.peopleWithOneNode)} with exactly one node; ${figures.peoplePerPerson} nodes per person ` +
        `(${figures.peopleFound} of ${figures.people} found)`,
    );
    console.log(
      `articles: ${duplicates.inputArticles} read, ${duplicates.distinctBodies} distinct bodies, ${duplicates.articleNodes} Article nodes; ` +
        `${duplicates.duplicateArticles} duplicate Article nodes over ${duplicates.groups.length} republished bodies` +
        (duplicates.unmatched > 0 ? `; ${duplicates.unmatched} input articles found in no Article node` : ''),
    );
    if (argv.verbose)
      for (const g of duplicates.groups)
        console.log(`      ${g.articles.join(' = ')} -> ${g.nodes.length} nodes`);
    console.log(
      `locations: ${figures.locations} Location nodes, ${figures.locationsWithoutPoint} without a point`,
    );
    printPlaces(placeScores, argv.verbose);
    const byKind = Object.entries(figures.placesWithin25kmByKind)
      .map(([kind, x]) => `${kind} ${pct(x)}`)
      .join(', ');
    console.log(
      `  => ${pct(figures.placesWithin25km)} within ${PLACE_TOLERANCE_KM} km (${byKind}); ${pct(figures.placesRightCountry)} in the right country; ` +
        `${pct(figures.placesOneNode)} one node; regions one node ${pct(figures.regionsOneNode)}; ` +
        `${figures.placesWithOtherTypes} also stored under another type`,
    );
    if (loadSeconds !== null) console.log(`load seconds: ${loadSeconds.toFixed(1)}`);
    console.log(JSON.stringify(figures));
  } finally {
    await driver.close();
    await ready.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof NewsgraphError ? error.exitCode : 1);
});
