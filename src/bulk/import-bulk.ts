/**
 * `newsgraph import DIR`: the CSV files of `newsgraph export --neo4j-admin DIR` into the local
 * server's database with `neo4j-admin database import full`, which is offline: the database
 * must be empty (but for the `NewsgraphOwner` markers of the tests and benchmarks, kept), the
 * server is stopped, the files imported, the server started again, and the constraints and
 * indexes of `cypher/schema.cypher` created, as `load` would have.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config';
import { NewsgraphError, InputError } from '../errors';
import { cypher } from '../graph/cypher';
import { Neo4jWriter } from '../graph/neo4j-writer';
import { openDriver } from '../neo4j/connect';
import { localServerPaths, runNeo4jAdmin, startLocalServer, stopLocalServer } from '../neo4j/local-server';
import { importArguments, MANIFEST, type ImportManifest } from './write-admin-csv';

export interface ImportSummary {
  readonly nodes: number;
  readonly relationships: number;
  /** Seconds of the importer alone (its JVM included), and of the whole command. */
  readonly importSeconds: number;
  readonly seconds: number;
}

/** A database that holds a graph: the offline importer would replace it. */
export class NotEmptyError extends NewsgraphError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** Reads the manifest of an export; an InputError when `dir` holds none. */
export function readManifest(dir: string): ImportManifest {
  const path = join(dir, MANIFEST);
  if (!existsSync(path))
    throw new InputError(
      dir,
      `no ${MANIFEST} here: write the files first with newsgraph export --neo4j-admin ${dir}`,
    );
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as ImportManifest;
  if (manifest.format !== 'newsgraph-neo4j-admin-1')
    throw new InputError(
      path,
      `format "${String(manifest.format)}" is not one this newsgraph reads (newsgraph-neo4j-admin-1)`,
    );
  return manifest;
}

const elapsed = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;

/** Imports the export in `dir`; see the module comment. `log` gets progress lines. */
export async function importBulk(
  config: Config,
  dir: string,
  log: (line: string) => void,
): Promise<ImportSummary> {
  const started = process.hrtime.bigint();
  const folder = resolve(dir);
  const manifest = readManifest(folder);
  if (config.neo4j.uriGiven) {
    throw new NewsgraphError(
      `newsgraph import runs neo4j-admin for the local server, and NEO4J_URI names another Neo4j (${config.neo4j.uri}): ` +
        `unset it, or run neo4j-admin database import full on that server's machine with the files in ${folder} (see README, Bulk import)`,
      2,
    );
  }
  const database = config.neo4j.database;
  const status = await startLocalServer(config, log);
  const neo4j = { ...config.neo4j, uri: status.status.boltUri };
  let owners: string[];
  let driver = await openDriver(neo4j);
  try {
    const ownership = await new Neo4jWriter(driver, database, config.batchSize).ownership();
    owners = ownership.owners;
    const held = ownership.nodes - owners.length;
    if (held > 0) {
      throw new NotEmptyError(
        `database "${database}" of the local Neo4j holds ${held} nodes: newsgraph import only fills an empty database, ` +
          `since neo4j-admin replaces it whole. Nothing was changed. Empty it first (newsgraph reset --yes), or load the files with newsgraph load instead`,
      );
    }
  } finally {
    await driver.close();
  }

  const paths = localServerPaths(config.localServer);
  const logFile = join(paths.logs, 'newsgraph-import.log');
  log('Stopping the local Neo4j for the offline import…');
  await stopLocalServer(config.localServer);
  log(`Importing ${folder} into database "${database}" (log in ${logFile})…`);
  const importStarted = process.hrtime.bigint();
  const args = [
    ...importArguments(manifest, folder, database),
    `--report-file=${join(paths.logs, 'newsgraph-import.report')}`,
  ];
  const code = await runNeo4jAdmin(config.localServer, args, logFile);
  const importSeconds = elapsed(importStarted);
  log('Starting the local Neo4j again…');
  const restarted = await startLocalServer(config, log);
  if (code !== 0) {
    throw new NewsgraphError(
      `neo4j-admin database import failed (exit code ${String(code)}); read ${logFile}. The local Neo4j runs again`,
      1,
    );
  }
  driver = await openDriver({ ...neo4j, uri: restarted.status.boltUri });
  try {
    const writer = new Neo4jWriter(driver, database, config.batchSize);
    await writer.ensureSchema();
    for (const list of manifest.lists) {
      for (let i = 0; i < list.ids.length; i += config.batchSize) {
        await driver.executeQuery(
          cypher()['admin/set-empty-lists'],
          {
            ids: list.ids.slice(i, i + config.batchSize),
            label: list.label,
            props: { [list.property]: list.value },
          },
          { database },
        );
      }
    }
    for (const owner of owners) await writer.claim(owner);
  } finally {
    await driver.close();
  }
  return {
    nodes: manifest.nodes.reduce((s, n) => s + n.count, 0),
    relationships: manifest.relationships.reduce((s, r) => s + r.count, 0),
    importSeconds,
    seconds: elapsed(started),
  };
}
