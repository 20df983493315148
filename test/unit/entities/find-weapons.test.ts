import { attacksOf } from '../facts/attack-helpers';
import { entitiesOf, mentionsOf } from './helpers';

const WAR = ' Soldiers and artillery units stayed on the front line.';

/** The weapons of a text as "name (category)". */
const weaponsOf = (text: string): string[] =>
  entitiesOf(text)
    .filter((e) => e.type === 'Weapon')
    .map((e) => `${e.name} (${e.category ?? '?'})`);

describe('findWeapons: names as written, with a category', () => {
  it.each([
    ['Latvian forces fired missiles at Daugavpils.', ['missile (missile)']],
    ['Latvian forces fired long-range missiles at Daugavpils.', ['long-range missile (missile)']],
    ['Latvia launched kamikaze drones and UAVs at Narva.', ['kamikaze drone (drone)', 'UAV (drone)']],
    ['Belgian jets bombed the port of Ostend.', ['jet (aircraft)']],
    ['Tanks attacked the village of Ruhla.', ['tank (armour)']],
    ['The army shelled Arvika with howitzers and mortars.', ['howitzer (artillery)', 'mortar (artillery)']],
    ['Rebels attacked the camp with rifles.', ['rifles (small-arms)']],
  ])('%s', (text, expected) => {
    expect(weaponsOf(text)).toEqual(expected);
  });

  it('keeps "missiles" and "long-range missiles" apart, each as written, and "missile" and "missiles" together', () => {
    const text = 'Latvia fired missiles at Narva. Two more missiles and four long-range missiles hit Tartu.';
    expect(weaponsOf(text)).toEqual(['missile (missile)', 'long-range missile (missile)']);
  });

  it('does not take a verb before the weapon word as its modifier ("to launch drones")', () => {
    expect(weaponsOf('Estonian forces began to launch drones at Pskov on Monday.')).toEqual([
      'drone (drone)',
    ]);
    expect(weaponsOf('Estonian forces launch drones at Pskov every night.')).toEqual(['drone (drone)']);
    expect(weaponsOf('Estonia fired attack drones at Pskov.')).toEqual(['attack drone (drone)']);
  });

  it('gives a known system its category and an unknown one the category of the weapon word after it', () => {
    const text = 'Austria fired Storm Shadow missiles and Alpen-7 Falcon drones at the Graz depot.';
    expect(weaponsOf(text)).toEqual(
      expect.arrayContaining(['Storm Shadow (missile)', 'Alpen-7 Falcon (drone)', 'drone (drone)']),
    );
  });

  it('leaves a word of origin and a sentence-opening article out of a system name', () => {
    const named = (text: string): string[] =>
      mentionsOf(text)
        .filter((m) => m.rule === 'weapon.named')
        .map((m) => m.text);
    expect(named('Croatia fired US-made Vilkha rockets at Knin.')).toEqual(['Vilkha']);
    expect(named('The Vilkha rockets struck Knin.')).toEqual(['Vilkha']);
    expect(named('UK-supplied missiles struck Knin.')).toEqual([]);
  });
});

describe('attack weapons: what the attacker used, not what it destroyed', () => {
  it('does not count destroyed tanks as tanks launched', () => {
    const [a] = attacksOf('Latvian forces attacked Daugavpils and destroyed 12 Estonian tanks.' + WAR);
    expect(a.weapons).not.toContain('tank');
    expect(a.weaponCounts).toEqual({});
  });

  it('does not count the destruction of vehicles as weapons used', () => {
    const [a] = attacksOf('Latvian forces shelled Daugavpils, leading to the destruction of 40 tanks.' + WAR);
    expect(a.weaponCounts).toEqual({});
  });

  it('still counts tanks used in the attack', () => {
    const [a] = attacksOf('Latvian forces attacked Daugavpils with 30 tanks.' + WAR);
    expect(a.weaponCounts).toEqual({ tank: 30 });
  });

  it('reads destroyed drones as the attacker’s, intercepted', () => {
    const text = 'Belarus attacked Grodno with 90 drones. Polish forces destroyed 50 of the 90 drones.' + WAR;
    const [a] = attacksOf(text);
    expect(a.weapons).toContain('drone');
    expect(a.weaponCounts).toEqual({ drone: 90 });
  });

  it('keys counts by the weapon as written', () => {
    const [a] = attacksOf('Belarus attacked Grodno with 12 long-range missiles and 40 drones.' + WAR);
    expect(a.weaponCounts).toEqual({ 'long-range missile': 12, drone: 40 });
  });
});
