/**
 * Reads input paths: files and folders (walked recursively in sorted order). `.txt` files are
 * read whole (one file may hold several articles); `.jsonl` files are streamed line by line,
 * one record per line. Other files are skipped with a note. Problems become `error` items that
 * name the file (and line); the other files go on.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { SourceItem } from '../model/source-item';
import { decodeText } from './decode-text';
import { parseJsonlRecord } from './parse-jsonl-record';

/** Files larger than this are refused rather than read into memory. */
export const MAX_TXT_FILE_BYTES = 512 * 1024 * 1024;
/** A `.jsonl` file is abandoned after this many bad lines in a row with no good line before. */
const MAX_LEADING_BAD_LINES = 20;

/** Yields every source item of `paths`, in order; never throws for a bad file. */
export async function* readSources(paths: readonly string[]): AsyncGenerator<SourceItem> {
  for (const path of paths) yield* readPath(path, path);
}

/**
 * The key of a file, which article ids are made of: its path relative to `root`, the folder
 * given by the user, with `/` between folders; the base name for a file given by itself.
 */
function keyOf(path: string, root: string): string {
  const rel = relative(root, path);
  return rel === '' ? basename(path) : rel.split(sep).join('/');
}

async function* readPath(path: string, root: string): AsyncGenerator<SourceItem> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield errorItem(path, describe(err));
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(path)).sort();
    } catch (err) {
      yield errorItem(path, describe(err));
      return;
    }
    for (const entry of entries) yield* readPath(join(path, entry), root);
    return;
  }
  const ext = extname(path).toLowerCase();
  const key = keyOf(path, root);
  if (ext === '.txt') yield* readTxt(path, key, info.size);
  else if (ext === '.jsonl') yield* readJsonl(path, key);
  else yield { kind: 'skipped', path, reason: `not a .txt or .jsonl file` };
}

async function* readTxt(path: string, key: string, size: number): AsyncGenerator<SourceItem> {
  if (size > MAX_TXT_FILE_BYTES) {
    yield errorItem(path, `file too large (${size} bytes, at most ${MAX_TXT_FILE_BYTES})`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    yield errorItem(path, describe(err));
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield errorItem(path, decoded.problem);
    return;
  }
  if (decoded.warning !== undefined) yield { kind: 'warning', path, message: decoded.warning };
  yield { kind: 'file', file: { path, name: basename(path), key, text: decoded.text } };
}

async function* readJsonl(path: string, key: string): AsyncGenerator<SourceItem> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const name = basename(path);
  let lineNo = 0;
  let good = 0;
  let badInARow = 0;
  let warned = false;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      const parsed = parseJsonlRecord(line);
      if (!parsed.ok) {
        yield {
          kind: 'error',
          error: { path, line: lineNo, message: `${path}:${lineNo}: ${parsed.problem}` },
        };
        if (good === 0 && ++badInARow >= MAX_LEADING_BAD_LINES) {
          yield errorItem(
            path,
            `not a JSON Lines file (first ${badInARow} records are invalid), file abandoned`,
          );
          return;
        }
        continue;
      }
      good++;
      if (!warned && line.includes('\uFFFD')) {
        warned = true;
        yield { kind: 'warning', path, message: `line ${lineNo}: invalid UTF-8 replaced by U+FFFD` };
      }
      yield { kind: 'file', file: { ...parsed.record, path, name, key, line: lineNo } };
    }
  } catch (err) {
    yield errorItem(path, describe(err));
  } finally {
    lines.close();
    stream.destroy();
  }
}

function errorItem(path: string, problem: string): SourceItem {
  return { kind: 'error', error: { path, message: `${path}: ${problem}` } };
}

/** A short reason for a file-system error (not `instanceof Error`: errors may come from another realm). */
function describe(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  return typeof e.message === 'string' ? e.message : String(err);
}
