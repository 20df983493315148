import type { Config, Neo4jConfig } from '../config';
import { Neo4jUnavailableError } from '../errors';
import { probeNeo4j } from './connect';
import { composeUp, dockerAnswers, startTestContainer } from './docker';
import { javaAvailable, startLocalServer, stopLocalServer } from './local-server';

/** Where the Neo4j in use came from. */
export type Neo4jSource = 'given' | 'running' | 'local-server' | 'docker-compose' | 'testcontainers';

/** A Neo4j that answers, with the settings to reach it. */
export interface ReadyNeo4j {
  readonly neo4j: Neo4jConfig;
  readonly source: Neo4jSource;
  /** Neo4j Browser, when known. */
  readonly browserUrl?: string;
  /** Stops what `ensureNeo4j` started (a no-op for a server it found running). */
  stop(): Promise<void>;
}

export interface EnsureOptions {
  /**
   * What to start when nothing answers: `cli` prefers the local server and falls back to
   * Docker Compose where Docker answers and Java does not; `test` prefers a testcontainer
   * where Docker answers and falls back to the local server.
   */
  readonly purpose: 'cli' | 'test';
  readonly log?: (line: string) => void;
}

const noop = async (): Promise<void> => undefined;

/**
 * Makes sure a real Neo4j answers, three ways behind one call:
 * `NEO4J_URI` given → that instance as it is; otherwise a server already answering at the
 * default address is reused; otherwise one is started (local server from Maven Central,
 * Docker Compose, or a testcontainer, see {@link EnsureOptions.purpose}).
 */
export async function ensureNeo4j(config: Config, options: EnsureOptions): Promise<ReadyNeo4j> {
  const log = options.log ?? (() => undefined);
  const local = config.localServer;
  const localBrowser = `http://127.0.0.1:${local.httpPort}/browser/`;
  if (config.neo4j.uriGiven) return { neo4j: config.neo4j, source: 'given', stop: noop };

  const probe = await probeNeo4j(config.neo4j);
  if (probe === 'ok') return { neo4j: config.neo4j, source: 'running', browserUrl: localBrowser, stop: noop };
  if (probe === 'unauthorized') {
    throw new Neo4jUnavailableError(
      `A Neo4j answers at ${config.neo4j.uri} but refuses the credentials of user "${config.neo4j.username}": check NEO4J_PASSWORD`,
    );
  }

  const docker = await dockerAnswers();
  if (options.purpose === 'test' && docker) {
    log(`Starting a Neo4j container for the tests…`);
    const container = await startTestContainer(config.neo4j);
    return { neo4j: { ...config.neo4j, uri: container.uri }, source: 'testcontainers', stop: container.stop };
  }
  if (await javaAvailable()) {
    const { reused, status } = await startLocalServer(config, log);
    return {
      neo4j: { ...config.neo4j, uri: status.boltUri },
      source: reused ? 'running' : 'local-server',
      browserUrl: status.browserUrl,
      stop: reused ? noop : async () => void (await stopLocalServer(local)),
    };
  }
  if (docker) {
    log('Java is not installed; starting Neo4j with Docker Compose…');
    await composeUp(config.neo4j);
    return {
      neo4j: config.neo4j,
      source: 'docker-compose',
      browserUrl: 'http://localhost:7474/browser/',
      stop: noop,
    };
  }
  throw new Neo4jUnavailableError(
    `No Neo4j answers at ${config.neo4j.uri}, and neither Java (for the local server) nor a Docker engine is available: ` +
      'install OpenJDK 17, start Docker, or set NEO4J_URI to an existing Neo4j',
  );
}
