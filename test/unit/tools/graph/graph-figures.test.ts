import type { DuplicateFigures } from '../../../../tools/graph/duplicate-articles';
import { graphFigures } from '../../../../tools/graph/graph-figures';
import type { GraphNode } from '../../../../tools/graph/graph-node';
import type { PersonScore } from '../../../../tools/graph/score-people';
import type { PlaceScore } from '../../../../tools/graph/score-places';
import type { PlaceKind, WellKnownPerson } from '../../../../tools/graph/well-known-lists';

const node = (id: string, type: string, point: boolean): GraphNode => ({
  id,
  type,
  name: id,
  aliases: [],
  keys: [],
  countryCode: null,
  placeKind: null,
  latitude: point ? 1 : null,
  longitude: point ? 2 : null,
  articles: 1,
  quotes: 0,
});
const person = (name: string, nodes: number): PersonScore => ({
  person: { name } as WellKnownPerson,
  nodes: Array.from({ length: nodes }, (_, i) => node(`${name}${i}`, 'Person', false)),
  quotes: 0,
  quotesOnTopNode: 1,
  others: [],
});
const place = (kind: PlaceKind, nodes: number, within: boolean, rightCountry: boolean): PlaceScore => ({
  place: { name: 'p', kind, countryCode: 'UA', latitude: 0, longitude: 0, names: ['p'] },
  nodes: Array.from({ length: nodes }, (_, i) => node(`l${i}`, 'Location', true)),
  otherTypes: [],
  distanceKm: within ? 3 : 300,
  within,
  rightCountry,
});
const duplicates: DuplicateFigures = {
  inputArticles: 10,
  distinctBodies: 8,
  articleNodes: 10,
  groups: [
    { articles: ['a', 'b'], nodes: ['a', 'b'] },
    { articles: ['c', 'd', 'e'], nodes: ['c'] },
  ],
  duplicateArticles: 1,
  unmatched: 0,
};

describe('graphFigures', () => {
  const figures = graphFigures({
    loadSeconds: 12.345,
    articles: 10,
    nodes: [node('l1', 'Location', true), node('l2', 'Location', false), node('p', 'Person', false)],
    people: [person('A', 1), person('B', 3), person('C', 0), person('D', 1)],
    duplicates,
    places: [
      place('city', 1, true, true),
      place('city', 2, false, true),
      place('region', 1, true, false),
      place('region', 3, false, false),
      place('country', 1, true, true),
    ],
  });

  it('averages nodes over the people found and shares one-node people over all', () => {
    expect(figures).toMatchObject({
      people: 4,
      peopleFound: 3,
      peoplePerPerson: 1.67,
      peopleWithOneNode: 0.5,
    });
  });

  it('counts duplicate articles and Location nodes without a point', () => {
    expect(figures).toMatchObject({
      duplicateArticles: 1,
      duplicateBodies: 2,
      locations: 2,
      locationsWithoutPoint: 1,
    });
  });

  it('shares places within 25 km, in the right country, one node, per kind and for regions', () => {
    expect(figures).toMatchObject({
      placesWithin25km: 0.6,
      placesWithin25kmByKind: { city: 0.5, region: 0.5, country: 1 },
      placesRightCountry: 0.6,
      placesOneNode: 0.6,
      regionsOneNode: 0.5,
      loadSeconds: 12.3,
    });
  });
});
