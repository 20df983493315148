/** The figures `npm run bench:graph` ends with, from the scores of each measure. */
import type { DuplicateFigures } from './duplicate-articles';
import type { GraphNode } from './graph-node';
import type { PersonScore } from './score-people';
import type { PlaceScore } from './score-places';
import { PLACE_KINDS, type PlaceKind } from './well-known-lists';

export interface GraphFigures {
  readonly loadSeconds: number | null;
  readonly articles: number;
  readonly people: number;
  readonly peopleFound: number;
  /** Mean Person nodes per well-known person found (1 is the goal). */
  readonly peoplePerPerson: number;
  /** Share of the well-known people with exactly one Person node. */
  readonly peopleWithOneNode: number;
  readonly duplicateArticles: number;
  readonly duplicateBodies: number;
  readonly articlesUnmatched: number;
  readonly locations: number;
  readonly locationsWithoutPoint: number;
  readonly places: number;
  readonly placesFound: number;
  /** Share of the well-known places whose main node is within 25 km of the GeoNames point. */
  readonly placesWithin25km: number;
  readonly placesWithin25kmByKind: Readonly<Record<PlaceKind, number>>;
  /** Share of the well-known places whose main node has the right country code. */
  readonly placesRightCountry: number;
  /** Share of the well-known places with exactly one Location node. */
  readonly placesOneNode: number;
  /** Share of the well-known regions with exactly one Location node. */
  readonly regionsOneNode: number;
  /** Well-known places that are also nodes of another type (Person, Weapon, …). */
  readonly placesWithOtherTypes: number;
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : +(part / whole).toFixed(3));
const count = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length;

export interface FigureInputs {
  readonly loadSeconds: number | null;
  readonly articles: number;
  readonly nodes: readonly GraphNode[];
  readonly people: readonly PersonScore[];
  readonly duplicates: DuplicateFigures;
  readonly places: readonly PlaceScore[];
}

/** All figures of one run, shares as fractions rounded to 0.001. */
export function graphFigures(inputs: FigureInputs): GraphFigures {
  const { people, places } = inputs;
  const found = people.filter((p) => p.nodes.length > 0);
  const locations = inputs.nodes.filter((n) => n.type === 'Location');
  const regions = places.filter((p) => p.place.kind === 'region');
  const byKind = Object.fromEntries(
    PLACE_KINDS.map((kind) => {
      const ofKind = places.filter((p) => p.place.kind === kind);
      return [
        kind,
        share(
          count(ofKind, (p) => p.within),
          ofKind.length,
        ),
      ];
    }),
  ) as Record<PlaceKind, number>;
  return {
    loadSeconds: inputs.loadSeconds === null ? null : +inputs.loadSeconds.toFixed(1),
    articles: inputs.articles,
    people: people.length,
    peopleFound: found.length,
    peoplePerPerson:
      found.length === 0 ? 0 : +(found.reduce((s, p) => s + p.nodes.length, 0) / found.length).toFixed(2),
    peopleWithOneNode: share(
      count(people, (p) => p.nodes.length === 1),
      people.length,
    ),
    duplicateArticles: inputs.duplicates.duplicateArticles,
    duplicateBodies: inputs.duplicates.groups.length,
    articlesUnmatched: inputs.duplicates.unmatched,
    locations: locations.length,
    locationsWithoutPoint: count(locations, (n) => n.latitude === null || n.longitude === null),
    places: places.length,
    placesFound: count(places, (p) => p.nodes.length > 0),
    placesWithin25km: share(
      count(places, (p) => p.within),
      places.length,
    ),
    placesWithin25kmByKind: byKind,
    placesRightCountry: share(
      count(places, (p) => p.rightCountry),
      places.length,
    ),
    placesOneNode: share(
      count(places, (p) => p.nodes.length === 1),
      places.length,
    ),
    regionsOneNode: share(
      count(regions, (p) => p.nodes.length === 1),
      regions.length,
    ),
    placesWithOtherTypes: count(places, (p) => p.otherTypes.length > 0),
  };
}
