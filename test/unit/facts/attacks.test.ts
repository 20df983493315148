import { attacksOf, city, country, pairs } from './attack-helpers';

const WAR = ' Soldiers and artillery units stayed on the front line.';

describe('extractAttacks: attackers and targets', () => {
  it.each([
    [
      'demonym force, verb and object',
      'Belarusian troops shelled Varnitsa overnight.',
      'Belarus -> Varnitsa',
    ],
    ['country subject, fired at', 'Moldova fired three missiles at the town of Ocnita.', 'Moldova -> Ocnita'],
    ['weapon as subject', 'A Romanian drone hit a depot near Soroca on Monday.', 'Romania -> Soroca'],
    [
      'capital as metonym, possessive noun',
      'Budapest’s missile attack on Cahul killed two people.',
      'Hungary -> Cahul',
    ],
    ['passive with agent', 'Balti was shelled by Georgian troops on Friday.', 'Georgia -> Balti'],
    ['light verb and attack noun', 'Armenia launched a drone attack on Ganja overnight.', 'Armenia -> Ganja'],
    [
      'demonym on an attack noun',
      'Two civilians died in Serbian shelling in Pristina.',
      'Serbia -> Pristina',
    ],
    [
      'place before the cue',
      'Power was cut in Tiraspol after punishing Polish strikes.',
      'Poland -> Tiraspol',
    ],
    ['forces of a country', 'The Armed Forces of Latvia shelled Rezekne.', 'Latvia -> Rezekne'],
    ['ground attack', 'Estonian forces captured the village of Narvamaa.', 'Estonia -> Narvamaa'],
    [
      'an advance on a place',
      'Estonian troops advanced on the town of Narvamaa at dawn.',
      'Estonia -> Narvamaa',
    ],
    [
      'troops entering a place',
      'Estonian troops entered the village of Narvamaa on Friday.',
      'Estonia -> Narvamaa',
    ],
    [
      'adjectives before a "city of" frame',
      'Two died in Serbian strikes on the besieged eastern separatist city of Pristina.',
      'Serbia -> Pristina',
    ],
    [
      'weapon modifiers between the demonym and the weapon',
      'Officials said that four Serbian cruise missiles had hit the centre of Pristina.',
      'Serbia -> Pristina',
    ],
    [
      "only the other side's forces named: their country",
      'The video shows a Danish mortar attack on medics and Swedish troops.',
      'Denmark -> Sweden',
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(pairs(attacksOf(sentence + WAR))).toEqual([expected]);
  });

  it('reads an unknown village after "near" and its region after the comma', () => {
    const [a] = attacksOf(
      'On 3 May 2021, the Finnish Forces fired 120mm mortars near Kelkka, Lapland. Casualties unknown.',
    );
    expect(a).toMatchObject({
      attacker: 'Finland',
      target: 'Kelkka',
      location: 'Lapland',
      date: '2021-05-03',
    });
    expect(a.weapons).toContain('mortar');
    expect(a.type).toBe('Shelling/artillery/missile attack');
  });

  it('gives one attack per listed place', () => {
    const text = 'Slovak forces shelled Brezno, Zvolen and Detva on Tuesday.' + WAR;
    expect(pairs(attacksOf(text))).toEqual(['Slovakia -> Brezno', 'Slovakia -> Zvolen', 'Slovakia -> Detva']);
  });

  it('prefers a city to its country in the same sentence', () => {
    const text = 'Czechia conducted a drone attack on Slovakia overnight, damaging the grid in Presov.' + WAR;
    const specs = [country('Czechia'), country('Slovakia'), city('Presov', 'Slovakia')];
    expect(pairs(attacksOf(text, specs))).toEqual(['Czechia -> Presov']);
  });

  it('takes a facility named in the text as the target and its region as the location', () => {
    const [a] = attacksOf(
      'On Sunday, Norway attacked the Bergsund Chemical Plant in the Vestland region.' + WAR,
    );
    expect(a).toMatchObject({
      attacker: 'Norway',
      target: 'Bergsund Chemical Plant',
      location: 'Vestland region',
    });
  });

  it('resolves "it" to the country named earlier in the sentence', () => {
    const text =
      'Denmark’s General Staff said it had fired cruise missiles at the Skagen base in Jutland.' + WAR;
    expect(pairs(attacksOf(text))[0]).toMatch(/^Denmark -> Skagen/);
  });

  it('reports the same attack named twice as one', () => {
    const text =
      'Greek troops shelled Kavala on Monday. Officials said Greek troops shelled Kavala again.' + WAR;
    expect(attacksOf(text)).toHaveLength(1);
  });

  it('keeps an air strike and a ground offensive on one place apart', () => {
    const text = 'Turkey said it was expanding a ground offensive in Afrin, after days of air strikes.' + WAR;
    expect(attacksOf(text).map((a) => a.type)).toEqual(['Armed clash', 'Air/drone strike']);
  });

  it('records provenance: sentence, offsets into the text and rule', () => {
    const text = 'Calm returned. Dutch troops shelled Arnhem.' + WAR;
    const [a] = attacksOf(text);
    expect(a.sentences).toEqual([1]);
    expect(text.slice(a.start, a.end)).toBe('Dutch troops shelled Arnhem');
    expect(a.rule).toBe('attack.verb');
  });
});

describe('extractAttacks: report forms', () => {
  it.each([
    [
      'object after an instrument phrase',
      'Czech forces shelled with heavy weapons the village of Hrabova, Morava.',
      'Czechia -> Hrabova',
    ],
    [
      'a place north of a village',
      'Czech forces fired rockets at a checkpoint south of Hrabova.',
      'Czechia -> Hrabova',
    ],
    [
      'continued to fire',
      'Czech forces continued to fire artillery at houses in Hrabova.',
      'Czechia -> Hrabova',
    ],
    [
      'continued shelling with an object',
      'Czech forces continued shelling Hrabova, hitting a school.',
      'Czechia -> Hrabova',
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(pairs(attacksOf(sentence + WAR))).toEqual([expected]);
  });

  describe('an attack reported without its attacker', () => {
    const lead = 'Czech forces shelled Presov on Monday.';
    it.each([
      ['an object of the attack', `${lead} Four missiles also hit the city of Kosice.`, 'Czechia -> Kosice'],
      ['a passive subject', `${lead} Later the town of Zilina was shelled.`, 'Czechia -> Zilina'],
      [
        'an attack noun with "on"',
        `${lead} Two people died in a missile attack on Nitra.`,
        'Czechia -> Nitra',
      ],
    ])('takes the attacking side of the earlier sentences: %s', (_label, text, expected) => {
      expect(pairs(attacksOf(text + WAR))).toEqual(['Czechia -> Presov', expected]);
    });

    it('reads a reduced passive with a weapon as agent ("the city of X, hit by 13 missiles")', () => {
      const text = `${lead} The attack followed others, with the city of Kosice hit by 13 missiles.`;
      expect(pairs(attacksOf(text + WAR))).toEqual(['Czechia -> Presov', 'Czechia -> Kosice']);
    });

    it('gives every place of a passive subject list an attack', () => {
      const text = `${lead} Officials said the villages of Nitra and Trnava were shelled.`;
      expect(pairs(attacksOf(text + WAR))).toEqual([
        'Czechia -> Presov',
        'Czechia -> Nitra',
        'Czechia -> Trnava',
      ]);
    });

    it('takes no attacker when the article has named none', () => {
      expect(pairs(attacksOf('Four missiles hit the city of Kosice on Monday.' + WAR))).toEqual([]);
    });

    it("takes no attacker for a place before an attack noun, nor for the side's own country", () => {
      const text = `${lead} In Kosice dozens of attacks continue. Later the town of Ostrava was shelled.`;
      expect(pairs(attacksOf(text + WAR))).toEqual(['Czechia -> Presov']);
    });
  });

  it.each([
    ['a place that came under fire', 'Ohrid came under heavy Serbian artillery fire on Sunday.'],
    ['weapons striking a place', 'Serbian missiles were seen striking at apartment blocks in Ohrid.'],
  ])('reads %s', (_label, sentence) => {
    expect(pairs(attacksOf(sentence + WAR, [city('Ohrid', 'North Macedonia')]))).toEqual(['Serbia -> Ohrid']);
  });

  it('takes the place a place-named facility stands for ("the Baltic port of Klaipeda")', () => {
    const text = 'Polish missiles hit the Baltic port of Klaipeda on Monday.' + WAR;
    expect(pairs(attacksOf(text, [country('Poland'), city('Klaipeda', 'Lithuania')]))).toEqual([
      'Poland -> Klaipeda',
    ]);
  });

  it("reads a side's fleet named after a place as the side, not the target", () => {
    const text = 'The Kaliningrad fleet headquarters in Klaipeda was hit by a Polish drone.' + WAR;
    expect(pairs(attacksOf(text, [city('Klaipeda', 'Lithuania')]))).toEqual(['Poland -> Klaipeda']);
  });

  it("takes the place in apposition to a country's description ('Slovakia's second city, Kosice')", () => {
    const text = "Czech artillery shelled Slovakia's second city, Kosice, on Monday." + WAR;
    const [a] = attacksOf(text);
    expect([a?.target, a?.location]).toEqual(['Kosice', 'Slovakia']);
  });

  it('takes a facility named by its place and lower-case head words, the place as its location', () => {
    const text = 'Czech missiles hit the Kosice oil refinery overnight.' + WAR;
    const [a] = attacksOf(text, [city('Kosice', 'Slovakia')]);
    expect([a?.target, a?.location]).toEqual(['Kosice oil refinery', 'Kosice']);
  });

  it('keeps one record when the same attack is named by its place and by a facility there', () => {
    const text =
      'Czech missiles hit Kosice on Monday. Czech forces fired rockets at the Kosice oil refinery.' + WAR;
    expect(pairs(attacksOf(text, [city('Kosice', 'Slovakia')]))).toEqual(['Czechia -> Kosice oil refinery']);
  });

  it('takes a ship named in apposition to the object of "sank" as the target', () => {
    const text =
      'Estonia sank the pride of the Latvian navy, the Virsaitis corvette, in a missile strike in May.' + WAR;
    expect(pairs(attacksOf(text))).toEqual(['Estonia -> Virsaitis']);
  });

  it('takes a named plant "in X" before an attack noun as the target, X as its location', () => {
    const text =
      'Smoke rises from the Khimvolokno chemical plant in Kosice after a Czech bombardment on Saturday.' +
      WAR;
    const [a] = attacksOf(text, [city('Kosice', 'Slovakia')]);
    expect([a?.attacker, a?.target, a?.location]).toEqual([
      'Czechia',
      'Khimvolokno chemical plant',
      'Kosice',
    ]);
  });

  it('takes the place a bare "city" refers to in a headline and in "shelling of the border city"', () => {
    const headline = 'Chernihiv mayor urges residents to flee city as Belarus steps up shelling';
    const body =
      'The mayor of Chernihiv in northern Ukraine spoke as Belarusian troops stepped up their shelling of the border city.';
    expect(pairs(attacksOf(`${headline}\n\n${WAR}`, [city('Chernihiv', 'Ukraine')]))).toEqual([
      'Belarus -> Chernihiv',
    ]);
    expect(pairs(attacksOf(body + WAR))).toEqual(['Belarus -> Chernihiv']);
  });

  it('reads a live-blog caption with a time and a trailing "– video"', () => {
    const text = '00:49 Firefighters battle a blaze after a Polish missile strike in Lutsk – video\n' + WAR;
    expect(pairs(attacksOf(text, [city('Lutsk', 'Ukraine')]))).toEqual(['Poland -> Lutsk']);
  });

  it('reads an attack after a timestamp glued to its text', () => {
    const text = '2023-03-05T13:38:28ZPolish missiles hit Lutsk overnight.' + WAR;
    expect(pairs(attacksOf(text, [city('Lutsk', 'Ukraine')]))).toEqual(['Poland -> Lutsk']);
  });

  it('gives no attack on the attacking side itself', () => {
    const text = 'Poland was targeting Lithuanian military depots inside Poland, a spokeswoman said.' + WAR;
    expect(pairs(attacksOf(text))).toEqual([]);
  });

  it('hits an unknown village that the entity stage found in the place slot after "near"', () => {
    const text = 'Czech forces fired mortars near Nova Ves, Morava.' + WAR;
    expect(pairs(attacksOf(text))).toEqual(['Czechia -> Nova Ves']);
  });

  it.each([
    ['a place written before an attack noun', 'The Madrid bombing of 2004 shocked Europe.'],
    ['an adjective', 'Czech officials said the remarks were offensive in Brno.'],
    ['a participle used as an adjective', 'Exhibits of captured Czech tanks opened in Brno.'],
    ['an oil company', 'Czech Shell said fire crews in Brno were ready.'],
  ])('ignores %s', (_label, sentence) => {
    expect(attacksOf(sentence + WAR)).toEqual([]);
  });
});

describe('extractAttacks: how the noun phrase after the cue names its target', () => {
  const places = [
    country('Poland'),
    city('Lodz', 'Poland'),
    city('Radom', 'Poland'),
    city('Kielce', 'Poland'),
    city('Gdynia', 'Poland'),
    city('Torun', 'Poland'),
    city('Plock', 'Poland'),
    city('Pulawy', 'Poland'),
    city('Lublin', 'Poland'),
  ];
  const run = (text: string): [string, string | undefined][] =>
    attacksOf(text + WAR, places).map((a) => [`${a.attacker} -> ${a.target}`, a.location]);

  it('reads a place noun in apposition before the name ("strikes on the capital X")', () => {
    expect(run('Belarus condemned the Russian strikes on the capital Lodz, which followed talks.')).toEqual([
      ['Russia -> Lodz', 'Poland'],
    ]);
  });

  it('takes the place after the attack noun, not a place of the clause before it', () => {
    const text =
      "The deaths in the city of Kielce followed a Russian barrage on a crowded area of Poland's third city, Lodz, that killed four.";
    expect(run(text)).toEqual([['Russia -> Lodz', 'Poland']]);
  });

  it('takes a named facility "in" a place as the target and the place as its location', () => {
    expect(
      run('Smoke rises from the Orlen refinery in Plock after a Russian bombardment on Sunday.'),
    ).toEqual([['Russia -> Orlen refinery', 'Plock']]);
  });

  it('reads a capitalised common word before a facility head as no name ("the Military base in X")', () => {
    expect(run('Russian forces launched a rocket attack on the Military base in Radom.')).toEqual([
      ['Russia -> Radom', 'Poland'],
    ]);
  });

  it('keeps a facility described only by its kind as its place ("a school in X")', () => {
    expect(run('Russian drones destroyed a school in Radom on Monday.')).toEqual([
      ['Russia -> Radom', 'Poland'],
    ]);
  });

  it('gives a named facility and the villages of a passive subject list an attack each', () => {
    const text =
      'The Mesko arms factory in Radom and the towns of Kielce and Torun were shelled by Russian troops.';
    expect(run(text).map(([p]) => p)).toEqual([
      'Russia -> Mesko arms factory',
      'Russia -> Kielce',
      'Russia -> Torun',
    ]);
  });

  it("takes the named facility in apposition to a country's description", () => {
    const text =
      "On Tuesday Russia struck Poland's largest fuel producer, the Plock oil refinery, and two depots.";
    expect(run(text)).toEqual([['Russia -> Plock oil refinery', 'Poland']]);
  });

  it('gives each place of a list of facilities with their places an attack', () => {
    const text =
      'Russian missile strikes hit military targets, including an air defence site in Kielce, the Polish naval base in Gdynia and an arms depot in Torun.';
    expect(run(text).map(([p]) => p)).toEqual(['Russia -> Kielce', 'Russia -> Gdynia', 'Russia -> Torun']);
  });

  it('gives each place of a range that spells out the places attacked ("on cities, from A to B and C")', () => {
    const text = 'Russian strikes on cities in the east, from Lublin to Radom and Kielce, killed six people.';
    expect(run(text).map(([p]) => p)).toEqual(['Russia -> Lublin', 'Russia -> Radom', 'Russia -> Kielce']);
  });

  it('reads "strikes were reported in A, where …, and in B" as new attacks on A and B', () => {
    const text =
      'Russian missiles hit Lublin on Monday. Strikes were also reported in Radom, where a market was hit, killing two people, and in the northern city of Gdynia.';
    expect(run(text).map(([p]) => p)).toEqual(['Russia -> Lublin', 'Russia -> Radom', 'Russia -> Gdynia']);
    expect(attacksOf(text + WAR, places).find((a) => a.target === 'Radom')?.killed).toBe(2);
  });

  it('names the region after "of" in a region frame named by a country ("the central Poland region of X")', () => {
    const text =
      'Russian rocket strikes hit railway stations in the central Poland region of Lublin on Monday.';
    expect(run(text).map(([p]) => p)).toEqual(['Russia -> Lublin region']);
  });

  it('keeps a region named by its own place before "of" a country ("the Lublin region of Poland")', () => {
    const text = 'Russian troops shelled the Lublin region of Poland on Monday.';
    expect(run(text).map(([p]) => p)).toEqual(['Russia -> Lublin region']);
  });

  it('does not read a launch site and a destination as a range of targets', () => {
    expect(
      run('Russian troops fired missiles from Lublin to Radom on Monday.').map(([p]) => p),
    ).not.toContain('Russia -> Lublin');
  });
});
