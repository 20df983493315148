import { attacksOf } from './attack-helpers';

const WAR = ' Soldiers and artillery units stayed on the front line.';

describe('extractAttacks: weapons, counts, interceptions, dates, casualties', () => {
  it('adds counts and interceptions from sentences that refer back to the attack', () => {
    const text =
      'Belarus unleashed a massive air assault on Lithuania’s cities. ' +
      'Sunday’s attack involved 300 drones and 20 missiles. ' +
      'Vilnius downed all but 30 drones and 15 of the missiles.' +
      WAR;
    const [a, ...rest] = attacksOf(text);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ attacker: 'Belarus', target: 'Lithuania', type: 'Air/drone strike' });
    expect(a.weaponCounts).toEqual({ drone: 300, missile: 20 });
    expect(a.intercepted).toEqual({ drone: 270, missile: 15 });
    expect(a.sentences).toEqual([0, 1, 2]);
  });

  it('reads "N of the M drones" as interceptions and the total', () => {
    const text =
      'Belarus conducted a drone attack on Grodno overnight. Polish forces shot down 50 of the 90 drones.' +
      WAR;
    const [a] = attacksOf(text);
    expect(a.intercepted).toEqual({ drone: 50 });
    expect(a.weaponCounts).toEqual({ drone: 90 });
  });

  it.each([
    ['killing N', 'Latvian forces shelled Daugavpils, killing 3 civilians and wounding 5.', 3, 5],
    [
      'N were killed',
      'Two civilians were killed and four were injured in Latvian shelling in Daugavpils.',
      2,
      4,
    ],
    [
      'a toll in the next sentence',
      'Latvian forces shelled Daugavpils. One person died, five were injured.',
      1,
      5,
    ],
    [
      'numbers with thousands',
      'At least 1,300 people were killed in Daugavpils in Latvia’s attack.',
      1300,
      undefined,
    ],
  ])('counts casualties: %s', (_label, text, killed, injured) => {
    const [a] = attacksOf(text + WAR);
    expect(a.killed).toBe(killed);
    expect(a.injured).toBe(injured);
  });

  it('does not count calibres or unknown tolls', () => {
    const [a] = attacksOf('Latvian forces fired 120mm mortars at Daugavpils. Casualties unknown.' + WAR);
    expect(a.killed).toBeUndefined();
    expect(a.weaponCounts).toEqual({});
  });

  it('keeps named systems and modifiers of weapons', () => {
    const text = 'Austria fired Alpen-7 Falcon cruise missiles at the Graz depot in Styria.' + WAR;
    expect(attacksOf(text)[0].weapons).toEqual(['Alpen-7 Falcon', 'cruise missile']);
  });

  it('takes an acronym in brackets as the system', () => {
    const text =
      'Austria has launched Alpine Tactical Missile Systems (ALTACS) at targets in the Tyrol region.' + WAR;
    const [a] = attacksOf(text);
    expect(a.target).toBe('Tyrol region');
    expect(a.weapons).toContain('ALTACS');
  });

  it('resolves a weekday against the publication date, in the past', () => {
    const [a] = attacksOf('Swiss troops shelled Basel on Wednesday.' + WAR, [], '2024-05-07');
    expect(a).toMatchObject({
      dateText: 'Wednesday',
      date: '2024-05-01',
      datePrecision: 'day',
      dateSource: 'text',
    });
  });

  it.each([
    ['a drone', 'A Belgian drone hit a depot near Namur.', 'Air/drone strike'],
    ['a mine', 'A Belgian mine blew up a truck near Namur.', 'Remote explosive/landmine/IED'],
    ['artillery', 'Belgian forces fired artillery at Namur.', 'Shelling/artillery/missile attack'],
    ['a ground assault', 'Belgian forces stormed the town of Namur.', 'Armed clash'],
  ])('types the attack from %s', (_label, sentence, type) => {
    expect(attacksOf(sentence + WAR)[0]?.type).toBe(type);
  });
});

describe('extractAttacks: tolls of the attack', () => {
  const killedOf = (text: string): (number | undefined)[] => attacksOf(text + WAR).map((a) => a.killed);

  it.each([
    ['a hedged object', 'Latvian forces shelled Daugavpils, killing at least seven people.', 7],
    ['a hedged passive subject', 'At least 14 people were killed when Latvian drones hit Daugavpils.', 14],
    ['an intransitive verb', 'Latvian forces shelled Daugavpils on Monday and four residents died.', 4],
    ['"left N dead"', 'A Latvian missile strike on Daugavpils left 31 dead.', 31],
    ['one person by article', 'A woman was killed when Latvian artillery shelled Daugavpils.', 1],
    [
      'counted singulars',
      'A 63-year-old man and his granddaughter died after Latvian shelling of Daugavpils.',
      2,
    ],
    [
      'coordinated counts',
      'One policeman and three firefighters were killed in Latvian shelling of Daugavpils.',
      4,
    ],
    [
      '"along with"',
      'Two teenagers were killed along with their teacher in a Latvian drone strike on Daugavpils.',
      3,
    ],
    ['an object list', 'A Latvian air strike on Daugavpils killed a 9-year-old boy and his father.', 2],
    [
      'an aside that does not add',
      'At least 40 civilians, including six children, were killed in Latvian shelling of Daugavpils.',
      40,
    ],
    [
      'recovered bodies',
      'Rescuers recovered five bodies after Latvian missiles hit a school in Daugavpils.',
      5,
    ],
    [
      'a fighter counted by a noun of people',
      'Latvian forces shelled Daugavpils; one Estonian rebel was killed.',
      1,
    ],
    ['"were reported killed"', 'Latvian drones hit Daugavpils, where six people were reported killed.', 6],
    ['"shot dead"', 'Latvian troops stormed the village of Kalnciems. Two men were shot dead.', 2],
    ['"another" person', 'Another pensioner was killed in a Latvian drone attack on Daugavpils.', 1],
    ['a count after a possessive', 'Latvian drones hit Daugavpils, killing a farmer and his three sons.', 4],
    [
      'a count after a reporting verb',
      'The mayor said four people were killed when Latvian drones hit Daugavpils.',
      4,
    ],
  ])('reads the toll: %s', (_label, text, killed) => {
    expect(killedOf(text)).toEqual([killed]);
  });

  it('reads "one X was killed" before an auxiliary that ends in -s', () => {
    const [a] = attacksOf(
      'Latvian artillery pounded Daugavpils. One resident was killed and two were injured.' + WAR,
    );
    expect([a.killed, a.injured]).toEqual([1, 2]);
  });

  it('counts the injured apart from the killed', () => {
    const [a] = attacksOf(
      'Latvian drones struck Daugavpils; six civilians were killed and 23 injured.' + WAR,
    );
    expect([a.killed, a.injured]).toEqual([6, 23]);
  });

  it.each([
    ['an age', 'Latvian shelling of Daugavpils wounded a 57-year-old.'],
    ['a year', 'Latvian forces shelled Daugavpils, where many were killed in 1944.'],
    [
      'a running total',
      'Latvian forces shelled Daugavpils. More than 9,000 civilians have been killed since the invasion began.',
    ],
    ['a rate', 'Latvian forces shelled Daugavpils. Up to 80 soldiers were being killed a day.'],
    ['a time, not people', 'Latvian forces shelled Daugavpils, killed two days after the talks.'],
    [
      'losses over months',
      'Latvian forces shelled Daugavpils. Estonia says 120 Latvian tanks were destroyed and 2,000 Latvian troops killed over the past months.',
    ],
  ])('reads no toll from %s', (_label, text) => {
    expect(killedOf(text)[0]).toBeUndefined();
  });

  it('takes the latest figure of a rising death toll', () => {
    const text =
      'Latvian missiles hit Daugavpils on Tuesday, killing nine people. ' +
      'By Wednesday the death toll from the strike had risen to 17.';
    expect(killedOf(text)).toEqual([17]);
  });

  it.each([
    [
      'a sentence of its own',
      'Latvian drones hit Daugavpils on Friday. The death toll rose to 14 on Saturday.',
    ],
    ['a long subject', 'The death toll from Sunday’s Latvian missile strike on Daugavpils has risen to 14.'],
    [
      '"has since risen"',
      'Latvian missiles hit Daugavpils, killing six. The death toll has since risen to 14.',
    ],
  ])('reads a rising death toll in %s', (_label, text) => {
    expect(killedOf(text)).toEqual([14]);
  });

  it('keeps the toll of a later report of the same attack', () => {
    const text =
      'Latvian drones hit Daugavpils overnight, officials said. ' +
      'Local officials later said Latvian drones had hit Daugavpils, killing six people.';
    expect(killedOf(text)).toEqual([6]);
  });

  it('gives the toll of "strikes in X, southern Y, that killed" to the attack, not to Y', () => {
    const text =
      'Estonian drones hit Daugavpils on Monday. ' +
      'Rescuers were still searching the rubble of strikes in Daugavpils, southern Latvia, that killed nine people.';
    expect(attacksOf(text + WAR).map((a) => [a.attacker, a.target, a.killed])).toEqual([
      ['Estonia', 'Daugavpils', 9],
    ]);
  });

  it.each([
    [
      '"another N"',
      'Latvian missiles hit Daugavpils, killing two people. Another three people died in hospital.',
    ],
    [
      '"N more"',
      'Latvian missiles hit Daugavpils, killing two people. Three more died in hospital on Tuesday.',
    ],
    [
      '"a further N"',
      'Two people were killed when Latvian missiles hit Daugavpils, and a further three died later.',
    ],
  ])('adds people killed beyond those counted: %s', (_label, text) => {
    expect(killedOf(text)).toEqual([5]);
  });

  it('reads a toll in the next sentence', () => {
    expect(killedOf('Latvian drones hit a market in Daugavpils. The strike killed two.')).toEqual([2]);
  });

  it('reads a toll after a sentence that goes on about the attack', () => {
    const text =
      'Latvian artillery shelled Daugavpils on Monday. Several houses were damaged in the city centre. ' +
      'At least nine civilians were killed.';
    expect(killedOf(text)).toEqual([9]);
  });

  it('reads no toll after a sentence about another side', () => {
    const text =
      'Latvian artillery shelled Daugavpils on Monday. Estonian troops destroyed a bridge. ' +
      'At least nine civilians were killed.';
    expect(killedOf(text)).toEqual([undefined]);
  });

  it('reads a toll from the sentence that introduces the attack', () => {
    const text =
      'Eleven people died overnight, officials said. Latvian missiles hit an apartment block in Daugavpils.';
    expect(killedOf(text)).toEqual([11]);
  });

  it('gives each attack of a sentence its own toll', () => {
    const text =
      'Latvian rockets hit Daugavpils, killing three people, a day after a Latvian drone attack on Rezekne killed eight.';
    const byTarget = Object.fromEntries(attacksOf(text + WAR).map((a) => [a.target, a.killed]));
    expect(byTarget).toEqual({ Daugavpils: 3, Rezekne: 8 });
  });

  it('gives "killed" the attack it follows, not the attack named after its object', () => {
    const text =
      'Latvian shelling of Daugavpils killed two people, a day after strikes on Rezekne killed four.';
    const byTarget = Object.fromEntries(attacksOf(text + WAR).map((a) => [a.target, a.killed]));
    expect(byTarget).toEqual({ Daugavpils: 2, Rezekne: 4 });
  });
});

/** A Tuesday. */
const PUBLISHED = '2024-05-07T09:30:00Z';
/** The attacks of `text` by target, the article published on `publishedAt` (null: no date). */
const byTarget = (text: string, publishedAt: string | null = PUBLISHED) =>
  Object.fromEntries(attacksOf(text + WAR, [], publishedAt ?? undefined).map((a) => [a.target, a]));

describe('extractAttacks: the calendar date of an attack', () => {
  it('takes the date phrase nearest the attack word when a sentence has several', () => {
    const { Basel } = byTarget(
      'The ministry said on Monday that Swiss troops had shelled Basel on Saturday.',
    );
    expect(Basel).toMatchObject({ date: '2024-05-04', dateText: 'Saturday', dateSource: 'text' });
  });

  it('reads a possessive date on the attack noun', () => {
    const { Basel } = byTarget('Sunday’s Swiss shelling of Basel destroyed a school.');
    expect(Basel).toMatchObject({ date: '2024-05-05', dateSource: 'text', datePrecision: 'day' });
  });

  it('never dates an attack after publication: a time counted from another event stays words', () => {
    const { Basel } = byTarget('Barely 12 hours after the truce was signed, Swiss troops shelled Basel.');
    expect(Basel.date).toBeUndefined();
    expect(Basel).toMatchObject({ dateText: '12 hours after', datePrecision: 'unknown', dateSource: 'text' });
  });

  it('keeps a month or a week as the precision of the text, without falling back to a day', () => {
    const { Basel, Bern } = byTarget('Swiss troops shelled Basel in March. Swiss drones hit Bern last week.');
    expect(Basel).toMatchObject({ dateText: 'March', datePrecision: 'month', dateSource: 'text' });
    expect(Basel.date).toBeUndefined();
    expect(Bern).toMatchObject({ dateText: 'last week', datePrecision: 'range', dateSource: 'text' });
    expect(Bern.date).toBeUndefined();
  });

  it('dates an attack without a date of its own by the last earlier attack report', () => {
    const { Bern, Zurich } = byTarget(
      'On Saturday, Swiss troops shelled Basel. Swiss rockets also hit Bern. ' +
        'The ministry called it a war crime. Swiss drones then struck Zurich.',
    );
    expect(Bern).toMatchObject({ date: '2024-05-04', datePrecision: 'day', dateSource: 'context' });
    expect(Bern.dateText).toBeUndefined();
    expect(Zurich).toMatchObject({ date: '2024-05-04', dateSource: 'context' });
  });

  it('takes the most recent date of an attack report as the context', () => {
    const { Zurich } = byTarget(
      'Swiss troops shelled Basel on Saturday. Swiss drones hit Bern on Monday. Swiss rockets also hit Zurich.',
    );
    expect(Zurich).toMatchObject({ date: '2024-05-06', dateSource: 'context' });
  });

  it('does not carry the date of a statement, of another kind of event, or of the distant past', () => {
    for (const lead of [
      'Swiss troops shelled Basel, officials said on Saturday.',
      'The parliament in Geneva voted on Saturday to send more aid.',
      'Swiss troops shelled Basel on April 2.',
    ]) {
      const { Bern } = byTarget(`${lead} Swiss rockets also hit Bern.`);
      expect({ lead, ...Bern }).toMatchObject({ lead, date: '2024-05-07', dateSource: 'publication' });
    }
  });

  it('dates a report with no date in its text by the publication day, and says so', () => {
    const { Basel } = byTarget('Swiss troops shelled Basel.');
    expect(Basel).toMatchObject({ date: '2024-05-07', datePrecision: 'day', dateSource: 'publication' });
    expect(Basel.dateText).toBeUndefined();
  });

  it('leaves an attack undated when neither the text nor the article dates it', () => {
    const { Basel } = byTarget('Swiss troops shelled Basel.', null);
    expect(Basel.date).toBeUndefined();
    expect(Basel.dateSource).toBeUndefined();
    expect(Basel.datePrecision).toBe('unknown');
  });
});
