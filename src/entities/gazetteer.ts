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

/** Row numbers of the cities of one name: a single number while it is one (most names name one city). */
type Rows = number | number[];

/**
 * Places by normalised name, best first. The 150,000 cities are kept as the rows of their data
 * file and made into `Place` objects when their name is first looked up: most never are, and
 * making them all cost a third of the gazetteer's loading time. Keys keep the order in which
 * they were added (curated places, regions, then cities), as a `Map` would.
 */
class PlacesByName implements ReadonlyMap<string, readonly Place[]> {
  /** Every name, in the order it was added, with the rows of its cities (null: none). */
  private readonly cityRows = new Map<string, Rows | null>();
  private readonly made = new Map<string, Place[]>();
  private everything: Map<string, readonly Place[]> | undefined;

  /** `places`: the places made already (curated places and regions), each list best first. */
  constructor(
    private readonly places: ReadonlyMap<string, Place[]>,
    private readonly city: (row: number, key: string) => Place,
  ) {
    for (const key of places.keys()) this.cityRows.set(key, null);
  }

  addCity(key: string, row: number): void {
    const rows = this.cityRows.get(key);
    if (rows === undefined || rows === null) this.cityRows.set(key, row);
    else if (typeof rows === 'number') this.cityRows.set(key, [rows, row]);
    else rows.push(row);
  }

  get size(): number {
    return this.cityRows.size;
  }

  has(key: string): boolean {
    return this.cityRows.has(key);
  }

  get(key: string): readonly Place[] | undefined {
    let list = this.made.get(key);
    if (list !== undefined) return list;
    const rows = this.cityRows.get(key);
    if (rows === undefined) return undefined;
    const made = this.places.get(key);
    if (rows === null && made !== undefined) return made;
    list = [...(made ?? [])];
    for (const row of typeof rows === 'number' ? [rows] : (rows ?? [])) list.push(this.city(row, key));
    if (list.length > 1) list.sort(byRank);
    this.made.set(key, list);
    return list;
  }

  keys(): MapIterator<string> {
    return this.cityRows.keys();
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

  /** Every name with its places (made on the first walk over all of them). */
  private all(): Map<string, readonly Place[]> {
    if (this.everything === undefined) {
      this.everything = new Map();
      for (const key of this.cityRows.keys()) this.everything.set(key, this.get(key) ?? []);
    }
    return this.everything;
  }
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A city of `country-state-city`: name, country code, state code, latitude, longitude. */
type CityRow = readonly [string, string, string, string, string];

/**
 * The cities of `country-state-city`, read from its data file as the rows it stores: the
 * package's `City.getAllCities()` turns each of its 150,000 rows into an object (0.2 s) and keeps
 * them all for the life of the process, where the gazetteer needs each row once.
 */
function cityRows(): readonly CityRow[] {
  const path = require.resolve('country-state-city/lib/cjs/assets/city.json');
  const rows: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(rows) || !rows.every(isCityRow))
    throw new Error(`${path}: expected rows of [name, countryCode, stateCode, latitude, longitude]`);
  return rows;
}

const isCityRow = (row: unknown): row is CityRow =>
  Array.isArray(row) && row.length === 5 && row.every((v) => typeof v === 'string');

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
  const rows = cityRows();
  const city = (row: number, key: string): Place => {
    const [name, countryCode, stateCode, latitude, longitude] = rows[row];
    return {
      name,
      kind: 'city',
      countryCode,
      country: byCode.get(countryCode)?.name,
      point: point(latitude, longitude),
      stateCode,
      capital: capitals.has(`${countryCode}:${key}`),
    };
  };
  const byPlaceName = new PlacesByName(places, city);
  for (let row = 0; row < rows.length; row++) byPlaceName.addCity(normaliseNameOnce(rows[row][0]), row);
  let maxWords = 1;
  for (const key of byPlaceName.keys()) {
    if (maxWords >= 5) break;
    maxWords = Math.max(maxWords, Math.min(5, key.split(' ').length));
  }
  for (const list of places.values()) if (list.length > 1) list.sort(byRank);
  const gazetteer = {
    countries: byName,
    countryByCode: byCode,
    demonyms,
    places: byPlaceName,
    regionBases,
    states,
    maxWords,
  };
  gazetteers.set(lexicon, gazetteer);
  return gazetteer;
}
