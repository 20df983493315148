import { resolve } from 'node:path';
import type { Neo4jConfig } from '../config';
import { Neo4jUnavailableError } from '../errors';
import { runProcess } from './run-process';
import { PACKAGE_ROOT } from '../package-root';

/** The image the project pins for Docker users and for testcontainers. */
export const NEO4J_IMAGE = 'neo4j:5.26-community';
const COMPOSE_FILE = resolve(PACKAGE_ROOT, 'docker-compose.yml');

/** Whether a Docker engine answers (the client alone is not enough). */
export async function dockerAnswers(): Promise<boolean> {
  const result = await runProcess('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeoutMs: 10_000,
  });
  return result.code === 0 && result.output.trim().length > 0;
}

/** `docker compose up -d --wait` with the project's compose file and the configured password. */
export async function composeUp(config: Neo4jConfig): Promise<void> {
  const result = await runProcess('docker', ['compose', '-f', COMPOSE_FILE, 'up', '-d', '--wait'], {
    env: { ...process.env, NEO4J_PASSWORD: config.password },
    timeoutMs: 600_000,
  });
  if (result.code !== 0) {
    throw new Neo4jUnavailableError(
      `docker compose up failed (exit code ${result.code}):\n${result.output.trim()}`,
    );
  }
}

/** A Neo4j container for the test suite, through testcontainers (a dev dependency). */
export async function startTestContainer(
  config: Neo4jConfig,
): Promise<{ uri: string; stop: () => Promise<void> }> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword(config.password).start();
  return { uri: container.getBoltUri(), stop: async () => void (await container.stop()) };
}
