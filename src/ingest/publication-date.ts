/**
 * Publication dates from what an input gives: a record's `date` field, a date line near the top
 * of the text, or a timestamp in the file name (`20240507T131500Z_…`). Results are ISO 8601:
 * `2024-05-07T13:15:00Z` when the time is known, else `2024-05-07`.
 */
import * as chrono from 'chrono-node/en';

const FILE_STAMP_RE = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/;

const ISO_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const WIRE_RE = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})(?: (\d{2}):(\d{2}):(\d{2}))?/;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** Parses an absolute date or timestamp ("26-FEB-1987 15:01:01.79", "May 7, 2024"); undefined if none. */
export function parsePublicationDate(value: string): string | undefined {
  return parseCommonFormat(value.trim()) ?? dateOfResult(chrono.strict.parse(value.slice(0, 200))[0]);
}

/** The ISO form of chrono's first result when its year and day are certain. */
function dateOfResult(first: chrono.ParsedResult | undefined): string | undefined {
  if (first === undefined || !first.start.isCertain('year') || !first.start.isCertain('day'))
    return undefined;
  const c = first.start;
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  if (!c.isCertain('hour')) return isoDay(year, month, day);
  const offset = c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? 0) : 0;
  const ms = Date.UTC(year, month - 1, day, c.get('hour') ?? 0, c.get('minute') ?? 0, c.get('second') ?? 0);
  return new Date(ms - offset * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The timestamp in a file name such as `20240507T131500Z_GB_en_x.txt`, as ISO 8601. */
export function dateFromFileName(name: string): string | undefined {
  const m = FILE_STAMP_RE.exec(name);
  if (m === null) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

/** ISO 8601 and newswire `DD-MON-YYYY HH:MM:SS` without chrono (fast path for records). */
function parseCommonFormat(value: string): string | undefined {
  if (ISO_RE.test(value)) {
    if (value.length === 10) return value;
    const ms = Date.parse(/Z|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const m = WIRE_RE.exec(value);
  const month = m === null ? -1 : MONTHS.indexOf(m[2].toLowerCase());
  if (m === null || month < 0 || month % 3 !== 0) return undefined;
  const day = isoDay(Number(m[3]), month / 3 + 1, Number(m[1]));
  return m[4] === undefined ? day : `${day}T${m[4]}:${m[5]}:${m[6]}Z`;
}

/** A month's name ("Jan", "February"): chrono's strict parsers may read a date around it. */
const MONTH_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/**
 * Without a month's name, what chrono's strict parsers need for a date with a certain year and
 * day: three numbers joined as a date writes them ("2024-05-07", "7/5/24", "7/5 1987": ISO,
 * year-month-day, day/month with a year or a year after it), or the unit of a relative date ("2.5
 * hours ago", "within 1.5 days"); either way numbers joined by a dash, slash or point. A line of
 * figures ("Shr 22.5 cts vs 28.5 cts") has neither, and chrono never reads a date in it.
 */
const NUMERIC_DATE_HINT = /\d[-/.\s]\d{1,2}[-/.\s]\d|second|minute|hour|day|week|month|quarter|year/i;

/** What a line needs before chrono is asked (a line without it never yields a date). */
function mayBeDateLine(line: string): boolean {
  return MONTH_HINT.test(line) || (/\d[-/.]\d/.test(line) && NUMERIC_DATE_HINT.test(line));
}

/**
 * Answers for lines that reached chrono, by line: newswires repeat short dated lines ("Pay
 * April 15", "Six months to December 31") across records, and each chrono call costs far more
 * than a look-up. (A relative date such as "2 days ago MAR" is read at its first reading.)
 */
const dateLineCache = new Map<string, string | undefined>();
/** Most lines the cache keeps; it is emptied when full. */
const MAX_CACHED_DATE_LINES = 4096;

/**
 * When the whole line is a date or timestamp (optionally after "Published", "Updated on"…),
 * its ISO form; undefined for any other line.
 */
export function dateOfDateLine(line: string): string | undefined {
  if (line.length > 80 || !/\d/.test(line) || line.split(' ').length > 10 || !mayBeDateLine(line))
    return undefined;
  if (dateLineCache.has(line)) return dateLineCache.get(line);
  const date = parseDateLine(line);
  if (dateLineCache.size >= MAX_CACHED_DATE_LINES) dateLineCache.clear();
  dateLineCache.set(line, date);
  return date;
}

/** `dateOfDateLine` for a line that passed its cheap tests. */
function parseDateLine(line: string): string | undefined {
  const rest = line.replace(/^(first )?(published|posted|updated|last updated|date)(\s+on)?\s*:?\s*/i, '');
  const result = chrono.strict.parse(rest)[0];
  if (result === undefined) return undefined;
  const leftover = (rest.slice(0, result.index) + rest.slice(result.index + result.text.length)).trim();
  if (!/^[\s,|·•-]*$/.test(leftover) && !/^(\(?[A-Z]{2,4}\)?|UTC[+-]?\d*)$/.test(leftover)) return undefined;
  // As parsePublicationDate(rest), reusing chrono's answer for `rest` (at most 80 characters).
  return parseCommonFormat(rest.trim()) ?? dateOfResult(result);
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
