/**
 * The Neo4j a benchmark runs against: the configured one when NEO4J_URI is given, else the
 * benchmark's own local server instance, whose ports NEWSGRAPH_BENCH_BOLT_PORT and
 * NEWSGRAPH_BENCH_HTTP_PORT can move (so two benchmarks or worktrees never share one).
 */
import { loadConfig, type Config } from '../dist/config';
import { PACKAGE_ROOT } from '../dist/package-root';

type Env = Readonly<Record<string, string | undefined>>;

function portFrom(tool: string, env: Env, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new Error(`${tool}: ${name} must be a port number from 1 to 65535, found "${text}"`);
  }
  return n;
}

/** `tool` names the benchmark in errors; `instance` and the ports are its own server's defaults. */
export function benchConfig(
  env: Env,
  tool: string,
  own: { readonly instance: string; readonly boltPort: number; readonly httpPort: number },
): Config {
  const base = loadConfig(env, PACKAGE_ROOT);
  if (base.neo4j.uriGiven) return base;
  const boltPort = portFrom(tool, env, 'NEWSGRAPH_BENCH_BOLT_PORT', own.boltPort);
  const httpPort = portFrom(tool, env, 'NEWSGRAPH_BENCH_HTTP_PORT', own.httpPort);
  return {
    ...base,
    neo4j: { ...base.neo4j, uri: `bolt://127.0.0.1:${boltPort}` },
    localServer: { ...base.localServer, instance: own.instance, boltPort, httpPort },
  };
}
