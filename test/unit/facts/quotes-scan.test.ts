import { countWords, tokenizeWindow } from '../../../src/facts/quotes/quote-tokens';
import { nameKey } from '../../../src/facts/quotes/speaker-context';

/** The regular expressions the hand-written scanners replace, as reference. */
const TOKEN = /[\p{L}\p{N}]+(?:(?:[’'](?![sS]\b)|[-.&])[\p{L}\p{N}]+)*|[’']s\b|\S/gu;
const WORD_RUN = /[\p{L}\p{N}]+/gu;

function referenceTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => `${m.index}:${m[0]}`);
}

function referenceKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Strings built from pieces that probe the scanners' edges, from a fixed seed. */
function samples(count: number): string[] {
  const pieces = ['a', 'B', 's', 'S', "'", '’', '-', '.', '&', ' ', '\n', '\u00a0', 'é', 'Ж', '7', '_', '“'];
  pieces.push('😀', '\ud800', 'İ', 'ﬁ', '…', 'e\u0301', '—', '½', 'ß', 'The ', 'Σ');
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join(''),
  );
}

describe('quote scanners', () => {
  it.each([
    ['possessive', 'Peskov’s aide', ['Peskov', '’s', 'aide']],
    ['contraction', "don't go", ["don't", 'go']],
    ['hyphen and ampersand', 'AT&T co-founder', ['AT&T', 'co-founder']],
    ['a period after initials is not a sentence end', 'G.K. Smith', ['G.K', 'Smith']],
    ['capital S after an apostrophe is a letter', "O'Sullivan said", ["O'Sullivan", 'said']],
    ['astral symbols are one token', 'ok 😀 go', ['ok', '😀', 'go']],
  ])('tokenizes %s', (_, text, expected) => {
    expect(tokenizeWindow(text, 0, text.length).map((t) => t.text)).toEqual(expected);
  });

  it('marks words, capitals and lower case with folded apostrophes', () => {
    const [name, s, verb] = tokenizeWindow('Zelensky’s WORDS', 0, 16);
    expect([name.cap, name.word, s.lower, s.word, verb.cap, verb.lower]).toEqual([
      true,
      true,
      "'s",
      true,
      true,
      'words',
    ]);
  });

  it('agrees with the reference regular expressions on edge strings', () => {
    const disagreements: string[] = [];
    for (const text of samples(5000)) {
      const ours = tokenizeWindow(text, 0, text.length).map((t) => `${t.start}:${t.text}`);
      const dropped = referenceTokens(text).filter((t) => !ours.includes(t)); // abbreviation periods
      const same =
        dropped.every((t) => t.endsWith(':.')) &&
        referenceTokens(text)
          .filter((t) => !dropped.includes(t))
          .join('|') === ours.join('|') &&
        countWords(text) === (text.match(WORD_RUN)?.length ?? 0) &&
        nameKey(text) === referenceKey(text);
      if (!same) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });

  it('folds names for comparison', () => {
    expect(nameKey('The  Kremlin’s')).toBe('kremlins');
    expect(nameKey('José  Ramos-Horta')).toBe('jose ramos horta');
  });
});
