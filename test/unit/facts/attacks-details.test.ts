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
    expect(a).toMatchObject({ dateText: 'Wednesday', date: '2024-05-01' });
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
