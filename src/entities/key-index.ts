/**
 * A read-only index from string keys to lists of row numbers, held in a few flat arrays (one
 * string of every key, a hash table of key numbers, the rows of each key) so that it can be
 * written to a file at build time and read back by each thread without rebuilding it: the
 * gazetteers index 150,000 city names, which takes most of a second to build and milliseconds to read.
 */

export interface KeyIndex {
  /** Every key, one after another, in the order each was first added. */
  readonly text: string;
  /** Key `k` is `text.slice(keyStarts[k], keyStarts[k + 1])`. */
  readonly keyStarts: Uint32Array;
  /** Open-addressing hash table (linear probing) of key numbers plus one, 0 for an empty slot; a power of two long. */
  readonly slots: Uint32Array;
  /** The rows of key `k` are `rows[rowStarts[k]]` … `rows[rowStarts[k + 1] - 1]`, in the order they were added. */
  readonly rowStarts: Uint32Array;
  readonly rows: Uint32Array;
}

/** FNV-1a over the UTF-16 code units of `key`. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether key `k` of the index is `key`. */
function keyIs(index: KeyIndex, k: number, key: string): boolean {
  const start = index.keyStarts[k];
  if (index.keyStarts[k + 1] - start !== key.length) return false;
  const text = index.text;
  for (let i = 0; i < key.length; i++) if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
  return true;
}

/** The number of `key` in the index, or -1. */
export function keyNumber(index: KeyIndex, key: string): number {
  const slots = index.slots;
  const mask = slots.length - 1;
  for (let s = hash(key) & mask; ; s = (s + 1) & mask) {
    const k = slots[s] - 1;
    if (k < 0) return -1;
    if (keyIs(index, k, key)) return k;
  }
}

/** The rows of `key`, in the order they were added (empty when the index lacks the key). */
export function rowsOfKey(index: KeyIndex, key: string): number[] {
  const k = keyNumber(index, key);
  const out: number[] = [];
  if (k < 0) return out;
  for (let r = index.rowStarts[k]; r < index.rowStarts[k + 1]; r++) out.push(index.rows[r]);
  return out;
}

/** Key `k` of the index. */
export const keyAt = (index: KeyIndex, k: number): string =>
  index.text.slice(index.keyStarts[k], index.keyStarts[k + 1]);

/** The number of keys in the index. */
export const keyCount = (index: KeyIndex): number => index.keyStarts.length - 1;

/** Collects rows by key, then lays them out as a `KeyIndex`. */
export class KeyIndexBuilder {
  /** Rows of each key: a single number while it is one (most keys have one row). */
  private readonly byKey = new Map<string, number | number[]>();
  private rowCount = 0;

  add(key: string, row: number): void {
    const rows = this.byKey.get(key);
    if (rows === undefined) this.byKey.set(key, row);
    else if (typeof rows === 'number') this.byKey.set(key, [rows, row]);
    else rows.push(row);
    this.rowCount++;
  }

  build(): KeyIndex {
    const n = this.byKey.size;
    const keys: string[] = [];
    const keyStarts = new Uint32Array(n + 1);
    const rowStarts = new Uint32Array(n + 1);
    const rows = new Uint32Array(this.rowCount);
    let length = 0;
    let r = 0;
    for (const [key, list] of this.byKey) {
      keyStarts[keys.length] = length;
      rowStarts[keys.length] = r;
      keys.push(key);
      length += key.length;
      if (typeof list === 'number') rows[r++] = list;
      else for (const row of list) rows[r++] = row;
    }
    keyStarts[n] = length;
    rowStarts[n] = r;
    let size = 2;
    while (size < n * 2) size *= 2;
    const slots = new Uint32Array(size);
    const mask = size - 1;
    keys.forEach((key, k) => {
      let s = hash(key) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = k + 1;
    });
    return { text: keys.join(''), keyStarts, slots, rowStarts, rows };
  }
}

/** Each distinct value of a column once, in order of first use, and the number of each row's value in that list. */
export function codeColumn(values: readonly string[]): { codes: string[]; of: Uint16Array } {
  const numbers = new Map<string, number>();
  const of = new Uint16Array(values.length);
  values.forEach((v, i) => {
    let n = numbers.get(v);
    if (n === undefined) numbers.set(v, (n = numbers.size));
    of[i] = n;
  });
  if (numbers.size > 0xffff) throw new Error(`newsgraph: more than ${0xffff} distinct codes in a column`);
  return { codes: [...numbers.keys()], of };
}
