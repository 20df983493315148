import { quotesOf, triples } from './quotes-helpers';

const TITLE = 'Harbour news\n';
const speakers = (text: string, specs: Parameters<typeof quotesOf>[1] = []): string[] =>
  quotesOf(TITLE + text, specs).map((q) => q.speaker.name);

describe('extractQuotes: carry-over follows the paragraph', () => {
  it('gives a pronoun to the person a new paragraph introduces, not to the speaker before', () => {
    const text =
      '“We must stay united on the tariffs,” Pekka Halonen said on Monday.\n\n' +
      'The Danish prime minister, Lars Magnusson, echoed the remarks. ' +
      '“I fear the winter will be long and hard for the ports,” he said.';
    expect(speakers(text, [{ name: 'Pekka Halonen' }, { name: 'Lars Magnusson' }])).toEqual([
      'Pekka Halonen',
      'Lars Magnusson',
    ]);
  });

  it('gives a reported clause after "He insisted" to the subject of the sentence before', () => {
    const text =
      'Anna Berg said the ferries would run again on Monday.\n\n' +
      'Tomas Varga, the harbour master, visited the eastern docks on Saturday. ' +
      'He insisted after his visit that no ship would leave before the storm had passed.';
    expect(triples(quotesOf(TITLE + text, [{ name: 'Anna Berg' }, { name: 'Tomas Varga' }]))).toEqual([
      ['Anna Berg', 'the ferries would run again on Monday', false],
      ['Tomas Varga', 'no ship would leave before the storm had passed', false],
    ]);
  });

  it('keeps the speaker of the paragraph when a person is named only as an object', () => {
    const text =
      '“The cranes are too slow,” Anna Berg said.\n\n' +
      'On Friday she met Tomas Varga at the port. “We need new cranes before the summer,” she said.';
    expect(speakers(text, [{ name: 'Anna Berg' }, { name: 'Tomas Varga' }])).toEqual([
      'Anna Berg',
      'Anna Berg',
    ]);
  });
});

describe('extractQuotes: dash-led quotations of translated articles', () => {
  const people = [{ name: 'Lena Ortiz' }, { name: 'Tomas Varga' }];

  it('reads a quotation between a line-start dash and a dash before the attribution', () => {
    const text =
      '- We will not send more ferries to the island, but we will help in other ways - added Lena Ortiz.';
    expect(triples(quotesOf(TITLE + text, people))).toEqual([
      ['Lena Ortiz', 'We will not send more ferries to the island, but we will help in other ways', true],
    ]);
  });

  it('reads a dash-led quotation glued to the sentence before, with a pronoun attribution', () => {
    const text =
      'Tomas Varga was asked about the strike.- At the moment I am sure the ferries will stop - he replied.';
    expect(triples(quotesOf(TITLE + text, people))).toEqual([
      ['Tomas Varga', 'At the moment I am sure the ferries will stop', true],
    ]);
  });

  it('takes no list item or aside between dashes for a quotation', () => {
    const text =
      '- Ferry services to resume this week -\n\n' +
      '- The mayor is in Oslo - a long way from the harbour, as Lena Ortiz said.';
    expect(quotesOf(TITLE + text, people).filter((q) => q.direct)).toEqual([]);
  });
});

describe('extractQuotes: relayed sources', () => {
  it.each([
    [
      'Reuters reported the harbour’s northern command as saying rail traffic to the port had been cut.',
      'the harbour’s northern command',
    ],
    [
      'A news agency cited Lena Ortiz, a spokesperson for the railway, as saying it had told customers to wait.',
      'Lena Ortiz',
    ],
    [
      'State radio quoted an official of the port council in Brest on Monday as saying the quay would close in May.',
      'an official of the port council in Brest',
    ],
  ])('gives "%s" to the source, not the medium', (text, speaker) => {
    expect(speakers(text, [{ name: 'Lena Ortiz' }])).toEqual([speaker]);
  });
});

describe('extractQuotes: reported clauses after "that"', () => {
  it('reads a "that" clause that opens with a prepositional phrase', () => {
    const text = 'Lena Ortiz noted that at the same time the port could not take more ships.';
    expect(triples(quotesOf(TITLE + text, [{ name: 'Lena Ortiz' }]))).toEqual([
      ['Lena Ortiz', 'at the same time the port could not take more ships', false],
    ]);
  });
});

describe('extractQuotes: reported clauses after "said"', () => {
  it('reads a clause that opens with a quantity ("at least")', () => {
    const text =
      'The local governor, Anton Lind, said at least two guards were hurt in the blast at the depot.';
    expect(triples(quotesOf(TITLE + text, [{ name: 'Anton Lind' }]))).toEqual([
      ['Anton Lind', 'at least two guards were hurt in the blast at the depot', false],
    ]);
  });

  it('takes armed forces and separatists as sources', () => {
    const text =
      'Coastal forces said they had retaken a small village near the harbour. ' +
      'Separatists said they were pushing into the last town still held by the navy.';
    expect(speakers(text)).toEqual(['Coastal forces', 'Separatists']);
  });
});

describe('extractQuotes: more verbs of saying', () => {
  const people = [{ name: 'Lena Ortiz' }];

  it.each([
    ['Lena Ortiz pointed out that the ferries had not run for a week.', 'the ferries had not run for a week'],
    ['Lena Ortiz denied that the port would close in the winter.', 'the port would close in the winter'],
    [
      'Lena Ortiz reminded reporters that the port had closed twice before.',
      'the port had closed twice before',
    ],
  ])('reads "%s"', (text, clause) => {
    expect(triples(quotesOf(TITLE + text, people))).toEqual([['Lena Ortiz', clause, false]]);
  });

  it.each([
    'Lena Ortiz denied reports of a strike at the port.',
    'Lena Ortiz pointed to the damaged crane on the quay.',
  ])('takes no noun phrase after the verb for a statement: "%s"', (text) => {
    expect(quotesOf(TITLE + text, people)).toEqual([]);
  });
});

describe('extractQuotes: reporter bylines', () => {
  it('gives a quotation to its speaker, not to the reporter whose dispatch it ends', () => {
    const text =
      'In her speech, Lena Ortiz warned that “our harbour, today, is fragile and it can close”, Tomas Varga writes from Oslo.';
    expect(speakers(text, [{ name: 'Lena Ortiz' }, { name: 'Tomas Varga' }])).toEqual(['Lena Ortiz']);
  });
});

describe('extractQuotes: a bare quotation continues the latest attribution, also a reported one', () => {
  const people = [{ name: 'Anna Berg' }, { name: 'Tomas Varga' }];

  it('gives a bare quotation after a reported clause to its speaker, not to the quote before', () => {
    const text =
      '“The cranes are too slow,” Anna Berg said on Monday.\n\n' +
      'Tomas Varga, the harbour master, said the port would stay closed until the storm passed. ' +
      '“Nobody sails today, and nobody sails tomorrow.”';
    expect(triples(quotesOf(TITLE + text, people))).toEqual([
      ['Anna Berg', 'The cranes are too slow', true],
      ['Tomas Varga', 'the port would stay closed until the storm passed', false],
      ['Tomas Varga', 'Nobody sails today, and nobody sails tomorrow.', true],
    ]);
  });

  it('gives a bare quotation to a reported speaker when no quote came before', () => {
    const text =
      'The ferries stopped on Sunday. Tomas Varga told reporters that the docks were flooded. ' +
      '“We have never seen water this high in the harbour.”';
    expect(triples(quotesOf(TITLE + text, people))).toEqual([
      ['Tomas Varga', 'the docks were flooded', false],
      ['Tomas Varga', 'We have never seen water this high in the harbour.', true],
    ]);
  });

  it('leaves a bare quotation alone when no attribution stands within two sentences', () => {
    const text =
      'Tomas Varga said the docks were flooded. The ferries stopped on Sunday. Trucks waited at the gate. ' +
      'The town hall closed early. “We have never seen water this high in the harbour.”';
    expect(triples(quotesOf(TITLE + text, people))).toEqual([
      ['Tomas Varga', 'the docks were flooded', false],
    ]);
  });
});

describe('extractQuotes: "he" or "she" after an unnamed source', () => {
  it('gives "he said" to a senior official described in the sentence before', () => {
    const text =
      'The dredging will not finish before winter, a senior port official said on Friday. ' +
      '“There is still a way to do it,” he said. “We will work with the crews on the ground.”';
    expect(triples(quotesOf(TITLE + text, []))).toEqual([
      ['a senior port official', 'The dredging will not finish before winter', false],
      ['a senior port official', 'There is still a way to do it', true],
      ['a senior port official', 'We will work with the crews on the ground.', true],
    ]);
  });

  it('does not give "he said" to a described body', () => {
    const text =
      'The dredging will not finish before winter, the port authority said on Friday. ' +
      '“There is still a way to do it,” he said.';
    expect(triples(quotesOf(TITLE + text, []))).toEqual([
      ['the port authority', 'The dredging will not finish before winter', false],
    ]);
  });
});

describe('extractQuotes: a first name after a person noun', () => {
  it('gives "she said" to a resident named only by her first name', () => {
    const text =
      'Maria Lopez, the mayor, visited the flooded streets on Monday.\n\n' +
      'One Arica resident, Valentina, told reporters the water reached her kitchen. ' +
      '“When I came back, everything was under water,” she said.';
    expect(triples(quotesOf(TITLE + text, [{ name: 'Maria Lopez' }]))).toEqual([
      ['Valentina', 'the water reached her kitchen', false],
      ['Valentina', 'When I came back, everything was under water', true],
    ]);
  });
});
