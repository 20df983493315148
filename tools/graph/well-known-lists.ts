/**
 * The hand-checked lists `npm run bench:graph` measures the graph against
 * (`test/data/well-known-people.json`, `test/data/well-known-places.json`), read and checked:
 * a malformed list stops the benchmark with a message naming the file, the entry and the field.
 */

export interface WellKnownPerson {
  /** Canonical name, as printed. */
  readonly name: string;
  readonly role: string;
  /** Given names and their transliterations ("Dmytro", "Dmitry"). */
  readonly firstNames: readonly string[];
  /** Surnames and their transliterations ("Zelenskyy", "Zelensky"). */
  readonly surnames: readonly string[];
  /** Full names not made of one first name and one surname ("Vladimir V. Putin"). */
  readonly fullNames: readonly string[];
}

export interface PeopleList {
  /** Words that may stand before a surname in a node of that person ("president", "mr"). */
  readonly prefixWords: readonly string[];
  readonly people: readonly WellKnownPerson[];
}

export const PLACE_KINDS = ['city', 'region', 'country'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface WellKnownPlace {
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode: string;
  /** GeoNames point. */
  readonly latitude: number;
  readonly longitude: number;
  /** Every name it goes by; for a region its "X region" forms, never the bare city name. */
  readonly names: readonly string[];
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class ListReader {
  constructor(private readonly file: string) {}

  fail(where: string, expected: string, found: Json): never {
    const shown = JSON.stringify(found);
    throw new Error(
      `bench:graph: ${this.file}: ${where} must be ${expected}, found ${shown === undefined ? 'nothing' : shown.slice(0, 80)}`,
    );
  }

  record(value: Json, where: string): Record<string, Json> {
    return isRecord(value) ? value : this.fail(where, 'an object', value);
  }

  text(value: Json, where: string): string {
    return typeof value === 'string' && value.trim().length > 0
      ? value
      : this.fail(where, 'a non-empty string', value);
  }

  texts(value: Json, where: string, minimum: number): string[] {
    if (!Array.isArray(value) || value.length < minimum) {
      return this.fail(where, `a list of at least ${minimum} non-empty strings`, value);
    }
    const out = value.map((v, i) => this.text(v, `${where}[${i}]`));
    const seen = new Set<string>();
    for (const [i, v] of out.entries()) {
      if (seen.has(v)) this.fail(`${where}[${i}]`, 'a name not listed before', v);
      seen.add(v);
    }
    return out;
  }

  number(value: Json, where: string, min: number, max: number): number {
    return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? value
      : this.fail(where, `a number from ${min} to ${max}`, value);
  }

  unique<T extends { readonly name: string }>(items: T[], where: string): T[] {
    const names = new Set<string>();
    for (const [i, item] of items.entries()) {
      if (names.has(item.name)) this.fail(`${where}[${i}].name`, 'a name not listed before', item.name);
      names.add(item.name);
    }
    return items;
  }
}

/** Reads the people list (parsed JSON); throws an Error naming `file`, the entry and the field. */
export function parsePeopleList(json: Json, file: string): PeopleList {
  const r: ListReader = new ListReader(file);
  const root = r.record(json, 'the file');
  const prefixWords = r.texts(root.prefixWords, 'prefixWords', 1);
  for (const [i, w] of prefixWords.entries()) {
    if (!/^[a-z]+$/.test(w)) r.fail(`prefixWords[${i}]`, 'one lower-case word of letters a–z', w);
  }
  if (!Array.isArray(root.people) || root.people.length === 0)
    r.fail('people', 'a non-empty list', root.people);
  const people = root.people.map((p: Json, i: number): WellKnownPerson => {
    const where = `people[${i}]`;
    const o = r.record(p, where);
    return {
      name: r.text(o.name, `${where}.name`),
      role: r.text(o.role, `${where}.role`),
      firstNames: r.texts(o.firstNames, `${where}.firstNames`, 1),
      surnames: r.texts(o.surnames, `${where}.surnames`, 1),
      fullNames: o.fullNames === undefined ? [] : r.texts(o.fullNames, `${where}.fullNames`, 1),
    };
  });
  return { prefixWords, people: r.unique(people, 'people') };
}

/** Reads the places list (parsed JSON); throws an Error naming `file`, the entry and the field. */
export function parsePlacesList(json: Json, file: string): WellKnownPlace[] {
  const r: ListReader = new ListReader(file);
  const root = r.record(json, 'the file');
  if (!Array.isArray(root.places) || root.places.length === 0)
    r.fail('places', 'a non-empty list', root.places);
  const places = root.places.map((p: Json, i: number): WellKnownPlace => {
    const where = `places[${i}]`;
    const o = r.record(p, where);
    const kind = o.kind;
    if (typeof kind !== 'string' || !(PLACE_KINDS as readonly string[]).includes(kind)) {
      r.fail(`${where}.kind`, `one of ${PLACE_KINDS.join(', ')}`, kind);
    }
    const countryCode = r.text(o.countryCode, `${where}.countryCode`);
    if (!/^[A-Z]{2}$/.test(countryCode))
      r.fail(`${where}.countryCode`, 'two capital letters (ISO 3166-1)', countryCode);
    return {
      name: r.text(o.name, `${where}.name`),
      kind: kind as PlaceKind,
      countryCode,
      latitude: r.number(o.latitude, `${where}.latitude`, -90, 90),
      longitude: r.number(o.longitude, `${where}.longitude`, -180, 180),
      names: r.texts(o.names, `${where}.names`, 1),
    };
  });
  return r.unique(places, 'places');
}
