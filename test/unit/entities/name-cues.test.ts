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

describe('names the run finder used to lose or mistype', () => {
  it.each([
    ['The Halden Gazette has previously reported that the talks failed.', 'Organization:Halden Gazette'],
    ['The Vestnik has previously reported that the talks failed.', 'Organization:Vestnik'],
    ['Johnson, writing in the Sunday Herald, said the supply had to continue.', 'Organization:Sunday Herald'],
    ['Twitter said the embassy had violated its rules.', 'Organization:Twitter'],
    ['Drills of the Northern Military District began on Monday.', 'Organization:Northern Military District'],
    ['Moscow marked its defeat of Nazi Germany in 1945.', 'Location:Nazi Germany'],
    ['US President Ana Rojas and State Department officials met.', 'Organization:State Department'],
    ['New York police said the march was peaceful.', 'Location:New York'],
    ['Athletes at the Munich Olympics in 1972 were attacked.', 'Location:Munich'],
    ['The Redkino Research Plant was hit.', 'Location:Redkino Research Plant'],
  ])('%s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it('splits a titled name from an organisation after "and"', () => {
    expect(namedOf('US President Ana Rojas and State Department officials met.')).toContain(
      'Person:Ana Rojas',
    );
  });

  it('reads a sentence inside a quotation as opening with its first word ("… exports. The Kremlin …")', () => {
    expect(namedOf('“Ships left the port. The Kremlin continues to block food.”')).toContain(
      'Organization:Kremlin',
    );
  });

  it('takes no event as an entity ("Victory Day")', () => {
    expect(namedOf('Moscow will celebrate Victory Day on Thursday.').some((n) => n.includes('Victory'))).toBe(
      false,
    );
  });
});

describe('places and parties the context gives away', () => {
  it.each([
    ['Odesa is one of three export hubs, Ukraine said.', 'Location:Odesa'],
    ['Missiles came from the Kherson direction, Ukraine said.', 'Location:Kherson'],
    ['The mayor of Auckland spoke; New Zealand’s navy stood by.', 'Location:Auckland'],
    ['The vote split the Republican party.', 'Organization:Republican party'],
    ['The Pentagon is considering more launchers, Politico reports.', 'Organization:Politico'],
    ['Vadym Petrenko gave an interview to the Telegraph on Monday.', 'Organization:Telegraph'],
  ])('%s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });
});
