/**
 * Well-known places: the Location nodes found by a place's names, where the main one (the most
 * mentioned) stands, how far from the GeoNames point, in which country.
 */
import { nodeForms, foldName } from './fold-name';
import type { GraphNode } from './graph-node';
import type { WellKnownPlace } from './well-known-lists';

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
/** A place counts as placed right within this distance of its GeoNames point. */
export const PLACE_TOLERANCE_KM = 25;

export interface LatLon {
  readonly latitude: number;
  readonly longitude: number;
}

/** Great-circle distance in km (haversine). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = (deg: number): number => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface PlaceScore {
  readonly place: WellKnownPlace;
  /** Its Location nodes, most mentioned first. */
  readonly nodes: readonly GraphNode[];
  /** Nodes of another type with one of its names (a city stored as a Person or Weapon). */
  readonly otherTypes: readonly GraphNode[];
  /** Distance of the main node's point from the GeoNames point; null when not found or without a point. */
  readonly distanceKm: number | null;
  /** The main node's country code is the place's. */
  readonly rightCountry: boolean;
  /** The main node is within {@link PLACE_TOLERANCE_KM}. */
  readonly within: boolean;
}

/**
 * The nodes of each place, with the main node's distance and country. A node is a place's
 * when its name is one of the place's names; or, when its name is none of the listed places',
 * when one of its aliases or keys is ("Zaporizhzhia oblast" with the alias "Zaporizhzhia" is the
 * region's node, not the city's).
 */
export function scorePlaces(places: readonly WellKnownPlace[], nodes: readonly GraphNode[]): PlaceScore[] {
  const listed = new Set(places.flatMap((p) => p.names.map(foldName)));
  const withForms = nodes.map((n) => {
    const name = foldName(n.name);
    return { node: n, forms: listed.has(name) ? [name] : nodeForms(n) };
  });
  return places.map((place) => {
    const names = new Set(place.names.map(foldName));
    const named = withForms.filter((n) => n.forms.some((f) => names.has(f))).map((n) => n.node);
    const locations = named
      .filter((n) => n.type === 'Location')
      .sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id));
    const main = locations[0];
    const distanceKm =
      main?.latitude != null && main.longitude != null
        ? haversineKm(place, { latitude: main.latitude, longitude: main.longitude })
        : null;
    return {
      place,
      nodes: locations,
      otherTypes: named.filter((n) => n.type !== 'Location'),
      distanceKm,
      rightCountry: main?.countryCode === place.countryCode,
      within: distanceKm !== null && distanceKm <= PLACE_TOLERANCE_KM,
    };
  });
}
