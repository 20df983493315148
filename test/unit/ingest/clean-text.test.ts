import { cleanLines, cleanText, isHardWrapped } from '../../../src/ingest/clean-text';

describe('cleanText', () => {
  it.each([
    ['CRLF and CR line ends', 'One\r\nTwo\rThree', 'One\nTwo\nThree'],
    ['non-breaking and thin spaces', 'Troops\u00A0moved\u202Fnorth', 'Troops moved north'],
    ['zero-width characters and soft hyphens', 'Kyi\u200Bv and Khar\u00ADkiv\uFEFF', 'Kyiv and Kharkiv'],
    ['runs of spaces and tabs', 'A  lot\t\tof   space ', 'A lot of space'],
    ['many blank lines', 'Title\n\n\n\n\nBody', 'Title\n\nBody'],
    ['control characters', 'Wire\u0003 text\u0002', 'Wire text'],
    [
      'quotation marks kept as written',
      '“Yes,” he said. "No," she said. ‘Maybe’',
      '“Yes,” he said. "No," she said. ‘Maybe’',
    ],
  ])('normalises %s', (_name, raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it('unwraps hard-wrapped paragraphs and keeps indented paragraph starts', () => {
    const raw = [
      'The harbour authority said on Monday that shipping would resume',
      'after the storm, and that the two damaged cranes would be replaced',
      'within a month, according to a statement issued in the evening.',
      '    Traders said prices for the week were steady and that demand',
      'from overseas buyers was expected to pick up again before long.',
    ].join('\n');
    expect(cleanText(raw)).toBe(
      'The harbour authority said on Monday that shipping would resume after the storm, and that the two ' +
        'damaged cranes would be replaced within a month, according to a statement issued in the evening.\n\n' +
        'Traders said prices for the week were steady and that demand from overseas buyers was expected to ' +
        'pick up again before long.',
    );
  });

  it('does not unwrap text whose lines are paragraphs or headlines', () => {
    const lines = [
      'Storm closes harbour',
      '',
      'The harbour authority said on Monday that shipping would resume after the storm had passed over the coast.',
      'Subheading here',
      'Another long paragraph that runs well beyond the width of any wrapped newswire line, as web pages do.',
    ];
    expect(isHardWrapped(lines)).toBe(false);
    expect(cleanText(lines.join('\n')).split('\n')).toHaveLength(5);
  });
});

describe('cleanLines', () => {
  it('gives the lines of the cleaned text: trimmed, one blank line per run, none at the ends', () => {
    expect(cleanLines('\n\n  Title  \r\n\n\n\n Body  one \n\u00A0\nBody two\n\n\n')).toEqual([
      'Title',
      '',
      'Body one',
      '',
      'Body two',
    ]);
  });

  it('gives one empty line for a text without words, as splitting the empty text does', () => {
    expect(cleanLines('')).toEqual(['']);
    expect(cleanLines(' \n\t\n')).toEqual(['']);
  });
});
