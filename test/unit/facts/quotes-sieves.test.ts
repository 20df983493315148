import type { QuoteRule } from '../../../src/model/fact';
import { DIRECT_SIEVES } from '../../../src/facts/quotes/direct-sieves/direct-sieves';
import { REPORTED_SIEVES } from '../../../src/facts/quotes/reported-sieves/reported-sieves';
import { quotesOf } from './quotes-helpers';

const TITLE = 'Ferry news\n';
const PEOPLE = [{ name: 'Ines Moreau', forms: ['Moreau'] }];

/** The [rule, text] pairs of the quotes of `body` (under a title line). */
function rulesOf(body: string): Array<[QuoteRule, string]> {
  return quotesOf(TITLE + body, PEOPLE).map((q) => [q.rule, q.text]);
}

describe('quote attribution sieves', () => {
  it('runs the direct-quote sieves in their order', () => {
    expect(DIRECT_SIEVES.map((s) => s.name)).toEqual(['after', 'inverted', 'before', 'continued']);
  });

  it('runs the reported-speech sieves in their order', () => {
    expect(REPORTED_SIEVES.map((s) => s.name)).toEqual([
      'coordinated',
      'according-to',
      'saying',
      'after',
      'parenthetical',
      'clause',
    ]);
  });

  it.each<[string, string, Array<[QuoteRule, string]>]>([
    [
      'after',
      '“The ferries will sail again on Monday,” Ines Moreau said.',
      [['quote.direct.after', 'The ferries will sail again on Monday']],
    ],
    [
      'after, verb first',
      '“The ferries will sail again on Monday,” said Ines Moreau.',
      [['quote.direct.after.verb-first', 'The ferries will sail again on Monday']],
    ],
    [
      'inverted',
      'Said Ines Moreau: “The ferries will sail again on Monday.”',
      [['quote.direct.before.inverted', 'The ferries will sail again on Monday.']],
    ],
    [
      'before',
      'Ines Moreau said: “The ferries will sail again on Monday.”',
      [['quote.direct.before', 'The ferries will sail again on Monday.']],
    ],
    [
      'before, saying',
      'Ines Moreau closed the harbour office, saying: “The ferries will sail again on Monday.”',
      [['quote.direct.before.saying', 'The ferries will sail again on Monday.']],
    ],
    [
      'before, embedded',
      'Ines Moreau said the storm had been “the worst one in forty years” for the island.',
      [['quote.direct.embedded', 'the worst one in forty years']],
    ],
    [
      'continued',
      '“The ferries will sail again on Monday,” Ines Moreau said. “The crews are ready to go.”',
      [
        ['quote.direct.after', 'The ferries will sail again on Monday'],
        ['quote.direct.continued', 'The crews are ready to go.'],
      ],
    ],
    [
      'continued, in the same sentence',
      'Ines Moreau said the storm was “a long and cruel night” and “the worst one in forty years.”',
      [
        ['quote.direct.embedded', 'a long and cruel night'],
        ['quote.direct.embedded.continued', 'the worst one in forty years.'],
      ],
    ],
  ])('direct sieve %s: %s', (_name, body, expected) => {
    expect(rulesOf(body)).toEqual(expected);
  });

  it.each<[string, string, Array<[QuoteRule, string]>]>([
    [
      'coordinated',
      'Ines Moreau said the storm had left the island and said the ferries would sail again on Monday.',
      [
        ['quote.reported.clause', 'the storm had left the island'],
        ['quote.reported.coordinated', 'the ferries would sail again on Monday'],
      ],
    ],
    [
      'according-to, before',
      'According to Ines Moreau, the ferries will sail again on Monday.',
      [['quote.reported.according-to.before', 'the ferries will sail again on Monday']],
    ],
    [
      'according-to, after',
      'The ferries will sail again on Monday, according to Ines Moreau.',
      [['quote.reported.according-to.after', 'The ferries will sail again on Monday']],
    ],
    [
      'saying',
      'Ines Moreau closed the harbour office on Friday, saying the storm would last two more days.',
      [['quote.reported.saying', 'the storm would last two more days']],
    ],
    [
      'after',
      'The ferries will sail again on Monday, Ines Moreau said.',
      [['quote.reported.after', 'The ferries will sail again on Monday']],
    ],
    [
      'after, verb first',
      'The ferries will sail again on Monday, said Ines Moreau.',
      [['quote.reported.after.verb-first', 'The ferries will sail again on Monday']],
    ],
    [
      'parenthetical',
      'The storm, Ines Moreau said, was the worst the island had seen in forty years.',
      [
        [
          'quote.reported.parenthetical',
          'The storm, Ines Moreau said, was the worst the island had seen in forty years',
        ],
      ],
    ],
    [
      'clause, with "that"',
      'Ines Moreau said that the ferries would sail again on Monday.',
      [['quote.reported.that', 'the ferries would sail again on Monday']],
    ],
    [
      'clause, without "that"',
      'Ines Moreau said the ferries would sail again on Monday.',
      [['quote.reported.clause', 'the ferries would sail again on Monday']],
    ],
  ])('reported sieve %s: %s', (_name, body, expected) => {
    expect(rulesOf(body)).toEqual(expected);
  });
});
