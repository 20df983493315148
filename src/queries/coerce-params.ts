import neo4j, { type Integer } from 'neo4j-driver';
import { normaliseName } from '../entities/normalise-name';
import type { CannedQuery, ParamType } from './canned-query';
import { describeParamType } from './param-type';
import { QueryParamError } from './query-errors';

/** A parameter value as it is sent to Neo4j. Whole numbers go as Neo4j integers (`LIMIT` needs them). */
export type DriverValue = string | number | boolean | null | Integer | readonly string[];

export type Coerced = { readonly ok: true; readonly value: DriverValue } | { readonly ok: false };

const INTEGER_RE = /^[+-]?\d+$/;
const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function toNumber(value: unknown, integer: boolean): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return (integer ? INTEGER_RE : NUMBER_RE).test(t) ? Number(t) : undefined;
}

/** A real calendar day written `YYYY-MM-DD` (not 2024-02-30). */
function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

function inRange(n: number, type: { readonly min?: number; readonly max?: number }): boolean {
  return (type.min === undefined || n >= type.min) && (type.max === undefined || n <= type.max);
}

/**
 * Turns a given value (a string from the command line, or a value from a script) into what
 * the parameter's type sends to Neo4j. Names are folded like `Entity.keys`, so a name matches
 * whatever its case, diacritics or punctuation. An entity name is kept as given (trimmed):
 * `resolveEntityParams` looks it up before the query runs; a list for an entity (node ids or
 * names, as Neo4j Browser gives it) is not looked up but sent as it is, its names folded.
 */
export function coerceValue(type: ParamType, value: unknown): Coerced {
  const fail = { ok: false } as const;
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' && value.length > 0 ? { ok: true, value } : fail;
    case 'name': {
      const key = typeof value === 'string' ? normaliseName(value) : '';
      return key.length > 0 ? { ok: true, value: key } : fail;
    }
    case 'entity': {
      if (Array.isArray(value)) {
        // Node ids or names as Neo4j Browser passes them: taken as they are, names folded.
        const items: unknown[] = value;
        if (items.length === 0 || !items.every((x) => typeof x === 'string' && x.trim() !== '')) return fail;
        return {
          ok: true,
          value: (items as string[]).map((x) => (x.includes(':') ? x.trim() : normaliseName(x))),
        };
      }
      const ok = typeof value === 'string' && normaliseName(value).length > 0;
      return ok ? { ok: true, value: value.trim() } : fail;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return { ok: true, value };
      const t = typeof value === 'string' ? value.trim().toLowerCase() : '';
      return t === 'true' || t === 'false' ? { ok: true, value: t === 'true' } : fail;
    }
    case 'date': {
      const t = typeof value === 'string' ? value.trim() : '';
      return isDay(t) ? { ok: true, value: t } : fail;
    }
    case 'choice': {
      const t = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
      const option = type.options.find((o) => o.toLowerCase() === t);
      return option === undefined ? fail : { ok: true, value: option };
    }
    case 'integer': {
      const n = toNumber(value, true);
      if (n === undefined || !Number.isSafeInteger(n) || !inRange(n, type)) return fail;
      return { ok: true, value: neo4j.int(n) };
    }
    case 'float': {
      const n = toNumber(value, false);
      return n === undefined || !inRange(n, type) ? fail : { ok: true, value: n };
    }
  }
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Checks and converts the parameters given for a canned query: every declared parameter gets
 * a value (the given one, else its default; null counts as not given), and a missing required one, an unknown name or a
 * value of the wrong type is a {@link QueryParamError} that says what was expected and what
 * was found. Nothing is ever spliced into the Cypher text: the result goes to the driver as
 * parameters.
 */
export function coerceParams(
  query: CannedQuery,
  given: Readonly<Record<string, unknown>>,
): Record<string, DriverValue> {
  const declared = new Map(query.params.map((p) => [p.name, p]));
  for (const key of Object.keys(given)) {
    if (!declared.has(key)) {
      const names = query.params.map((p) => p.name);
      throw new QueryParamError(
        query.name,
        key,
        `is not a parameter of this query; ${names.length > 0 ? `its parameters are ${names.join(', ')}` : 'it takes none'}`,
      );
    }
  }
  const out: Record<string, DriverValue> = {};
  for (const param of query.params) {
    const value = given[param.name];
    if (value === undefined || value === null) {
      if (param.required) {
        throw new QueryParamError(
          query.name,
          param.name,
          `is required: ${param.description} (${describeParamType(param.type)})`,
        );
      }
      const fallback = param.default ?? null;
      out[param.name] = fallback === null ? null : expectValid(query.name, param.name, param.type, fallback);
      continue;
    }
    out[param.name] = expectValid(query.name, param.name, param.type, value);
  }
  return out;
}

function expectValid(queryName: string, name: string, type: ParamType, value: unknown): DriverValue {
  const coerced = coerceValue(type, value);
  if (!coerced.ok) {
    throw new QueryParamError(queryName, name, `must be ${describeParamType(type)}, found ${shown(value)}`);
  }
  return coerced.value;
}
