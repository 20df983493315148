import { splitSentences } from '../../../src/text/split-sentences';
import { tokenize } from '../../../src/text/tokenize';

const whole = (text: string) => tokenize(text, { index: 0, start: 0, end: text.length, text });
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
      'initials keep their period',
      'G.K. Smith and Leonard E. Burman',
      ['G.K.', 'Smith', 'and', 'Leonard', 'E.', 'Burman'],
    ],
    [
      'a party-state affiliation keeps its period',
      'Sen. Jo Doe (D-Mo.) said',
      ['Sen.', 'Jo', 'Doe', '(', 'D-Mo.', ')', 'said'],
    ],
    [
      'a period before a comma belongs to its word',
      'Acme Corp., the maker',
      ['Acme', 'Corp.', ',', 'the', 'maker'],
    ],
    [
      'possessive split off',
      "Russia’s army and Kyiv's mayor",
      ['Russia', '’s', 'army', 'and', 'Kyiv', "'s", 'mayor'],
    ],
    ['contraction', "don't go", ["don't", 'go']],
    ['capital S after an apostrophe is a letter', "O'Sullivan said", ["O'Sullivan", 'said']],
    [
      'numbers with separators',
      'It cost $122bn, or 5.93 pct of 155,221 bags at 10:30.',
      ['It', 'cost', '$', '122bn', ',', 'or', '5.93', 'pct', 'of', '155,221', 'bags', 'at', '10:30', '.'],
    ],
    [
      'a comma after a number and a space separates',
      'On May 5, 2022, troops',
      ['On', 'May', '5', ',', '2022', ',', 'troops'],
    ],
    [
      'hyphenated words and systems',
      'A US-led group sent FP-5 missiles and a 57-year-old',
      ['A', 'US-led', 'group', 'sent', 'FP-5', 'missiles', 'and', 'a', '57-year-old'],
    ],
    ['hyphen and ampersand', 'AT&T co-founder', ['AT&T', 'co-founder']],
    ['quotation marks', '“We won,” he said', ['“', 'We', 'won', ',', '”', 'he', 'said']],
    ['sentence-final period after an ordinary word', 'They left.', ['They', 'left', '.']],
    ['astral symbols are one token', 'ok 😀 go', ['ok', '😀', 'go']],
  ])('%s', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('splits two sentences glued by a missing space, but not initialisms or domains', () => {
    expect(whole('met Vladimir Putin.He said').map((t) => t.text)).toEqual([
      'met',
      'Vladimir',
      'Putin',
      '.',
      'He',
      'said',
    ]);
    expect(whole('the U.S.A and kyivindependent.com').map((t) => t.text)).toEqual([
      'the',
      'U.S.A',
      'and',
      'kyivindependent.com',
    ]);
  });

  it('marks words, capitals, possessives and lower case without an abbreviation period', () => {
    const [name, s, verb, title] = whole('Zelensky’s WORDS Gen. al-Sisi');
    expect([name.cap, name.word, s.lower, s.word, s.possessive, verb.cap, verb.lower]).toEqual([
      true,
      true,
      "'s",
      true,
      true,
      true,
      'words',
    ]);
    expect([title.text, title.lower]).toEqual(['Gen.', 'gen']);
    expect(whole('al-Sisi')[0].cap).toBe(true);
    expect(whole('2S19 howitzers')[0].cap).toBe(true);
  });

  it('gives offsets into the article text and the sentence index', () => {
    const text = 'Intro line.\nThe second sentence here.';
    const sentence = splitSentences(text)[1];
    const tokens = tokenize(text, sentence);
    expect(tokens.every((t) => t.sentence === 1)).toBe(true);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0].start).toBe(12);
  });

  it('covers every non-space character once, in order, on edge strings', () => {
    const pieces = [
      'a',
      'B',
      's',
      'S',
      "'",
      '’',
      '-',
      '.',
      ',',
      ':',
      '&',
      ' ',
      '\u00a0',
      'é',
      'Ж',
      '7',
      '“',
      '😀',
    ];
    pieces.push('e\u0301', '—', 'ß', 'The ', 'Mr', 'He');
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join('');
      const tokens = whole(text);
      expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s/g, ''));
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
