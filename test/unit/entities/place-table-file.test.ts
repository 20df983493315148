import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyIndexBuilder, rowsOfKey } from '../../../src/entities/key-index';
import { keyIndexSections, readPlaceTables, writePlaceTables } from '../../../src/entities/place-table-file';

describe('place table files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-tables-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const builder = new KeyIndexBuilder();
  builder.add('kramatorsk', 0);
  builder.add('zaporizhzhia', 1);
  builder.add('kramatorsk', 2);

  it('reads back the sections it wrote', () => {
    const path = join(dir, 'tables.bin');
    writePlaceTables(
      [
        ['points', Float64Array.from([48.7, NaN, -0.5])],
        ['seats', Uint8Array.from([0, 1, 2])],
        ['codes', ['UA', 'PL']],
        ['codeOf', Uint16Array.from([0, 1, 0])],
        ['names', 'KramatorskZaporizhzhiaŁódź'],
        ...keyIndexSections('names', builder.build()),
      ],
      path,
    );
    const tables = readPlaceTables(path);
    expect(tables).toBeDefined();
    expect([...(tables?.f64('points') ?? [])]).toEqual([48.7, NaN, -0.5]);
    expect([...(tables?.u8('seats') ?? [])]).toEqual([0, 1, 2]);
    expect(tables?.strings('codes')).toEqual(['UA', 'PL']);
    expect([...(tables?.u16('codeOf') ?? [])]).toEqual([0, 1, 0]);
    expect(tables?.text('names')).toBe('KramatorskZaporizhzhiaŁódź');
    const names = tables?.keyIndex('names');
    expect(names && rowsOfKey(names, 'kramatorsk')).toEqual([0, 2]);
    expect(() => tables?.u32('points')).toThrow(/no section "points"/);
  });

  it('ignores a file written from other data or code, or none at all', () => {
    const path = join(dir, 'stale.bin');
    writePlaceTables([['seats', Uint8Array.from([1])]], path);
    const text = readFileSync(path, 'latin1');
    const fingerprint = /"fingerprint":"([0-9a-f]+)"/.exec(text)?.[1] ?? '';
    writeFileSync(path, Buffer.from(text.replace(fingerprint, '0'.repeat(fingerprint.length)), 'latin1'));
    expect(readPlaceTables(path)).toBeUndefined();
    expect(readPlaceTables(join(dir, 'absent.bin'))).toBeUndefined();
  });
});
