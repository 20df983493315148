/**
 * Clause reach, attackers from context and precision: attacks inside reported speech and
 * subordinate clauses, agentless reports, and the readings that must not make an attack.
 */
import { attacksOf, city, pairs } from './attack-helpers';

const WAR = ' Soldiers and artillery units stayed on the front line.';

describe('extractAttacks: subjects of verbs in clauses', () => {
  it('takes no subject for a relative clause from a place before it', () => {
    const text =
      'Czech forces shelled Presov on Monday. Medics cleared debris after strikes in Zilina, western Slovakia, that killed 9 people.';
    expect(pairs(attacksOf(text + WAR))).toEqual(['Czechia -> Presov', 'Czechia -> Zilina']);
  });

  it('gives a second verb the subject of the first, not the first verb’s object', () => {
    const text =
      'The Slovak army said it had killed scores of Czech soldiers and destroyed two depots in fighting in the Morava region.';
    expect(pairs(attacksOf(text + WAR))).toEqual(['Slovakia -> Morava region']);
  });
});

describe('extractAttacks: a place before an attack noun', () => {
  it('is the target only as a modifier of the noun, not as the subject of a verb before it', () => {
    const text =
      'Czech forces shelled Presov on Monday. The deaths in the town of Zilina followed a barrage on Tuesday on a crowded area of Slovakia’s third city, Kosice.';
    expect(pairs(attacksOf(text + WAR))).toEqual(['Czechia -> Presov', 'Czechia -> Kosice']);
  });
});

describe('extractAttacks: place names', () => {
  it('names the region a country-modified region frame heads ("the central Slovakia region of Zilina")', () => {
    const text =
      'Five people died in Czech rocket strikes on rail depots in the central Slovakia region of Zilina.';
    expect(pairs(attacksOf(text + WAR))).toEqual(['Czechia -> Zilina region']);
  });
});

describe('extractAttacks: campaigns and coordinated attack nouns', () => {
  it.each([
    ['an offensive under way', 'Officials said Czechia was making slow progress in its Morava offensive.'],
    [
      "a side's counter-offensive, and a place owned by the other side",
      'Fighting went on in Zilina, the focus of Bratislava’s counter-offensive in the west and a key link in Prague’s supply lines.',
    ],
  ])('reads no attack in %s', (_label, sentence) => {
    expect(pairs(attacksOf(sentence + WAR))).toEqual([]);
  });

  it('reads an offensive that a light verb launches', () => {
    const text = 'Czech forces launched a new offensive on the town of Zilina on Monday.';
    expect(pairs(attacksOf(text + WAR))).toEqual(['Czechia -> Zilina']);
  });

  it('gives a demonym to both nouns of a pair ("Czech siege and bombardment")', () => {
    const text =
      'Troops held out in Zilina, where hundreds have died under two months of Czech siege and bombardment.';
    expect(pairs(attacksOf(text + WAR))).toEqual(['Czechia -> Zilina']);
  });
});

describe('extractAttacks: the place of a local speaker', () => {
  const lead = 'Czech forces shelled Presov on Monday.';
  it.each([
    [
      'the mayor of a city',
      `${lead} The mayor of the eastern city of Kosice said one person was killed when rockets pounded two residential districts overnight.`,
    ],
    [
      'the local administration in a city',
      `${lead} The local administration in Kosice said 12 people had died in a strike on a military base.`,
    ],
    ['a city council', `${lead} Kosice city council said a strike on a school had killed three people.`],
  ])('is the target of an attack reported with no named place: %s', (_label, text) => {
    expect(pairs(attacksOf(text + WAR, [city('Kosice', 'Slovakia')]))).toEqual([
      'Czechia -> Presov',
      'Czechia -> Kosice',
    ]);
  });

  it('is not the target of attacks in general', () => {
    const text = `${lead} The Kosice regional governor said Czech forces were intensifying attacks from Zilina.`;
    expect(pairs(attacksOf(text + WAR, [city('Kosice', 'Slovakia')]))).toEqual(['Czechia -> Presov']);
  });

  it('reads the demonym after a capitalised sentence opener ("Renewed Czech strikes")', () => {
    const text = 'Renewed Czech strikes on the front have also hit a school in Kosice, officials said.';
    expect(pairs(attacksOf(text + WAR, [city('Kosice', 'Slovakia')]))).toEqual(['Czechia -> Kosice']);
  });
});

describe('extractAttacks: "It" and the speaker', () => {
  it('resolves a sentence-initial "It" to the subject of the sentence before', () => {
    const text =
      'Slovak troops shelled Brno on Monday. On the first day, Czechia poured troops through Ostrava into Slovakia. It eventually captured the city of Zilina.';
    expect(pairs(attacksOf(text + WAR))).toContain('Czechia -> Zilina');
    expect(pairs(attacksOf(text + WAR))).not.toContain('Slovakia -> Zilina');
  });

  it('does not take the speaker of "said" as the attacker of an attack noun after it', () => {
    const text =
      'The Czech army spoke on Tuesday. It said attacks of the past week were part of a Slovak counter-offensive to force Czech troops back across the river in southern Slovakia.';
    expect(pairs(attacksOf(text + WAR))).toEqual([]);
  });
});
