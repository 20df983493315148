import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../../../tools/graph/fold-name';
import { parsePeopleList, parsePlacesList } from '../../../../tools/graph/well-known-lists';

const DATA = join(__dirname, '..', '..', '..', 'data');
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

describe('the well-known people list', () => {
  const list = parsePeopleList(read('well-known-people.json'), 'well-known-people.json');

  it('holds thirty people, each name spelled once (diacritics are folded: no need to list both)', () => {
    expect(list.people).toHaveLength(30);
    for (const p of list.people) {
      for (const names of [p.firstNames, p.surnames])
        expect(new Set(names.map(foldName)).size).toBe(names.length);
    }
  });

  it('gives no two people a surname in common (a surname node would count for both)', () => {
    const owner = new Map<string, string>();
    for (const p of list.people) {
      for (const s of p.surnames.map(foldName)) {
        expect(owner.get(s) ?? p.name).toBe(p.name);
        owner.set(s, p.name);
      }
    }
  });
});

describe('the well-known places list', () => {
  const places = parsePlacesList(read('well-known-places.json'), 'well-known-places.json');

  it('holds about forty places of every kind', () => {
    expect(places.length).toBeGreaterThanOrEqual(35);
    expect(new Set(places.map((p) => p.kind))).toEqual(new Set(['city', 'region', 'country']));
  });

  it('gives no two places one name (a node would count for both)', () => {
    const owner = new Map<string, string>();
    for (const p of places) {
      for (const n of p.names.map(foldName)) {
        expect(owner.get(n) ?? p.name).toBe(p.name);
        owner.set(n, p.name);
      }
    }
  });

  it('puts the Ukrainian places inside Ukraine’s bounding box', () => {
    for (const p of places.filter((x) => x.countryCode === 'UA')) {
      expect([
        p.name,
        p.latitude >= 44 && p.latitude <= 52.5 && p.longitude >= 22 && p.longitude <= 40.3,
      ]).toEqual([p.name, true]);
    }
  });
});

describe('parsePeopleList', () => {
  const person = { name: 'Ana Rojas', role: 'minister', firstNames: ['Ana'], surnames: ['Rojas'] };

  it('reads a minimal list, with no full names', () => {
    expect(parsePeopleList({ prefixWords: ['mr'], people: [person] }, 'p.json').people[0].fullNames).toEqual(
      [],
    );
  });

  it.each([
    [
      'a missing surname list',
      { prefixWords: ['mr'], people: [{ ...person, surnames: [] }] },
      'people[0].surnames',
    ],
    ['a name given twice', { prefixWords: ['mr'], people: [person, person] }, 'people[1].name'],
    [
      'a variant given twice',
      { prefixWords: ['mr'], people: [{ ...person, firstNames: ['Ana', 'Ana'] }] },
      'people[0].firstNames[1]',
    ],
    ['a prefix word in capitals', { prefixWords: ['Mr'], people: [person] }, 'prefixWords[0]'],
    ['no people', { prefixWords: ['mr'], people: [] }, 'people'],
    ['not an object', [], 'the file'],
  ])('refuses %s, naming the file and the field', (_case, json, field) => {
    expect(() => parsePeopleList(json, 'p.json')).toThrow(`p.json: ${field} must be`);
  });
});

describe('parsePlacesList', () => {
  const place = {
    name: 'Novarivka',
    kind: 'city',
    countryCode: 'UA',
    latitude: 48,
    longitude: 35,
    names: ['Novarivka'],
  };

  it('reads a place', () => {
    expect(parsePlacesList({ places: [place] }, 'q.json')).toEqual([place]);
  });

  it.each([
    ['an unknown kind', { ...place, kind: 'village' }, 'places[0].kind'],
    ['a lower-case country code', { ...place, countryCode: 'ua' }, 'places[0].countryCode'],
    ['a latitude out of range', { ...place, latitude: 91 }, 'places[0].latitude'],
    ['a longitude given as text', { ...place, longitude: '35' }, 'places[0].longitude'],
    ['no names', { ...place, names: [] }, 'places[0].names'],
  ])('refuses %s, naming the file and the field', (_case, entry, field) => {
    expect(() => parsePlacesList({ places: [entry] }, 'q.json')).toThrow(`q.json: ${field} must be`);
  });
});
