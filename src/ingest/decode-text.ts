/** Turns the bytes of a text file into a string, or says why it is not text. */

/** The outcome of decoding a file's bytes. */
type DecodedText =
  | { readonly ok: true; readonly text: string; readonly warning?: string }
  | { readonly ok: false; readonly problem: string };

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const LOSSY = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Decodes UTF-8 bytes (a leading BOM is dropped). A NUL byte marks a binary file and gives
 * a problem; invalid UTF-8 is decoded with U+FFFD replacement characters and a warning.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: `binary file (NUL byte at offset ${nul}), expected UTF-8 text` };
  try {
    return { ok: true, text: STRICT.decode(bytes) };
  } catch {
    return {
      ok: true,
      text: LOSSY.decode(bytes),
      warning: 'invalid UTF-8; the bad bytes were replaced by U+FFFD',
    };
  }
}
