import { describeLookup } from '../../../src/queries/describe-lookup';
import type { LookupEntity } from '../../../src/queries/name-lookup';

const entity = (name: string, ids: string[], articles: number): LookupEntity => ({
  id: ids[0],
  ids,
  name,
  type: 'Person',
  articles,
});
const MARCHENKO = entity('Oleksandra Marchenko', ['person:oleksandra marchenko', 'person:marchenko'], 5);

describe('describeLookup (stderr of `newsgraph query`)', () => {
  it('says nothing when the name or id was found as given', () => {
    expect(
      describeLookup({
        param: 'speaker',
        given: 'Marchenko',
        outcome: 'found',
        how: 'exact',
        entity: MARCHENKO,
      }),
    ).toBeUndefined();
    expect(
      describeLookup({
        param: 'speaker',
        given: 'person:marchenko',
        outcome: 'found',
        how: 'id',
        entity: MARCHENKO,
      }),
    ).toBeUndefined();
  });

  it.each([
    ['title', 'without the title'],
    ['surname', 'by surname'],
    ['phonetic', 'as another spelling'],
  ] as const)('names the entity found %s', (how, words) => {
    expect(
      describeLookup({ param: 'speaker', given: 'Mrs Marchenko', outcome: 'found', how, entity: MARCHENKO }),
    ).toBe(
      `speaker "Mrs Marchenko": Oleksandra Marchenko (Person, person:oleksandra marchenko, 2 nodes, 5 articles), found ${words}`,
    );
  });

  it('lists the candidates of an ambiguous name, one a line', () => {
    const text = describeLookup({
      param: 'attacker',
      given: 'Bondarenko',
      outcome: 'ambiguous',
      candidates: [
        entity('Taras Bondarenko', ['person:taras bondarenko'], 2),
        entity('Iryna Bondarenko', ['person:iryna bondarenko'], 1),
      ],
    });
    expect(text?.split('\n')).toEqual([
      'warning: attacker "Bondarenko" fits 2 entities; the query ran for none. Give a fuller name or an id:',
      '  Taras Bondarenko (Person, person:taras bondarenko, 2 articles)',
      '  Iryna Bondarenko (Person, person:iryna bondarenko, 1 article)',
    ]);
  });

  it('suggests the closest names, or says there are none', () => {
    expect(
      describeLookup({ param: 'place', given: 'Marchuk', outcome: 'not-found', suggestions: [MARCHENKO] }),
    ).toBe('warning: place "Marchuk" matches no entity in the graph; did you mean: Oleksandra Marchenko?');
    expect(describeLookup({ param: 'place', given: 'Qwxz', outcome: 'not-found', suggestions: [] })).toBe(
      'warning: place "Qwxz" matches no entity in the graph',
    );
  });
});
