/** Turns the bytes of a text file into a string, or says why it is not text. */

/** The outcome of decoding a file's bytes. */
type DecodedText =
  | { readonly ok: true; readonly text: string; readonly warning?: string }
  | { readonly ok: false; readonly problem: string };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const LOSSY_UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Byte-order marks of UTF-16, which the decoder drops (`ignoreBOM: false`). */
const UTF16: readonly { bom: readonly number[]; encoding: 'utf-16le' | 'utf-16be'; name: string }[] = [
  { bom: [0xff, 0xfe], encoding: 'utf-16le', name: 'UTF-16 LE' },
  { bom: [0xfe, 0xff], encoding: 'utf-16be', name: 'UTF-16 BE' },
];

/** Signatures of binary formats that are often given a text extension by mistake. */
const BINARY_SIGNATURES: readonly { magic: string; name: string }[] = [
  { magic: '%PDF-', name: 'a PDF document' },
  { magic: '\x1f\x8b', name: 'gzip-compressed data' },
  { magic: 'PK\x03\x04', name: 'a ZIP archive (or an Office document)' },
  { magic: '\x89PNG', name: 'a PNG image' },
  { magic: '\xff\xd8\xff', name: 'a JPEG image' },
  { magic: 'GIF8', name: 'a GIF image' },
];

/**
 * In text decoded with replacement, more than this share of U+FFFD or control characters
 * (other than tab, line feed, form feed and carriage return) means the file is not text.
 */
const MAX_JUNK_SHARE = 0.3;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Share of U+FFFD and control characters (but tab, line feed, form feed, carriage return). */
function junkShare(text: string): number {
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || c === 0x7f || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d))
      junk++;
  }
  return text.length === 0 ? 0 : junk / text.length;
}

/**
 * Decodes a text file: UTF-8 with or without a byte-order mark, and UTF-16 LE or BE with one
 * (the mark is dropped). Refused with a problem naming what was found: a known binary format
 * (PDF, gzip, ZIP, images), UTF-16 that does not decode, a NUL character, or bytes that are
 * mostly not text. Other invalid UTF-8 is decoded with U+FFFD replacement characters and a
 * warning.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = UTF16.find((u) => startsWith(bytes, u.bom));
  if (utf16 !== undefined) {
    if (startsWith(bytes, [0xff, 0xfe, 0, 0])) {
      return { ok: false, problem: 'UTF-32 text (byte-order mark FF FE 00 00), expected UTF-8 or UTF-16' };
    }
    let text: string;
    try {
      text = new TextDecoder(utf16.encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return {
        ok: false,
        problem: `invalid ${utf16.name} text (it starts with a ${utf16.name} byte-order mark)`,
      };
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0)
      return { ok: false, problem: `binary file (NUL character at ${nul} in ${utf16.name} text)` };
    return { ok: true, text };
  }
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  const signature = BINARY_SIGNATURES.find((s) => head.startsWith(s.magic));
  if (signature !== undefined)
    return { ok: false, problem: `binary file (${signature.name}), expected text` };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: `binary file (NUL byte at offset ${nul}), expected UTF-8 text` };
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes) };
  } catch {
    const text = LOSSY_UTF8.decode(bytes);
    if (junkShare(text) > MAX_JUNK_SHARE) {
      return { ok: false, problem: 'binary file (mostly bytes that are not UTF-8 text), expected text' };
    }
    return { ok: true, text, warning: 'invalid UTF-8; the bad bytes were replaced by U+FFFD' };
  }
}
