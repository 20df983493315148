import neo4j from 'neo4j-driver';
import type { CannedQuery, ParamType } from '../../../src/queries/canned-query';
import { coerceParams, coerceValue } from '../../../src/queries/coerce-params';
import { QueryParamError } from '../../../src/queries/query-errors';

const query: CannedQuery = {
  name: 'test-query',
  description: 'A query for the tests.',
  path: '/q/test-query.cypher',
  cypher: 'RETURN $speaker, $limit, $radiusKm, $type, $direct, $article',
  browserParams: [],
  columns: [],
  params: [
    { name: 'speaker', type: { kind: 'name' }, typeText: 'name', required: true, description: 'who spoke' },
    {
      name: 'limit',
      type: { kind: 'integer', min: 1, max: 100 },
      typeText: 'integer[1..100]',
      required: false,
      default: 10,
      description: 'at most this many rows',
    },
    {
      name: 'radiusKm',
      type: { kind: 'float', min: 0 },
      typeText: 'float[0..]',
      required: false,
      default: 0,
      description: 'distance',
    },
    {
      name: 'type',
      type: { kind: 'choice', options: ['Person', 'Location'] },
      typeText: 'Person|Location',
      required: false,
      default: null,
      description: 'entity type',
    },
    {
      name: 'direct',
      type: { kind: 'boolean' },
      typeText: 'boolean',
      required: false,
      default: null,
      description: 'direct only',
    },
    {
      name: 'article',
      type: { kind: 'string' },
      typeText: 'string',
      required: false,
      default: null,
      description: 'article id',
    },
  ],
};

const errorOf = (given: Record<string, unknown>): QueryParamError => {
  try {
    coerceParams(query, given);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryParamError);
    return error as QueryParamError;
  }
  throw new Error('expected a QueryParamError');
};

describe('coerceParams', () => {
  it('fills defaults, sends whole numbers as Neo4j integers and folds names like Entity.keys', () => {
    const params = coerceParams(query, { speaker: 'Volodymyr ZELENSKYY' });
    expect(params).toEqual({
      speaker: 'volodymyr zelenskyy',
      limit: neo4j.int(10),
      radiusKm: 0,
      type: null,
      direct: null,
      article: null,
    });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(neo4j.isInt(params.radiusKm)).toBe(false);
  });

  it('converts command-line strings to their types', () => {
    expect(
      coerceParams(query, {
        speaker: 'Zelenśkyy',
        limit: '25',
        radiusKm: '12.5',
        type: 'location',
        direct: 'TRUE',
        article: 'a.txt#0',
      }),
    ).toEqual({
      speaker: 'zelenskyy',
      limit: neo4j.int(25),
      radiusKm: 12.5,
      type: 'Location',
      direct: true,
      article: 'a.txt#0',
    });
  });

  it('takes numbers and booleans from scripts, and null as "not given"', () => {
    expect(
      coerceParams(query, { speaker: 'x', limit: 3, radiusKm: 100, direct: false, type: null }),
    ).toMatchObject({
      limit: neo4j.int(3),
      radiusKm: 100,
      direct: false,
      type: null,
    });
    expect(coerceParams(query, { speaker: 'x', limit: null }).limit).toEqual(neo4j.int(10));
  });

  it('passes a value that looks like Cypher on as data, unchanged for text', () => {
    const attack = "x'}) DETACH DELETE n //";
    const params = coerceParams(query, { speaker: attack, article: attack });
    expect(params.article).toBe(attack);
    expect(params.speaker).toBe('x detach delete n');
  });

  it.each([
    [
      {},
      /query test-query: parameter "speaker" is required: who spoke \(a name with at least one letter or digit\)/,
    ],
    [{ speaker: '' }, /parameter "speaker" must be a name with at least one letter or digit, found ""/],
    [{ speaker: '?!' }, /parameter "speaker" must be a name with at least one letter or digit, found "\?!"/],
    [{ speaker: 'x', limit: 'ten' }, /parameter "limit" must be a whole number from 1 to 100, found "ten"/],
    [{ speaker: 'x', limit: '2.5' }, /parameter "limit" must be a whole number from 1 to 100, found "2\.5"/],
    [{ speaker: 'x', limit: 0 }, /parameter "limit" must be a whole number from 1 to 100, found 0/],
    [{ speaker: 'x', limit: '101' }, /found "101"/],
    [{ speaker: 'x', radiusKm: '-5' }, /parameter "radiusKm" must be a number of at least 0, found "-5"/],
    [{ speaker: 'x', radiusKm: 'far' }, /parameter "radiusKm" must be a number of at least 0/],
    [{ speaker: 'x', type: 'City' }, /parameter "type" must be one of Person, Location, found "City"/],
    [{ speaker: 'x', direct: 'yes' }, /parameter "direct" must be true or false, found "yes"/],
    [{ speaker: 'x', article: 7 }, /parameter "article" must be a non-empty text, found 7/],
    [
      { speaker: 'x', speeker: 'y' },
      /parameter "speeker" is not a parameter of this query; its parameters are speaker, limit, radiusKm, type, direct, article/,
    ],
  ])(
    'rejects %j with a message naming the query, the parameter, the expected and the found',
    (given, expected) => {
      expect(errorOf(given).message).toMatch(expected);
    },
  );

  it('exits with code 1 (bad input)', () => {
    expect(errorOf({}).exitCode).toBe(1);
  });
});

describe('coerceValue', () => {
  it.each<[ParamType, unknown, unknown]>([
    [{ kind: 'integer' }, '-3', neo4j.int(-3)],
    [{ kind: 'integer' }, ' 42 ', neo4j.int(42)],
    [{ kind: 'float' }, '1e3', 1000],
    [{ kind: 'float', max: 10 }, 10, 10],
    [{ kind: 'boolean' }, 'false', false],
    [{ kind: 'name' }, 'Jean-Noël Barrot', 'jean noel barrot'],
    [{ kind: 'name' }, "O'Brien", 'obrien'],
    // Entity names are kept as given: the lookup folds them itself and also reads node ids.
    [{ kind: 'entity' }, ' Mr Jean-Noël Barrot ', 'Mr Jean-Noël Barrot'],
    [{ kind: 'entity', types: ['Location'] }, 'location:ua', 'location:ua'],
    [{ kind: 'entity' }, ['Kyiv', 'location:ua'], ['kyiv', 'location:ua']],
    [{ kind: 'date' }, ' 2024-02-29 ', '2024-02-29'],
  ])('%j accepts %j as %j', (type, value, expected) => {
    expect(coerceValue(type, value)).toEqual({ ok: true, value: expected });
  });

  it.each<[ParamType, unknown]>([
    [{ kind: 'integer' }, 2 ** 53 + 2],
    [{ kind: 'integer' }, '0x10'],
    [{ kind: 'float' }, Number.NaN],
    [{ kind: 'float' }, Infinity],
    [{ kind: 'float', max: 10 }, 10.5],
    [{ kind: 'boolean' }, 1],
    [{ kind: 'string' }, ['a']],
    [{ kind: 'entity' }, '...'],
    [{ kind: 'entity' }, []],
    [{ kind: 'entity' }, ['kyiv', 3]],
    [{ kind: 'date' }, '2023-02-29'],
    [{ kind: 'date' }, '2024-13-01'],
    [{ kind: 'date' }, '2024-3-1'],
    [{ kind: 'date' }, '1 March 2024'],
    [{ kind: 'date' }, 20240301],
  ])('%j refuses %j', (type, value) => {
    expect(coerceValue(type, value)).toEqual({ ok: false });
  });
});
