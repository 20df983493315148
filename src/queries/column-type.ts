import type { ColumnType } from './canned-query';

const SCALARS = new Set(['string', 'integer', 'float', 'boolean']);
const CHOICE_RE = /^[A-Za-z][\w-]*(?:\|[A-Za-z][\w-]*)+$/;

/**
 * Reads a result column's type as written in a query header: `string`, `integer`, `float` or
 * `boolean`; one of some words (`direct|reported`); `T[]` a list of T; `T?` T or null. The suffixes nest from the right, so
 * `string?[]` is a list of strings or nulls and `string[]?` a list or null. Returns undefined
 * for anything else.
 */
export function parseColumnType(text: string): ColumnType | undefined {
  const t = text.trim();
  if (t.endsWith('[]')) {
    const of = parseColumnType(t.slice(0, -2));
    return of === undefined ? undefined : { kind: 'list', of };
  }
  if (t.endsWith('?')) {
    const of = parseColumnType(t.slice(0, -1));
    return of === undefined || of.kind === 'nullable' ? undefined : { kind: 'nullable', of };
  }
  if (CHOICE_RE.test(t)) return { kind: 'choice', options: t.split('|') };
  return SCALARS.has(t) ? { kind: t as 'string' | 'integer' | 'float' | 'boolean' } : undefined;
}

/** The column type written back as in a header (`string?[]`). */
export function columnTypeText(type: ColumnType): string {
  switch (type.kind) {
    case 'list':
      return `${columnTypeText(type.of)}[]`;
    case 'nullable':
      return `${columnTypeText(type.of)}?`;
    case 'choice':
      return type.options.join('|');
    default:
      return type.kind;
  }
}

/**
 * The TypeScript type of a column's values in the plain rows of `runQuery` (see `toPlain`):
 * integers and floats are numbers, lists readonly arrays, a nullable column `T | null`.
 */
export function columnTsType(type: ColumnType): string {
  switch (type.kind) {
    case 'string':
    case 'boolean':
      return type.kind;
    case 'integer':
    case 'float':
      return 'number';
    case 'choice':
      return type.options.map((o) => `'${o}'`).join(' | ');
    case 'list': {
      const of = columnTsType(type.of);
      return ['nullable', 'choice'].includes(type.of.kind) ? `readonly (${of})[]` : `readonly ${of}[]`;
    }
    case 'nullable':
      return `${columnTsType(type.of)} | null`;
  }
}
