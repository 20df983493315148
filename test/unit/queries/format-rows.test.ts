import { formatRows, type FormattableRows } from '../../../src/queries/format-rows';

const result: FormattableRows = {
  columns: ['speaker', 'quotes', 'roles', 'note'],
  rows: [
    { speaker: 'Ann Lee', quotes: 12, roles: ['mayor', 'author'], note: null },
    { speaker: 'Bo', quotes: 3, roles: [], note: 'said "no", twice\nthen left' },
  ],
};

describe('formatRows: table', () => {
  it('aligns columns, right-aligns numbers, joins lists, leaves null empty, and counts rows', () => {
    expect(formatRows(result, 'table', { maxWidth: 0 })).toBe(
      [
        'speaker  quotes  roles          note',
        '-------  ------  -------------  --------------------------',
        'Ann Lee      12  mayor, author',
        'Bo            3                 said "no", twice then left',
        '(2 rows)',
        '',
      ].join('\n'),
    );
  });

  it('cuts long cells with an ellipsis', () => {
    const text = formatRows(result, 'table', { maxWidth: 10 });
    expect(text).toContain('said "no"…');
    expect(text).not.toContain('twice');
  });

  it('prints the header and "(0 rows)" when nothing matched', () => {
    expect(formatRows({ columns: ['a', 'b'], rows: [] }, 'table')).toBe('a  b\n-  -\n(0 rows)\n');
  });

  it('says "(1 row)" for one row and shows maps as JSON', () => {
    const text = formatRows({ columns: ['p'], rows: [{ p: { latitude: 50.4, longitude: 30.5 } }] }, 'table');
    expect(text).toContain('{"latitude":50.4,"longitude":30.5}');
    expect(text.trimEnd().endsWith('(1 row)')).toBe(true);
  });
});

describe('formatRows: csv', () => {
  it('writes a header, quotes fields with commas, quotes or line breaks, and joins lists with "; "', () => {
    expect(formatRows(result, 'csv')).toBe(
      [
        'speaker,quotes,roles,note',
        'Ann Lee,12,mayor; author,',
        'Bo,3,,"said ""no"", twice\nthen left"',
        '',
      ].join('\n'),
    );
  });
});

describe('formatRows: json', () => {
  it('prints the rows as a JSON array of objects that reads back equal', () => {
    const text = formatRows(result, 'json');
    expect(JSON.parse(text)).toEqual(result.rows);
  });

  it('prints [] for no rows', () => {
    expect(JSON.parse(formatRows({ columns: ['a'], rows: [] }, 'json'))).toEqual([]);
  });
});

describe('formatRows: the columns given', () => {
  /** Rows typed as `runQuery` gives them: a type alias per query, not `Row`. */
  type HarbourRow = {
    readonly ship: string;
    readonly tonnage: number | null;
    readonly crew: readonly string[];
  };
  const rows: HarbourRow[] = [
    { ship: 'Morning Gull', tonnage: 1200, crew: ['Ida', 'Per'] },
    { ship: 'Vale', tonnage: null, crew: [] },
  ];

  it('prints only those columns, in the order given, in every format', () => {
    const some = { columns: ['tonnage', 'ship'] as const, rows };
    expect(formatRows(some, 'csv')).toBe('tonnage,ship\n1200,Morning Gull\n,Vale\n');
    expect(JSON.parse(formatRows(some, 'json'))).toEqual([
      { tonnage: 1200, ship: 'Morning Gull' },
      { tonnage: null, ship: 'Vale' },
    ]);
    expect(formatRows(some, 'table').split('\n')[0]).toBe('tonnage  ship');
  });

  it('does not compile with a column the typed rows do not have', () => {
    // @ts-expect-error a misspelt column of typed rows
    const text = formatRows({ columns: ['ship', 'tonage'], rows }, 'csv');
    expect(text.split('\n')[0]).toBe('ship,tonage');
  });
});
