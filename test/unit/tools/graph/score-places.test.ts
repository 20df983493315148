import type { GraphNode } from '../../../../tools/graph/graph-node';
import { haversineKm, scorePlaces } from '../../../../tools/graph/score-places';
import type { WellKnownPlace } from '../../../../tools/graph/well-known-lists';

const location = (id: string, name: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  type: 'Location',
  name,
  aliases: [],
  keys: [],
  countryCode: 'UA',
  placeKind: 'city',
  latitude: null,
  longitude: null,
  articles: 1,
  quotes: 0,
  ...extra,
});

describe('haversineKm', () => {
  it.each([
    ['the same point', { latitude: 50, longitude: 30 }, { latitude: 50, longitude: 30 }, 0],
    ['one degree of latitude', { latitude: 0, longitude: 10 }, { latitude: 1, longitude: 10 }, 111.2],
    [
      'one degree of longitude at 60°N (half the equator’s)',
      { latitude: 60, longitude: 0 },
      { latitude: 60, longitude: 1 },
      55.6,
    ],
    ['across the antimeridian', { latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 }, 111.2],
    [
      'antipodes (half the circumference)',
      { latitude: 0, longitude: 0 },
      { latitude: 0, longitude: 180 },
      20015.1,
    ],
  ])('%s', (_case, a, b, km) => {
    expect(haversineKm(a, b)).toBeCloseTo(km, 0);
    expect(haversineKm(b, a)).toBeCloseTo(km, 0);
  });
});

const town: WellKnownPlace = {
  name: 'Novarivka',
  kind: 'city',
  countryCode: 'UA',
  latitude: 48,
  longitude: 35,
  names: ['Novarivka', 'Novaryovka'],
};

describe('scorePlaces', () => {
  it('judges the most mentioned node: distance, country, all nodes counted', () => {
    const nodes = [
      location('location:a', 'Novaryovka', { articles: 2, latitude: 55, longitude: 40, countryCode: 'RU' }),
      location('location:b', 'NOVARIVKA', { articles: 7, latitude: 48.1, longitude: 35 }),
      location('location:c', 'Novarivka region', { articles: 50 }),
    ];
    const [score] = scorePlaces([town], nodes);
    expect(score.nodes.map((n) => n.id)).toEqual(['location:b', 'location:a']);
    expect(score.distanceKm).toBeCloseTo(11.1, 1);
    expect(score).toMatchObject({ within: true, rightCountry: true, otherTypes: [] });
  });

  it('marks a place whose main node is far away and in another country', () => {
    const [score] = scorePlaces(
      [town],
      [location('l', 'Novarivka', { latitude: 48.3, longitude: 35, countryCode: 'RU' })],
    );
    expect(score.distanceKm).toBeCloseTo(33.4, 1);
    expect(score).toMatchObject({ within: false, rightCountry: false });
  });

  it('gives no distance to a node without a point, and reports the same name under another type', () => {
    const nodes = [
      location('l', 'Novarivka'),
      location('p', 'Novarivka', { type: 'Person', latitude: 48, longitude: 35 }),
    ];
    const [score] = scorePlaces([town], nodes);
    expect(score.distanceKm).toBeNull();
    expect(score.within).toBe(false);
    expect(score.otherTypes.map((n) => n.id)).toEqual(['p']);
  });

  it('gives a node to the place its name is, not to the one of its alias', () => {
    const region: WellKnownPlace = {
      ...town,
      name: 'Novarivka Oblast',
      kind: 'region',
      names: ['Novarivka Oblast'],
    };
    const nodes = [
      location('city', 'Novarivka'),
      location('region', 'Novarivka oblast', { aliases: ['Novarivka'] }),
      location('merged', 'Novarivka Oblast area', { aliases: ['Novarivka oblast'] }),
    ];
    const [city, oblast] = scorePlaces([town, region], nodes);
    expect(city.nodes.map((n) => n.id)).toEqual(['city']);
    expect(oblast.nodes.map((n) => n.id).sort()).toEqual(['merged', 'region']);
  });

  it('finds nothing for a place the graph does not name', () => {
    expect(scorePlaces([town], [])[0]).toMatchObject({
      nodes: [],
      distanceKm: null,
      within: false,
      rightCountry: false,
    });
  });
});
