import { quotesOf, triples } from './quotes-helpers';

const TITLE = 'Harbour news\n';

describe('extractQuotes: what separates a reported clause from its attribution', () => {
  it.each([
    [
      'a spaced dash before "said X" (translated articles)',
      'Two cranes collapsed at the northern pier on Sunday, injuring four workers - said the harbour master Ivo Kranjc.',
      [['Ivo Kranjc', 'Two cranes collapsed at the northern pier on Sunday, injuring four workers', false]],
    ],
    [
      'a live blog line with a ">" marker and a dash before "X said"',
      '> Inspectors will check every crane in the port in June - the Transport Ministry said on Sunday.',
      [['Transport Ministry', 'Inspectors will check every crane in the port in June', false]],
    ],
    [
      'a comma inside the closing mark of a quoted ending',
      'New rules will take effect on Monday to stop ships from "dumping ballast water," the port authority said in a statement.',
      [
        [
          'the port authority',
          'New rules will take effect on Monday to stop ships from "dumping ballast water,"',
          false,
        ],
      ],
    ],
    [
      'an aside after the attribution of a described source',
      'Three barges sank near the breakwater overnight, officials said on Friday, the worst loss since the storm of 1998.',
      [['officials', 'Three barges sank near the breakwater overnight', false]],
    ],
  ])('%s', (_name, body, expected) => {
    expect(triples(quotesOf(TITLE + body, [{ name: 'Ivo Kranjc' }]))).toEqual(expected);
  });

  it('ends a clause where a second attribution starts after "though" and a pronoun', () => {
    const text = `${TITLE}Anna Berg said the ferry line would open in May, though she noted that the fares were not yet set.`;
    expect(triples(quotesOf(text, [{ name: 'Anna Berg' }]))).toEqual([
      ['Anna Berg', 'the ferry line would open in May', false],
      ['Anna Berg', 'the fares were not yet set', false],
    ]);
  });

  it('keeps a clause whole when "although" opens it', () => {
    const text = `${TITLE}Anna Berg said that although the council declares its support for the line, it still blocks the funds.`;
    expect(triples(quotesOf(text, [{ name: 'Anna Berg' }]))).toEqual([
      [
        'Anna Berg',
        'although the council declares its support for the line, it still blocks the funds',
        false,
      ],
    ]);
  });

  it('reads no verb of saying in "secretary of state"', () => {
    const text = `${TITLE}The mayor watched from the pier, next to Ivo Kranjc, the former secretary of state, and the crew sat nearby.`;
    expect(quotesOf(text, [{ name: 'Ivo Kranjc' }])).toEqual([]);
  });
});

describe('extractQuotes: verbs and adverbials before a reported clause', () => {
  it.each([
    [
      '"assessed that"',
      'Anna Berg assessed that the new pier could open in the next few weeks.',
      [['Anna Berg', 'the new pier could open in the next few weeks', false]],
    ],
    [
      '"reaffirmed that"',
      'Anna Berg reaffirmed that she would not close the ferry line this winter.',
      [['Anna Berg', 'she would not close the ferry line this winter', false]],
    ],
    [
      'a named platform after the verb ("said on Telegram")',
      'The port authority said on Telegram it had closed two berths after the storm.',
      [['The port authority', 'it had closed two berths after the storm', false]],
    ],
    [
      'the addressee of "warning"',
      'Anna Berg is warning voters that a council victory would bring back the old tolls.',
      [['Anna Berg', 'a council victory would bring back the old tolls', false]],
    ],
  ])('%s', (_name, body, expected) => {
    expect(triples(quotesOf(TITLE + body, [{ name: 'Anna Berg' }]))).toEqual(expected);
  });

  it('reads no clause after "reaffirmed" with a noun phrase', () => {
    const text = `${TITLE}Anna Berg reaffirmed her commitment to the ferry line, which was built in 1998.`;
    expect(quotesOf(text, [{ name: 'Anna Berg' }])).toEqual([]);
  });
});
