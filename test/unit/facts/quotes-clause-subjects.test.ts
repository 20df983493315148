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
