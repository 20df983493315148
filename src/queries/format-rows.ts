import type { PlainValue, Row } from './canned-query';

/** How `newsgraph query` and `formatRows` print the rows of a canned query. */
export const ROW_FORMATS = ['table', 'json', 'csv'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

export interface RowFormatOptions {
  /** Table cells longer than this are cut with "…" (0: never). Default 60. */
  readonly maxWidth?: number;
}

export const DEFAULT_MAX_WIDTH = 60;

/**
 * What `formatRows` prints: rows and the columns to print, in order (a query result is one;
 * so is `{ columns: ['target', 'latitude'], rows }`). For typed rows (`runQuery`) a column
 * must be one of the row's: a misspelt one does not compile.
 */
export interface FormattableRows<R extends Row = Row> {
  readonly columns: readonly (keyof R & string)[];
  readonly rows: readonly R[];
}

const isScalar = (v: PlainValue): v is string | number | boolean => v !== null && typeof v !== 'object';

/** A cell as text: lists of scalars joined with `separator`, maps and nested lists as JSON, null empty. */
function cellText(value: PlainValue, separator: string): string {
  if (value === null) return '';
  if (isScalar(value)) return String(value);
  if (Array.isArray(value) && value.every(isScalar)) return value.map(String).join(separator);
  return JSON.stringify(value);
}

function formatTable<R extends Row>(result: FormattableRows<R>, maxWidth: number): string {
  const { columns, rows } = result;
  const fit = (text: string): string => {
    const one = text.replace(/\s+/g, ' ').trim();
    return maxWidth > 0 && [...one].length > maxWidth ? `${[...one].slice(0, maxWidth - 1).join('')}…` : one;
  };
  const cells = rows.map((row) => columns.map((c) => fit(cellText(row[c] ?? null, ', '))));
  const numeric = columns.map(
    (c) => rows.length > 0 && rows.every((r) => r[c] === null || typeof r[c] === 'number'),
  );
  const widths = columns.map((c, i) => Math.max([...c].length, ...cells.map((r) => [...r[i]].length)));
  const pad = (text: string, i: number): string => {
    const gap = ' '.repeat(widths[i] - [...text].length);
    return numeric[i] ? gap + text : text + gap;
  };
  const line = (texts: readonly string[]): string => texts.map(pad).join('  ').trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
  out.push(rows.length === 1 ? '(1 row)' : `(${rows.length} rows)`);
  return `${out.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatCsv<R extends Row>(result: FormattableRows<R>): string {
  const lines = [result.columns.map(csvField).join(',')];
  for (const row of result.rows)
    lines.push(result.columns.map((c) => csvField(cellText(row[c] ?? null, '; '))).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * Prints a query result as an aligned text table (cells on one line, long ones cut, numbers
 * right-aligned, a closing row count), as JSON (an array of row objects), or as CSV (a header
 * line; lists joined with "; ", maps as JSON, quoting as RFC 4180), each row with the given
 * columns only, in their order.
 *
 * @example
 * const rows = await ng.runQuery('who-attacked-where', { events: true });
 * writeFileSync('attacks.csv', formatRows({ columns: ['attacker', 'target', 'latitude', 'longitude'], rows }, 'csv'));
 */
export function formatRows<R extends Row>(
  result: FormattableRows<R>,
  format: RowFormat,
  options: RowFormatOptions = {},
): string {
  switch (format) {
    case 'json': {
      const rows = result.rows.map((row) =>
        Object.fromEntries(result.columns.map((c) => [c, row[c] ?? null])),
      );
      return `${JSON.stringify(rows, null, 2)}\n`;
    }
    case 'csv':
      return formatCsv(result);
    case 'table':
      return formatTable(result, options.maxWidth ?? DEFAULT_MAX_WIDTH);
  }
}
