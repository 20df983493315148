import type { CannedQuery } from '../queries/canned-query';

/**
 * The newsgraph guide for Neo4j Browser (`:play <url>`): an HTML page listing every canned
 * query of the catalogue, generated from the `.cypher` headers each time it is served, so it
 * never drifts from the files. Each query gets two runnable blocks (`<pre class="runnable">`,
 * which Browser turns into "click to edit, ▶ to run"): its `:param` lines, then its Cypher
 * without the header comments (parameter, column and `:param` lines). The columns it returns
 * are listed above the blocks.
 */

/** The header comment block of a query file taken off: the statement Browser runs. */
export function queryBody(cypher: string): string {
  const lines = cypher.split('\n');
  const start = lines.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('//'));
  return start < 0 ? '' : lines.slice(start).join('\n').trimEnd();
}

/**
 * The `:param` lines of a query's header as one Browser script: the lines end with `;` so
 * Browser runs them one by one (a multi-statement script that only sets parameters).
 */
export function paramScript(query: CannedQuery): string {
  return query.browserParams.map((p) => `:param ${p.name} => ${p.text}`).join(';\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paramsList(query: CannedQuery): string {
  if (query.params.length === 0) return '<p>No parameters.</p>';
  const items = query.params.map((p) => {
    const given = p.required
      ? 'required'
      : `default ${p.default === null ? 'none' : JSON.stringify(p.default)}`;
    return `<li><code>${escapeHtml(p.name)}</code> <em>${escapeHtml(p.typeText)}, ${escapeHtml(given)}</em>: ${escapeHtml(p.description)}</li>`;
  });
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

/** The header's `column` lines: what each row holds (nothing for a query that declares none). */
function columnsList(query: CannedQuery): string {
  if (query.columns.length === 0) return '';
  const items = query.columns.map((c) => {
    const about = c.description === undefined ? '' : `: ${escapeHtml(c.description)}`;
    return `<code>${escapeHtml(c.name)}</code> <em>${escapeHtml(c.typeText)}</em>${about}`;
  });
  return `<p class="newsgraph-columns">Returns: ${items.join(', ')}</p>`;
}

function querySection(query: CannedQuery): string {
  const parts = [
    `<section class="newsgraph-query" data-query="${escapeHtml(query.name)}">`,
    `<h4>${escapeHtml(query.name)}</h4>`,
    `<p>${escapeHtml(query.description)}</p>`,
    paramsList(query),
    columnsList(query),
  ].filter((part) => part !== '');
  if (query.browserParams.length > 0) {
    parts.push(
      '<p>1. Set the parameters (the values of the example; edit them first to ask about something else):</p>',
      `<pre class="runnable" data-params="${escapeHtml(query.name)}">${escapeHtml(paramScript(query))}</pre>`,
      '<p>2. Run the query:</p>',
    );
  }
  parts.push(
    `<pre class="runnable" data-cypher="${escapeHtml(query.name)}">${escapeHtml(queryBody(query.cypher))}</pre>`,
    '</section>',
  );
  return parts.join('\n');
}

/** The whole guide page for a catalogue of queries (sorted as given). */
export function renderGuide(queries: readonly CannedQuery[]): string {
  const index = queries.map(
    (q) => `<li><code>${escapeHtml(q.name)}</code>: ${escapeHtml(q.description)}</li>`,
  );
  return [
    '<title>newsgraph</title>',
    '<article class="guide newsgraph-guide">',
    '<h3>newsgraph: the canned queries</h3>',
    '<p>The graph of articles, sentences, entities, quotes and attacks that <code>newsgraph load</code> wrote. ' +
      'The newsgraph style sheet is applied (colours and captions per label). ' +
      'Click a block to copy it into the editor, or its ▶ to run it. ' +
      'Run the <code>:param</code> block of a query first, then the query.</p>',
    '<p>Names in parameters of entities (speaker, place, attacker, entity, from, to) are given as a list ' +
      'of node ids or of names as <code>Entity.keys</code> holds them: lower case, without diacritics or ' +
      "punctuation (<code>['volodymyr zelenskyy']</code>). <code>newsgraph query</code> on the command line " +
      'looks names up for you.</p>',
    `<ul>\n${index.join('\n')}\n</ul>`,
    ...queries.map(querySection),
    '</article>',
    '',
  ].join('\n');
}
