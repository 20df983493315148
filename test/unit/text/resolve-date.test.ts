import { findDatePhrases, resolveDate } from '../../../src/text/resolve-date';

/** Tuesday. */
const PUBLISHED = '2024-05-07T13:15:00Z';

describe('resolveDate', () => {
  it.each([
    ['on Wednesday', { iso: '2024-05-01', text: 'Wednesday', precision: 'day' }],
    ['on Tuesday', { iso: '2024-05-07', text: 'Tuesday', precision: 'day' }],
    ['Sunday', { iso: '2024-05-05', text: 'Sunday', precision: 'day' }],
    ['yesterday', { iso: '2024-05-06', text: 'yesterday', precision: 'day' }],
    ['February 7', { iso: '2024-02-07', text: 'February 7', precision: 'day' }],
    ['December 25', { iso: '2023-12-25', text: 'December 25', precision: 'day' }],
    ['on 26 February 2022', { iso: '2022-02-26', text: '26 February 2022', precision: 'day' }],
    ['tomorrow', { iso: '2024-05-08', text: 'tomorrow', precision: 'day' }],
    ['last week', { text: 'last week', precision: 'range' }],
    ['last month', { text: 'last month', precision: 'month' }],
    ['in March', { text: 'March', precision: 'month' }],
    ['12 hours after', { text: '12 hours after', precision: 'unknown' }],
    ['two days later', { text: 'two days later', precision: 'unknown' }],
    ['two days ago', { iso: '2024-05-05', text: 'two days ago', precision: 'day' }],
  ])('resolves %p against a Tuesday publication date, biased to the past', (phrase, expected) => {
    expect(resolveDate(phrase, PUBLISHED)).toEqual(expected);
  });

  it('accepts a publication day without a time', () => {
    expect(resolveDate('on Monday', '2024-05-07')).toEqual({
      iso: '2024-05-06',
      text: 'Monday',
      precision: 'day',
    });
  });

  it('keeps relative phrases as written when the publication date is not known', () => {
    expect(resolveDate('on Wednesday')).toEqual({ text: 'Wednesday', precision: 'unknown' });
    expect(resolveDate('February 7')).toEqual({ text: 'February 7', precision: 'unknown' });
    expect(resolveDate('26 February 2022')).toEqual({
      iso: '2022-02-26',
      text: '26 February 2022',
      precision: 'day',
    });
  });

  it('returns the words for a phrase that is not a date', () => {
    expect(resolveDate('soon', PUBLISHED)).toEqual({ text: 'soon', precision: 'unknown' });
  });
});

describe('findDatePhrases', () => {
  it('finds date phrases in a sentence span with offsets into the text', () => {
    const text = 'Intro. Drones hit the depot on Sunday, a week after the strike of February 7.';
    const span = { start: 7, end: text.length };
    const phrases = findDatePhrases(text, span, PUBLISHED);
    expect(phrases.map((p) => [p.text, p.iso])).toEqual([
      ['Sunday', '2024-05-05'],
      ['February 7', '2024-02-07'],
    ]);
    for (const p of phrases) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('does not take the verb "may" for a month, nor a bare time for a date', () => {
    const text = 'Officials may visit the site at 5 pm.';
    expect(findDatePhrases(text, { start: 0, end: text.length }, PUBLISHED)).toEqual([]);
  });

  it('reads a sentence met again at another offset, or with another publication date, as it reads it the first time', () => {
    const sentence = 'Drones hit the port of Zelvin on Wednesday.';
    const first = findDatePhrases(sentence, { start: 0, end: sentence.length }, PUBLISHED);
    const text = `Calm returned. ${sentence}`;
    const again = findDatePhrases(text, { start: 15, end: text.length }, PUBLISHED);
    expect(again).toEqual(first.map((p) => ({ ...p, start: p.start + 15, end: p.end + 15 })));
    expect(text.slice(again[0].start, again[0].end)).toBe('Wednesday');
    const later = findDatePhrases(sentence, { start: 0, end: sentence.length }, '2024-05-17');
    expect(later[0].iso).not.toBe(first[0].iso);
  });
});
