import { quotesOf } from './quotes-helpers';

const TITLE = 'Harbour news\n';
const people = [{ name: 'Lena Ortiz' }, { name: 'Tomas Varga' }];
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
