import { quotesOf, triples } from './quotes-helpers';

const TITLE = 'Border news\n';
const PLACES = [
  { name: 'Latvia', type: 'Location' as const },
  { name: 'Vitebsk', type: 'Location' as const },
  { name: 'Estonia', type: 'Location' as const },
  { name: 'Narva', type: 'Location' as const },
];

describe('extractQuotes: the speaker is the subject of the verb of saying', () => {
  it('gives a "saying" clause to the named subject, not the possessor of its apposition', () => {
    const text =
      'Ilse Rand, Estonia’s governor of Ida-Viru, has urged residents to leave Narva, saying that the situation was “extremely tense”.';
    expect(triples(quotesOf(TITLE + text, [...PLACES, { name: 'Ilse Rand' }]))).toEqual([
      ['Ilse Rand', 'the situation was “extremely tense”', false],
    ]);
  });

  it('still reads "He’s claiming" as a verb', () => {
    const text = 'Ilse Rand met the mayor. He’s claiming that the border crossing will close for a month.';
    expect(triples(quotesOf(TITLE + text, [{ name: 'Ilse Rand' }]))).toEqual([
      ['Ilse Rand', 'the border crossing will close for a month', false],
    ]);
  });

  it('skips an addressee with an "of" name before the clause of "told"', () => {
    const text =
      'Latvia has told the Belarusian region of Vitebsk it will halt the transit of fuel by road because of new sanctions, the regional governor said on Monday.';
    const quotes = triples(quotesOf(TITLE + text, PLACES));
    expect(quotes).toContainEqual([
      'Latvia',
      'it will halt the transit of fuel by road because of new sanctions',
      false,
    ]);
    expect(quotes.map((q) => q[1])).not.toContainEqual(expect.stringMatching(/^region of/));
  });
});

describe('extractQuotes: a place inside a longer name is not the speaker', () => {
  it.each([
    [
      'a news agency named after a country',
      'Officials have denied the report about the border, Agence Belge-Presse has reported.',
      [{ name: 'Belge', type: 'Location' as const }],
      'Agence Belge-Presse',
    ],
    [
      'a newspaper named after a city',
      'The two sides have exchanged prisoners near the border, the Narva Independent reports.',
      [{ name: 'Narva', type: 'Location' as const }],
      'Narva Independent',
    ],
    [
      'an institute with "for the" in its name',
      'The Institute for the Study of Conflict pointed out that the raid hit a key depot near the border.',
      [{ name: 'Conflict', type: 'Location' as const }],
      'The Institute for the Study of Conflict',
    ],
  ])('%s', (_name, body, specs, speaker) => {
    expect(quotesOf(TITLE + body, specs).map((q) => q.speaker.name)).toEqual([speaker]);
  });

  it('keeps a place that is the whole name', () => {
    const text = 'The border crossing will stay closed until further notice, Latvia said on Monday.';
    expect(quotesOf(TITLE + text, PLACES).map((q) => q.speaker.name)).toEqual(['Latvia']);
  });

  it('keeps a person before "of the" ("Name of the Club")', () => {
    const text = '“It was the least bad outcome for the river,” Mr. Lind of the Rowing Club said.';
    expect(
      quotesOf(TITLE + text, [{ name: 'Erik Lind', forms: ['Lind'] }]).map((q) => q.speaker.name),
    ).toEqual(['Erik Lind']);
  });

  it('reads "Democrat of State" as an apposition of the name before it', () => {
    const text =
      'Senator Anna Berg, Democrat of Oregon, said the program has sent a terrible message to farmers.';
    const specs = [{ name: 'Anna Berg' }, { name: 'Oregon', type: 'Location' as const }];
    expect(quotesOf(TITLE + text, specs).map((q) => q.speaker.name)).toEqual(['Anna Berg']);
  });
});

describe('extractQuotes: "it said" refers to no name inside what was said', () => {
  it('takes the speaker of the sentence before, not a country in the quotation', () => {
    const text =
      'The Narva Port Authority said on Monday that two cranes had failed in the storm. ' +
      '“Latvia has broken every promise it made about the shared channel,” it said.';
    const specs = [...PLACES, { name: 'Narva Port Authority', type: 'Organization' as const }];
    expect(triples(quotesOf(TITLE + text, specs))).toEqual([
      ['Narva Port Authority', 'two cranes had failed in the storm', false],
      ['Narva Port Authority', 'Latvia has broken every promise it made about the shared channel', true],
    ]);
  });

  it('takes the speaker of the sentence before, not a country in the reported clause', () => {
    const text =
      'The Narva Port Authority said on Monday that two cranes had failed in the storm. ' +
      'Latvia was responsible for the delays to the ferries on the shared channel, it said.';
    const specs = [...PLACES, { name: 'Narva Port Authority', type: 'Organization' as const }];
    expect(quotesOf(TITLE + text, specs).map((q) => q.speaker.name)).toEqual([
      'Narva Port Authority',
      'Narva Port Authority',
    ]);
  });
});

describe('extractQuotes: a nationality before a service or medium describes it', () => {
  it('keeps "the Latvian border service" as the speaker, not Latvia', () => {
    const text = 'The situation is very tense around the crossing, the Latvian border service said.';
    const specs = [{ name: 'Latvia', type: 'Location' as const, forms: ['Latvian'] }];
    expect(quotesOf(TITLE + text, specs).map((q) => q.speaker.name)).toEqual(['the Latvian border service']);
  });

  it('still names an agency by the name before "news agency"', () => {
    const text = 'The ferry talks have failed for a third time, the Baltnews news agency said.';
    expect(quotesOf(TITLE + text).map((q) => q.speaker.name)).toEqual(['Baltnews']);
  });
});

describe('extractQuotes: "Name, an adviser to the president, Name2, said"', () => {
  it('gives the quotes to the adviser, not to the president named in apposition', () => {
    const text =
      '“This is the last victory for the rebels on our territory,” Ivan Petrenko, an adviser to the president, Marta Koval, said in a video. ' +
      '“Most of their forces are now tied down in one place,” he said.';
    const specs = [{ name: 'Ivan Petrenko' }, { name: 'Marta Koval' }];
    expect(quotesOf(TITLE + text, specs).map((q) => q.speaker.name)).toEqual([
      'Ivan Petrenko',
      'Ivan Petrenko',
    ]);
  });

  it('still gives "The defence minister, Name, said" to the name', () => {
    const text = 'The defence minister, Marta Koval, said the rebels had lost most of their forces.';
    expect(quotesOf(TITLE + text, [{ name: 'Marta Koval' }]).map((q) => q.speaker.name)).toEqual([
      'Marta Koval',
    ]);
  });
});

describe('extractQuotes: a bare quotation after a sentence that opens with another person', () => {
  it('is the person the sentence before opens with, not the last speaker', () => {
    const text =
      '“The bridge will stay shut all winter,” Ivan Petrenko said on Monday. ' +
      'President Ana Rusu visited three towns near the border. ' +
      '“This should not happen to anyone. We want the shelling to stop.”';
    const specs = [{ name: 'Ivan Petrenko' }, { name: 'Ana Rusu' }];
    expect(quotesOf(TITLE + text, specs).map((q) => q.speaker.name)).toEqual(['Ivan Petrenko', 'Ana Rusu']);
  });

  it('stays with the last speaker when the sentence before opens with no person', () => {
    const text =
      '“The bridge will stay shut all winter,” Ivan Petrenko said on Monday. ' +
      'The town lies near the border. ' +
      '“This should not happen to anyone. We want the shelling to stop.”';
    expect(quotesOf(TITLE + text, [{ name: 'Ivan Petrenko' }]).map((q) => q.speaker.name)).toEqual([
      'Ivan Petrenko',
      'Ivan Petrenko',
    ]);
  });

  it('reads the "that" clause after an adverbial that ends in a name', () => {
    const text = 'The envoy said during a visit to Latvia that her country needed help to stay free.';
    expect(quotesOf(TITLE + text, PLACES).map((q) => q.text)).toEqual([
      'her country needed help to stay free',
    ]);
  });
});
