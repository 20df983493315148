import { maskCypher, usedParams } from '../../../src/queries/mask-cypher';
import { parseLiteral } from '../../../src/queries/parse-literal';
import { parseParamType, describeParamType } from '../../../src/queries/param-type';

describe('parseLiteral (header defaults and :param values, read as Neo4j Browser reads them)', () => {
  it.each([
    ['null', { value: null, integer: false }],
    ['TRUE', { value: true, integer: false }],
    ['false', { value: false, integer: false }],
    ['50', { value: 50, integer: true }],
    ['-7', { value: -7, integer: true }],
    ['50.0', { value: 50, integer: false }],
    ['2.5e2', { value: 250, integer: false }],
    ["'kyiv'", { value: 'kyiv', integer: false }],
    ['"x\'y"', { value: "x'y", integer: false }],
    ["'it\\'s'", { value: "it's", integer: false }],
    ["'caf\\u00e9'", { value: 'café', integer: false }],
    ["''", { value: '', integer: false }],
    ["['kyiv']", { value: ['kyiv'], integer: false }],
    ['[ \'person:jane doe\' , "a, b" ]', { value: ['person:jane doe', 'a, b'], integer: false }],
    ['[]', { value: [], integer: false }],
  ])('%s', (text, expected) => {
    expect(parseLiteral(text)).toEqual(expected);
  });

  it.each([
    "'open",
    "'a'b'",
    'kyiv',
    '[1]',
    "['a',]",
    "['a' 'b']",
    "['a', 1]",
    '{a: 1}',
    "'bad \\q escape'",
    '',
  ])('refuses %s', (text) => {
    expect(parseLiteral(text)).toBeUndefined();
  });
});

describe('parseParamType', () => {
  it.each([
    ['string', { kind: 'string' }],
    ['name', { kind: 'name' }],
    ['boolean', { kind: 'boolean' }],
    ['date', { kind: 'date' }],
    ['integer', { kind: 'integer' }],
    ['integer[1..100]', { kind: 'integer', min: 1, max: 100 }],
    ['float[0..]', { kind: 'float', min: 0 }],
    ['float[..0.5]', { kind: 'float', max: 0.5 }],
    ['Person|Location', { kind: 'choice', options: ['Person', 'Location'] }],
    ['entity', { kind: 'entity' }],
    ['entity[Location]', { kind: 'entity', types: ['Location'] }],
    ['entity[Person|Organization]', { kind: 'entity', types: ['Person', 'Organization'] }],
  ])('%s', (text, expected) => {
    expect(parseParamType(text)).toEqual(expected);
  });

  it.each([
    'int',
    'integer[1.5..3]',
    'float[3..1]',
    'Person|',
    'text|',
    'integer[a..b]',
    'entity[]',
    'entity[person]',
  ])('refuses %s', (text) => {
    expect(parseParamType(text)).toBeUndefined();
  });

  it('describes what a value must be', () => {
    expect(describeParamType({ kind: 'integer', min: 1, max: 100 })).toBe('a whole number from 1 to 100');
    expect(describeParamType({ kind: 'float', max: 3 })).toBe('a number of at most 3');
    expect(describeParamType({ kind: 'choice', options: ['A', 'B'] })).toBe('one of A, B');
    expect(describeParamType({ kind: 'date' })).toBe('a day as YYYY-MM-DD');
  });
});

describe('maskCypher and usedParams', () => {
  it('keeps offsets and newlines, blanks strings and comments', () => {
    const text = "RETURN '$a' AS x // $b\n, $c /* $d */";
    const masked = maskCypher(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.split('\n')).toHaveLength(2);
    expect(usedParams(text)).toEqual(['c']);
  });

  it('handles escaped quotes inside strings', () => {
    expect(usedParams('RETURN \'it\\\'s $not\' + $yes, "say \\"$no\\"" + $also')).toEqual(['yes', 'also']);
  });

  it('lists each parameter once, in order of first use', () => {
    expect(usedParams('MATCH (n) WHERE n.a = $b OR n.c = $a OR n.d = $b RETURN n')).toEqual(['b', 'a']);
  });
});
