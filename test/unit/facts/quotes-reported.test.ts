import { quotesOf, triples } from './quotes-helpers';

const TITLE = 'Harbour news\n';

describe('extractQuotes: reported speech', () => {
  it.each([
    [
      'X said that CLAUSE',
      'Anna Berg said that the new ferry line would open in May.',
      [['Anna Berg', 'the new ferry line would open in May', false]],
    ],
    [
      'X said CLAUSE, without "that"',
      'Anna Berg said the new ferry line would open in May.',
      [['Anna Berg', 'the new ferry line would open in May', false]],
    ],
    [
      'X told an addressee CLAUSE',
      'Tomas Varga told journalists in Lisbon on Monday the port had lost half its traffic.',
      [['Tomas Varga', 'the port had lost half its traffic', false]],
    ],
    [
      'CLAUSE, X said',
      'The port had lost half its traffic since March, Tomas Varga said on Monday.',
      [['Tomas Varga', 'The port had lost half its traffic since March', false]],
    ],
    [
      'CLAUSE, said X',
      'The port had lost half its traffic since March, said a senior customs official.',
      [['a senior customs official', 'The port had lost half its traffic since March', false]],
    ],
    [
      'According to X, CLAUSE',
      'According to the harbour authority, three ships were stuck outside the port.',
      [['the harbour authority', 'three ships were stuck outside the port', false]],
    ],
    [
      'CLAUSE, according to X',
      'Three ships were stuck outside the port, according to local officials.',
      [['local officials', 'Three ships were stuck outside the port', false]],
    ],
    [
      'X warned that CLAUSE',
      'The coast guard warned that the storm would reach the coast by night.',
      [['The coast guard', 'the storm would reach the coast by night', false]],
    ],
    [
      'an aside inside the clause',
      'The strike, Anna Berg said, was the longest in the history of the port.',
      [['Anna Berg', 'The strike, Anna Berg said, was the longest in the history of the port', false]],
    ],
    [
      'a second attribution joined by "and"',
      'Dockers reported long delays at the gates and harbour officials said the cranes had failed.',
      [
        ['Dockers', 'long delays at the gates', false],
        ['harbour officials', 'the cranes had failed', false],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(triples(quotesOf(TITLE + body))).toEqual(expected);
  });

  it('reads a headline that attributes speech', () => {
    const text = 'Ferry fares will double next year, says transport board\nThe board met on Monday.';
    expect(triples(quotesOf(text))).toEqual([
      ['transport board', 'Ferry fares will double next year', false],
    ]);
  });

  it.each([
    ['a noun-phrase object', 'The alliance reaffirmed its commitment to the port cities of the region.'],
    [
      'warned someone of something',
      'The ministers warned the governor of new sanctions against the shipyard.',
    ],
    ['warned of a noun phrase', 'The mayor warned of a long and difficult winter for the fishing fleet.'],
    ['described … as', 'The mayor described the strike as a disaster for the whole region.'],
    [
      'a verb of saying used as a noun',
      'His remarks came two days after the strike began at the port gates.',
    ],
    [
      '"states" as a noun',
      'Storms tore through several northern states overnight, leaving damage in their wake.',
    ],
    [
      'promised with a noun phrase',
      'The mayor promised changes in the port, which remained secret for weeks.',
    ],
  ])('finds no reported speech in %s', (_name, body) => {
    expect(quotesOf(TITLE + body)).toEqual([]);
  });

  it('skips a short teaser line of another story', () => {
    const text = `${TITLE}The port reopened on Monday.\nRelated\nPrices fall as the minister says exports will grow\nThe cranes were repaired.`;
    expect(quotesOf(text)).toEqual([]);
  });
});
