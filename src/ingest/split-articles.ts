/**
 * SourceFile → Article[]: cleans the text, finds the articles a file holds (several web pages
 * one after another, each with its headline and "Published" block), drops page furniture, and
 * finds each article's title and publication date.
 */
import type { Article, SourceFile } from '../model/article';
import { cleanLines } from './clean-text';
import { findArticleStarts } from './find-article-starts';
import { isFurnitureLine, isHeadlineLike } from './furniture';
import { dateFromFileName, dateOfDateLine, parsePublicationDate } from './publication-date';
import { removeFurniture } from './remove-furniture';

/** Articles longer than this are cut at paragraph breaks into parts, so no stage works on megabytes. */
export const MAX_ARTICLE_CHARS = 100_000;
/** A first line longer than this is not all title. */
const MAX_TITLE_CHARS = 300;
/** How many lines after the title may hold the publication date. */
const DATE_LINE_WINDOW = 3;

interface Segment {
  readonly lines: readonly string[];
  readonly title?: string;
}

/**
 * Splits one source into cleaned articles. `Article.text` is the title as its first line, then
 * the body; ids are `${key}#${index}` (key: the loaded folder's name and the path relative to it), or for a
 * `.jsonl` record its id, else its URL, else `${key}#${line}` (with `#${part}` after the first
 * part of a long record). Returns no article for a source without text.
 */
export function splitArticles(source: SourceFile): Article[] {
  const lines = cleanLines(source.text);
  const fileDate =
    (source.date !== undefined ? parsePublicationDate(source.date) : undefined) ??
    dateFromFileName(source.name);
  const segments = source.line !== undefined ? [{ lines, title: source.title }] : segmentLines(lines);
  const articles: Article[] = [];
  const key = source.key ?? source.name;
  const recordBase = source.id ?? source.url ?? `${key}#${source.line}`;
  const legacyKey = source.legacyKey ?? key;
  // Ids of the earlier schemes: 2, the path relative to the loaded folder (and a record's URL);
  // 1, the base name (and a record's line number).
  const legacyBases =
    source.line === undefined
      ? [legacyKey, source.name]
      : [
          source.id ?? source.url ?? `${legacyKey}#${source.line}`,
          source.id ?? `${source.name}#${source.line}`,
        ];
  for (const segment of segments) {
    const built = buildArticle(segment);
    if (built === undefined) continue;
    for (const body of cutLongBody(built.body, MAX_ARTICLE_CHARS - built.head.length)) {
      const index = articles.length;
      const part = index > 0 ? `#${index}` : '';
      const id = source.line === undefined ? `${key}#${index}` : `${recordBase}${part}`;
      const legacyIds = [
        ...new Set(
          legacyBases.map((base) => (source.line === undefined ? `${base}#${index}` : `${base}${part}`)),
        ),
      ].filter((old) => old !== id);
      // Joined, not concatenated: `join` makes one flat string, where `+` or a template would make a
      // rope that every later character read and regular expression of the stages pays for.
      const text = body.length > 0 ? [built.head, body.join('\n')].join('\n\n') : built.head;
      const publishedAt = built.date ?? fileDate;
      // Optional fields are set only when present, in this order (no spread of small objects).
      const article: { -readonly [K in keyof Article]: Article[K] } = { id } as Article;
      if (legacyIds.length > 0) article.legacyIds = legacyIds;
      article.source = source.name;
      article.path = source.path;
      article.index = source.line === undefined ? index : source.line - 1;
      article.title = built.title;
      article.text = text;
      if (publishedAt !== undefined) article.publishedAt = publishedAt;
      if (source.url !== undefined) article.url = source.url;
      articles.push(article);
    }
  }
  return articles;
}

/** Cuts the file's lines into one segment per article start (or one segment for the whole file). */
function segmentLines(lines: readonly string[]): Segment[] {
  const starts = findArticleStarts(lines);
  if (starts.length === 0) return [{ lines }];
  const preamble = removeFurniture(lines.slice(0, starts[0].headerStart));
  const preambleHasProse = preamble.some((l) => l.length > 40);
  if (starts.length === 1 && preambleHasProse) return [{ lines }];
  const segments: Segment[] = preambleHasProse ? [{ lines: preamble }] : [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].headerStart : lines.length;
    segments.push({ lines: lines.slice(start.bodyStart, end), title: lines[start.titleLine] });
  });
  return segments;
}

/** Longest title made from the first sentence of an article that has no headline. */
const MAX_LEDE_TITLE_CHARS = 120;

/**
 * Head line (the text's first line), title, body lines (furniture removed) and date of one
 * segment; undefined when it is empty. The title is the head line when it reads as a headline;
 * an article whose first line is prose (no headline was scraped) is titled by its first
 * sentence, cut at a word break, while its text keeps the whole line.
 */
function buildArticle(
  segment: Segment,
): { head: string; title: string; body: string[]; date?: string } | undefined {
  let body = removeFurniture(segment.lines);
  let title = segment.title?.trim();
  if (title === undefined || title === '' || isFurnitureLine(title)) {
    const first = body.findIndex((l) => l !== '');
    if (first < 0) return undefined;
    title = body[first];
    body = body.slice(first + 1);
  }
  const [first, rest] = splitLongTitle(title);
  title = first;
  if (rest !== undefined) body.unshift(rest);
  const head = title;
  if (segment.title === undefined && (rest !== undefined || !isHeadlineLike(title))) title = ledeTitle(title);
  let date: string | undefined;
  for (let i = 0, seen = 0; i < body.length && seen < DATE_LINE_WINDOW; i++) {
    if (body[i] === '') continue;
    seen++;
    if (body[i] === head) {
      body.splice(i--, 1);
      continue;
    }
    date = dateOfDateLine(body[i]);
    if (date !== undefined) {
      body.splice(i, 1);
      break;
    }
  }
  while (body.length > 0 && body[0] === '') body.shift();
  return { head, title, body, date };
}

/** The first sentence of a line of prose, cut at a word break with "…" when it is long. */
export function ledeTitle(line: string): string {
  const end = /(?<!\b\p{Lu})[.!?]["”’]?(?=\s+["“‘]?\p{Lu})/u.exec(line.slice(20));
  const sentence = end === null ? line : line.slice(0, 20 + end.index + end[0].length);
  if (sentence.length <= MAX_LEDE_TITLE_CHARS) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_LEDE_TITLE_CHARS - 1);
  return `${sentence.slice(0, cut > 40 ? cut : MAX_LEDE_TITLE_CHARS - 1).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * A first line longer than a headline (a paragraph) is cut after its first sentence, or at a
 * word break, so the title stays short; the rest becomes the first body line.
 */
function splitLongTitle(line: string): [string, string?] {
  if (line.length <= MAX_TITLE_CHARS) return [line];
  const sentenceEnd = /[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;
  sentenceEnd.lastIndex = 20;
  const m = sentenceEnd.exec(line);
  let cut =
    m !== null && m.index < MAX_TITLE_CHARS ? m.index + m[0].trimEnd().length : line.lastIndexOf(' ', 200);
  if (cut <= 0) cut = 200;
  return [line.slice(0, cut).trim(), line.slice(cut).trim()];
}

/** Cuts body lines into parts of at most `max` characters, at line breaks. */
function cutLongBody(body: readonly string[], max: number): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let size = 0;
  for (const line of body) {
    for (let s = 0; s < Math.max(line.length, 1); s += max) {
      const piece = line.slice(s, s + max);
      if (size + piece.length + 1 > max && part.length > 0) {
        parts.push(part);
        part = [];
        size = 0;
      }
      part.push(piece);
      size += piece.length + 1;
    }
  }
  if (part.some((l) => l !== '') || parts.length === 0) parts.push(part);
  return parts;
}
