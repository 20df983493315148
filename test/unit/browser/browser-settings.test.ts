import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  browserSettings,
  DEFAULT_GUIDE_PORT,
  dockerVariable,
  GUIDE_PATH,
  guideBaseUrl,
  STYLE_PATH,
} from '../../../src/browser/browser-settings';
import { PACKAGE_ROOT } from '../../../src/package-root';

/** How Neo4j Browser 5 splits `browser.post_connect_cmd` (at `;` outside quotes) and runs each with `:`. */
const browserCommands = (setting: string): string[] =>
  setting
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => `:${s}`);

describe('browserSettings', () => {
  const base = guideBaseUrl(45123);
  const settings = browserSettings(base);

  it('applies the style sheet, then opens the guide, on connect', () => {
    expect(browserCommands(settings['browser.post_connect_cmd'])).toEqual([
      `:style http://127.0.0.1:45123${STYLE_PATH}`,
      `:play http://127.0.0.1:45123${GUIDE_PATH}`,
    ]);
  });

  it('allows the guide server by host name, as Browser compares it (without the port)', () => {
    const allowed = settings['browser.remote_content_hostname_whitelist'].split(',');
    for (const cmd of browserCommands(settings['browser.post_connect_cmd'])) {
      expect(allowed).toContain(new URL(cmd.split(' ')[1]).hostname);
    }
  });

  it('turns product-usage data off, with or without a guide', () => {
    for (const s of [settings, browserSettings()]) {
      expect(s['client.allow_telemetry']).toBe('false');
      expect(s['dbms.usage_report.enabled']).toBe('false');
    }
    expect(browserSettings()['browser.post_connect_cmd']).toBeUndefined();
  });

  it.each([
    ['browser.post_connect_cmd', 'NEO4J_browser_post__connect__cmd'],
    ['dbms.usage_report.enabled', 'NEO4J_dbms_usage__report_enabled'],
    ['client.allow_telemetry', 'NEO4J_client_allow__telemetry'],
  ])('names %s %s for the Docker image', (setting, variable) => {
    expect(dockerVariable(setting)).toBe(variable);
  });

  it('is what docker-compose.yml sets, for `newsgraph browser` on its default port', () => {
    const compose = readFileSync(join(PACKAGE_ROOT, 'docker-compose.yml'), 'utf8');
    for (const [name, value] of Object.entries(browserSettings(guideBaseUrl(DEFAULT_GUIDE_PORT)))) {
      expect(compose).toContain(`${dockerVariable(name)}: '${value}'`);
    }
  });
});
