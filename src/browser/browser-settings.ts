/**
 * What Neo4j Browser does on connect, as Neo4j settings: apply newsgraph's style sheet and
 * open its guide (both served by `newsgraph browser`, see `guide-server.ts`), and send no
 * product-usage data. Written into the local server's `neo4j.conf`; Docker Compose sets the
 * same through `NEO4J_` variables.
 */

/** Where the guide server answers by default (`newsgraph browser`, Docker Compose). */
export const DEFAULT_GUIDE_PORT = 7479;
export const GUIDE_HOST = '127.0.0.1';
export const GUIDE_PATH = '/newsgraph-guide.html';
export const STYLE_PATH = '/newsgraph.grass';

/** The address of a guide server on a port of this machine. */
export function guideBaseUrl(port: number): string {
  return `http://${GUIDE_HOST}:${port}`;
}

/**
 * The Neo4j settings for Browser, by name (`browser.post_connect_cmd`, …). `guideBase` is the
 * guide server's address (`http://127.0.0.1:7479`); without it only the usage settings are given.
 *
 * - `browser.post_connect_cmd`: `:style <url>` then `:play <url>`, split at `;` by Browser.
 * - `browser.remote_content_hostname_whitelist`: Browser fetches guides and style sheets only
 *   from these host names (the port is not compared); Neo4j's default plus 127.0.0.1.
 * - `client.allow_telemetry=false`: Browser sends no product-usage data or crash reports and
 *   shows no consent banner (the setting then decides, not the user's Browser settings);
 *   `dbms.usage_report.enabled=false`: the server sends none either. (Browser also reads
 *   `browser.allow_outgoing_connections`, but Neo4j 5.26 no longer declares it, and its strict
 *   configuration check refuses to start with it.)
 */
export function browserSettings(guideBase?: string): Readonly<Record<string, string>> {
  const usage = {
    'dbms.usage_report.enabled': 'false',
    'client.allow_telemetry': 'false',
  };
  if (guideBase === undefined) return usage;
  return {
    'browser.post_connect_cmd': `style ${guideBase}${STYLE_PATH}; play ${guideBase}${GUIDE_PATH}`,
    'browser.remote_content_hostname_whitelist': `guides.neo4j.com,localhost,${GUIDE_HOST}`,
    ...usage,
  };
}

/**
 * The Docker image's environment variable for a setting: `NEO4J_` then the name with `_`
 * doubled and `.` as `_` (`browser.post_connect_cmd` → `NEO4J_browser_post__connect__cmd`).
 */
export function dockerVariable(setting: string): string {
  return `NEO4J_${setting.replace(/_/g, '__').replace(/\./g, '_')}`;
}
