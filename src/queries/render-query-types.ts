/**
 * Writes the TypeScript types of the canned queries from their headers: per query an
 * interface of its parameters and one of its rows, and `QueryTypes`, the map from name to
 * both that `runQuery` is typed with. `scripts/generate-query-types.js` writes the result to
 * `src/queries/generated/query-types.ts` at every `npm run build`.
 */
import type { CannedQuery, ParamType, QueryParam } from './canned-query';
import { columnTsType } from './column-type';
import { QueryFileError } from './query-errors';

/** The file the generated types live in, relative to the package root. */
export const QUERY_TYPES_FILE = 'src/queries/generated/query-types.ts';

/** `who-said-what` → `WhoSaidWhat`. */
export function typeNameOf(queryName: string): string {
  return queryName
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** A header text made safe inside a `/** … *\/` comment. */
function doc(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

function paramTsType(type: ParamType): string {
  switch (type.kind) {
    case 'string':
    case 'name':
    case 'date': // a calendar day, `YYYY-MM-DD`, checked at run time
      return 'string';
    case 'entity':
      // A name to look up, or node ids / folded names as Neo4j Browser gives them.
      return 'string | readonly string[]';
    case 'integer':
    case 'float':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'choice':
      return type.options.map((o) => `'${o}'`).join(' | ');
  }
}

function paramLine(p: QueryParam): string[] {
  const type = paramTsType(p.type);
  const defaulted = p.required ? '' : `; default ${JSON.stringify(p.default ?? null)}`;
  return [
    `  /** ${doc(p.description)} (\`${p.typeText}\`${defaulted}) */`,
    p.required ? `  readonly ${p.name}: ${type};` : `  readonly ${p.name}?: ${type} | null;`,
  ];
}

function renderQuery(q: CannedQuery): string[] {
  const base = typeNameOf(q.name);
  if (q.columns.length === 0) {
    throw new QueryFileError(
      q.path,
      'the header declares no result columns: add a "// column name: type" line per RETURN column',
    );
  }
  const params =
    q.params.length === 0
      ? [`export type ${base}Params = Record<string, never>;`]
      : [`export type ${base}Params = {`, ...q.params.flatMap(paramLine), '};'];
  // Type aliases, not interfaces: an object type alias is assignable to `Row` (an index signature).
  const row = [
    `export type ${base}Row = {`,
    ...q.columns.flatMap((c) => [
      ...(c.description === undefined ? [] : [`  /** ${doc(c.description)} */`]),
      `  readonly ${c.name}: ${columnTsType(c.type)};`,
    ]),
    '};',
  ];
  return [
    `/** Parameters of \`${q.name}\`: ${doc(q.description)} */`,
    ...params,
    '',
    `/** One row of \`${q.name}\`. */`,
    ...row,
    '',
  ];
}

/**
 * The generated module for a catalogue: deterministic (queries sorted by name, then in header
 * order), so a test can compare it with the committed file. A query whose header declares no
 * columns is a {@link QueryFileError} naming its file.
 */
export function renderQueryTypes(queries: readonly CannedQuery[]): string {
  const sorted = [...queries].sort((a, b) => a.name.localeCompare(b.name));
  return [
    '// Generated from the headers of cypher/queries/*.cypher by scripts/generate-query-types.js',
    '// (`npm run build` runs it). Do not edit: change the `param` and `column` lines of the headers.',
    '',
    ...sorted.flatMap(renderQuery),
    '/** Every canned query by name: the parameters it takes and the rows it returns. */',
    'export interface QueryTypes {',
    ...sorted.flatMap((q) => [
      `  readonly '${q.name}': {`,
      `    readonly params: ${typeNameOf(q.name)}Params;`,
      `    readonly row: ${typeNameOf(q.name)}Row;`,
      '  };',
    ]),
    '}',
    '',
  ].join('\n');
}
