import { splitSentences } from '../../../src/text/split-sentences';
import { tokenize } from '../../../src/text/tokenize';

const words = (text: string): string[] => tokenize(text, splitSentences(text)[0]).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    [
      'words and punctuation',
      'Troops shelled the town, officials said.',
      ['Troops', 'shelled', 'the', 'town', ',', 'officials', 'said', '.'],
    ],
    [
      'abbreviations keep their period',
      'Mr. Stone met U.S. envoys',
      ['Mr.', 'Stone', 'met', 'U.S.', 'envoys'],
    ],
    [
      'possessive split off',
      "Russia’s army and Kyiv's mayor",
      ['Russia', '’s', 'army', 'and', 'Kyiv', "'s", 'mayor'],
    ],
    [
      'numbers with separators',
      'It cost $122bn, or 5.93 pct of 155,221 bags.',
      ['It', 'cost', '$', '122bn', ',', 'or', '5.93', 'pct', 'of', '155,221', 'bags', '.'],
    ],
    [
      'hyphenated words and systems',
      'A US-led group sent FP-5 missiles',
      ['A', 'US-led', 'group', 'sent', 'FP-5', 'missiles'],
    ],
    ['quotation marks', '“We won,” he said', ['“', 'We', 'won', ',', '”', 'he', 'said']],
    ['sentence-final period after an ordinary word', 'They left.', ['They', 'left', '.']],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets into the article text and the sentence index', () => {
    const text = 'Intro line.\nThe second sentence here.';
    const sentence = splitSentences(text)[1];
    const tokens = tokenize(text, sentence);
    expect(tokens.every((t) => t.sentence === 1)).toBe(true);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0].start).toBe(12);
  });
});
