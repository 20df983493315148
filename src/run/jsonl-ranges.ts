/**
 * Cuts a `.jsonl` file into parts of about `partBytes` for the extraction pool, so one large file
 * keeps every worker busy. A part ends after a line feed, and knows the number of its first line
 * as `readSources` counts lines (readline: `\n`, `\r\n` and a lone `\r` each end a line), so the
 * problems of a part name the same lines as a whole read would. A file whose first records are
 * all bad is abandoned (`readSources`): the first part holds at least that many lines that are
 * surely not blank, so that rule is applied within it. The file is scanned once, a piece at a
 * time; nothing is parsed.
 */
import { open } from 'node:fs/promises';
import { MAX_LEADING_BAD_LINES, type JsonlRange } from '../ingest/read-sources';

const LF = 0x0a;
const CR = 0x0d;
const PIECE_BYTES = 1 << 20;

/** The parts of the `.jsonl` file at `path` (one part covering it all when it is small). */
export async function jsonlRanges(path: string, partBytes: number): Promise<JsonlRange[]> {
  const ranges: JsonlRange[] = [];
  const file = await open(path, 'r');
  try {
    const piece = Buffer.allocUnsafe(PIECE_BYTES);
    let start = 0;
    let firstLine = 1;
    /** Lines ended before the byte being read. */
    let lines = 0;
    let afterCr = false;
    /** Whether the line being read has a character that is surely not white space (ASCII). */
    let hasText = false;
    /** Lines ended so far that have such a character: surely not blank. */
    let textLines = 0;
    let offset = 0;
    for (;;) {
      const { bytesRead } = await file.read(piece, 0, PIECE_BYTES, offset);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead; i++) {
        const byte = piece[i];
        if (byte === CR || (byte === LF && !afterCr)) {
          lines++;
          if (hasText) textLines++;
          hasText = false;
        } else if (
          byte < 0x80 &&
          byte !== LF &&
          byte !== 0x09 &&
          byte !== 0x0b &&
          byte !== 0x0c &&
          byte !== 0x20
        ) {
          hasText = true;
        }
        afterCr = byte === CR;
        if (byte !== LF) continue;
        const end = offset + i + 1;
        // The first part holds the lines that may get the file abandoned (see the module comment).
        if (end - start >= partBytes && (ranges.length > 0 || textLines >= MAX_LEADING_BAD_LINES)) {
          ranges.push({ start, end, firstLine });
          start = end;
          firstLine = lines + 1;
        }
      }
      offset += bytesRead;
    }
    if (offset > start || ranges.length === 0) ranges.push({ start, firstLine });
    return ranges;
  } finally {
    await file.close();
  }
}
