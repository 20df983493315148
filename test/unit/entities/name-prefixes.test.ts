import { entitiesOf, namedOf } from './helpers';

/** Words glued before a full name are no part of it: the name is found alone, the glued form never. */
describe('words glued before a name', () => {
  it.each([
    ['Placing Olena Brovko on the wanted list sends a signal.', 'Olena Brovko', 'Placing Olena Brovko'],
    ['Divining Tomas Varga’s plan is a pastime for pundits.', 'Tomas Varga', 'Divining Tomas Varga'],
  ])('a verb in -ing opening a sentence: %s', (text, name, glued) => {
    const named = namedOf(text);
    expect(named).toContain(`Person:${name}`);
    expect(named).not.toContain(`Person:${glued}`);
  });

  it('keeps a given name in -ing that opens a sentence ("Sterling …")', () => {
    expect(namedOf('Sterling Marsh, an analyst, said the talks had stalled.')).toContain(
      'Person:Sterling Marsh',
    );
  });

  it('a place in -ing opening a sentence is never a Person ("Neighbouring Lysychansk")', () => {
    const people = entitiesOf('Neighbouring Lviv was shelled on Monday, Ana Brovko said.').filter(
      (e) => e.type === 'Person',
    );
    expect(people.map((e) => e.name)).toEqual(['Ana Brovko']);
  });

  it.each([
    ['Head of my Office Andriy Halych met the envoys.', 'Andriy Halych', 'Office Andriy Halych'],
    ['He met the Secretary General of Pact Jens Olberg in Oslo.', 'Jens Olberg', 'Pact Jens Olberg'],
  ])('an organisation head word before a full name: %s', (text, name, glued) => {
    const named = namedOf(text);
    expect(named).toContain(`Person:${name}`);
    expect(named).not.toContain(`Person:${glued}`);
  });

  it('a country between a title and a name of three words is the title’s complement', () => {
    const named = namedOf('He quoted the words of the President of Turkey Emre Kaan Demirtas on Monday.');
    expect(named).toContain('Person:Emre Kaan Demirtas');
    expect(named).toContain('Location:Turkey');
    expect(named.some((n) => n.startsWith('Person:Turkey'))).toBe(false);
  });

  it('the surname of a person the article named in full, glued before another name, is that person', () => {
    const entities = entitiesOf(
      'Tomas Varga spoke on Monday. A brilliant idea, said spokesman of Varga Ivan Brodsky on Tuesday.',
    );
    const people = entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name).sort()).toEqual(['Ivan Brodsky', 'Tomas Varga']);
    expect(people.find((e) => e.name === 'Tomas Varga')?.mentions).toHaveLength(2);
  });

  it('a capital after a name glued from a headline is the place, not a word of the name', () => {
    const entities = entitiesOf(
      'Kyiv weighs swap for oligarch Petrenchuk Moscow is exploring a possible exchange of prisoners.',
    );
    expect(entities.some((e) => e.type === 'Person' && e.name.includes('Moscow'))).toBe(false);
    expect(entities.some((e) => e.type === 'Location' && e.name === 'Moscow')).toBe(true);
  });

  it.each(['the Crimean peninsula', 'the Crimean Peninsula'])('"%s" is Crimea', (name) => {
    const crimea = entitiesOf(`Troops moved towards ${name} on Monday.`).find((e) => e.type === 'Location');
    expect(crimea?.key).toBe('location:crimea');
  });
});
