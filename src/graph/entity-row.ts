import type { Entity, EntityType } from '../model/entity';
import type { EntityRow } from '../model/graph';
import { loadGazetteer } from '../entities/gazetteer';
import { normaliseName } from '../entities/normalise-name';
import { countryCodeOf, placeKey } from '../entities/place-key';

/** Key of an entity named only by a fact (an attack's target, a weapon word) and not by the entity stage. */
export function fallbackKey(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${normaliseName(name)}`;
}

/** The node row of a resolved entity. */
export function entityRow(entity: Entity): EntityRow {
  const names = [entity.name, ...entity.aliases];
  return {
    id: entity.key,
    type: entity.type,
    name: entity.name,
    aliases: [...new Set(entity.aliases)].sort(),
    keys: [...new Set(names.map(normaliseName))].sort(),
    country: entity.country ?? null,
    countryCode: entity.countryCode ?? null,
    placeKind: entity.placeKind ?? null,
    precision: entity.point ? (entity.precision ?? null) : null,
    latitude: entity.point?.latitude ?? null,
    longitude: entity.point?.longitude ?? null,
    category: entity.category ?? null,
  };
}

/**
 * The node row of an entity known only by its type and name. A place named as a country ("the
 * United States", "Britain") is that country's node, with its country fields; a region by any
 * suffix word is the region's node (see `placeKey`).
 */
export function bareEntity(type: EntityType, name: string, id?: string): EntityRow {
  if (type === 'Location' && id === undefined) {
    const country = loadGazetteer().countryByCode.get(countryCodeOf(name) ?? '');
    if (country?.countryCode) {
      return {
        id: `location:${country.countryCode.toLowerCase()}`,
        type,
        name: country.name,
        aliases: name === country.name ? [] : [name],
        keys: [...new Set([country.name, name].map(normaliseName))].sort(),
        country: country.name,
        countryCode: country.countryCode,
        placeKind: 'country',
        precision: country.point ? 'country' : null,
        latitude: country.point?.latitude ?? null,
        longitude: country.point?.longitude ?? null,
        category: null,
      };
    }
  }
  return {
    id: id ?? (type === 'Location' ? placeKey(name) : fallbackKey(type, name)),
    type,
    name,
    aliases: [],
    keys: [normaliseName(name)],
    country: null,
    countryCode: null,
    placeKind: null,
    precision: null,
    latitude: null,
    longitude: null,
    category: null,
  };
}
