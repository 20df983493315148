import type { GraphNode } from '../../../../tools/graph/graph-node';
import {
  editDistance,
  formHoldsFullName,
  likeFirstName,
  formIsSurname,
  personForms,
  scorePeople,
} from '../../../../tools/graph/score-people';
import type { PeopleList, WellKnownPerson } from '../../../../tools/graph/well-known-lists';

const node = (id: string, name: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  type: 'Person',
  name,
  aliases: [],
  keys: [],
  countryCode: null,
  placeKind: null,
  latitude: null,
  longitude: null,
  articles: 1,
  quotes: 0,
  ...extra,
});

const petrenko: WellKnownPerson = {
  name: 'Oleksandr Petrenkov',
  role: 'invented minister',
  firstNames: ['Oleksandr', 'Aleksandr'],
  surnames: ['Petrenkov', 'Petrenkow'],
  fullNames: ['Oleksandr V. Petrenkov'],
};
const list: PeopleList = { prefixWords: ['president', 'mr', 'meanwhile', 'ukrainian'], people: [petrenko] };
const prefix = new Set(list.prefixWords);
const forms = personForms(petrenko);

describe('formHoldsFullName', () => {
  it.each([
    ['a full name', 'oleksandr petrenkov'],
    ['another transliteration of both names', 'aleksandr petrenkow'],
    ['a listed full name with an initial', 'oleksandr v petrenkov'],
    ['a full name inside a longer, glued name', 'ukrainian president oleksandr petrenkov he'],
  ])('holds %s', (_case, form) => {
    expect(formHoldsFullName(form, forms)).toBe(true);
  });

  it.each([
    ['the surname alone', 'petrenkov'],
    ['another person of the same surname', 'iryna petrenkov'],
    ['a full name glued inside a word', 'xoleksandr petrenkov'],
  ])('does not hold %s', (_case, form) => {
    expect(formHoldsFullName(form, forms)).toBe(false);
  });
});

describe('formIsSurname', () => {
  it.each([
    ['the surname alone', 'petrenkov'],
    ['a title before the surname', 'president petrenkov'],
    ['a junk word before the surname', 'meanwhile petrenkov'],
    ['a verb glued before the surname', 'placing petrenkov'],
    ['a misspelt first name', 'aleksandar petrenkov'],
    ['titles and a misspelt first name', 'ukrainian president olexsandr petrenkov'],
    ['a first name glued to a word', 'oleksandrem petrenkov'],
  ])('accepts %s', (_case, form) => {
    expect(formIsSurname(form, forms, prefix)).toBe(true);
  });

  it.each([
    ['another person of the same surname', 'iryna petrenkov'],
    ['another surname that starts alike', 'petrenkova'],
    ['the first name alone', 'oleksandr'],
    ['the surname followed by more words', 'petrenkov street'],
    ['a short first name two edits away', 'olek petrenkov'],
  ])('refuses %s', (_case, form) => {
    expect(formIsSurname(form, forms, prefix)).toBe(false);
  });
});

describe('editDistance and likeFirstName', () => {
  it.each([
    ['', 'abc', 3],
    ['vladimir', 'vladmir', 1],
    ['emmanuel', 'emanuel', 1],
    ['serhiy', 'serhai', 2],
    ['dmitry', 'dmirty', 1],
    ['jill', 'joe', 3],
  ])('%s to %s is %i edits', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
    expect(editDistance(b, a)).toBe(n);
  });

  it('takes a close or glued first name, not another one', () => {
    expect(likeFirstName('volodomyr', ['volodymyr'])).toBe(true);
    expect(likeFirstName('olafrem', ['olaf'])).toBe(true);
    expect(likeFirstName('jill', ['joe', 'joseph'])).toBe(false);
    expect(likeFirstName('mykola', ['dmytro', 'dmitry'])).toBe(false);
  });
});

describe('scorePeople', () => {
  it('counts every Person node of a person, folding case and diacritics, most quotes first', () => {
    const nodes = [
      node('person:petrenkov', 'Petrenkov', { quotes: 2 }),
      node('person:oleksandr-petrenkov', 'Oleksandr Petrenkov', { quotes: 6 }),
      node('person:x', 'Aleksándr PETRENKOW'),
      node('person:iryna', 'Iryna Petrenkov', { quotes: 9 }),
      node('location:petrenkov', 'Petrenkov', { type: 'Location' }),
    ];
    const [score] = scorePeople(list, nodes);
    expect(score.nodes.map((n) => n.id)).toEqual([
      'person:oleksandr-petrenkov',
      'person:petrenkov',
      'person:x',
    ]);
    expect(score.quotes).toBe(8);
    expect(score.quotesOnTopNode).toBe(0.75);
  });

  it('finds a node through a full name among its aliases or keys, not through a surname alias', () => {
    const nodes = [
      node('person:1', 'The Minister', { aliases: ['Oleksandr Petrenkov'] }),
      node('person:2', 'X', { keys: ['aleksandr petrenkow'] }),
      node('person:iryna', 'Iryna Petrenkov', { aliases: ['Petrenkov'] }),
    ];
    const [score] = scorePeople(list, nodes);
    expect(score.nodes.map((n) => n.id)).toEqual(['person:1', 'person:2']);
    expect(score.others.map((n) => n.id)).toEqual(['person:iryna']);
  });

  it('finds no node for a person the graph does not name', () => {
    expect(scorePeople(list, [node('person:other', 'Someone Else')])[0]).toMatchObject({
      nodes: [],
      quotes: 0,
    });
  });
});
