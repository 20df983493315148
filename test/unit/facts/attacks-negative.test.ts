import { attacksOf, pairs } from './attack-helpers';

const WAR = ' Soldiers and artillery units stayed on the front line.';

describe('extractAttacks: what is not an attack', () => {
  it.each([
    ['a plan', 'Belarus plans to strike Varnitsa with missiles next month.'],
    ['an intention', 'Belarus has stockpiled missiles for a winter attack on Varnitsa.'],
    ['a threat', 'Belarusian troops threatened to shell Varnitsa.'],
    ['an attempt', 'Belarus has tried to target the airfields near Varnitsa.'],
    ['a likelihood', 'The drones are likely to be used in Belarusian attacks on Varnitsa.'],
    ['a denial', 'Belarus denied that its troops shelled Varnitsa.'],
    ['a negation', 'Belarusian troops did not shell Varnitsa, officials said.'],
    ['an interception alone', 'Moldovan air defences shot down 40 Belarusian drones over Varnitsa.'],
    ['downed drones', 'Moldova downed all but 6 drones near Varnitsa.'],
    [
      'a campaign without a place',
      'Belarus has been trying to plunge Moldova into darkness with repeated strikes.',
    ],
    [
      'plural attacks on a whole country',
      'The premier spoke after Belarusian attacks on Moldova’s energy system.',
    ],
    [
      'an attack on an unnamed place',
      'Speaking in Paris, she described the Belarusian assault on her country.',
    ],
    ['a launch origin', 'Belarusian troops fired from Gomel.'],
    ['no actor', 'Two people died in an explosion in Varnitsa.'],
    ['movement towards a place', 'Belarusian troops advanced towards Varnitsa.'],
    ['entering talks', 'Belarus entered talks with Moldova.'],
    ['a striking image', 'A striking image from Varnitsa showed Belarusian flags.'],
    ['under pressure, not under attack', 'The Belarusian premier came under pressure in Varnitsa.'],
    ["an attack on the attacker's own forces", 'Danish shelling on Danish troops was reported by medics.'],
    ["another side's drones after the attack", 'The Danish attack on Swedish drones failed.'],
  ])('%s', (_label, sentence) => {
    expect(attacksOf(sentence + WAR)).toEqual([]);
  });

  it.each([
    ['sports', 'Arsenal attacked from the left and struck the bar at Anfield in Liverpool on Sunday.'],
    ['a labour strike', 'Brazilian seamen continued their strike at the port of Santos on Monday.'],
    ['a sacking', 'The board fired the chief executive of Acme in London, the company said.'],
    ['a price hit', 'Canadian shares hit a record in Toronto as oil prices rose.'],
    ['a product launch', 'Japan launched a new car model in Osaka.'],
  ])('stays quiet on %s', (_label, text) => {
    expect(attacksOf(text)).toEqual([]);
  });

  describe('attacks recalled as history', () => {
    const PUBLISHED = '2023-03-10';
    it.each([
      ['a year long before publication', 'Danish troops shelled Varnitsa in 1944, the museum says.'],
      ['a named past war', 'During the second world war, Danish troops shelled Varnitsa for weeks.'],
      ['a count of years back', 'Danish troops shelled Varnitsa nearly seventy years ago.'],
      [
        'the start of a war under "since"',
        'Prices have doubled since Denmark launched its attack on Sweden.',
      ],
    ])('%s', (_label, sentence) => {
      expect(attacksOf(sentence + WAR, [], PUBLISHED)).toEqual([]);
    });

    it.each([
      ['a recent year', 'Danish troops shelled Varnitsa in 2022, the museum says.'],
      ['a recent count back', 'Danish troops shelled Varnitsa two years ago.'],
      ['"since" a time', 'Since Monday, Danish troops have shelled Varnitsa.'],
      ['"since" an event without a comparison', 'Residents fled since Danish troops shelled Varnitsa.'],
      [
        'a comparison with an event of the same year',
        'It is the biggest advance since Danish troops shelled Varnitsa in May.',
      ],
      [
        '"since" the start of an attack on a place',
        'Prices rose since Denmark launched its attack on Varnitsa.',
      ],
    ])('keeps %s', (_label, sentence) => {
      expect(pairs(attacksOf(sentence + WAR, [], PUBLISHED))).toEqual(['Denmark -> Varnitsa']);
    });
  });
});

describe('extractAttacks: actors and places that are not attacker or target', () => {
  it('takes no office of state as an attacker', () => {
    const office = { name: 'Amber House', type: 'Organization' as const };
    expect(attacksOf('The Amber House shelled Varnitsa on Monday.' + WAR, [office])).toEqual([]);
  });

  it('reads the place of "the war in X" as its theatre, not the target of a later attack', () => {
    expect(attacksOf('The cost of the war in Moldova rose after a Belarusian strike.' + WAR)).toEqual([]);
  });

  it('reads "across" a country as the extent of a campaign', () => {
    expect(attacksOf('Belarusian troops fired missiles across Moldova on Sunday.' + WAR)).toEqual([]);
  });

  it('reads "back across" a place as a movement', () => {
    const river = { name: 'Zorna River', type: 'Location' as const, placeKind: 'river' };
    const text = 'Belarusian troops attacked on Sunday to force Moldovan units back across the Zorna River.';
    expect(attacksOf(text + WAR, [river])).toEqual([]);
  });
});
