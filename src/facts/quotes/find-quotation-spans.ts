/**
 * Finds quotation-mark spans in an article text in one linear pass: curly “…”, straight "…",
 * doubled ''…'' and ``…'', and single ‘…’ when used as the outer quotation. A quotation that
 * stays open at the end of a paragraph continues when the next paragraph opens with a mark
 * (the newspaper convention for quotes running over several paragraphs).
 */

/** One quotation: `[start, end)` is the content without marks, `[open, close)` includes them. */
export interface QuotationSpan {
  readonly open: number;
  readonly start: number;
  readonly end: number;
  readonly close: number;
  /** False when the closing mark was missing (the span ends at its paragraph end). */
  readonly closed: boolean;
  /** True when the span continues a quotation from the previous paragraph. */
  readonly continuation: boolean;
  /** True when the quotation runs on into the next paragraph. */
  readonly continues: boolean;
}

type Mark = 'curly' | 'straight' | 'double' | 'single';

interface Open {
  mark: Mark;
  open: number;
  start: number;
  continuation: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
/** The characters the scan stops at: line ends and every quotation-mark glyph. */
const STOP = /[\n“”"'`‘’]/g;

/** Finds every quotation span in `text`, in text order. */
export function findQuotationSpans(text: string): QuotationSpan[] {
  const out: QuotationSpan[] = [];
  let cur: Open | undefined;
  let continuation = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    STOP.lastIndex = i;
    if (!STOP.test(text)) break;
    i = STOP.lastIndex - 1;
    const c = text[i];
    if (c === '\n') {
      if (cur) {
        const runsOn = nextLineOpens(text, i);
        push(out, text, cur, i, i, false, runsOn);
        cur = undefined;
        continuation = runsOn;
      } else continuation = false;
      continue;
    }
    const mark = markAt(text, i);
    if (!mark) continue;
    const width = mark.width;
    if (cur && closes(cur.mark, mark.kind, text, i)) {
      push(out, text, cur, i, i + width, true, false);
      cur = undefined;
      continuation = false;
    } else if (isOpening(mark.kind) && opens(mark.kind, text, i, width)) {
      if (cur && mark.kind === 'single' && cur.mark !== 'single') {
        i += width - 1;
        continue; // a nested ‘…’ inside a double quotation
      }
      if (cur) push(out, text, cur, i, i, false, false);
      cur = { mark: mark.kind, open: i, start: i + width, continuation };
      continuation = false;
    }
    i += width - 1;
  }
  if (cur) push(out, text, cur, n, n, false, false);
  return out;
}

/** The quotation mark at `i`, if any, with its kind and width in characters. */
function markAt(
  text: string,
  i: number,
): { kind: Mark | 'close-curly' | 'close-single'; width: number } | undefined {
  const c = text[i];
  if (c === '“') return { kind: 'curly', width: 1 };
  if (c === '”') return { kind: 'close-curly', width: 1 };
  if (c === '"') return { kind: 'straight', width: 1 };
  if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`'))
    return { kind: 'double', width: 2 };
  if (c === '‘') return { kind: 'single', width: 1 };
  if (c === '’' && !LETTER.test(text[i + 1] ?? '')) return { kind: 'close-single', width: 1 };
  return undefined;
}

function isOpening(kind: string): kind is Mark {
  return kind === 'curly' || kind === 'straight' || kind === 'double' || kind === 'single';
}

/** Whether a mark of `kind` at `i` closes an open quotation of `open`. */
function closes(open: Mark, kind: string, text: string, i: number): boolean {
  if (open === 'curly')
    return kind === 'close-curly' || (kind === 'straight' && i > 0 && !/\s/.test(text[i - 1]));
  if (open === 'straight') return kind === 'straight' || kind === 'close-curly';
  if (open === 'double') return kind === 'double' && text[i] === "'";
  return kind === 'close-single' && i > 0 && !/\s/.test(text[i - 1]);
}

/** Whether a mark of `kind` at `i` opens a quotation: an opening glyph, or a straight mark before a word. */
function opens(kind: string, text: string, i: number, width: number): boolean {
  if (kind === 'curly') return true;
  if (kind === 'straight' || kind === 'double' || kind === 'single') {
    const before = i > 0 ? text[i - 1] : ' ';
    const after = text[i + width] ?? ' ';
    if (kind === 'single' && LETTER.test(before)) return false;
    return !/\s/.test(after) && !LETTER.test(before);
  }
  return false;
}

/** Whether the next non-blank line after the newline at `i` starts with an opening mark. */
function nextLineOpens(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && /\s/.test(text[j])) j++;
  const c = text[j];
  return (
    c === '“' ||
    c === '"' ||
    c === '‘' ||
    (c === "'" && text[j + 1] === "'") ||
    (c === '`' && text[j + 1] === '`')
  );
}

/** Adds a span with its content trimmed of whitespace; empty spans are dropped. */
function push(
  out: QuotationSpan[],
  text: string,
  cur: Open,
  end: number,
  close: number,
  closed: boolean,
  continues: boolean,
): void {
  let s = cur.start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return;
  out.push({
    open: cur.open,
    start: s,
    end: e,
    close: Math.max(close, e),
    closed,
    continuation: cur.continuation,
    continues,
  });
}
