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

/**
 * Finds every quotation span in `text`, in text order: quotation marks and dash-led quotations,
 * whose attribution verb `isCue` recognises.
 */
export function findQuotationSpans(
  text: string,
  isCue: (word: string) => boolean = () => false,
): QuotationSpan[] {
  return mergeSpans(findMarkedSpans(text), findDashSpans(text, isCue));
}

/** The spans of quotation marks. */
function findMarkedSpans(text: string): QuotationSpan[] {
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

/**
 * Dash-led quotations, the convention of articles translated from Polish, Russian or Ukrainian:
 * "- We will not send troops - he said." or "….- The talks failed - added Lee." A dash opens
 * one at a line start or after a sentence end; it closes at a spaced dash on the same line that
 * a verb of saying follows, alone or after a pronoun ("- he said", "- said Lee"). Without that
 * closing dash the line is a list item, not a quotation.
 */
function findDashSpans(text: string, isCue: (word: string) => boolean): QuotationSpan[] {
  const out: QuotationSpan[] = [];
  // Each dash before a capital is a candidate, kept when what stands before it opens a
  // quotation; `from` is where the scan resumed, before which no opening may begin.
  let from = 0;
  DASH.lastIndex = 0;
  for (let m = DASH.exec(text); m !== null; m = DASH.exec(text)) {
    const open = m.index;
    if (!opensAfter(text, open, from) && !(text[open - 1] === ' ' && opensAfter(text, open - 1, from)))
      continue;
    const start = open + m[0].length;
    from = start;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(start, lineEnd);
    DASH_CLOSE.lastIndex = 0;
    for (let c = DASH_CLOSE.exec(line); c !== null; c = DASH_CLOSE.exec(line)) {
      const words = c[2].toLowerCase().split(/\s+/);
      const verb = PRONOUNS.has(words[0]) ? words[1] : words[0];
      if (!verb || !isCue(verb)) continue;
      const end = start + c.index;
      const close = end + c[0].indexOf(c[1]);
      out.push({ open, start, end, close, closed: true, continuation: false, continues: false });
      DASH.lastIndex = close;
      from = close;
      break;
    }
  }
  return out;
}

/**
 * Whether a dash-led quotation may open right after `end`: at the text start, a line start, or
 * after a sentence end and perhaps a closing mark ("….” - Next"), which begins at or after `from`.
 */
function opensAfter(text: string, end: number, from: number): boolean {
  if (end === 0) return from === 0;
  const c = text[end - 1];
  if (end - 1 >= from && (c === '\n' || SENTENCE_ENDS.includes(c))) return true;
  return end - 2 >= from && AFTER_SENTENCE_END.includes(c) && SENTENCE_ENDS.includes(text[end - 2]);
}

/** A dash before a capital, with the spaces between (the opening dash of a dash-led quotation). */
const DASH = /[-–]( *)(?=\p{Lu})/gu;
/** What may stand before an opening dash and its space: a sentence end, perhaps with a closing mark. */
const SENTENCE_ENDS = '.!?…';
const AFTER_SENTENCE_END = '”"’)';
/** A spaced dash before a lower-case word or two (the attribution of a dash-led quotation). */
const DASH_CLOSE = /[ \t]([-–])[ \t]+(\p{Ll}+(?:[ \t]+\p{Ll}+)?)/gu;
/** Pronouns that may stand before the verb of a dash attribution ("- he said"). */
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * The spans of `marked` and `dashed` in text order. A quotation inside a dash-led one is a term
 * it quotes, and gives way; a dash-led span that crosses a quotation gives way to it.
 */
function mergeSpans(marked: QuotationSpan[], dashed: readonly QuotationSpan[]): QuotationSpan[] {
  if (dashed.length === 0) return marked;
  const out: QuotationSpan[] = [];
  let i = 0;
  for (const d of dashed) {
    while (i < marked.length && marked[i].close <= d.open) out.push(marked[i++]);
    let j = i;
    while (j < marked.length && marked[j].open >= d.start && marked[j].close <= d.end) j++;
    if (j < marked.length && marked[j].open < d.close) continue;
    out.push(d);
    i = j;
  }
  while (i < marked.length) out.push(marked[i++]);
  return out;
}
