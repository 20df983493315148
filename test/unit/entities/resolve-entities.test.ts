import { entitiesOf, namedOf } from './helpers';

describe('resolveEntities', () => {
  it('joins a surname to the full name and keeps the fullest form as the name', () => {
    const people = entitiesOf('Defence Minister Rustam Haidarov spoke. Haidarov later left.').filter(
      (e) => e.type === 'Person',
    );
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({
      name: 'Rustam Haidarov',
      aliases: ['Haidarov'],
      key: 'person:rustam haidarov',
    });
    expect(people[0].mentions).toHaveLength(2);
    expect(people[0].roles).toEqual([{ title: 'defence minister' }]);
  });

  it('keeps a place a place when a headline opens with it as a lone word ("Zhytomyr mayor urges …")', () => {
    const named = namedOf('Zhytomyr mayor urges calm\n\nThe mayor of Zhytomyr in Ukraine spoke on Monday.');
    expect(named).toContain('Location:Zhytomyr');
    expect(named).not.toContain('Person:Zhytomyr');
  });

  it('joins well-known variant spellings', () => {
    const places = entitiesOf('Kiev was quiet. Later, sirens sounded in Kyiv.').filter(
      (e) => e.type === 'Location',
    );
    expect(places).toHaveLength(1);
    expect(places[0].key).toBe('location:kyiv');
  });

  it('joins variant spellings of a person', () => {
    const people = entitiesOf('President Volodymyr Zelensky spoke. Zelenskyy said more.').filter(
      (e) => e.type === 'Person',
    );
    expect(people).toHaveLength(1);
  });

  it('keys countries by ISO code across their names', () => {
    const e = entitiesOf('The United States said the US would help.').filter((x) => x.type === 'Location');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({
      key: 'location:us',
      name: 'United States',
      aliases: ['US'],
      countryCode: 'US',
    });
  });

  it('joins an acronym defined in brackets to its organisation', () => {
    const orgs = entitiesOf('The World Food Programme (WFP) warned. The WFP said stocks were low.').filter(
      (e) => e.type === 'Organization',
    );
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases).toContain('WFP');
  });

  it('flags a country named only by demonyms and leaves it out of the named list', () => {
    const e = entitiesOf('Belarusian troops crossed the border.').find((x) => x.key === 'location:by');
    expect(e?.demonymOnly).toBe(true);
    expect(e?.name).toBe('Belarus');
    expect(namedOf('Belarusian troops crossed the border.')).not.toContain('Location:Belarus');
  });

  it('keeps a demonym as a mention of the country it names', () => {
    const e = entitiesOf('Belarus denied it. Belarusian troops stayed home.').find(
      (x) => x.key === 'location:by',
    );
    expect(e?.demonymOnly).toBeUndefined();
    expect(e?.mentions.map((m) => m.text)).toEqual(['Belarus', 'Belarusian']);
    expect(e?.aliases).toEqual([]);
  });

  it('drops a lone capitalised word that joins nothing', () => {
    expect(namedOf('Nobody expected Quorvex to come.')).toEqual([]);
  });

  it('joins an owned organisation and its short form', () => {
    const orgs = entitiesOf(
      'Poland’s Ministry of Defence denied it. The Ministry of Defence later agreed.',
    ).filter((e) => e.type === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({
      name: 'Poland’s Ministry of Defence',
      key: 'organization:pl:ministry of defence',
      countryCode: 'PL',
    });
  });
});

describe('places in the slots of attack reports', () => {
  const typed = (text: string): string[] => namedOf(text).filter((n) => !n.startsWith('Weapon'));

  it('names an unknown village after "near", after an attack verb and in a list as a place', () => {
    expect(typed('Czech forces shelled Varnitsa and Kelkka, and fired mortars near Nova Ves.')).toEqual(
      expect.arrayContaining(['Location:Varnitsa', 'Location:Kelkka', 'Location:Nova Ves']),
    );
  });

  it('keeps the connectors of a toponym inside its name', () => {
    expect(typed('Slovak troops shelled Shakhta imeni Hlinka overnight.')).toContain(
      'Location:Shakhta imeni Hlinka',
    );
  });

  it('reads nothing into sentences that report no attack, and no platform or side as a place', () => {
    // ("near X" names a place in any sentence: the entity stage's place frames, not a slot.)
    expect(typed('The minister spoke at Varnitsa on Monday.')).not.toContain('Location:Varnitsa');
    expect(typed('Czech troops shelled the town, the army said on Telegram.')).not.toContain(
      'Location:Telegram',
    );
    expect(typed('Czech artillery struck Donbass People’s Militia positions.')).not.toContain(
      'Location:Donbass People',
    );
  });
});
