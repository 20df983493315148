import { quotesOf } from './quotes-helpers';
import { isTitleText } from '../../../src/facts/quotes/quote-layout';

const TITLE = 'Harbour news\n';
const people = [{ name: 'Lena Ortiz' }, { name: 'Tomas Varga' }, { name: 'G.K. Moreno' }];
const speakers = (text: string): string[] => quotesOf(TITLE + text, people).map((q) => q.speaker.name);

describe('extractQuotes: appositions between the name and the verb', () => {
  it.each([
    [
      'an article-led apposition with a relative clause',
      'Lena Ortiz, a former harbour pilot who worked the night shifts, said the new cranes were too slow.',
      ['Lena Ortiz'],
    ],
    [
      'two stacked appositions',
      'Tomas Varga, the transport minister, a member of the port council, said the tariffs would double next year.',
      ['Tomas Varga'],
    ],
    [
      'an apposition before a direct quote',
      '“The cranes are too slow for the big ships,” said Lena Ortiz, a former pilot.',
      ['Lena Ortiz'],
    ],
  ])('gives the name for %s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    [
      'an introductory phrase that ends with a name',
      'After meeting Tomas Varga, a former pilot said the cranes were too slow for the ships.',
      ['a former pilot'],
    ],
    [
      'a name inside the description',
      'A former pilot, who once worked with Tomas Varga, said the cranes were too slow for the ships.',
      ['A former pilot'],
    ],
  ])('keeps the description for %s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('extractQuotes: titles, initials and affiliations around the name', () => {
  it.each([
    [
      'a party-state affiliation in parentheses',
      'Sen. Lena Ortiz (D-Mo.) said the port would reopen on Monday after the storm.',
      ['Lena Ortiz'],
    ],
    [
      'a parenthetical between the name and the verb after a direct quote',
      '“The cranes are far too slow for us,” Sen. Lena Ortiz (D-Mo.) said. “We need new ones.”',
      ['Lena Ortiz', 'Lena Ortiz'],
    ],
    [
      'an affiliation between commas after a direct quote',
      '“We will rebuild the pier within a year,” Senate Majority Leader Tomas Varga, R-Ky., said Tuesday.',
      ['Tomas Varga'],
    ],
    [
      'an age between commas',
      'Lena Ortiz, 45, said the new cranes were far too slow for the ships.',
      ['Lena Ortiz'],
    ],
    [
      'initials with periods after a title',
      '“The harbour will not close this winter,” said Rep. G.K. Moreno (D-N.C.), head of the caucus.',
      ['G.K. Moreno'],
    ],
    [
      'an abbreviated title',
      '“We pray for every sailor lost at sea,” said the Rev. Tomas Varga of the harbour chapel.',
      ['Tomas Varga'],
    ],
  ])('finds the name through %s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('still ends a sentence after initials at its end', () => {
    const text =
      'The pier closed in Washington, D.C. Tomas Varga said the cranes were too slow for the ships.';
    expect(quotesOf(TITLE + text, people).map((q) => [q.speaker.name, q.text])).toEqual([
      ['Tomas Varga', 'the cranes were too slow for the ships'],
    ]);
  });
});

describe('extractQuotes: who counts as a person for "he" and "she"', () => {
  const resolve = (text: string, specs: Parameters<typeof quotesOf>[1]): string[] =>
    quotesOf(TITLE + text, specs).map((q) => q.speaker.name);

  it('a name written with a personal title, whatever its entity type', () => {
    const text =
      'Mr. Harbourside said the port was too small for the new ships. “It will never fit,” he said.';
    expect(resolve(text, [{ name: 'Harbourside', type: 'Organization' }])).toEqual([
      'Harbourside',
      'Harbourside',
    ]);
  });

  it('an entity that holds a title', () => {
    const text =
      'President Ortiz condemned the test. He said the port would seek new sanctions against the smugglers.';
    const ortiz = { name: 'Ortiz', type: 'Location' as const, roles: [{ title: 'president' }] };
    expect(resolve(text, [ortiz])).toEqual(['Ortiz']);
  });

  it('not an organization without a title', () => {
    const text =
      'The Harbour Authority announced new fees. He said the fees were far too high for the fishermen.';
    expect(resolve(text, [{ name: 'Harbour Authority', type: 'Organization' }])).not.toContain(
      'Harbour Authority',
    );
  });
});

describe('extractQuotes: "the president" is not the vice president', () => {
  const text = (verb: string): string =>
    `${TITLE}Vice President Tomas Varga and President Lena Ortiz met the crews. ` +
    `“The harbour will stay open all winter,” ${verb}.`;
  const roles = [
    { name: 'Tomas Varga', roles: [{ title: 'vice president' }] },
    { name: 'Lena Ortiz', roles: [{ title: 'president' }] },
  ];

  it.each([
    ['the president said', 'Lena Ortiz'],
    ['the vice president said', 'Tomas Varga'],
  ])('resolves "%s" by title and rank', (verb, expected) => {
    expect(quotesOf(text(verb), roles).map((q) => q.speaker.name)).toEqual([expected]);
  });

  it('does not take a name after "Vice President" in the text for "the president"', () => {
    const only = `${TITLE}Vice President Tomas Varga toured the docks. “The harbour will stay open all winter,” the president said.`;
    expect(quotesOf(only).map((q) => q.speaker.name)).not.toContain('Tomas Varga');
  });

  it('takes the name after "Vice President" in the text for "the vice president"', () => {
    const only = `${TITLE}Vice President Tomas Varga toured the docks. “The harbour will stay open all winter,” the vice president said.`;
    expect(quotesOf(only).map((q) => q.speaker.name)).toEqual(['Tomas Varga']);
  });
});

describe('extractQuotes: titles in quotation marks are not speech', () => {
  it.each([
    ['a book title', 'Her book “Bright Lights Over The Harbour Wall” sold well.', true],
    ['a show with a short word inside', 'He was a guest on “The Morning Show of the Port”.', true],
    ['a spoken sentence', '“We will keep the harbour open,” she said.', false],
    ['two sentences in title case', '“Go Home. Stay Safe Tonight,” she said.', false],
    ['one long capitalised word', '“Don’t you do it,” she said.', false],
  ])('%s', (_, sentence, isTitle) => {
    const span = /“([^”]+)”/.exec(sentence)?.[1] ?? '';
    expect(isTitleText(span.replace(/,$/, ''))).toBe(isTitle);
  });

  it('drops a quoted title but keeps the statement beside it', () => {
    const text =
      'Lena Ortiz, who wrote “Bright Lights Over The Harbour Wall”, said: “The cranes are far too slow for the ships.”';
    expect(quotesOf(TITLE + text, people).map((q) => [q.speaker.name, q.text])).toEqual([
      ['Lena Ortiz', 'The cranes are far too slow for the ships.'],
    ]);
  });
});

describe('extractQuotes: the words around a name in the speaker phrase', () => {
  it.each([
    [
      'a manner adverb before the verb',
      'The harbour master Lena Ortiz boldly claimed that the cranes were too slow for the ships.',
      ['Lena Ortiz'],
    ],
    [
      'a person writing for an organization',
      '“The storm will pass by Friday night,” wrote Lena Ortiz for Harbour Weather Service.',
      ['Lena Ortiz'],
    ],
  ])('keeps the person through %s', (_, text, expected) => {
    const specs = [{ name: 'Lena Ortiz' }, { name: 'Harbour Weather Service' }];
    expect(quotesOf(TITLE + text, specs).map((q) => q.speaker.name)).toEqual(expected);
  });

  it('keeps a subject that ends with a noun in -ly', () => {
    const text = 'The family said the cranes had been far too slow for the big ships.';
    expect(quotesOf(TITLE + text).map((q) => q.speaker.name)).toEqual(['The family']);
  });
});
