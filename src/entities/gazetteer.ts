/**
 * Places and countries from the gazetteer packages (`world-countries`, `country-state-city`) and the
 * curated list in `data/aliases.json`, loaded once per lexicon on first use into maps keyed by normalised
 * names, so a lookup costs one map access whatever the size of the gazetteer. A country's point is
 * GeoNames' (`data/country-points.json`), else world-countries' rounded one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { getAllStates } from 'country-state-city/lib/cjs/state';
import type { GeoPoint } from '../model/entity';
import { normaliseName, normaliseNameOnce } from './normalise-name';
import { defaultLexicon, type Lexicon } from '../lexicon/load-lexicon';
import { PACKAGE_ROOT } from '../package-root';
import {
  codeColumn,
  keyAt,
  keyCount,
  KeyIndexBuilder,
  keyNumber,
  rowsOfKey,
  type KeyIndex,
} from './key-index';
import {
  CSC_CITIES_JSON,
  keyIndexSections,
  storedPlaceTables,
  type PlaceTables,
  type Section,
} from './place-table-file';

/** One place the gazetteer knows. */
export interface Place {
  readonly name: string;
  /** country, region, city, continent, area, water… */
  readonly kind: string;
  readonly countryCode?: string;
  readonly country?: string;
  readonly point?: GeoPoint;
  /** For a city: the state or region it lies in (ISO code within its country). */
  readonly stateCode?: string;
  readonly capital?: boolean;
  /** Curated places and countries are trusted more than the long tail of small towns. */
  readonly curated?: boolean;
}

export interface Gazetteer {
  /** Normalised country name, official name or well-known short form → the country. */
  readonly countries: ReadonlyMap<string, Place>;
  readonly countryByCode: ReadonlyMap<string, Place>;
  /** Normalised demonym ("russian", "north korean", "ukrainians") → the country. */
  readonly demonyms: ReadonlyMap<string, Place>;
  /** Normalised name → regions, cities and curated places, best first. */
  readonly places: ReadonlyMap<string, readonly Place[]>;
  /** Normalised region name without its suffix ("astrakhan" for "Astrakhan Oblast") → regions. */
  readonly regionBases: ReadonlyMap<string, readonly Place[]>;
  /** `${countryCode}:${stateCode}` → the state or region. */
  readonly states: ReadonlyMap<string, Place>;
  /** Longest name in words. */
  readonly maxWords: number;
  /** The first word of every name of two or more words in `places`. */
  readonly firstWordsOfLongerNames: ReadonlySet<string>;
  /** `laterWordsOfLongerNames[i]` (i >= 1): the words at position `i` of the names of `places`. */
  readonly laterWordsOfLongerNames: readonly ReadonlySet<string>[];
}

/** The gazetteer of each lexicon (its aliases add curated places, countries and demonyms). */
const gazetteers = new WeakMap<Lexicon, Gazetteer>();

const point = (lat: unknown, lon: unknown): GeoPoint | undefined => {
  const latitude = Number(lat);
  const longitude = Number(lon);
  return lat === undefined || lat === null || lat === '' || Number.isNaN(latitude) || Number.isNaN(longitude)
    ? undefined
    : { latitude, longitude };
};

let geoNamesCountryPoints: ReadonlyMap<string, GeoPoint> | undefined;

/** GeoNames' point of each country by ISO code (`data/country-points.json`), read once. */
function countryPoints(): ReadonlyMap<string, GeoPoint> {
  if (geoNamesCountryPoints === undefined) {
    const file = join(PACKAGE_ROOT, 'data', 'country-points.json');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (cause) {
      throw new Error(`newsgraph: country points ${file}: ${(cause as Error).message}`, { cause });
    }
    const points = ((json ?? {}) as { points?: unknown }).points;
    if (typeof points !== 'object' || points === null)
      throw new Error(
        `newsgraph: country points ${file}: "points" must be an object of [latitude, longitude]`,
      );
    const out = new Map<string, GeoPoint>();
    for (const [code, value] of Object.entries(points as Record<string, unknown>)) {
      const p = Array.isArray(value) ? point(value[0], value[1]) : undefined;
      if (p === undefined)
        throw new Error(`newsgraph: country points ${file}: "${code}" must be [latitude, longitude]`);
      out.set(code, p);
    }
    geoNamesCountryPoints = out;
  }
  return geoNamesCountryPoints;
}

const rank = (p: Place): number =>
  p.curated ? 0 : p.kind === 'country' ? 1 : p.capital ? 2 : p.kind === 'region' ? 3 : 4;
const byRank = (a: Place, b: Place): number => rank(a) - rank(b);

/**
 * The cities of `country-state-city` as the gazetteer reads them: the rows of each normalised
 * name, and per row the name as written, country and state codes (numbers into short lists) and
 * point. Built from the package's data file, or read from `data/place-tables.bin` where `npm run
 * build` wrote it.
 */
export interface CityRowIndex {
  readonly names: KeyIndex;
  /** The first word of every name of two or more words. */
  readonly firstWords: readonly string[];
  /** Entry `i - 1`: the words at position `i` (i >= 1) of the names, joined by spaces. */
  readonly laterWords: readonly string[];
  /** The most words in a name, up to 5. */
  readonly maxWords: number;
  /** Row `r`'s name is `nameText.slice(nameStarts[r], nameStarts[r + 1])`. */
  readonly nameText: string;
  readonly nameStarts: Uint32Array;
  readonly countryCodes: readonly string[];
  readonly countryOf: Uint16Array;
  readonly stateCodes: readonly string[];
  readonly stateOf: Uint16Array;
  /** NaN where the row has no point. */
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
}

/**
 * Places by normalised name, best first. The 150,000 cities are kept as the rows of their data
 * file and made into `Place` objects when their name is first looked up: most never are, and
 * making them all cost a third of the gazetteer's loading time. Keys keep the order in which
 * they were added (curated places, regions, then cities), as a `Map` would.
 */
class PlacesByName implements ReadonlyMap<string, readonly Place[]> {
  private readonly made = new Map<string, Place[]>();
  private everything: Map<string, readonly Place[]> | undefined;
  private citySize: number | undefined;

  /** `places`: the places made already (curated places and regions), each list best first. */
  constructor(
    private readonly places: ReadonlyMap<string, Place[]>,
    private readonly cities: KeyIndex,
    private readonly city: (row: number, key: string) => Place,
  ) {}

  get size(): number {
    if (this.citySize === undefined) {
      this.citySize = 0;
      for (let k = 0; k < keyCount(this.cities); k++)
        if (!this.places.has(keyAt(this.cities, k))) this.citySize++;
    }
    return this.places.size + this.citySize;
  }

  has(key: string): boolean {
    return this.places.has(key) || keyNumber(this.cities, key) >= 0;
  }

  get(key: string): readonly Place[] | undefined {
    let list = this.made.get(key);
    if (list !== undefined) return list;
    const made = this.places.get(key);
    const rows = rowsOfKey(this.cities, key);
    if (rows.length === 0) return made;
    list = [...(made ?? [])];
    for (const row of rows) list.push(this.city(row, key));
    if (list.length > 1) list.sort(byRank);
    this.made.set(key, list);
    return list;
  }

  keys(): MapIterator<string> {
    return this.allKeys();
  }

  values(): MapIterator<readonly Place[]> {
    return this.all().values();
  }

  entries(): MapIterator<[string, readonly Place[]]> {
    return this.all().entries();
  }

  [Symbol.iterator](): MapIterator<[string, readonly Place[]]> {
    return this.all().entries();
  }

  forEach(
    callback: (value: readonly Place[], key: string, map: ReadonlyMap<string, readonly Place[]>) => void,
  ): void {
    for (const [key, value] of this.all()) callback(value, key, this);
  }

  private *allKeys(): MapIterator<string> {
    yield* this.places.keys();
    yield* this.cityKeys();
  }

  /** The names of cities that are not also names of curated places or regions. */
  private *cityKeys(): Generator<string, undefined> {
    for (let k = 0; k < keyCount(this.cities); k++) {
      const key = keyAt(this.cities, k);
      if (!this.places.has(key)) yield key;
    }
    return undefined;
  }

  /** Every name with its places (made on the first walk over all of them). */
  private all(): Map<string, readonly Place[]> {
    if (this.everything === undefined) {
      this.everything = new Map();
      for (const key of this.allKeys()) this.everything.set(key, this.get(key) ?? []);
    }
    return this.everything;
  }
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The first words of the names of two or more words, the words at each later position
 * (`laterWords[i]`, i >= 1; `laterWords[0]` is empty), and the most words in a name (up to 5).
 */
function longerNames(keys: Iterable<string>): {
  firstWords: Set<string>;
  laterWords: Set<string>[];
  maxWords: number;
} {
  const firstWords = new Set<string>();
  const laterWords: Set<string>[] = [new Set()];
  let maxWords = 1;
  for (const key of keys) {
    const space = key.indexOf(' ');
    if (space <= 0) continue;
    firstWords.add(key.slice(0, space));
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) {
      if (laterWords.length <= i) laterWords.push(new Set());
      laterWords[i].add(words[i]);
    }
    if (maxWords < 5) maxWords = Math.max(maxWords, Math.min(5, words.length));
  }
  return { firstWords, laterWords, maxWords };
}

/** A city of `country-state-city`: name, country code, state code, latitude, longitude. */
type CityRow = readonly [string, string, string, string, string];

/**
 * The cities of `country-state-city`, read from its data file as the rows it stores: the
 * package's `City.getAllCities()` turns each of its 150,000 rows into an object (0.2 s) and keeps
 * them all for the life of the process, where the gazetteer needs each row once.
 */
function cityRows(): readonly CityRow[] {
  const path = CSC_CITIES_JSON();
  const rows: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(rows) || !rows.every(isCityRow))
    throw new Error(`${path}: expected rows of [name, countryCode, stateCode, latitude, longitude]`);
  return rows;
}

const isCityRow = (row: unknown): row is CityRow =>
  Array.isArray(row) && row.length === 5 && row.every((v) => typeof v === 'string');

/** Indexes the cities of `country-state-city` by normalised name (the work `data/place-tables.bin` saves). */
export function cityRowIndex(rows: readonly CityRow[] = cityRows()): CityRowIndex {
  const names = new KeyIndexBuilder();
  const nameStarts = new Uint32Array(rows.length + 1);
  const latitudes = new Float64Array(rows.length);
  const longitudes = new Float64Array(rows.length);
  rows.forEach(([name, , , latitude, longitude], row) => {
    names.add(normaliseNameOnce(name), row);
    nameStarts[row + 1] = nameStarts[row] + name.length;
    const p = point(latitude, longitude);
    latitudes[row] = p?.latitude ?? NaN;
    longitudes[row] = p?.longitude ?? NaN;
  });
  const countries = codeColumn(rows.map((r) => r[1]));
  const states = codeColumn(rows.map((r) => r[2]));
  const index = names.build();
  const words = longerNames(Array.from({ length: keyCount(index) }, (_, k) => keyAt(index, k)));
  return {
    names: index,
    firstWords: [...words.firstWords],
    laterWords: words.laterWords.slice(1).map((set) => [...set].join(' ')),
    maxWords: words.maxWords,
    nameText: rows.map((r) => r[0]).join(''),
    nameStarts,
    countryCodes: countries.codes,
    countryOf: countries.of,
    stateCodes: states.codes,
    stateOf: states.of,
    latitudes,
    longitudes,
  };
}

/** The sections of `data/place-tables.bin` that hold the city rows. */
export function cityRowSections(ix: CityRowIndex): [string, Section][] {
  return [
    ...keyIndexSections('csc.names', ix.names),
    ['csc.firstWords', ix.firstWords],
    ['csc.laterWords', ix.laterWords],
    ['csc.maxWords', Uint8Array.of(ix.maxWords)],
    ['csc.nameText', ix.nameText],
    ['csc.nameStarts', ix.nameStarts],
    ['csc.countryCodes', ix.countryCodes],
    ['csc.countryOf', ix.countryOf],
    ['csc.stateCodes', ix.stateCodes],
    ['csc.stateOf', ix.stateOf],
    ['csc.latitudes', ix.latitudes],
    ['csc.longitudes', ix.longitudes],
  ];
}

/** The city rows as `cityRowSections` wrote them. */
const storedCityRows = (tables: PlaceTables): CityRowIndex => ({
  names: tables.keyIndex('csc.names'),
  firstWords: tables.strings('csc.firstWords'),
  laterWords: tables.strings('csc.laterWords'),
  maxWords: tables.u8('csc.maxWords')[0],
  nameText: tables.text('csc.nameText'),
  nameStarts: tables.u32('csc.nameStarts'),
  countryCodes: tables.strings('csc.countryCodes'),
  countryOf: tables.u16('csc.countryOf'),
  stateCodes: tables.strings('csc.stateCodes'),
  stateOf: tables.u16('csc.stateOf'),
  latitudes: tables.f64('csc.latitudes'),
  longitudes: tables.f64('csc.longitudes'),
});

let cityRowsOnce: CityRowIndex | undefined;

/** The city rows, once per thread: from `data/place-tables.bin`, else built. */
function loadCityRows(): CityRowIndex {
  if (cityRowsOnce === undefined) {
    const stored = storedPlaceTables();
    cityRowsOnce = stored !== undefined ? storedCityRows(stored) : cityRowIndex();
  }
  return cityRowsOnce;
}

/** Loads (once per lexicon) and returns the gazetteer. */
export function loadGazetteer(lexicon: Lexicon = defaultLexicon()): Gazetteer {
  const known = gazetteers.get(lexicon);
  if (known) return known;
  const vocab = lexicon.vocabulary;
  const REGION_SUFFIX_RE = lexicon.places.gazetteerRegionSuffixRe;
  const byName = new Map<string, Place>();
  const byCode = new Map<string, Place>();
  const demonyms = new Map<string, Place>();
  const capitals = new Set<string>();
  const independent = new Set<string>();
  const geoPoints = countryPoints();
  for (const c of countries) {
    const place: Place = {
      name: c.name.common,
      kind: 'country',
      countryCode: c.cca2,
      country: c.name.common,
      point: geoPoints.get(c.cca2) ?? point(c.latlng[0], c.latlng[1]),
      curated: true,
    };
    byCode.set(c.cca2, place);
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((a) => a.length > 3 && a !== a.toUpperCase()),
    ];
    for (const n of names) if (!byName.has(normaliseName(n))) byName.set(normaliseName(n), place);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      const k = normaliseName(d);
      // A demonym shared by a territory and a sovereign state ("French") names the state.
      const keep = (key: string): boolean =>
        !demonyms.has(key) || (c.independent === true && !independent.has(key));
      if (keep(k)) demonyms.set(k, place);
      if (!k.endsWith('s') && keep(`${k}s`)) demonyms.set(`${k}s`, place);
      if (c.independent === true) {
        independent.add(k);
        independent.add(`${k}s`);
      }
    }
    for (const cap of c.capital ?? []) capitals.add(`${c.cca2}:${normaliseName(cap)}`);
  }
  for (const [alias, code] of vocab.countryAliases) {
    const place = byCode.get(code);
    if (place) byName.set(alias, place);
  }
  for (const [name, p] of vocab.places) {
    if (p.kind === 'country' && p.country && !byCode.has(p.country))
      byCode.set(p.country, { name, kind: 'country', countryCode: p.country, curated: true });
  }
  for (const [demonym, code] of vocab.demonyms) {
    const place = byCode.get(code) ?? { name: demonym, kind: 'country', countryCode: code };
    demonyms.set(normaliseName(demonym), place);
  }
  const places = new Map<string, Place[]>();
  const regionBases = new Map<string, Place[]>();
  const states = new Map<string, Place>();
  for (const [name, p] of vocab.places) {
    const country = p.country ? byCode.get(p.country) : undefined;
    add(places, normaliseName(name), {
      name,
      kind: p.kind,
      countryCode: p.country,
      country: country?.name,
      point: point(p.lat, p.lon),
      curated: true,
    });
  }
  for (const s of getAllStates()) {
    const country = byCode.get(s.countryCode);
    const place: Place = {
      name: s.name,
      kind: 'region',
      countryCode: s.countryCode,
      country: country?.name,
      point: point(s.latitude, s.longitude),
    };
    states.set(`${s.countryCode}:${s.isoCode}`, place);
    const key = normaliseName(s.name);
    add(places, key, place);
    const base = key.replace(REGION_SUFFIX_RE, '');
    if (base !== key) add(regionBases, base, place);
  }
  const rows = loadCityRows();
  const city = (row: number, key: string): Place => {
    const countryCode = rows.countryCodes[rows.countryOf[row]];
    const latitude = rows.latitudes[row];
    const longitude = rows.longitudes[row];
    return {
      name: rows.nameText.slice(rows.nameStarts[row], rows.nameStarts[row + 1]),
      kind: 'city',
      countryCode,
      country: byCode.get(countryCode)?.name,
      point: Number.isNaN(latitude) || Number.isNaN(longitude) ? undefined : { latitude, longitude },
      stateCode: rows.stateCodes[rows.stateOf[row]],
      capital: capitals.has(`${countryCode}:${key}`),
    };
  };
  const byPlaceName = new PlacesByName(places, rows.names, city);
  const placeWords = longerNames(places.keys());
  const maxWords = Math.max(placeWords.maxWords, rows.maxWords);
  const firstWordsOfLongerNames = new Set([...placeWords.firstWords, ...rows.firstWords]);
  const laterWordsOfLongerNames = placeWords.laterWords;
  rows.laterWords.forEach((words, k) => {
    if (laterWordsOfLongerNames.length <= k + 1) laterWordsOfLongerNames.push(new Set());
    for (const w of words.split(' ')) laterWordsOfLongerNames[k + 1].add(w);
  });
  for (const list of places.values()) if (list.length > 1) list.sort(byRank);
  const gazetteer = {
    countries: byName,
    countryByCode: byCode,
    demonyms,
    places: byPlaceName,
    regionBases,
    states,
    maxWords,
    firstWordsOfLongerNames,
    laterWordsOfLongerNames,
  };
  gazetteers.set(lexicon, gazetteer);
  return gazetteer;
}
