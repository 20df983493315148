import { countWords } from '../../../src/facts/quotes/quote-tokens';
import { nameKey } from '../../../src/facts/quotes/speaker-context';
import { keyHash } from '../../../src/facts/quotes/name-key';

/** The regular expressions the hand-written scanners replace, as reference. */
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

function referenceKey(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Letters NFKD does not decompose are written plainly ("ß" → "ss").
      .replace(/ß/g, 'ss')
      .replace(/[’'`.]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^the /, '')
  );
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
  it('count words and fold names as the reference regular expressions do', () => {
    const disagreements = samples(5000).filter(
      (text) =>
        countWords(text) !== (text.match(WORD_RUN)?.length ?? 0) || nameKey(text) !== referenceKey(text),
    );
    expect(disagreements).toEqual([]);
  });

  it('hashes texts with one key alike, and texts with different keys apart', () => {
    const texts = [...samples(5000), 'The the Cat', 'the cat', 'THE, cat', 'Cat', 'them cat', 'th’e cat'];
    const byKey = new Map<string, Set<number>>();
    for (const t of texts) byKey.set(nameKey(t), (byKey.get(nameKey(t)) ?? new Set()).add(keyHash(t)));
    expect([...byKey].filter(([, hashes]) => hashes.size > 1)).toEqual([]);
    expect(keyHash('the cat')).toBe(keyHash('Cat'));
    expect(keyHash('them cat')).not.toBe(keyHash('cat'));
    expect(keyHash('“Don’t go – it’s late,” the U.S. envoy said…')).toBe(
      keyHash('dont go its late the us envoy said'),
    );
    // Long texts are hashed by the beginning of their key, however they go on.
    const long = 'The envoy said the port would stay shut for weeks, and nobody ';
    for (const tail of ['sails today', 'in Gdańsk sails', '– Zełenski…']) {
      expect(keyHash(long + tail)).toBe(keyHash(nameKey(long + tail)));
      expect(keyHash(`Zełenski: ${long}${tail}`)).toBe(keyHash(nameKey(`Zełenski: ${long}${tail}`)));
    }
    // Distinct keys of the samples almost never share a hash.
    const hashes = new Set([...byKey.values()].map((h) => [...h][0]));
    expect(hashes.size).toBeGreaterThan(byKey.size - 3);
  });

  it('folds names for comparison', () => {
    expect(nameKey('The  Kremlin’s')).toBe('kremlins');
    expect(nameKey('José  Ramos-Horta')).toBe('jose ramos horta');
    expect(nameKey('“Don’t go – it’s late,” the U.S. envoy said…')).toBe(
      'dont go its late the us envoy said',
    );
  });
});
