import { gzipSync } from 'node:zlib';
import { decodeText } from '../../../src/ingest/decode-text';

const TEXT = 'Kyiv’s mayor said: “We rebuild.” — Київ, 2024 🇺🇦';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]),
    ],
    [
      'UTF-16 LE with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
    ],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ])('decodes %s to the same text, without the mark', (_, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT });
  });

  it.each([
    ['a NUL byte', Buffer.from('Headline\u0000body'), /binary file \(NUL byte at offset 8\)/],
    ['gzip data', gzipSync(Buffer.from(TEXT.repeat(50))), /binary file \(gzip-compressed data\)/],
    [
      'a PDF',
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
      /a PDF document/,
    ],
    [
      'random high bytes',
      Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 64))),
      /mostly bytes that are not UTF-8/,
    ],
    ['UTF-32', Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]), /UTF-32 text/],
    [
      'UTF-16 holding a NUL',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab\u0000c', 'utf16le')]),
      /NUL character/,
    ],
    ['UTF-16 cut in half a character', Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x69]), /invalid UTF-16 LE text/],
  ])('refuses %s, saying what it found', (_, bytes, problem) => {
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.problem).toMatch(problem);
  });

  it('keeps mostly-good text with a few bad bytes, replaced and warned about', () => {
    const bytes = Buffer.concat([
      Buffer.from('Café ', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from(' open today', 'utf8'),
    ]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: 'Café \uFFFD open today',
      warning: expect.stringMatching(/invalid UTF-8/),
    });
  });
});
