import { quotesOf, triples } from './quotes-helpers';

const TITLE = 'Harbour news\n';

describe('extractQuotes: direct quotes', () => {
  it.each([
    [
      'attribution after, name then verb',
      '“The harbour will reopen before the summer season,” Maria Lopez said.',
      [['Maria Lopez', 'The harbour will reopen before the summer season', true]],
    ],
    [
      'attribution after, verb then name with titles',
      '“We have enough grain for the whole winter,” said Agriculture Minister Tomas Varga.',
      [['Tomas Varga', 'We have enough grain for the whole winter', true]],
    ],
    [
      'an inverted attribution before the quotation',
      'Said Tomas Varga: “Nobody will be left without heating this year.”',
      [['Tomas Varga', 'Nobody will be left without heating this year.', true]],
    ],
    [
      'a reported clause ending in a quotation, attributed by the verb before it',
      "Anna Berg said it would tell a long story, one of ''ships and storms, of fear, but also of hope.''",
      [['Anna Berg', 'ships and storms, of fear, but also of hope.', true]],
    ],
    [
      'attribution after a long apposition joined by "and"',
      '“The new line pays for itself within a decade,” Maria Lopez, director of the independent Harbour Policy Institute ' +
        'for the North Coast and a professor at the Southern Maritime College of the University of Callao, said of the plan.',
      [['Maria Lopez', 'The new line pays for itself within a decade', true]],
    ],
    [
      'attribution after a relative clause holding a plural possessive',
      "“The fees are far too high for us,” Maria Lopez, who runs the union's office for dockers' families, said.",
      [['Maria Lopez', 'The fees are far too high for us', true]],
    ],
    [
      'no attribution from a verb after "while"',
      'The pilots called the channel "safe enough for the largest tankers of the fleet," while most dockers said the opposite.',
      [],
    ],
    [
      'attribution after a short complement of the quotation',
      "Tomas Varga spoke first. ''I admire the design'' of the new cranes, Anna Berg said.",
      [['Anna Berg', 'I admire the design', true]],
    ],
    [
      'attribution before with a colon',
      'Tomas Varga told reporters: “Nobody will be left without heating this year.”',
      [['Tomas Varga', 'Nobody will be left without heating this year.', true]],
    ],
    [
      'straight quotation marks',
      '"The bridge is safe for all traffic again," the city engineer Anna Berg said.',
      [['Anna Berg', 'The bridge is safe for all traffic again', true]],
    ],
    [
      'doubled apostrophes as quotation marks',
      "''We expect the vote count to finish by Friday,'' said Anna Berg.",
      [['Anna Berg', 'We expect the vote count to finish by Friday', true]],
    ],
    [
      'a quote embedded in a reported clause',
      'Anna Berg said the council was “ready to work through the night if needed”.',
      [['Anna Berg', 'ready to work through the night if needed', true]],
    ],
    [
      'an apposition gives the name, not the role',
      '“The talks were long but useful,” Tomas Varga, the deputy foreign minister, said.',
      [['Tomas Varga', 'The talks were long but useful', true]],
    ],
  ])('%s', (_name, body, expected) => {
    expect(triples(quotesOf(TITLE + body))).toEqual(expected);
  });

  it('splits a quote interrupted by its attribution into two records with one speaker', () => {
    const text = `${TITLE}Maria Lopez visited the port.\n“The cranes are old,” she said, “but the crews are the best in the country.”`;
    expect(triples(quotesOf(text, [{ name: 'Maria Lopez' }]))).toEqual([
      ['Maria Lopez', 'The cranes are old', true],
      ['Maria Lopez', 'but the crews are the best in the country.', true],
    ]);
  });

  it('gives a quote in the next sentence or paragraph the speaker of the quote before it', () => {
    const text = `${TITLE}“Prices rose again in March,” the central bank said.\n“This is not a trend we can ignore for long.”`;
    expect(triples(quotesOf(text))).toEqual([
      ['the central bank', 'Prices rose again in March', true],
      ['the central bank', 'This is not a trend we can ignore for long.', true],
    ]);
  });

  it('keeps a quote that runs over two paragraphs as two records of the same speaker', () => {
    const text = `${TITLE}Anna Berg wrote on Facebook: “The storm took the roof of the school.\n“We will rebuild it with the help of every family in town.”`;
    const quotes = quotesOf(text);
    expect(triples(quotes)).toEqual([
      ['Anna Berg', 'The storm took the roof of the school.', true],
      ['Anna Berg', 'We will rebuild it with the help of every family in town.', true],
    ]);
    expect(quotes[0].medium).toBe('Facebook');
  });

  it('keeps the medium and the cue', () => {
    const [q] = quotesOf(
      `${TITLE}“All ferries will run on time tomorrow,” Tomas Varga said in a video address.`,
    );
    expect(q.cue).toBe('said');
    expect(q.medium).toBe('video address');
  });

  it('records offsets into the article text, sentences, rule and the entities the quote is about', () => {
    const text = `${TITLE}“Portland and its harbour will get new cranes soon,” Maria Lopez said.`;
    const [q] = quotesOf(text, [{ name: 'Maria Lopez' }, { name: 'Portland', type: 'Location' }]);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.sentences).toEqual([1]);
    expect(q.rule).toMatch(/^quote\.direct\./);
    expect(q.about).toEqual(['location:portland']);
    expect(q.speaker.span?.text).toBe('Maria Lopez');
  });
});
