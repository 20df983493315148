import type { ParamType } from './canned-query';

const RANGE_RE = /^(integer|float)(?:\[(-?\d+(?:\.\d+)?)?\.\.(-?\d+(?:\.\d+)?)?\])?$/;
const CHOICE_RE = /^[A-Za-z][\w-]*(?:\|[A-Za-z][\w-]*)+$/;

/**
 * Reads a parameter type as written in a query header: `string`, `name`, `boolean`,
 * `integer` or `float` with an optional inclusive range (`integer[1..10000]`, `float[0..]`),
 * or a choice of words (`Person|Organization`). Returns undefined for anything else.
 */
export function parseParamType(text: string): ParamType | undefined {
  if (text === 'string' || text === 'name' || text === 'boolean') return { kind: text };
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
    case 'boolean':
      return 'true or false';
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
