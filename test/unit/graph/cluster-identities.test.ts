import fc from 'fast-check';
import { clusterIdentities, type IdentityAtom } from '../../../src/graph/cluster-identities';
import { parseAliasFile } from '../../../src/graph/identity-aliases';

const atoms = (...ids: string[]): IdentityAtom[] => ids.map((id) => ({ id, articles: 1 }));
const groups = (canonical: ReadonlyMap<string, string>): string[][] => {
  const by = new Map<string, string[]>();
  for (const [atom, key] of canonical) by.set(key, [...(by.get(key) ?? []), atom].sort());
  return [...by.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
};

describe('clusterIdentities', () => {
  it('joins transliterations of one full name, keyed by the most mentioned spelling', () => {
    const { canonical } = clusterIdentities([
      { id: 'person:sergei dovbenko', articles: 3 },
      { id: 'person:sergey dovbenko', articles: 7 },
      { id: 'person:serhiy dowbenko', articles: 1 },
    ]);
    expect(new Set(canonical.values())).toEqual(new Set(['person:sergey dovbenko']));
  });

  it('joins a lone surname, with a title or an initial, to the one full name of that surname', () => {
    const { canonical } = clusterIdentities(
      atoms('person:olena marchuk', 'person:marchuk', 'person:mr marchuk', 'person:o marchuk'),
    );
    expect(groups(canonical)).toEqual([
      ['person:marchuk', 'person:mr marchuk', 'person:o marchuk', 'person:olena marchuk'],
    ]);
    expect(canonical.get('person:marchuk')).toBe('person:olena marchuk');
  });

  it('keeps two people of one surname apart, and leaves their lone surname alone without context', () => {
    const { canonical, ambiguous } = clusterIdentities(
      atoms('person:joe brandt', 'person:hunter brandt', 'person:brandt'),
    );
    expect(groups(canonical)).toHaveLength(3);
    expect(ambiguous).toEqual([
      { atom: 'person:brandt', candidates: ['person:hunter brandt', 'person:joe brandt'] },
    ]);
  });

  it('gives an ambiguous surname to the person whose articles share clearly more context', () => {
    const contexts = new Map([
      ['person:brandt', new Set(['location:oslo', 'organization:storting', 'location:bergen'])],
      ['person:joe brandt', new Set(['location:oslo', 'organization:storting', 'location:bergen'])],
      ['person:hunter brandt', new Set(['location:lima'])],
    ]);
    const { canonical, ambiguous } = clusterIdentities(
      atoms('person:joe brandt', 'person:hunter brandt', 'person:brandt'),
      { contexts },
    );
    expect(canonical.get('person:brandt')).toBe('person:joe brandt');
    expect(ambiguous).toEqual([]);
  });

  it('gives an ambiguous surname to a person named five times as often as the others together', () => {
    const { canonical } = clusterIdentities([
      { id: 'person:joe brandt', articles: 10 },
      { id: 'person:hunter brandt', articles: 2 },
      { id: 'person:brandt', articles: 1 },
    ]);
    expect(canonical.get('person:brandt')).toBe('person:joe brandt');
  });

  it('never joins different given names or a feminine surname form', () => {
    const { canonical } = clusterIdentities(
      atoms('person:joe brandt', 'person:jill brandt', 'person:ivan sidorov', 'person:ivan sidorova'),
    );
    expect(groups(canonical)).toHaveLength(4);
  });

  it('applies the alias file: merge into a chosen key, keep apart, even across types', () => {
    const rules = parseAliasFile('aliases.json', {
      merge: [{ into: 'organization:un', names: ['organization:united nations'] }],
      separate: ['Marchuk'],
    });
    const { canonical } = clusterIdentities(
      atoms('person:olena marchuk', 'person:marchuk', 'organization:un', 'organization:united nations'),
      { rules },
    );
    expect(canonical.get('organization:united nations')).toBe('organization:un');
    expect(canonical.get('person:marchuk')).toBe('person:marchuk');
  });

  it('gives the same clusters whatever the order of its input (property)', () => {
    const given = ['sergei', 'sergey', 'serhiy', 'joe', 'jill', 'o', 'olena', 'dmytro', 'dmitry'];
    const surnames = ['dovbenko', 'dowbenko', 'marchuk', 'brandt', 'gaidamak', 'haidamak'];
    const atom = fc
      .tuple(
        fc.option(fc.constantFrom(...given), { nil: undefined }),
        fc.constantFrom(...surnames),
        fc.nat(9),
      )
      .map(([g, s, n]): IdentityAtom => ({ id: `person:${g ? `${g} ` : ''}${s}`, articles: n }));
    fc.assert(
      fc.property(fc.uniqueArray(atom, { selector: (a) => a.id, maxLength: 14 }), fc.nat(), (list, seed) => {
        const shuffled = [...list].sort(
          (a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7),
        );
        const reversed = [...list].reverse();
        const first = clusterIdentities(list).canonical;
        for (const other of [shuffled, reversed]) {
          const again = clusterIdentities(other).canonical;
          expect([...again].sort()).toEqual([...first].sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseAliasFile', () => {
  it.each([
    [[], 'must hold a JSON object'],
    [{ merges: [] }, 'unknown field "merges"'],
    [{ merge: [{ into: 'A B', names: [] }] }, 'merge[0].names must be a non-empty list'],
    [{ merge: [{ into: 3, names: ['x'] }] }, 'merge[0].into must be a non-empty string, found 3'],
    [{ separate: 'Brandt' }, '"separate" must be a list of names'],
    [{ rename: { 'Joe Brandt': '' } }, 'rename["Joe Brandt"] must be a non-empty string'],
  ])('refuses %j naming the file and the problem', (json, problem) => {
    expect(() => parseAliasFile('/x/newsgraph.aliases.json', json)).toThrow(
      expect.objectContaining({ message: expect.stringContaining(`/x/newsgraph.aliases.json: ${problem}`) }),
    );
  });

  it('names people by name (folded like keys) and other entities by key', () => {
    const rules = parseAliasFile('a.json', {
      merge: [{ into: 'Joé Brandt', names: ['J. Brändt'] }],
      rename: { 'location:ua': 'Ukraine' },
    });
    expect(rules.merges).toEqual([{ into: 'person:joe brandt', members: ['person:j brandt'] }]);
    expect(rules.renames.get('location:ua')).toBe('Ukraine');
  });
});
