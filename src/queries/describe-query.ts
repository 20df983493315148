import type { CannedQuery } from './canned-query';

/**
 * A catalogue entry for `newsgraph queries`: the name and description, then one aligned line
 * per parameter with its type, its default (or "required") and its meaning.
 */
export function describeQuery(query: CannedQuery): string {
  const lines = [`${query.name} — ${query.description}`];
  if (query.params.length === 0) lines.push('    (no parameters)');
  const cells = query.params.map((p) => [
    p.name,
    p.typeText,
    p.required ? 'required' : `default ${p.default === null ? 'none' : JSON.stringify(p.default)}`,
    p.description,
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((c) => c[i].length)));
  for (const c of cells)
    lines.push(`    ${c.map((text, i) => (i < 3 ? text.padEnd(widths[i]) : text)).join('  ')}`);
  return lines.join('\n');
}
