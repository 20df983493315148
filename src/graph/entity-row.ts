import type { Entity, EntityType } from '../model/entity';
import type { EntityRow } from '../model/graph';
import { normaliseName } from '../entities/normalise-name';

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
    latitude: entity.point?.latitude ?? null,
    longitude: entity.point?.longitude ?? null,
  };
}

/** The node row of an entity known only by its type and name. */
export function bareEntity(type: EntityType, name: string, id = fallbackKey(type, name)): EntityRow {
  return {
    id,
    type,
    name,
    aliases: [],
    keys: [normaliseName(name)],
    country: null,
    countryCode: null,
    placeKind: null,
    latitude: null,
    longitude: null,
  };
}
