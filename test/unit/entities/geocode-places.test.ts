import type { Entity, GeoPoint } from '../../../src/model/entity';
import { distanceKm, loadGeoCities } from '../../../src/entities/geonames-cities';
import { entitiesOf } from './helpers';

/** The place entities of `text`, by name. */
function placesOf(text: string): Map<string, Entity> {
  return new Map(
    entitiesOf(text)
      .filter((e) => e.type === 'Location')
      .map((e) => [e.name, e]),
  );
}

function placeOf(text: string, name: string): Entity {
  const e = placesOf(text).get(name);
  if (e === undefined) throw new Error(`no place "${name}" in: ${text}`);
  return e;
}

const km = (e: Entity, to: GeoPoint): number => {
  if (e.point === undefined) throw new Error(`${e.name} has no point`);
  return distanceKm(e.point, to);
};

/** GeoNames points the assertions measure from. */
const NOVOMOSKOVSK_UA = { latitude: 48.638, longitude: 35.245 };
const NOVOMOSKOVSK_RU = { latitude: 54.011, longitude: 38.285 };
const DONETSK_UA = { latitude: 48.023, longitude: 37.802 };
const SAKI_UA = { latitude: 45.134, longitude: 33.6 };
const SAKI_NG = { latitude: 8.668, longitude: 3.394 };

describe('geocodePlaces', () => {
  describe('a name shared by towns of several countries', () => {
    it('takes the country the sentence names after it ("X, a town in eastern Ukraine") over a bigger namesake', () => {
      const e = placeOf(
        'Drones struck Novomoskovsk, a town in eastern Ukraine, overnight. Moscow denied it, and Russia said its air defences were busy.',
        'Novomoskovsk',
      );
      expect(e.countryCode).toBe('UA');
      expect(km(e, NOVOMOSKOVSK_UA)).toBeLessThan(5);
    });

    it('takes the bigger namesake when nothing in the article says otherwise', () => {
      const e = placeOf(
        'A chemical plant in Novomoskovsk cut output, Russia’s industry ministry said.',
        'Novomoskovsk',
      );
      expect(e.countryCode).toBe('RU');
      expect(km(e, NOVOMOSKOVSK_RU)).toBeLessThan(5);
    });

    it.each([
      ['"X, Country"', 'Nigeria’s envoy said blasts were heard near Saki, Ukraine, late on Tuesday.'],
      ['"X in western Country"', 'Nigerian press said an airbase near Saki in western Ukraine was hit.'],
    ])('reads the country from the sentence (%s)', (_case, text) => {
      const e = placeOf(text, 'Saki');
      expect(e.countryCode).toBe('UA');
      expect(km(e, SAKI_UA)).toBeLessThan(5);
    });

    it('takes the country the article is about, by its name, when the sentence says nothing', () => {
      const e = placeOf(
        'Nigeria raised fuel prices on Monday. Traders in Saki closed their stalls, and Nigerian unions called a strike.',
        'Saki',
      );
      expect(e.countryCode).toBe('NG');
      expect(km(e, SAKI_NG)).toBeLessThan(5);
    });

    it.each([
      [
        'an owner before it ("Y’s consul in X")',
        'Nigerian traders met on Monday. Ukraine’s honorary consul in Saki said trade grew.',
      ],
      [
        'a list going on after it ("X, Y, Z and W")',
        'Traders came from Saki, Ukraine, Ghana and Togo, Nigerian officials said.',
      ],
    ])('does not read a country as holding the place from %s', (_case, text) => {
      expect(placeOf(text, 'Saki').countryCode).toBe('NG');
    });

    it('takes the far bigger city when the article names both countries (population)', () => {
      const e = placeOf(
        'Russia and Ukraine traded blame after shells hit a market in Donetsk on Sunday.',
        'Donetsk',
      );
      expect(e.countryCode).toBe('UA');
      expect(km(e, DONETSK_UA)).toBeLessThan(5);
    });

    it('takes a national capital over a small namesake in a country the article names', () => {
      const e = placeOf('The United States sent envoys to Brussels for the summit.', 'Brussels');
      expect(e.countryCode).toBe('BE');
    });

    it('finds a place under another transliteration of its name and keeps the written name', () => {
      const e = placeOf('Ukraine said shelling hit the port of Mykolaiv on Friday.', 'Mykolaiv');
      // GeoNames spells the city of half a million "Mykolayiv"; "Mykolaiv" alone is a small town near Lviv.
      expect(km(e, { latitude: 46.966, longitude: 31.997 })).toBeLessThan(5);
      expect(e.key).toBe('location:mykolaiv');
    });
  });

  describe('spellings of one city', () => {
    it('share the key of the GeoNames city they are read as, whatever the spelling', () => {
      const text = (name: string): string => `Russian forces shelled ${name} in eastern Ukraine on Monday.`;
      const keys = ['Izium', 'Izyum'].map((n) => placeOf(text(n), n).key);
      expect(new Set(keys).size).toBe(1);
      const more = ['Slovyansk', 'Sloviansk'].map((n) => placeOf(text(n), n).key);
      expect(new Set(more).size).toBe(1);
      const north = ['Severodonetsk', 'Sievierodonetsk', 'Syevyerodonetsk'].map(
        (n) => placeOf(text(n), n).key,
      );
      expect(new Set(north).size).toBe(1);
    });
  });

  describe('a village named in several regions', () => {
    it('takes the one in the region the sentence names ("X in the Y region")', () => {
      const e = placeOf(
        'Shelling hit Shevchenkove in the Mykolaiv region overnight, Ukrainian officials said.',
        'Shevchenkove',
      );
      expect(km(e, { latitude: 46.863, longitude: 32.204 })).toBeLessThan(5);
      expect(e.precision).toBe('city');
    });

    it('takes the biggest without a region', () => {
      const e = placeOf('Shelling hit Shevchenkove overnight, Ukrainian officials said.', 'Shevchenkove');
      expect(km(e, { latitude: 49.696, longitude: 37.173 })).toBeLessThan(5);
    });

    it('is pointed at the region, with precision region, when no namesake lies in the region named', () => {
      const places = placesOf(
        'Shelling hit Novoselivka in the Kharkiv region overnight, Ukrainian officials said.',
      );
      const village = places.get('Novoselivka');
      const region = places.get('Kharkiv region');
      expect(village?.precision).toBe('region');
      expect(village?.point).toEqual(region?.point);
    });
  });

  describe('regions', () => {
    const text =
      'Officials in Donetsk said the Donetsk Oblast was shelled. The Donetsk province lost power, ' +
      'and the Donetsk region governor asked Ukraine for help.';

    it('are one entity whatever the suffix word, apart from the city they are named after', () => {
      const places = [...placesOf(text).values()].filter((e) => e.key.startsWith('location:donetsk'));
      expect(places.map((e) => e.key).sort()).toEqual(['location:donetsk', 'location:donetsk region']);
      const region = places.find((e) => e.key === 'location:donetsk region');
      expect(region?.mentions).toHaveLength(3);
      expect(region).toMatchObject({ placeKind: 'region', precision: 'region', countryCode: 'UA' });
    });

    it("have the region's own point, not its capital's", () => {
      const places = placesOf(text);
      const region = [...places.values()].find((e) => e.key === 'location:donetsk region') as Entity;
      const city = places.get('Donetsk') as Entity;
      expect(city.precision).toBe('city');
      expect(km(region, DONETSK_UA)).toBeGreaterThan(5);
      // Within the oblast (about 250 km across): near the mean of its towns.
      expect(km(region, DONETSK_UA)).toBeLessThan(60);
    });

    it('point a region named after a city whose GeoNames spelling differs at that city’s region', () => {
      const e = placeOf('Shelling hit the Zaporizhzhia region, Ukraine said.', 'Zaporizhzhia region');
      const region = loadGeoCities().region('UA', '26');
      expect(e.point).toEqual(region?.point);
    });

    it('read a bare name that is both a region and a big city inside it as the city', () => {
      const e = placeOf('Talks were held in Istanbul, Turkey said.', 'Istanbul');
      expect(e).toMatchObject({ placeKind: 'city', precision: 'city', countryCode: 'TR' });
    });
  });

  describe('countries', () => {
    it.each([
      ['US', 'The US said the U.S. and America would help, and the United States sent aid.', 'location:us'],
      ['GB', 'The UK said Britain and the United Kingdom would help.', 'location:gb'],
      ['RU', 'Russia said the Russian Federation would respond.', 'location:ru'],
    ])('are one entity whatever the form (%s)', (_cc, text, key) => {
      const countries = entitiesOf(text).filter((e) => e.type === 'Location');
      expect(countries.map((e) => e.key)).toEqual([key]);
      expect(countries[0]).toMatchObject({ placeKind: 'country', precision: 'country' });
    });
  });

  it('gives no precision to a place without a point', () => {
    const e = entitiesOf('Drones hit the Zorvanko chemical plant, Ukraine said.').find(
      (x) => x.placeKind === 'facility',
    );
    expect(e).toBeDefined();
    expect(e?.point).toBeUndefined();
    expect(e?.precision).toBeUndefined();
  });
});
