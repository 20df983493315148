import { columnTsType, columnTypeText, parseColumnType } from '../../../src/queries/column-type';

describe('parseColumnType', () => {
  it.each([
    ['string', { kind: 'string' }, 'string'],
    ['integer', { kind: 'integer' }, 'number'],
    ['float?', { kind: 'nullable', of: { kind: 'float' } }, 'number | null'],
    ['boolean[]', { kind: 'list', of: { kind: 'boolean' } }, 'readonly boolean[]'],
    [
      'string?[]',
      { kind: 'list', of: { kind: 'nullable', of: { kind: 'string' } } },
      'readonly (string | null)[]',
    ],
    [
      'string[]?',
      { kind: 'nullable', of: { kind: 'list', of: { kind: 'string' } } },
      'readonly string[] | null',
    ],
    [
      'integer[][]',
      { kind: 'list', of: { kind: 'list', of: { kind: 'integer' } } },
      'readonly readonly number[][]',
    ],
    ['direct|reported', { kind: 'choice', options: ['direct', 'reported'] }, "'direct' | 'reported'"],
    [
      'text|context?',
      { kind: 'nullable', of: { kind: 'choice', options: ['text', 'context'] } },
      "'text' | 'context' | null",
    ],
  ])('reads %s, writes it back and gives its TypeScript type', (text, type, ts) => {
    const parsed = parseColumnType(text);
    expect(parsed).toEqual(type);
    if (parsed === undefined) return;
    expect(columnTypeText(parsed)).toBe(text);
    expect(columnTsType(parsed)).toBe(ts);
  });

  it.each(['', 'text', 'int', 'string??', '[]', 'string[', 'map', 'a|', '|b', "it's|x"])(
    'refuses %j',
    (text) => {
      expect(parseColumnType(text)).toBeUndefined();
    },
  );
});
