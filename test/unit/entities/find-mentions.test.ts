import { mentionsOf, namedOf } from './helpers';

describe('findMentions', () => {
  it('records offsets into the text, the sentence and the rule of every mention', () => {
    const text = 'Talks began.\nThe mayor of Lviv, Andriy Sadovyi, met Finnish envoy Mikko Laine in Lviv.';
    const mentions = mentionsOf(text).filter((m) => !m.tentative);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.rule).toMatch(/\w/);
      expect(m.sentence).toBe(1);
    }
  });

  it.each([
    ['Foreign Minister Annalena Baerbock arrived on Monday.', 'Person:Annalena Baerbock'],
    ['The talks were chaired by Prime Minister Mette Frederiksen.', 'Person:Mette Frederiksen'],
    ['Government spokesman Olaf Brandt said nothing.', 'Person:Olaf Brandt'],
    ['He met Gen. Mark Milley in the morning.', 'Person:Mark Milley'],
    ['The report was written by Tomasz Kowalski and Jan Nowak.', 'Person:Tomasz Kowalski'],
  ])('finds a person from a title or a full name: %s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it('ends a name before "AKA" and the alias after it', () => {
    expect(namedOf('Ana Rostova AKA “Sparrow”, a paramedic, was freed.')).toContain('Person:Ana Rostova');
  });

  it('drops a sentence-opening function word that is also a small town before a name ("As Ana Rostova said")', () => {
    expect(namedOf('As Ana Rostova said on Monday, the talks will resume.')).toContain('Person:Ana Rostova');
  });

  it.each([
    ['Former Prime Minister Maria May spoke at the summit.', 'Person:Maria May'],
    ['Harbour police Chief Tomas Chad said nothing.', 'Person:Tomas Chad'],
    ['Mayor Luis de Soto opened the bridge.', 'Person:Luis de Soto'],
    ['Premier Kim Jae-in visited the port.', 'Person:Kim Jae-in'],
    ['Chief Justice Anna Holm signed the order.', 'Person:Anna Holm'],
    ['Republican Tomas Varga won the seat.', 'Person:Tomas Varga'],
  ])('reads a name that holds a month, a country, a particle or a label: %s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it.each([
    ['President of Chile Ana Rojas arrived on Monday.', ['Person:Ana Rojas', 'Location:Chile']],
    ['Mer Odesa Petro Kovalenko opened the bridge.', ['Person:Petro Kovalenko']],
    ['President George W. Bush spoke at the summit.', ['Person:George W. Bush']],
  ])('keeps a place between a title and a name out of the name: %s', (text, expected) => {
    expect(namedOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['The talks will resume in May 2025 in Oslo.', 'May'],
    ['Kremlin-led forces moved north.', 'Kremlin-led'],
  ])('keeps months and adjective compounds out of names: %s', (text, word) => {
    expect(namedOf(text).some((n) => n.includes(word))).toBe(false);
  });

  it('keeps the role and what it belongs to', () => {
    const person = mentionsOf('Kremlin spokesman Ivan Petrov declined to comment.').find(
      (m) => m.type === 'Person',
    );
    expect(person?.text).toBe('Ivan Petrov');
    expect(person?.role).toEqual({ title: 'spokesman', of: 'Kremlin' });
  });

  it.each([
    ['The Ministry of Foreign Affairs issued a statement.', 'Organization:Ministry of Foreign Affairs'],
    ['Students at Charles University protested.', 'Organization:Charles University'],
    ['A report by the National Audit Office followed.', 'Organization:National Audit Office'],
    ['The claim was made by Poland’s General Staff on Monday.', 'Organization:Poland’s General Staff'],
    ['The Harbour Street Journal printed it.', 'Organization:Harbour Street Journal'],
    ['The Commission on Coastal Shipping met.', 'Organization:Commission on Coastal Shipping'],
    ['Officials from NATO and the IAEA visited.', 'Organization:NATO'],
    ['Officials from NATO and the IAEA visited.', 'Organization:International Atomic Energy Agency'],
    ['The data came from broadcaster Hromadske yesterday.', 'Organization:Hromadske'],
  ])('finds an organisation from a head word, a cue or the lexicon: %s', (text, expected) => {
    const named = namedOf(text);
    if (expected.endsWith('International Atomic Energy Agency')) {
      expect(named.some((n) => n === 'Organization:IAEA' || n === expected)).toBe(true);
    } else {
      expect(named).toContain(expected);
    }
  });

  it.each([
    [
      'The Chile-Peru Joint Chamber of Commerce said trade grew.',
      ['Organization:Chile-Peru Joint Chamber of Commerce', 'Location:Chile', 'Location:Peru'],
    ],
    [
      'Analysts at the Centre for the Study of Coastal Defence agreed.',
      ['Organization:Centre for the Study of Coastal Defence'],
    ],
    [
      'The chair of the Budget Committee of the Chamber of Deputies Lena Ortiz objected.',
      ['Organization:Budget Committee of the Chamber of Deputies', 'Person:Lena Ortiz'],
    ],
    [
      'The Council for a Clean Baltic Coast published its figures.',
      ['Organization:Council for a Clean Baltic Coast'],
    ],
  ])('reads an organisation opened by a country pair or with "of the" inside: %s', (text, expected) => {
    const named = namedOf(text);
    for (const e of expected) expect(named).toContain(e);
  });

  it('keeps a known name whose last word holds a country ("Agence France-Presse") whole', () => {
    const named = namedOf('Officials in Lima denied it, Agence France-Presse reported on Monday.');
    expect(named).toContain('Organization:Agence France-Presse');
    expect(named).not.toContain('Location:France');
  });

  it('takes no organisation from people sent by one ("Representatives of the Harbour Board")', () => {
    expect(namedOf('Representatives of the Harbour Board met on Monday.')).not.toContain(
      'Organization:Representatives of the Harbour Board',
    );
  });

  it.each([
    ['Ukraine said shelling hit Kherson on Monday.', 'Location:Kherson'],
    ['Troops entered the village of Zelenopillia last week.', 'Location:Zelenopillia'],
    ['Drones struck the Belgorod region again.', 'Location:Belgorod region'],
    ['Barges sank in the Danube River.', 'Location:Danube River'],
    ['The delegation flew to Poland and then to Germany.', 'Location:Poland'],
  ])('finds a place from the gazetteer, a cue or a suffix: %s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it('gives both places of "X and Y regions"', () => {
    const named = namedOf('Fighting went on in the Sumy and Poltava regions.');
    expect(named).toEqual(expect.arrayContaining(['Location:Sumy region', 'Location:Poltava region']));
  });

  it.each([
    ['Smoke rose over the Khimvolokno chemical plant.', 'Location:Khimvolokno chemical plant'],
    ['Workers were trapped in the Metalurh steelworks.', 'Location:Metalurh steelworks'],
    ['A drone struck the Admiral Essen frigate at dawn.', 'Location:Admiral Essen'],
    ['Divers reached the wreck of the landing ship Tsezar Kunikov.', 'Location:Tsezar Kunikov'],
  ])('finds a facility or a ship named with lower-case head words: %s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it('joins the bare name of a facility to the facility ("inside Khimvolokno")', () => {
    const named = namedOf(
      'Shells hit the Khimvolokno chemical plant. Hundreds are sheltering inside Khimvolokno.',
    );
    expect(named).toContain('Location:Khimvolokno chemical plant');
    expect(named.some((n) => n.endsWith(':Khimvolokno'))).toBe(false);
  });

  it.each([
    ['a verb phrase', 'Ivan Petrov said the plant was closed.'],
    ['a noun phrase that goes on', 'Polls show the Kovacs base voters stay loyal.'],
  ])('makes no facility of a name followed by %s', (_label, text) => {
    expect(namedOf(text).some((n) => n.startsWith('Location:'))).toBe(false);
  });

  it('gives places their country and coordinates', () => {
    const kyiv = mentionsOf('Sirens sounded in Kyiv.').find((m) => m.type === 'Location');
    expect(kyiv?.countryCode).toBe('UA');
    expect(kyiv?.point?.latitude).toBeCloseTo(50.45, 0);
  });

  it('tags demonyms as country actors', () => {
    const m = mentionsOf('Belarusian forces moved south.').find((x) => x.demonym);
    expect(m).toMatchObject({ text: 'Belarusian', type: 'Location', key: 'location:by', demonym: true });
  });

  it('splits hyphenated country names', () => {
    const texts = mentionsOf('The Poland-Belarus border stayed closed.').map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Poland', 'Belarus']));
  });

  it.each([
    ['Sometimes the alarms last all night.'],
    ['Beyond the river, nothing moved.'],
    ['On Wednesday the shops closed early in May.'],
    ['Photograph: Getty Images'],
    ['He posted the video on Telegram and X.'],
    ['Advertisement'],
    ['Related News'],
    ['For more information see our Privacy Policy and the Privacy Notice.'],
    ['The Google Privacy Policy and Terms of Service apply.'],
  ])('finds no entity in: %s', (text) => {
    expect(namedOf(text)).toEqual([]);
  });

  it('leaves out the publisher of a dateline', () => {
    expect(namedOf('KYIV (Interfax-Ukraine) – Power returned.')).not.toContain(
      'Organization:Interfax-Ukraine',
    );
  });

  it('finds named weapon systems and weapon words', () => {
    const weapons = mentionsOf(
      'Russia fired Kh-101 cruise missiles and Geran drones, and Ukraine used HIMARS.',
    ).filter((m) => m.type === 'Weapon');
    const names = weapons.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(['Kh-101', 'cruise missile', 'drone', 'HIMARS']));
  });

  it('finds a named system from a name before a weapon word', () => {
    const weapons = mentionsOf('The army tested Vilkha-M rockets.').filter((m) => m.rule === 'weapon.named');
    expect(weapons.map((m) => m.text)).toEqual(['Vilkha-M']);
  });

  it('ends no person name with a demonym ("Renewed Russian strikes")', () => {
    const people = mentionsOf('Renewed Belgian strikes hit the port, officials said.').filter(
      (m) => m.type === 'Person',
    );
    expect(people).toEqual([]);
  });

  const weaponNames = (text: string): (string | undefined)[] =>
    mentionsOf(text)
      .filter((m) => m.type === 'Weapon')
      .map((m) => m.name);

  it('names a weapon by its kind when a modifier says it ("grenade launchers", "cluster bombs")', () => {
    expect(weaponNames('Rebels fired grenade launchers and dropped cluster bombs on the camp.')).toEqual([
      'grenade launcher',
      'cluster bomb',
    ]);
  });

  it('reads tanks, jets and mines as weapons only in a sentence that reports an attack', () => {
    expect(weaponNames('A think tank in Oslo published a study of fuel tanks and coal mines.')).toEqual([]);
    expect(weaponNames('Tanks and jets attacked the village, and a mine killed two farmers.')).toEqual([
      'tank',
      'jet',
      'mine',
    ]);
  });

  it('takes an acronym in brackets after a written-out system name as the system', () => {
    const weapons = mentionsOf('The navy fired Coastal Strike Missile Systems (COSMIS) at the port.').filter(
      (m) => m.type === 'Weapon',
    );
    expect(weapons.map((m) => [m.text, m.rule])).toEqual([['COSMIS', 'weapon.named']]);
  });
});
