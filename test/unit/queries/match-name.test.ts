import { defaultLexicon } from '../../../src/lexicon/load-lexicon';
import { buildNameIndex, matchName } from '../../../src/queries/match-name';
import type { EntityNames, NameMatch } from '../../../src/queries/name-lookup';

const node = (
  id: string,
  name: string,
  type: string,
  articles = 1,
  aliases: string[] = [],
  extra: Partial<EntityNames> = {},
): EntityNames => ({ id, name, type, articles, aliases, keys: [], mergedIds: [], ...extra });

/** An invented graph: people, places and an organisation, some split over several nodes. */
const GRAPH: EntityNames[] = [
  node('person:oleksandra marchenko', 'Oleksandra Marchenko', 'Person', 3, ['Marchenko']),
  node('person:marchenko', 'Marchenko', 'Person', 2),
  node('person:taras bondarenko', 'Taras Bondarenko', 'Person', 2),
  node('person:iryna bondarenko', 'Iryna Bondarenko', 'Person', 1),
  node('person:jarosław kędzierski', 'Jarosław Kędzierski', 'Person', 1),
  node('person:dmytro kovalchuk', 'Dmytro Kovalchuk', 'Person', 2),
  node('person:oleh haidenko', 'Oleh Haidenko', 'Person', 1),
  node('person:sergei mirnov', 'Sergei Mirnov', 'Person', 2),
  node('person:sergey mirnov', 'Sergey Mirnov', 'Person', 1),
  node('person:clara belmont', 'Clara Belmont', 'Person', 1),
  node('location:belmont', 'Belmont', 'Location', 2),
  node('location:kyiv', 'Kyiv', 'Location', 5),
  node('location:vr', 'Veridia', 'Location', 3, ['VR'], { keys: ['veridia', 'vr'] }),
  node('location:vr-2', 'VR', 'Location', 1, [], { keys: ['vr'] }),
  node('location:ua-63', 'Kharkiv region', 'Location', 1),
  node('location:kharkiv', 'Kharkiv', 'Location', 4),
  node('location:styr river', 'Styr river', 'Location', 1),
  node('location:lutsk airport', 'Lutsk airport', 'Location', 1),
  node('organization:northern grain union', 'Northern Grain Union', 'Organization', 1, [], {
    mergedIds: ['organization:ngu'],
  }),
];
const index = buildNameIndex(GRAPH, defaultLexicon());
const lookup = (name: string, types?: string[]): NameMatch =>
  matchName(name, index, types === undefined ? {} : { types });
const foundName = (m: NameMatch): string | undefined => (m.outcome === 'found' ? m.entity.name : undefined);

describe('matchName', () => {
  it.each([
    ['the display name', 'Oleksandra Marchenko', 'exact'],
    ['another case and spacing', 'OLEKSANDRA   marchenko', 'exact'],
    ['an alias', 'Marchenko', 'exact'],
    ['the surname with an honorific', 'Mrs Marchenko', 'title'],
    ['the surname with an office', 'President Marchenko', 'title'],
    ['the full name with an office of several words', 'Foreign Minister Oleksandra Marchenko', 'title'],
    ['a nationality before the office', 'Ukrainian Prime Minister Oleksandra Marchenko', 'title'],
  ])('finds a person by %s ("%s")', (_, given, how) => {
    const m = lookup(given);
    expect(m).toMatchObject({ outcome: 'found', how, entity: { name: 'Oleksandra Marchenko' } });
  });

  it('runs for every node of one person: the full name and the surname-only node', () => {
    const m = lookup('Oleksandra Marchenko');
    expect(m.outcome === 'found' && m.entity.ids).toEqual([
      'person:marchenko',
      'person:oleksandra marchenko',
    ]);
    expect(m.outcome === 'found' && m.entity.articles).toBe(5);
  });

  it('finds a person by surname alone when one person carries it', () => {
    expect(lookup('Kovalchuk')).toMatchObject({
      outcome: 'found',
      how: 'surname',
      entity: { name: 'Dmytro Kovalchuk' },
    });
    expect(lookup('Gen. Kovalchuk')).toMatchObject({
      outcome: 'found',
      entity: { name: 'Dmytro Kovalchuk' },
    });
  });

  it('folds missing diacritics, including letters that do not decompose (ł)', () => {
    expect(foundName(lookup('Jaroslaw Kedzierski'))).toBe('Jarosław Kędzierski');
    expect(foundName(lookup('kedzierski'))).toBe('Jarosław Kędzierski');
  });

  it('finds another transliteration by sound and letters', () => {
    expect(lookup('Dmitry Kovalchuk')).toMatchObject({
      outcome: 'found',
      how: 'phonetic',
      entity: { name: 'Dmytro Kovalchuk' },
    });
    expect(lookup('Kovalchuck')).toMatchObject({
      outcome: 'found',
      how: 'phonetic',
      entity: { name: 'Dmytro Kovalchuk' },
    });
  });

  it('finds the spellings the identity pass joins (kh/h/g, w/v, y/i), by surname alone too', () => {
    expect(lookup('Kowalchuk')).toMatchObject({
      outcome: 'found',
      how: 'phonetic',
      entity: { name: 'Dmytro Kovalchuk' },
    });
    expect(lookup('Gaidenko')).toMatchObject({
      outcome: 'found',
      how: 'phonetic',
      entity: { name: 'Oleh Haidenko' },
    });
    expect(lookup('Oleg Gaidenko')).toMatchObject({
      outcome: 'found',
      how: 'phonetic',
      entity: { name: 'Oleh Haidenko' },
    });
  });

  it('maps curated variant spellings (data/aliases.json) before comparing', () => {
    expect(lookup('Kiev')).toMatchObject({ outcome: 'found', how: 'exact', entity: { id: 'location:kyiv' } });
  });

  it('treats two spellings of one first name with one surname as one person', () => {
    const m = lookup('Mirnov');
    expect(m.outcome).toBe('found');
    expect(m.outcome === 'found' && m.entity.ids).toEqual(['person:sergei mirnov', 'person:sergey mirnov']);
    expect(foundName(lookup('Sergey Mirnov'))).toBe('Sergei Mirnov');
  });

  it('lists the candidates of a surname two people share, and runs for neither', () => {
    const m = lookup('Bondarenko');
    expect(m.outcome).toBe('ambiguous');
    expect(m.outcome === 'ambiguous' && m.candidates.map((c) => c.name)).toEqual([
      'Taras Bondarenko',
      'Iryna Bondarenko',
    ]);
    expect(lookup('Mr Bondarenko').outcome).toBe('ambiguous');
    expect(foundName(lookup('Iryna Bondarenko'))).toBe('Iryna Bondarenko');
  });

  it('prefers the entity named exactly so over a surname, unless a title asks for a person', () => {
    expect(lookup('Belmont')).toMatchObject({ outcome: 'found', entity: { id: 'location:belmont' } });
    expect(lookup('Ms Belmont')).toMatchObject({ outcome: 'found', entity: { id: 'person:clara belmont' } });
    expect(lookup('Belmont', ['Person'])).toMatchObject({
      outcome: 'found',
      entity: { id: 'person:clara belmont' },
    });
  });

  it('finds a place without the word that says its kind, but prefers the place of that very name', () => {
    expect(lookup('Styr')).toMatchObject({ outcome: 'found', entity: { id: 'location:styr river' } });
    expect(lookup('Kharkiv')).toMatchObject({
      outcome: 'found',
      how: 'exact',
      entity: { id: 'location:kharkiv' },
    });
    expect(lookup('Kharkiv Oblast')).toMatchObject({ outcome: 'found', entity: { id: 'location:ua-63' } });
    expect(lookup('Lutsk').outcome).toBe('not-found');
  });

  it('takes nodes of one type that share a name or key as one thing, but never people by surname', () => {
    const m = lookup('Veridia');
    expect(m).toMatchObject({
      outcome: 'found',
      entity: { name: 'Veridia', ids: ['location:vr', 'location:vr-2'] },
    });
    expect(lookup('VR')).toMatchObject({ outcome: 'found', entity: { id: 'location:vr' } });
  });

  it('takes a node id, and an id merged into a node', () => {
    expect(lookup('person:iryna bondarenko')).toMatchObject({
      outcome: 'found',
      how: 'id',
      entity: { name: 'Iryna Bondarenko' },
    });
    expect(lookup('organization:ngu')).toMatchObject({
      outcome: 'found',
      how: 'id',
      entity: { name: 'Northern Grain Union' },
    });
  });

  it('says nothing fits a near miss, and suggests the closest names', () => {
    const m = lookup('Marchuk');
    expect(m.outcome).toBe('not-found');
    expect(m.outcome === 'not-found' && m.suggestions[0]?.name).toBe('Oleksandra Marchenko');
    const none = lookup('Qwxz');
    expect(none).toEqual({ outcome: 'not-found', suggestions: [] });
  });

  it('does not take a title word alone for a name', () => {
    expect(lookup('President').outcome).toBe('not-found');
    expect(lookup('...').outcome).toBe('not-found');
  });

  it('only looks at entities of the types asked for', () => {
    expect(lookup('Kyiv', ['Person']).outcome).toBe('not-found');
  });
});
