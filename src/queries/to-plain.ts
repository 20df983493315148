import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
} from 'neo4j-driver';
import type { PlainMap, PlainValue } from './canned-query';

const WGS84 = new Set([4326, 4979]);

function plainNumber(n: { toNumber(): number; toString(): string; inSafeRange(): boolean }): number | string {
  return n.inSafeRange() ? n.toNumber() : n.toString();
}

function plainMap(map: object): PlainMap {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toPlain(v)]));
}

/**
 * Converts a value of a driver record into plain JSON-friendly data: Neo4j integers become
 * numbers (or decimal strings beyond 2^53), temporal values ISO strings, WGS-84 points
 * `{latitude, longitude}`, nodes `{labels, properties}`, relationships `{type, properties}`,
 * paths `{nodes, relationships}`; lists and maps are converted throughout.
 */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return plainNumber(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isPoint(value)) {
    const [x, y] = [Number(value.x), Number(value.y)];
    const z = value.z === undefined ? undefined : Number(value.z);
    const srid = Number(value.srid);
    if (WGS84.has(srid)) return { latitude: y, longitude: x, ...(z === undefined ? {} : { height: z }) };
    return { srid, x, y, ...(z === undefined ? {} : { z }) };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value)) return { labels: [...value.labels], properties: plainMap(value.properties) };
  if (isRelationship(value) || isUnboundRelationship(value)) {
    return { type: value.type, properties: plainMap(value.properties) };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') return plainMap(value);
  return String(value);
}
