import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GUIDE_PATH, STYLE_PATH } from '../../../src/browser/browser-settings';
import { startGuideServer, type GuideServer } from '../../../src/browser/guide-server';

/** A folder with one invented query and a style sheet, served on a free port of 127.0.0.1. */
describe('the guide server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-guide-'));
  const grassFile = join(dir, 'test.grass');
  let server: GuideServer;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'lighthouses.cypher'),
      [
        '// name: lighthouses',
        '// description: Lighthouses on a coast, with their keepers.',
        '// param limit: integer[1..100] = 5 — at most this many',
        '// :param limit => 5',
        'MATCH (l:Lighthouse) RETURN l.name AS lighthouse LIMIT $limit',
        '',
      ].join('\n'),
    );
    writeFileSync(grassFile, 'node.Lighthouse {\n  color: #FFCC00;\n}\n');
    server = await startGuideServer({ port: 0, queriesDir: dir, grassFile });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 on the port the system chose', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.baseUrl).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves the guide of the folder, read at the request', async () => {
    const res = await fetch(`${server.baseUrl}${GUIDE_PATH}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const html = await res.text();
    expect(html).toContain('data-query="lighthouses"');
    expect(html).toContain(':param limit =&gt; 5');
  });

  it('serves the style sheet as it is', async () => {
    const res = await fetch(`${server.baseUrl}${STYLE_PATH}`);
    expect(await res.text()).toBe('node.Lighthouse {\n  color: #FFCC00;\n}\n');
  });

  it("answers Browser's CORS preflight (it fetches from another port with its own headers)", async () => {
    const res = await fetch(`${server.baseUrl}${GUIDE_PATH}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:7474',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'content-type,x-ajax-browser-auth,x-stream,pragma,cache-control',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toBe('*');
  });

  it('serves nothing else', async () => {
    expect((await fetch(`${server.baseUrl}/../package.json`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}${GUIDE_PATH}`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('says which port is taken when it cannot listen', async () => {
    await expect(startGuideServer({ port: server.port })).rejects.toThrow(
      new RegExp(`cannot listen on 127\\.0\\.0\\.1:${server.port} \\(EADDRINUSE\\)`),
    );
  });
});
