import { splitSentences } from '../../../src/text/split-sentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    [
      'two plain sentences',
      'The bridge was closed. Traffic moved north.',
      ['The bridge was closed.', 'Traffic moved north.'],
    ],
    [
      'question and exclamation',
      'Who fired first? Nobody knows! The inquiry goes on.',
      ['Who fired first?', 'Nobody knows!', 'The inquiry goes on.'],
    ],
    [
      'title abbreviations',
      'Mr. Adams met Gen. Brook and Lt. Cole. They spoke.',
      ['Mr. Adams met Gen. Brook and Lt. Cole.', 'They spoke.'],
    ],
    [
      'a sentence glued to the next by a missing space',
      'He met Vladimir Putin.He left. The visit of the U.S.A. delegation ended.',
      ['He met Vladimir Putin.', 'He left.', 'The visit of the U.S.A. delegation ended.'],
    ],
    [
      'a sentence ending in an acronym glued to the next',
      'Aid will come from the USA.Ana Rojas said so. It left the U.S.A.Then it came back.',
      ['Aid will come from the USA.', 'Ana Rojas said so.', 'It left the U.S.A.Then it came back.'],
    ],
    [
      'a domain name is no sentence end',
      'Read kyivindependent.com for more.',
      ['Read kyivindependent.com for more.'],
    ],
    [
      'Fr. and Sen. are titles',
      'Fr. John Doe met Sens. Roe and Poe.',
      ['Fr. John Doe met Sens. Roe and Poe.'],
    ],
    ['saint and doctor', 'Dr. Lee flew to St. Paul on Monday.', ['Dr. Lee flew to St. Paul on Monday.']],
    [
      'initialism inside a name',
      'The U.S. Army and the U.N. mission left.',
      ['The U.S. Army and the U.N. mission left.'],
    ],
    [
      'initialism at sentence end',
      'Aid arrived from the U.S. The convoy left at dawn.',
      ['Aid arrived from the U.S.', 'The convoy left at dawn.'],
    ],
    [
      'initials of a person',
      'The novel by J. R. Hartley sold well.',
      ['The novel by J. R. Hartley sold well.'],
    ],
    [
      'month before a number',
      'The vote is on Feb. 7 and Jan. 12 in the city.',
      ['The vote is on Feb. 7 and Jan. 12 in the city.'],
    ],
    ['number sign', 'He lives at No. 10 on the square.', ['He lives at No. 10 on the square.']],
    [
      'decimals',
      'Output rose 5.93 pct. Prices fell 0.5 pct.',
      ['Output rose 5.93 pct.', 'Prices fell 0.5 pct.'],
    ],
    ['ellipsis before a capital', 'He paused... Then he went on.', ['He paused...', 'Then he went on.']],
    ['ellipsis before lower case', 'He paused… and went on.', ['He paused… and went on.']],
    ['closing quote after the period', '“He left.” She stayed behind.', ['“He left.”', 'She stayed behind.']],
    ['straight quotes', '"We are ready." The minister nodded.', ['"We are ready."', 'The minister nodded.']],
    [
      'quote with attribution stays whole',
      '“We will hold. We must,” she said. Others agreed.',
      ['“We will hold. We must,” she said.', 'Others agreed.'],
    ],
    [
      'question inside a quote before lower case',
      '“Why now?” he asked. Nobody replied.',
      ['“Why now?” he asked.', 'Nobody replied.'],
    ],
    [
      'unbalanced quotation mark',
      '“The talks failed. We go home. Nothing else',
      ['“The talks failed.', 'We go home.', 'Nothing else'],
    ],
    ['brackets', 'It ended (as planned.) The troops left.', ['It ended (as planned.)', 'The troops left.']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('ends a sentence at every line break, also without a period', () => {
    expect(texts('Troops advance near river\n\nOfficials said the line held.\nList item one\n')).toEqual([
      'Troops advance near river',
      'Officials said the line held.',
      'List item one',
    ]);
  });

  it('keeps offsets into the text, trimmed of whitespace, with consecutive indexes', () => {
    const text = '  First one.   Second one.  \r\n\t Third  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('makes a timestamp glued to a line its own sentence', () => {
    expect(texts('Mayor urges residents to leave 2023-03-05T13:38:28ZThe mayor spoke.')).toEqual([
      'Mayor urges residents to leave',
      '2023-03-05T13:38:28Z',
      'The mayor spoke.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });

  it('does not split a lower-case continuation after an abbreviation-like word', () => {
    expect(texts('Fuel, food etc. were sent.')).toEqual(['Fuel, food etc. were sent.']);
  });

  it('handles text without spaces or terminators in one sentence', () => {
    expect(texts('Без точки и заглавных')).toEqual(['Без точки и заглавных']);
  });
});
