import {
  codeColumn,
  keyAt,
  keyCount,
  KeyIndexBuilder,
  keyNumber,
  rowsOfKey,
} from '../../../src/entities/key-index';

describe('KeyIndexBuilder', () => {
  const builder = new KeyIndexBuilder();
  const added: [string, number][] = [
    ['novo town', 0],
    ['east ford', 1],
    ['novo town', 2],
    ['zelenivka', 3],
    ['novo town', 2],
    ['łódź', 4],
    ['', 5],
  ];
  for (const [key, row] of added) builder.add(key, row);
  const index = builder.build();

  it('gives the rows of a key in the order they were added, repeats included', () => {
    expect(rowsOfKey(index, 'novo town')).toEqual([0, 2, 2]);
    expect(rowsOfKey(index, 'east ford')).toEqual([1]);
    expect(rowsOfKey(index, 'łódź')).toEqual([4]);
    expect(rowsOfKey(index, '')).toEqual([5]);
  });

  it('finds no rows for a key it lacks, even one that begins or ends like a key', () => {
    expect(rowsOfKey(index, 'novo')).toEqual([]);
    expect(rowsOfKey(index, 'novo townx')).toEqual([]);
    expect(keyNumber(index, 'lodz')).toBe(-1);
  });

  it('keeps its keys in the order each was first added', () => {
    const keys = Array.from({ length: keyCount(index) }, (_, k) => keyAt(index, k));
    expect(keys).toEqual(['novo town', 'east ford', 'zelenivka', 'łódź', '']);
  });

  it('finds every key among thousands', () => {
    const many = new KeyIndexBuilder();
    for (let i = 0; i < 5000; i++) many.add(`town ${i}`, i);
    const big = many.build();
    for (let i = 0; i < 5000; i += 7) expect(rowsOfKey(big, `town ${i}`)).toEqual([i]);
    expect(rowsOfKey(big, 'town 5000')).toEqual([]);
  });
});

describe('codeColumn', () => {
  it('numbers each distinct value in the order of its first use', () => {
    const { codes, of } = codeColumn(['UA', 'PL', 'UA', 'DE']);
    expect(codes).toEqual(['UA', 'PL', 'DE']);
    expect([...of]).toEqual([0, 1, 0, 2]);
  });
});
