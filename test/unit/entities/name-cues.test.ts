import { namedOf } from './helpers';

describe('the words around an unknown name say what it is', () => {
  it.each([
    ['She told the Vestnik that the talks had stalled.', 'Organization:Vestnik'],
    ['On Friday, the Zorkin newspaper showed footage of the convoy.', 'Organization:Zorkin'],
    ['A diplomat told German newspaper Der Morgenblatt the same.', 'Organization:Der Morgenblatt'],
    ['The chief of Norway’s KX7 intelligence agency, Lars Berg, spoke.', 'Organization:KX7'],
    ['Experts at the Halvard thinktank said the front was stable.', 'Organization:Halvard'],
    [
      '“Prices will rise,” said Anna Pell, senior analyst at Marlow Index, in a note.',
      'Organization:Marlow Index',
    ],
    ['The bill will now go to the Senate, which is expected to pass it.', 'Organization:Senate'],
  ])('an organisation: %s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it.each([
    ['The Varga administration has so far given more aid.', 'Person:Varga'],
    ['Merkova, the Slovak foreign minister, claimed the vote was fair.', 'Person:Merkova'],
    ['Evacuation possible with help, says Tomasz – video', 'Person:Tomasz'],
    ['Yesterday Anna de Blasio arrived in town.', 'Person:Anna de Blasio'],
  ])('a person: %s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it.each([
    ['A big explosion rocked an area near Varnoviche on Saturday.', 'Location:Varnoviche'],
    ['The minister travelled to Kelkovo in Ukraine on Monday.', 'Location:Kelkovo'],
    ['Russia will build a drone factory in Zarechnaya.', 'Location:Zarechnaya'],
  ])('a place: %s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it('keeps a surname of a person named in the article a person, not a place ("near Varga")', () => {
    const named = namedOf('Ivan Varga spoke on Monday. Reporters gathered near Varga on the steps.');
    expect(named).toContain('Person:Ivan Varga');
    expect(named).not.toContain('Location:Varga');
  });

  it('lets a slot place go on past a toponym connector ("near Shakhta imeni Ridova")', () => {
    expect(namedOf('Forces shelled positions near Shakhta imeni Ridova, Donetsk.')).not.toContain(
      'Location:Shakhta',
    );
  });

  it('writes an acronym without the full stop of its sentence ("told the KX.")', () => {
    expect(namedOf('Three people told the KX. The talks went on.')).toContain('Organization:KX');
  });
});
