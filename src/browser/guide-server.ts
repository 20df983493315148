import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { NewsgraphError } from '../errors';
import { PACKAGE_ROOT } from '../package-root';
import { loadQueries, QUERIES_DIR } from '../queries/load-queries';
import { GUIDE_HOST, GUIDE_PATH, STYLE_PATH, guideBaseUrl } from './browser-settings';
import { renderGuide } from './render-guide';

/** newsgraph's style sheet for Neo4j Browser. */
export const GRASS_FILE = join(PACKAGE_ROOT, 'cypher', 'browser', 'newsgraph.grass');

export interface GuideServerOptions {
  /** 0 lets the system choose a free port. */
  readonly port: number;
  readonly queriesDir?: string;
  readonly grassFile?: string;
}

/** A running guide server. */
export interface GuideServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * Browser fetches guides and style sheets with `fetch` from its own origin (the Neo4j HTTP
 * port) and custom headers, so it asks first (a CORS preflight); the content is public.
 */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Allow-Private-Network': 'true',
  'Access-Control-Max-Age': '600',
};

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' });
  res.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse, options: GuideServerOptions): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS);
    res.end();
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'only GET\n');
    return;
  }
  try {
    if (path === GUIDE_PATH) {
      const { queries } = loadQueries(options.queriesDir ?? QUERIES_DIR);
      send(res, 200, 'text/html; charset=utf-8', renderGuide(queries));
    } else if (path === STYLE_PATH) {
      send(res, 200, 'text/plain; charset=utf-8', readFileSync(options.grassFile ?? GRASS_FILE, 'utf8'));
    } else {
      send(res, 404, 'text/plain; charset=utf-8', `not found; try ${GUIDE_PATH} or ${STYLE_PATH}\n`);
    }
  } catch (error) {
    send(res, 500, 'text/plain; charset=utf-8', `newsgraph: ${String(error)}\n`);
  }
}

/**
 * Serves the newsgraph guide (generated from the canned queries at every request) and the
 * style sheet on 127.0.0.1, for Neo4j Browser's `:play` and `:style`. Nothing else is served.
 */
export function startGuideServer(options: GuideServerOptions): Promise<GuideServer> {
  const server = createServer((req, res) => handle(req, res, options));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new NewsgraphError(
          `The Browser guide server cannot listen on ${GUIDE_HOST}:${options.port} (${error.code ?? error.message}): choose another port`,
          1,
          { cause: error },
        ),
      ),
    );
    server.listen(options.port, GUIDE_HOST, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        baseUrl: guideBaseUrl(port),
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
