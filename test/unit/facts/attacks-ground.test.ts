import { attacksOf, city, pairs } from './attack-helpers';

const WAR = ' Soldiers and artillery units stayed on the front line.';
const PLACES = [city('Narvamaa', 'Estonia'), city('Valkmaa', 'Estonia'), city('Tartuvik', 'Estonia')];
const LEAD = 'Latvian forces shelled the city of Tartuvik on Friday.';

describe('extractAttacks: ground assaults, captures and offensives', () => {
  it.each([
    ['a capture by a force', 'Latvian troops captured the town of Narvamaa on Monday.'],
    [
      'a capture told by a pronoun',
      'Latvian guns shelled Valkmaa. It eventually captured the city of Narvamaa.',
    ],
    [
      'the object of a relative clause',
      'Fighting went on in the town of Narvamaa, which Latvian troops seized early in the war.',
    ],
    ['"took" in a relative clause', 'Residents fled Narvamaa, which the Latvians took on Monday.'],
    ['a capture noun with a demonym', 'Prices rose after the Latvian capture of Narvamaa on Sunday.'],
    ['a place that fell to a sponsored force', 'On Monday the town of Narvamaa fell to pro-Latvian forces.'],
    [
      'a place that fell, in a relative clause',
      'He is the mayor of the town of Narvamaa, which fell to Latvian forces in early March.',
    ],
    ['a place reduced to rubble', 'Latvian forces have reduced the town of Narvamaa to rubble.'],
    [
      'an advance past a direction phrase',
      'Latvian troops also advanced from the north on the city of Narvamaa.',
    ],
    [
      'a movement that arrives',
      'Latvian forces had also moved south-westwards from Valkmaa to the town of Narvamaa.',
    ],
    ['forces reaching a place', 'Footage showed Latvian forces reaching the city of Narvamaa.'],
    [
      'sponsored separatists pushing into a place',
      'Latvian-backed separatists said they were pushing into the town of Narvamaa.',
    ],
  ])('reads %s', (_label, sentence) => {
    expect(pairs(attacksOf(sentence + WAR, PLACES))).toContain('Latvia -> Narvamaa');
  });

  it('takes the attacking side of the article for a place that fell', () => {
    const text = `${LEAD} The town of Narvamaa fell on Saturday in a victory for Riga's campaign.` + WAR;
    expect(pairs(attacksOf(text, PLACES))).toEqual(['Latvia -> Tartuvik', 'Latvia -> Narvamaa']);
  });

  it.each([
    ['a plan', 'Latvia plans to capture the town of Narvamaa.'],
    ['an attempt', 'Latvian troops tried to capture the town of Narvamaa.'],
    ['a failure', 'The Latvian army failed to capture the town of Narvamaa.'],
    ['an aim', 'The invasion failed in its aim of capturing the town of Narvamaa.'],
    ['a possibility', 'The town of Narvamaa could fall to Latvian forces.'],
    ['a capture long ago', 'Latvian troops captured the town of Narvamaa in 1919.'],
    ['movement towards a place', 'Latvian troops moved towards the town of Narvamaa.'],
    ['movement without an arrival', 'Latvian troops moved to the border near the town of Narvamaa.'],
    ['a fall that is not a capture', 'Prices in the town of Narvamaa fell on Monday.'],
    ['a place falling silent', 'The town of Narvamaa fell silent as Latvian troops waited.'],
    ['an agreement reached', 'Latvian troops reached an agreement in the town of Narvamaa.'],
  ])('ignores %s', (_label, sentence) => {
    expect(pairs(attacksOf(sentence + WAR, PLACES, '2023-03-10'))).toEqual([]);
  });

  it('keeps the date and toll of a strike when the same place was also captured', () => {
    const text =
      'Latvian troops captured the town of Narvamaa. On 4 May 2023, Latvian artillery shelled the town of Narvamaa, killing three people.' +
      WAR;
    const found = attacksOf(text, PLACES);
    expect(pairs(found)).toEqual(['Latvia -> Narvamaa']);
    expect(found[0]).toMatchObject({ date: '2023-05-04', killed: 3 });
  });

  it('does not give a capture the toll of a later sentence about a strike', () => {
    const text =
      'Latvian missiles struck the town of Valkmaa on Sunday, while the town of Narvamaa fell to Latvian forces. One man was killed in the strike, officials said.' +
      WAR;
    const found = attacksOf(text, PLACES);
    expect(found.find((a) => a.target === 'Valkmaa')?.killed).toBe(1);
    expect(found.find((a) => a.target === 'Narvamaa')?.killed).toBeUndefined();
  });
});
