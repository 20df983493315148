/**
 * A {@link MemoryGraph} as the header and data CSV files of `neo4j-admin database import full`:
 * one pair per node space (`Article`, `Entity`, …: `id:ID(<space>)`, so ids of different spaces
 * never clash) and one per relationship type and end spaces, plus `newsgraph-import.json`, the
 * manifest `newsgraph import` reads (the files, the importer's options, and the lists the importer
 * cannot write, set after it: an empty array field is no property for it).
 */
import { mkdirSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsgraphError } from '../errors';
import type { Double, GeoPoint, MemoryGraph, MemoryNode, MemoryRel, Space, Value } from './memory-graph';

/** Between the elements of an array field (the unit separator: not found in text). */
export const ARRAY_DELIMITER = '\u001f';
export const MANIFEST = 'newsgraph-import.json';

/** What `newsgraph import` needs to know of an export. */
export interface ImportManifest {
  readonly format: 'newsgraph-neo4j-admin-1';
  /** `--nodes=<label>=<header>,<data>` (file names relative to the manifest's folder). */
  readonly nodes: readonly {
    readonly label: Space;
    readonly header: string;
    readonly data: string;
    readonly count: number;
  }[];
  /** `--relationships=<type>=<header>,<data>`. */
  readonly relationships: readonly {
    readonly type: string;
    readonly header: string;
    readonly data: string;
    readonly count: number;
  }[];
  /** Whether some text holds a line break (`--multiline-fields=true`). */
  readonly multilineFields: boolean;
  /**
   * Node properties whose list the importer cannot write (`[]` and `['']`: an empty field is no
   * property for it), by space, property and list: the ids, set after the import.
   */
  readonly lists: readonly {
    readonly label: Space;
    readonly property: string;
    readonly value: readonly string[];
    readonly ids: readonly string[];
  }[];
}

type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'point';

function typeOf(value: Exclude<Value, null>): ColumnType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  if (Array.isArray(value)) return value.some((v) => typeof v === 'number') ? 'long[]' : 'string[]';
  return (value as Double | GeoPoint).kind === 'double' ? 'double' : 'point';
}

/** The type of a column from its values; whole and fractional numbers together are doubles. */
function columnType(types: ReadonlySet<ColumnType>, where: string): ColumnType {
  if (types.size === 1) return [...types][0];
  if ([...types].every((t) => t === 'long' || t === 'double')) return 'double';
  if ([...types].every((t) => t === 'string[]' || t === 'long[]')) return 'long[]';
  throw new NewsgraphError(
    `newsgraph export: ${where} holds values of several types (${[...types].join(', ')})`,
  );
}

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;

function field(value: Value | undefined, where: string, lines: { multiline: boolean }): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') {
    if (value.includes('\n') || value.includes('\r')) lines.multiline = true;
    return quote(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = (value as readonly (string | number)[]).map(String);
    for (const item of items) {
      if (item.includes(ARRAY_DELIMITER))
        throw new NewsgraphError(
          `newsgraph export: ${where} holds a list item with the array delimiter U+001F`,
        );
      if (item.includes('\n') || item.includes('\r')) lines.multiline = true;
    }
    return quote(items.join(ARRAY_DELIMITER));
  }
  const other = value as Double | GeoPoint;
  if (other.kind === 'double') return String(other.value);
  const point = other;
  return quote(`{latitude:${point.latitude}, longitude:${point.longitude}}`);
}

/** Buffered writes of one data file. */
class CsvFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  line(fields: readonly string[]): void {
    const text = `${fields.join(',')}\n`;
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
  private flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}

/** Property columns of a set of nodes or relationships, in first-seen order, with their types. */
function columns(
  items: Iterable<{ props: ReadonlyMap<string, Value> }>,
  where: string,
): [string, ColumnType][] {
  const types = new Map<string, Set<ColumnType>>();
  for (const item of items) {
    for (const [name, value] of item.props) {
      if (value === null) continue;
      if (Array.isArray(value) && value.length === 0) {
        if (!types.has(name)) types.set(name, new Set());
        continue;
      }
      const set = types.get(name) ?? new Set<ColumnType>();
      set.add(typeOf(value));
      types.set(name, set);
    }
  }
  return [...types].map(([name, set]) => [
    name,
    set.size === 0 ? 'string[]' : columnType(set, `${where}.${name}`),
  ]);
}

const header = (name: string, type: ColumnType): string =>
  type === 'string' ? name : type === 'point' ? `${name}:point{crs:WGS-84}` : `${name}:${type}`;

/** Writes the CSV files and the manifest of `graph` into `dir` (made when missing). */
export function writeAdminCsv(graph: MemoryGraph, dir: string): ImportManifest {
  mkdirSync(dir, { recursive: true });
  const lines = { multiline: false };
  const bySpace = new Map<Space, MemoryNode[]>();
  for (const node of graph.nodes()) {
    const list = bySpace.get(node.space) ?? [];
    list.push(node);
    bySpace.set(node.space, list);
  }
  const nodes: ImportManifest['nodes'][number][] = [];
  const lists: ImportManifest['lists'][number][] = [];
  for (const [space, list] of bySpace) {
    const cols = columns(list, space).filter(([name]) => name !== 'id');
    const labelled = list.some((n) => n.labels.size > 0);
    const headerFile = `nodes-${space}-header.csv`;
    const dataFile = `nodes-${space}.csv`;
    writeFileSync(
      join(dir, headerFile),
      `${[`id:ID(${space})`, ...(labelled ? [':LABEL'] : []), ...cols.map(([n, t]) => header(n, t))].join(',')}\n`,
    );
    const unwritable = new Map<string, string[]>();
    const out = new CsvFile(join(dir, dataFile));
    for (const node of list) {
      const fields = [quote(node.id)];
      if (labelled) fields.push(quote([...node.labels].sort().join(ARRAY_DELIMITER)));
      for (const [name] of cols) {
        const value = node.props.get(name);
        if (Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === ''))) {
          const key = JSON.stringify([name, value]);
          const ids = unwritable.get(key) ?? [];
          ids.push(node.id);
          unwritable.set(key, ids);
          fields.push('');
        } else fields.push(field(value, `${space} ${node.id} ${name}`, lines));
      }
      out.line(fields);
    }
    out.close();
    nodes.push({ label: space, header: headerFile, data: dataFile, count: list.length });
    for (const [key, ids] of unwritable) {
      const [property, value] = JSON.parse(key) as [string, string[]];
      lists.push({ label: space, property, value, ids });
    }
  }

  const byType = new Map<string, MemoryRel[]>();
  for (const rel of graph.relationships()) {
    const key = `${rel.type}-${rel.start.space}-${rel.end.space}`;
    const list = byType.get(key) ?? [];
    list.push(rel);
    byType.set(key, list);
  }
  const relationships: ImportManifest['relationships'][number][] = [];
  for (const [key, list] of byType) {
    const { type, start, end } = list[0];
    const cols = columns(list, key);
    const headerFile = `rels-${key}-header.csv`;
    const dataFile = `rels-${key}.csv`;
    writeFileSync(
      join(dir, headerFile),
      `${[`:START_ID(${start.space})`, `:END_ID(${end.space})`, ...cols.map(([n, t]) => header(n, t))].join(',')}\n`,
    );
    const out = new CsvFile(join(dir, dataFile));
    for (const rel of list) {
      const fields = [quote(rel.start.id), quote(rel.end.id)];
      for (const [name] of cols) {
        const value = rel.props.get(name);
        if (Array.isArray(value) && (value.length === 0 || (value.length === 1 && value[0] === '')))
          throw new NewsgraphError(
            `newsgraph export: ${key} ${rel.start.id} ${name} is a list the importer cannot write`,
          );
        fields.push(field(value, `${key} ${rel.start.id} ${name}`, lines));
      }
      out.line(fields);
    }
    out.close();
    relationships.push({ type, header: headerFile, data: dataFile, count: list.length });
  }
  const manifest: ImportManifest = {
    format: 'newsgraph-neo4j-admin-1',
    nodes,
    relationships,
    multilineFields: lines.multiline,
    lists,
  };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

/** The arguments of `neo4j-admin database import full` for an export in `dir` (absolute paths). */
export function importArguments(manifest: ImportManifest, dir: string, database: string): string[] {
  return [
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    `--array-delimiter=U+001F`,
    `--multiline-fields=${manifest.multilineFields}`,
    ...manifest.nodes.map((n) => `--nodes=${n.label}=${join(dir, n.header)},${join(dir, n.data)}`),
    ...manifest.relationships.map(
      (r) => `--relationships=${r.type}=${join(dir, r.header)},${join(dir, r.data)}`,
    ),
  ];
}
