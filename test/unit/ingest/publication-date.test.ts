import { dateFromFileName, dateOfDateLine, parsePublicationDate } from '../../../src/ingest/publication-date';

describe('publication dates', () => {
  it.each([
    ['26-FEB-1987 15:01:01.79', '1987-02-26T15:01:01Z'],
    ['2022-08-01T16:23:25Z', '2022-08-01T16:23:25Z'],
    ['May 7, 2024', '2024-05-07'],
    ['7 May 2024 13:15 GMT', '2024-05-07T13:15:00Z'],
  ])('parses %p', (value, iso) => {
    expect(parsePublicationDate(value)).toBe(iso);
  });

  it('gives nothing for text without an absolute date', () => {
    expect(parsePublicationDate('last Wednesday')).toBeUndefined();
    expect(parsePublicationDate('no date here')).toBeUndefined();
  });

  it('reads a timestamp in a file name', () => {
    expect(dateFromFileName('20240507T131500Z_GB_en_12ab.txt')).toBe('2024-05-07T13:15:00Z');
    expect(dateFromFileName('001.txt')).toBeUndefined();
  });

  it('recognises a line that is only a date, but not a sentence with a date in it', () => {
    expect(dateOfDateLine('Published on May 7, 2024')).toBe('2024-05-07');
    expect(dateOfDateLine('2022-08-01T16:23:25Z')).toBe('2022-08-01T16:23:25Z');
    expect(dateOfDateLine('The bridge opened on May 7, 2024.')).toBeUndefined();
  });

  it('reads a date written only in numbers, but no date in a line of figures', () => {
    expect(dateOfDateLine('7/5/2024')).toBe('2024-07-05');
    expect(dateOfDateLine('2024.05.07')).toBe('2024-05-07');
    expect(dateOfDateLine('Updated 07-05-2024 14:00 GMT')).toBe('2024-07-05T14:00:00Z');
    expect(dateOfDateLine('Shr 22.5 cts vs 28.5 cts')).toBeUndefined();
    expect(dateOfDateLine('Net 1.5 mln dlrs vs 2.3 mln')).toBeUndefined();
  });

  it('gives the same answer for a line read again (lines repeat across newswire records)', () => {
    for (let i = 0; i < 2; i++) {
      expect(dateOfDateLine('Updated: 12 March 2023')).toBe('2023-03-12');
      expect(dateOfDateLine('Pay March 13')).toBeUndefined();
    }
  });
});
