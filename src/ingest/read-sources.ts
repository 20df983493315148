/**
 * Reads input paths: files and folders (walked recursively in sorted order). `.txt` files are
 * read whole (one file may hold several articles); `.jsonl` files are streamed line by line,
 * one record per line. Other files are skipped with a note (a `skipped` problem). An unreadable
 * file or record becomes an `error` problem naming the file (and line); the other files go on.
 *
 * Walking a folder: symbolic links are followed, but each real folder is read at most once
 * per call (a link back up the tree, or to a folder read already, is skipped with a note), so
 * a cycle ends at once; hidden entries (names starting with a dot) inside a folder are skipped;
 * an entry that cannot be read (a dangling link, no permission) is reported and skipped;
 * anything that is not a regular file or folder (a FIFO, a socket, a device) is skipped.
 */
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { SourceFile } from '../model/article';
import type { Item, Problem } from '../model/item';
import { decodeText } from './decode-text';
import { parseJsonlRecord } from './parse-jsonl-record';

/** Files larger than this are refused rather than read into memory. */
export const MAX_TXT_FILE_BYTES = 512 * 1024 * 1024;
/** A `.jsonl` file is abandoned after this many bad lines in a row with no good line before. */
export const MAX_LEADING_BAD_LINES = 20;

/** Yields every source file of `paths` and every problem with them, in order; never throws for a bad file. */
export async function* readSources(paths: readonly string[]): AsyncGenerator<Item<SourceFile>> {
  for await (const entry of walkSources(paths)) {
    if ('kind' in entry) yield entry;
    else yield* readSourceEntry(entry);
  }
}

/**
 * One input file found by {@link walkSources}, not read yet: a `.txt` or `.jsonl` file with
 * the keys its article ids are made of and its size in bytes.
 */
export interface SourceEntry {
  readonly path: string;
  readonly type: 'txt' | 'jsonl';
  readonly key: string;
  readonly legacyKey: string;
  readonly size: number;
}

/**
 * The walk of {@link readSources} without the reading: the input files of `paths` in the
 * order they are read, and the problems of the walk (missing paths, skipped entries).
 */
export async function* walkSources(paths: readonly string[]): AsyncGenerator<SourceEntry | Item<SourceFile>> {
  const walk: Walk = { folders: new Set() };
  for (const path of paths) yield* walkPath(path, path, walk);
}

/** Reads one file found by {@link walkSources}, as {@link readSources} does. */
export function readSourceEntry(entry: SourceEntry): AsyncGenerator<Item<SourceFile>> {
  const keys = { key: entry.key, legacyKey: entry.legacyKey };
  return entry.type === 'txt' ? readTxt(entry.path, keys, entry.size) : readJsonl(entry.path, keys);
}

/** State of one call of `readSources`: the real paths of the folders read so far. */
interface Walk {
  readonly folders: Set<string>;
}

/**
 * The key of a file, which article ids are made of (id scheme 3): the name of the folder given
 * by the user, then the file's path relative to it, with `/` between folders
 * (`guardian-ukraine/001.txt`); a file given by itself counts as part of its own folder
 * (`load seeds/001.txt` and `load seeds` give `seeds/001.txt`). The folder's name makes two files
 * of one relative path in different loaded folders two articles.
 */
function keyOf(path: string, root: string): { key: string; legacyKey: string } {
  const rel = relative(root, path);
  const legacyKey = rel === '' ? basename(path) : rel.split(sep).join('/');
  const folder = basename(rel === '' ? dirname(resolve(path)) : resolve(root));
  return { key: folder === '' ? legacyKey : `${folder}/${legacyKey}`, legacyKey };
}

async function* walkPath(
  path: string,
  root: string,
  walk: Walk,
): AsyncGenerator<SourceEntry | Item<SourceFile>> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const dangling = await lstat(path).then(
      (l) => l.isSymbolicLink(),
      () => false,
    );
    yield errorItem(path, dangling ? `symbolic link to a missing file (${describe(err)})` : describe(err));
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    let real: string;
    try {
      real = await realpath(path);
      entries = (await readdir(path)).sort();
    } catch (err) {
      yield errorItem(path, describe(err));
      return;
    }
    if (walk.folders.has(real)) {
      yield skipped(path, `folder ${real} was read already (a symbolic link to it)`);
      return;
    }
    walk.folders.add(real);
    for (const entry of entries) {
      if (entry.startsWith('.')) yield skipped(join(path, entry), 'hidden');
      else yield* walkPath(join(path, entry), root, walk);
    }
    return;
  }
  if (!info.isFile()) {
    yield skipped(path, 'not a regular file or folder');
    return;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.txt' || ext === '.jsonl') {
    yield { path, type: ext === '.txt' ? 'txt' : 'jsonl', ...keyOf(path, root), size: info.size };
  } else yield skipped(path, `not a .txt or .jsonl file`);
}

type Keys = { key: string; legacyKey: string };

async function* readTxt(path: string, keys: Keys, size: number): AsyncGenerator<Item<SourceFile>> {
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
  if (decoded.warning !== undefined) yield warning(path, decoded.warning);
  yield { kind: 'value', value: { path, name: basename(path), ...keys, text: decoded.text } };
}

/**
 * A part of a `.jsonl` file: the bytes from `start` (the start of a line) to `end` (after a
 * line feed, or the end of the file), whose first line is line `firstLine` of the file.
 */
export interface JsonlRange {
  readonly start: number;
  readonly end?: number;
  readonly firstLine: number;
}

/** What the reading of one part of a `.jsonl` file tells the parts after it. */
export interface JsonlPartState {
  /** The file was abandoned or could not be read on: the parts after this one are not read. */
  stopped: boolean;
  /** The warning of invalid UTF-8 that this part yielded (each file warns once, at its first such line). */
  utf8Warning?: Item<SourceFile>;
}

/**
 * Reads one part of a `.jsonl` file found by {@link walkSources} (see {@link JsonlRange}) as
 * {@link readSources} reads the whole file, line numbers included; `state` says whether the
 * file stopped in this part and which warning of invalid UTF-8 it yielded.
 */
export function readJsonlPart(
  entry: SourceEntry,
  range: JsonlRange,
  state: JsonlPartState,
): AsyncGenerator<Item<SourceFile>> {
  return readJsonl(entry.path, { key: entry.key, legacyKey: entry.legacyKey }, range, state);
}

async function* readJsonl(
  path: string,
  keys: Keys,
  range: JsonlRange = { start: 0, firstLine: 1 },
  state: JsonlPartState = { stopped: false },
): AsyncGenerator<Item<SourceFile>> {
  const part = range.end === undefined ? { start: range.start } : { start: range.start, end: range.end - 1 };
  const stream = createReadStream(path, { encoding: 'utf8', ...part });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const name = basename(path);
  let lineNo = range.firstLine - 1;
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
        yield problem({
          path,
          line: lineNo,
          level: 'error',
          message: `${path}:${lineNo}: ${parsed.problem}`,
        });
        // Only the file's first lines can make it abandoned: a later part has had good lines before it.
        if (range.start === 0 && good === 0 && ++badInARow >= MAX_LEADING_BAD_LINES) {
          state.stopped = true;
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
        state.utf8Warning = warning(path, `line ${lineNo}: invalid UTF-8 replaced by U+FFFD`);
        yield state.utf8Warning;
      }
      // Written out rather than spread: the same fields, in the same order, without copying by reflection.
      const { text, title, date, url, id } = parsed.record;
      const value = {
        text,
        title,
        date,
        url,
        id,
        path,
        name,
        key: keys.key,
        legacyKey: keys.legacyKey,
        line: lineNo,
      };
      yield { kind: 'value', value };
    }
  } catch (err) {
    state.stopped = true;
    yield errorItem(path, describe(err));
  } finally {
    lines.close();
    stream.destroy();
  }
}

const problem = (p: Problem): Item<SourceFile> => ({ kind: 'problem', problem: p });
const errorItem = (path: string, reason: string): Item<SourceFile> =>
  problem({ path, level: 'error', message: `${path}: ${reason}` });
const warning = (path: string, message: string): Item<SourceFile> =>
  problem({ path, level: 'warning', message });
const skipped = (path: string, reason: string): Item<SourceFile> =>
  problem({ path, level: 'skipped', message: reason });

/** A short reason for a file-system error (not `instanceof Error`: errors may come from another realm). */
function describe(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'EACCES') return 'permission denied';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'ELOOP') return 'too many levels of symbolic links';
  return typeof e.message === 'string' ? e.message : String(err);
}
