import { paramScript, queryBody, renderGuide } from '../../../src/browser/render-guide';
import { loadQueries } from '../../../src/queries/load-queries';
import { parseQueryFile } from '../../../src/queries/parse-query-file';

/** An invented query whose Cypher holds characters HTML must escape. */
const FILE = [
  '// name: harbour-visits',
  '// description: Ships that called at a harbour, with <dates> & crews.',
  '// param harbour: string — the harbour',
  '// param limit: integer[1..100] = 10 — at most this many',
  '//',
  '// column ship: string',
  '// column note: string? — <free> text',
  '//',
  '// A note for Browser users.',
  "// :param harbour => 'Port Verel'",
  '// :param limit => 10',
  'MATCH (s:Ship)-[:CALLED_AT]->(h:Harbour {name: $harbour})',
  "WHERE s.tonnage > 0 AND s.flag <> 'none'",
  'RETURN s.name AS ship, "x & y" AS note',
  'LIMIT $limit',
  '',
].join('\n');
const QUERY = parseQueryFile('/tmp/harbour-visits.cypher', FILE);

/** What a browser shows as the text of an element: the HTML entities decoded. */
const decode = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function block(html: string, attribute: string, name: string): string | undefined {
  const m = new RegExp(`<pre class="runnable" ${attribute}="${name}">([\\s\\S]*?)</pre>`).exec(html);
  return m ? decode(m[1]) : undefined;
}

describe('renderGuide', () => {
  const html = renderGuide([QUERY]);

  it('gives a query its :param lines as one script, each line but the last ending in ";"', () => {
    expect(paramScript(QUERY)).toBe(":param harbour => 'Port Verel';\n:param limit => 10");
    expect(block(html, 'data-params', 'harbour-visits')).toBe(paramScript(QUERY));
  });

  it('gives the statement without its header comments, escaped so Browser shows it as written', () => {
    const body = queryBody(QUERY.cypher);
    expect(body.startsWith('MATCH (s:Ship)')).toBe(true);
    expect(body).not.toContain('//');
    expect(block(html, 'data-cypher', 'harbour-visits')).toBe(body);
    expect(html).not.toContain("s.flag <> 'none'");
    expect(html).toContain('Ships that called at a harbour, with &lt;dates&gt; &amp; crews.');
  });

  it('describes the parameters: type, default or "required", meaning', () => {
    expect(html).toContain('<code>harbour</code> <em>string, required</em>: the harbour');
    expect(html).toContain('<code>limit</code> <em>integer[1..100], default 10</em>: at most this many');
  });

  it('lists the columns of the header, and leaves the column lines out of the statement', () => {
    expect(html).toContain(
      '<p class="newsgraph-columns">Returns: <code>ship</code> <em>string</em>, <code>note</code> <em>string?</em>: &lt;free&gt; text</p>',
    );
    expect(block(html, 'data-cypher', 'harbour-visits')).not.toContain('column');
  });

  it('has no script or event handler for Browser to strip', () => {
    expect(html).not.toMatch(/<script|\son\w+=/i);
  });

  it('covers the shipped catalogue: one section per query, in order, each with its header :param lines', () => {
    const { queries } = loadQueries();
    const guide = renderGuide(queries);
    const sections = [...guide.matchAll(/<section class="newsgraph-query" data-query="([^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(sections).toEqual(queries.map((q) => q.name));
    for (const q of queries) {
      expect(block(guide, 'data-params', q.name)).toBe(paramScript(q));
      expect(block(guide, 'data-cypher', q.name)).toBe(queryBody(q.cypher));
      for (const p of q.browserParams) expect(paramScript(q)).toContain(`:param ${p.name} => ${p.text}`);
    }
  });
});
