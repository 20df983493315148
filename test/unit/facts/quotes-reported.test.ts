import { quotesOf, triples } from './quotes-helpers';

const TITLE = 'Harbour news\n';

describe('extractQuotes: reported speech', () => {
  it('reads the subject before a relative clause that holds "and" or "until" ("Name, who … until …, said")', () => {
    const text =
      'Jonas Berg, who served as harbour master from 2012 until earlier this year, said the budget was too small. ' +
      'Dr. Ana Lopez, who was the port physician and later retired as a rear admiral, said that the clinic had closed.';
    expect(triples(quotesOf(TITLE + text, [{ name: 'Jonas Berg' }, { name: 'Ana Lopez' }]))).toEqual([
      ['Jonas Berg', 'the budget was too small', false],
      ['Ana Lopez', 'the clinic had closed', false],
    ]);
  });

  it('reads a plural source whose complement joins two objects with "and" as the subject', () => {
    const text =
      'Port observers in Callao and around the country say the ferry will run again in May. ' +
      'The navy closed the bay and officials said that nobody was hurt in the storm.';
    expect(quotesOf(TITLE + text).map((q) => q.speaker.name)).toEqual([
      'Port observers in Callao and around the country',
      'officials',
    ]);
  });

  it('reads the subject before a "which" clause or a "the … that" apposition that holds a clause word', () => {
    const text =
      'Marta Ruiz, a spokeswoman for the Dock Owners Coalition, which is made up of shippers and builders, ' +
      'said the fees were too high. The Harbour Licensing Service, the agency that oversees the ferry permits, ' +
      'said it would check every applicant.';
    const specs = [
      { name: 'Marta Ruiz' },
      { name: 'Harbour Licensing Service', type: 'Organization' as const },
    ];
    expect(triples(quotesOf(TITLE + text, specs))).toEqual([
      ['Marta Ruiz', 'the fees were too high', false],
      ['Harbour Licensing Service', 'it would check every applicant', false],
    ]);
  });

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
    [
      'an adverbial between the verb and "that"',
      'Anna Berg said at a briefing in Porto, Portugal, that the ferry line would open in May.',
      [['Anna Berg', 'the ferry line would open in May', false]],
    ],
    [
      'an addressee of "told" before "that"',
      'Tomas Varga told the morning radio show that the port had lost half its traffic.',
      [['Tomas Varga', 'the port had lost half its traffic', false]],
    ],
    [
      'CLAUSE, X said in an adverbial',
      'The port had lost half its traffic since March, Tomas Varga said in his interview.',
      [['Tomas Varga', 'The port had lost half its traffic since March', false]],
    ],
    [
      'CLAUSE, X told an addressee',
      'The port had lost half its traffic since March, Tomas Varga told reporters.',
      [['Tomas Varga', 'The port had lost half its traffic since March', false]],
    ],
    [
      'a stack of appositions between the name and the verb',
      'Anna Berg, the head of the dockers union, one of the groups on strike, said the talks had failed.',
      [['Anna Berg', 'the talks had failed', false]],
    ],
    [
      'an age, a home town and a relative clause after the name',
      'Tomas Varga, 59, of Faro, Alg., who watched the launch from the pier, said the ship looked fine.',
      [['Tomas Varga', 'the ship looked fine', false]],
    ],
    [
      'an apposition joined by "and"',
      'Anna Berg, a pilot and spokeswoman for the harbour guild, said the channel was too shallow.',
      [['Anna Berg', 'the channel was too shallow', false]],
    ],
    [
      'a source described with a possessive',
      'His lawyer said the captain would not answer questions from the panel.',
      [['His lawyer', 'the captain would not answer questions from the panel', false]],
    ],
    [
      'a clause whose subject is "the two"',
      'Officials said the two raised four million euros for the new terminal.',
      [['Officials', 'the two raised four million euros for the new terminal', false]],
    ],
    [
      'a second verb of saying that shares the subject',
      'The harbour board announced the closure of the dock and said the ferries would move to Faro.',
      [
        ['The harbour board', 'the closure of the dock', false],
        ['The harbour board', 'the ferries would move to Faro', false],
      ],
    ],
    [
      '"and said" after a verb that is no speech',
      'Anna Berg, the harbour master, closed the gates and said the storm would reach the port by night.',
      [['Anna Berg', 'the storm would reach the port by night', false]],
    ],
    [
      'a share of people as the source',
      'However, 63 percent said the ferry fares were too high for families.',
      [['63 percent', 'the ferry fares were too high for families', false]],
    ],
    [
      'a hyphenated adjective in the source of "according to"',
      'Fares rose by a third, according to the left-leaning Harbour Institute, more than expected.',
      [['Harbour Institute', 'Fares rose by a third', false]],
    ],
    [
      'a closing attribution after a reported clause: the clause ends before it',
      'Anna Berg had told the pilots that the channel was closed, the harbour source added.',
      [['Anna Berg', 'the channel was closed', false]],
    ],
    [
      '"saying" after the main verb of a subject with an apposition',
      'Anna Berg (D), the harbour master, called for new cranes, saying that the old ones were unsafe.',
      [['Anna Berg', 'the old ones were unsafe', false]],
    ],
    [
      'a name right before the verb after a longer stretch',
      'The strike was the third time the Dockers Union said it had closed the port.',
      [['Dockers Union', 'it had closed the port', false]],
    ],
    [
      'a clause with a contracted subject',
      'The harbour team says she’ll continue her tour of the docks later this week.',
      [['The harbour team', 'she’ll continue her tour of the docks later this week', false]],
    ],
    [
      'a clause that starts with a number after "about"',
      'Anna Berg has said about 20 ships have asked for a berth this winter.',
      [['Anna Berg', 'about 20 ships have asked for a berth this winter', false]],
    ],
    [
      '"notes" as a verb right after a name',
      'Anna Berg notes the pilots were hired before she came to run the port.',
      [['Anna Berg', 'the pilots were hired before she came to run the port', false]],
    ],
  ])('%s', (_name, body, expected) => {
    expect(triples(quotesOf(TITLE + body))).toEqual(expected);
  });

  it('reads "claiming" after a contracted "is" as a verb', () => {
    const text = `${TITLE}Tomas Varga spoke. He’s claiming that the channel is far too shallow for tankers.`;
    expect(triples(quotesOf(text, [{ name: 'Tomas Varga' }]))).toEqual([
      ['Tomas Varga', 'the channel is far too shallow for tankers', false],
    ]);
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
      '"continue to" with a "that" further on',
      'The ministers continue to ignore the warning that the harbour wall is failing.',
    ],
    [
      'a relative "that" after an adverbial',
      'The minister spoke at a meeting that was held in private on the future of the port.',
    ],
    [
      '"report" as a noun at the end of a clause',
      'By her own account, the costs in most years are far higher than the annual report.',
    ],
    [
      'an adverbial clause after "said"',
      'That was what Anna Berg said when she resigned from the port board.',
    ],
    [
      'a noun phrase with a relative clause after "stressed"',
      'Anna Berg stressed her support of the law that banned night ferries.',
    ],
    [
      'a clause opened by "but"',
      '“Are you winning?” Anna Berg asked, but Tomas was asleep again on the deck.',
    ],
    [
      '"added" with an object and a participle',
      'The board added four ferries to the winter fleet, bringing the total to twelve.',
    ],
    [
      '"to" and an adverb before the verb',
      'The board seems ready to privately acknowledge the ferries are too old.',
    ],
    [
      'a phrase without a verb before ", X told"',
      'As for the new fares, we told the pilots, including the oldest, nothing.',
    ],
    [
      'a possessive before a noun-like form',
      'Anna Berg’s Harbour Act claims, lawyers rarely pursue such cases.',
    ],
    ['a name after a preposition', 'Reports written by Anna Berg suggest the port lost money.'],
    ['"It goes without saying"', 'It goes without saying that the port will need new cranes soon.'],
    ['"from saying"', 'The rules kept the pilots from saying that the channel was unsafe.'],
    ['"Having said that"', 'Having said that, some dockers think the port should close in winter.'],
    [
      '"his claim that" as a noun',
      'Contrary to his claim that the port would close, the ferries kept running.',
    ],
    ['a thing that "suggests"', 'The new timetable suggests the ferries will run less often in winter.'],
    ['"add" with a noun object', 'The new rules would add so many layers that the port would stall.'],
    [
      'a name with an apposition before "noted" and a noun phrase',
      'Anna Berg, the harbour master of the port, noted the rule in the interview last week.',
    ],
    [
      'promised with a noun phrase',
      'The mayor promised changes in the port, which remained secret for weeks.',
    ],
  ])('finds no reported speech in %s', (_name, body) => {
    expect(quotesOf(TITLE + body)).toEqual([]);
  });

  it.each([
    [
      'a clause that opens with a short quoted phrase',
      'Anna Berg said at a briefing in Callao that “a storm” had closed the port for a week.',
      [['Anna Berg', '“a storm” had closed the port for a week', false]],
    ],
    [
      'a source noun after a participle used as an adjective',
      'The ferry runs twice a day, where shipping experts say the fees are too high for most owners.',
      [['shipping experts', 'the fees are too high for most owners', false]],
    ],
    [
      'a capitalised source noun opening the sentence, with its complement',
      'The port closed. Analysts at Harbour Capital, a small brokerage, said that the fees would rise in May.',
      [['Analysts at Harbour Capital', 'the fees would rise in May', false]],
    ],
    [
      '"CLAUSE, said X, an apposition" to the sentence end',
      'The new ferry line could open in May, said Tomas Varga, a longtime adviser to the harbour board.',
      [['Tomas Varga', 'The new ferry line could open in May', false]],
    ],
    [
      'a subject after a time phrase that follows a clause word',
      'Figures are hard to check, though on Thursday evening the port authority said 40 crates had been lost.',
      [['the port authority', '40 crates had been lost', false]],
    ],
    [
      'a participle before a source noun inside a possessive description',
      'Peru’s armed forces earlier reported that at least 40 sailors had been rescued.',
      [['Peru’s armed forces', 'at least 40 sailors had been rescued', false]],
    ],
    [
      'a subject and its verb with a discourse adverb between commas',
      'Anna Berg, though, has warned that the ferry talks are in danger of collapse.',
      [['Anna Berg', 'the ferry talks are in danger of collapse', false]],
    ],
    [
      'a second speaker, a service, joined by "and"',
      'The harbour master said two boats had sunk there and rescue services in Callao said a diver had been hurt.',
      [
        ['The harbour master', 'two boats had sunk there', false],
        ['rescue services in Callao', 'a diver had been hurt', false],
      ],
    ],
  ])('reads %s', (_name, body, expected) => {
    expect(triples(quotesOf(TITLE + body, [{ name: 'Anna Berg' }, { name: 'Tomas Varga' }]))).toEqual(
      expected,
    );
  });

  it('keeps a quoted clause for the direct quote when the quotation runs to its end', () => {
    const text = 'Anna Berg said that “the new ferry line will open in May.”';
    expect(triples(quotesOf(TITLE + text, [{ name: 'Anna Berg' }])).map(([, , direct]) => direct)).toEqual([
      true,
    ]);
  });

  it('skips a short teaser line of another story', () => {
    const text = `${TITLE}The port reopened on Monday.\nRelated\nPrices fall as the minister says exports will grow\nThe cranes were repaired.`;
    expect(quotesOf(text)).toEqual([]);
  });
});
