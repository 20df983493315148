import type { ParamType } from './canned-query';

const RANGE_RE = /^(integer|float)(?:\[(-?\d+(?:\.\d+)?)?\.\.(-?\d+(?:\.\d+)?)?\])?$/;
const CHOICE_RE = /^[A-Za-z][\w-]*(?:\|[A-Za-z][\w-]*)+$/;
const ENTITY_RE = /^entity(?:\[([A-Z][A-Za-z]*(?:\|[A-Z][A-Za-z]*)*)\])?$/;

/**
 * Reads a parameter type as written in a query header: `string`, `name`, `boolean`, `date`,
 * `integer` or `float` with an optional inclusive range (`integer[1..10000]`, `float[0..]`),
 * a choice of words (`Person|Organization`), or `entity` with optional labels
 * (`entity[Person|Organization]`). Returns undefined for anything else.
 */
export function parseParamType(text: string): ParamType | undefined {
  if (text === 'string' || text === 'name' || text === 'boolean' || text === 'date') return { kind: text };
  const entity = ENTITY_RE.exec(text);
  if (entity)
    return entity[1] === undefined ? { kind: 'entity' } : { kind: 'entity', types: entity[1].split('|') };
  const range = RANGE_RE.exec(text);
  if (range) {
    const kind = range[1] as 'integer' | 'float';
    const min = range[2] === undefined ? undefined : Number(range[2]);
    const max = range[3] === undefined ? undefined : Number(range[3]);
    if (min !== undefined && max !== undefined && min > max) return undefined;
    if (kind === 'integer' && [min, max].some((n) => n !== undefined && !Number.isInteger(n)))
      return undefined;
    return { kind, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  }
  if (CHOICE_RE.test(text)) return { kind: 'choice', options: text.split('|') };
  return undefined;
}

/** What a value of this type must be, for error messages and listings ("a whole number from 1 to 100"). */
export function describeParamType(type: ParamType): string {
  switch (type.kind) {
    case 'string':
      return 'a non-empty text';
    case 'name':
      return 'a name with at least one letter or digit';
    case 'entity':
      return type.types === undefined
        ? 'a name with at least one letter or digit'
        : `a name of a ${type.types.join(' or ')} with at least one letter or digit`;
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a day as YYYY-MM-DD';
    case 'choice':
      return `one of ${type.options.join(', ')}`;
    case 'integer':
    case 'float': {
      const what = type.kind === 'integer' ? 'a whole number' : 'a number';
      if (type.min !== undefined && type.max !== undefined) return `${what} from ${type.min} to ${type.max}`;
      if (type.min !== undefined) return `${what} of at least ${type.min}`;
      if (type.max !== undefined) return `${what} of at most ${type.max}`;
      return what;
    }
  }
}
