/**
 * Finds where articles begin in a file that holds several pages one after another. An article
 * begins with a headline followed by a "Published"/"Posted" line (a date may follow), or with
 * a headline repeated a few lines later. A capitalised line inside a body is not a start.
 */
import { PUBLISHED_RE, isFurnitureLine, isHeadlineLike } from './furniture';

/** Where one article begins, as line indexes into the file's lines. */
interface ArticleStart {
  /** First line of the article's header (a section label such as "News", or the headline). */
  readonly headerStart: number;
  readonly titleLine: number;
  /** First line after the header (headline, "Published", "on", date, repeated headline). */
  readonly bodyStart: number;
}

const LOOK_BACK_LINES = 4;
const REPEAT_WINDOW_LINES = 6;

/** Returns the article starts found in `lines` (trimmed), in order. */
export function findArticleStarts(lines: readonly string[]): ArticleStart[] {
  const starts: ArticleStart[] = [];
  let lastBody = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i < lastBody) continue;
    const start = startAtMarker(lines, i) ?? startAtRepeat(lines, i);
    if (start === undefined || start.headerStart < lastBody) continue;
    starts.push(start);
    lastBody = start.bodyStart;
    i = start.bodyStart - 1;
  }
  return starts;
}

function startAtMarker(lines: readonly string[], i: number): ArticleStart | undefined {
  const line = lines[i];
  if (!PUBLISHED_RE.test(line) || line.split(' ').length > 10) return undefined;
  let t = prevNonBlank(lines, i - 1);
  for (let n = 0; n < LOOK_BACK_LINES && t >= 0 && isFurnitureLine(lines[t]); n++)
    t = prevNonBlank(lines, t - 1);
  if (t < 0 || !isTitle(lines[t])) return undefined;
  return { headerStart: headerStart(lines, t), titleLine: t, bodyStart: skipHeader(lines, i + 1, lines[t]) };
}

function startAtRepeat(lines: readonly string[], i: number): ArticleStart | undefined {
  const title = lines[i];
  if (!isTitle(title) || title.split(' ').length < 3) return undefined;
  let j = i;
  for (let n = 0; n < REPEAT_WINDOW_LINES; n++) {
    j = nextNonBlank(lines, j + 1);
    if (j >= lines.length) return undefined;
    if (lines[j] === title) return { headerStart: headerStart(lines, i), titleLine: i, bodyStart: j + 1 };
  }
  return undefined;
}

/** Skips the rest of a header: blank lines, "on", the date, furniture and the repeated headline. */
function skipHeader(lines: readonly string[], from: number, title: string): number {
  let j = from;
  for (let n = 0; n < 8 && j < lines.length; n++, j++) {
    const line = lines[j];
    if (line === '' || /^on$/i.test(line) || line === title || isFurnitureLine(line)) continue;
    if (line.length <= 60 && /\d{4}/.test(line) && !/[.!?]$/.test(line)) continue;
    break;
  }
  return j;
}

/** The headline line, or a short section label right before it ("News", "World"). */
function headerStart(lines: readonly string[], titleLine: number): number {
  const p = prevNonBlank(lines, titleLine - 1);
  if (p >= 0 && isSectionLabel(lines[p])) return p;
  return titleLine;
}

function isSectionLabel(line: string): boolean {
  return line.split(' ').length <= 3 && line.length <= 30 && /^\p{Lu}[\p{L} &'’-]*$/u.test(line);
}

function isTitle(line: string): boolean {
  return line.length >= 10 && isHeadlineLike(line) && !isFurnitureLine(line) && !PUBLISHED_RE.test(line);
}

function prevNonBlank(lines: readonly string[], from: number): number {
  let j = from;
  while (j >= 0 && lines[j] === '') j--;
  return j;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j] === '') j++;
  return j;
}
