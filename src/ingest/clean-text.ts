/**
 * Normalises raw article text: line ends, invisible and odd space characters, control
 * characters, runs of spaces and blank lines. Hard-wrapped text (newswire bodies broken at
 * ~70 columns) is unwrapped so that a line break ends a paragraph. Quotation marks and dashes
 * are kept as they are.
 */

const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACE_RE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const LINE_END_RE = /\r\n?|[\u2028\u2029\u0085]/g;
/** Any character that one of the four replacements changes (most texts have none: one scan, not four). */
const ODD_CHAR_RE = new RegExp(
  `[\\r\\u2028\\u2029\\u0085${[ZERO_WIDTH_RE, ODD_SPACE_RE, CONTROL_RE].map((re) => re.source.slice(1, -1)).join('')}]`,
);

/** Returns the cleaned text: `\n` line ends, single spaces, at most one blank line in a row, trimmed. */
export function cleanText(raw: string): string {
  return cleanLines(raw).join('\n');
}

/**
 * The lines of `cleanText(raw)` (`['']` for an empty text), built without joining and splitting
 * the whole text again: each line trimmed, a run of blank lines kept as one, none at either end.
 */
export function cleanLines(raw: string): string[] {
  const text = ODD_CHAR_RE.test(raw)
    ? raw
        .replace(LINE_END_RE, '\n')
        .replace(ZERO_WIDTH_RE, '')
        .replace(ODD_SPACE_RE, ' ')
        .replace(CONTROL_RE, '')
    : raw;
  const lines = text.split('\n');
  const joined = isHardWrapped(lines) ? unwrap(lines) : lines;
  const out: string[] = [];
  for (const raw of joined) {
    const line = (raw.includes('  ') ? raw.replace(/ {2,}/g, ' ') : raw).trim();
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length > 0 ? out : [''];
}

/**
 * True when most line breaks fall inside paragraphs: several non-blank lines in a row, no line
 * longer than a terminal line, and the lines that continue on the next one of similar length.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  // How many continued lines have each length (at most 100: a longer line ends the test).
  const byLength = BY_LENGTH.fill(0);
  let continued = 0;
  for (let i = 0; i < lines.length; i++) {
    const length = trimmedEnd(lines[i]);
    if (length > 100) return false;
    if (length > 0 && i + 1 < lines.length && !isBlank(lines[i + 1]) && !isIndented(lines[i + 1])) {
      byLength[length]++;
      continued++;
    }
  }
  if (continued < 3) return false;
  // The median continued length: the one at index ⌊n/2⌋ in increasing order.
  let seen = 0;
  let median = 0;
  while (seen + byLength[median] <= Math.floor(continued / 2)) seen += byLength[median++];
  return median >= 45;
}

/** The counts of `isHardWrapped`, made once rather than for every text. */
const BY_LENGTH = new Uint32Array(101);

/** Whether the UTF-16 unit is whitespace (`\s`). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `line.trimEnd().length`, without making the trimmed string. */
function trimmedEnd(line: string): number {
  let n = line.length;
  while (n > 0 && isSpace(line.charCodeAt(n - 1))) n--;
  return n;
}

/** `line.trim() === ''` */
function isBlank(line: string): boolean {
  return trimmedEnd(line) === 0;
}

/** Starts with two or more whitespace characters (`/^\s{2,}/`): an indented line opens a paragraph. */
function isIndented(line: string): boolean {
  return isSpace(line.charCodeAt(0)) && isSpace(line.charCodeAt(1));
}

/** Joins each line with the next unless the next is blank or indented (a new paragraph). */
function unwrap(lines: readonly string[]): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  const flush = (): void => {
    if (parts.length === 0) return;
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    out.push(parts.join(' '));
    parts = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
    } else {
      if (isIndented(line)) flush();
      parts.push(trimmed);
    }
  }
  flush();
  return out;
}
