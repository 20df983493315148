/**
 * Date phrases of news text ("on Wednesday", "February 7", "yesterday", "last week"), resolved
 * with chrono-node against the article's publication date. News reports past events, so an
 * ambiguous weekday or month-day is taken in the past: "on Wednesday" in an article published on
 * Tuesday 2024-05-07 is 2024-05-01. Explicit future words ("next", "tomorrow") are kept.
 */
import * as chrono from 'chrono-node/en';
import type { DatePrecision } from '../model/fact';
import type { Span } from '../model/text';

/** A date phrase: its words as written (without a leading "on"/"in"), and the ISO day when knowable. */
export interface ResolvedDate {
  /** `YYYY-MM-DD` when the text makes the full date knowable; undefined otherwise. */
  readonly iso?: string;
  /** The words of the text ("Wednesday", "February 7", "last week"). */
  readonly text: string;
  /** `day` exactly when `iso` is known; `month` ("March", "last month"); `range` ("last week"). */
  readonly precision: DatePrecision;
}

/** A date phrase found in a text, with `[start, end)` offsets into that text. */
export interface DatePhrase extends ResolvedDate, Span {}

const LEADING_PREPOSITION_RE = /^((early|late)\s+)?(on|in|at|since|by|from|during|until|of)\s+/i;
const FUTURE_RE = /\b(next|tomorrow|coming|upcoming|following|later this)\b/i;
const PERIOD_RE = /\b(weeks?|weekend|months?|years?|decades?|century|centuries)\b/i;
/** A period phrase that points at a time ("last week", "two months ago"), not a length ("a week after"). */
const ANCHORED_PERIOD_RE = /\b(last|this|next|past|previous|earlier|ago|coming)\b/i;
/**
 * A length of time counted from another event ("12 hours after", "two days later"): chrono counts
 * it from the publication time, which would invent a date; only "ago" counts from the reference.
 */
const FROM_EVENT_RE = /\b(minutes?|hours?|days?|weeks?|months?|years?)\s+(after|before|later|earlier)$/i;
const MONTH_PERIOD_RE = /\bmonths?\b/i;
const TODAY_RE = /\b(today|tonight|this (morning|afternoon|evening))\b/i;
const BARE_MONTH_RE =
  /^(may|march|june|july|august|april|january|february|september|october|november|december)$/i;
const DAY_MS = 86_400_000;
/** Cheap test before running chrono: some word or number that can start a date phrase. */
const DATE_HINT_RE =
  /\d|\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(yesterday|today|tonight|tomorrow|ago|last|this|next|past|weekend|noon|midnight|morning|evening|night)\b/i;

/**
 * Resolves one date phrase. With `publishedAt` (ISO), relative phrases are resolved against it
 * and biased to the past; without it only an absolute date ("26 February 2022") gets an `iso`,
 * and the phrase is kept as written.
 * @example resolveDate('on Wednesday', '2024-05-07') // { iso: '2024-05-01', text: 'Wednesday' }
 * @example resolveDate('last week', '2024-05-07')    // { text: 'last week' }
 */
export function resolveDate(phrase: string, publishedAt?: string): ResolvedDate {
  const text = phrase.trim().replace(LEADING_PREPOSITION_RE, '');
  const ref = referenceDate(publishedAt);
  const result = chrono.parse(
    text,
    { instant: ref ?? new Date(0), timezone: 'UTC' },
    { forwardDate: false },
  )[0];
  if (result === undefined) return { text, precision: 'unknown' };
  return withIso(text, isoOf(result, text, ref), result);
}

/**
 * The phrases of sentences already read, by publication date and text, with offsets into the
 * text: a sentence recurs across articles (wire copy, the summaries of live blogs), and a reading
 * by chrono costs far more than a look-up. The key (the date's length, the date, the text) is
 * unambiguous.
 */
const phraseCache = new Map<string, readonly DatePhrase[]>();
/** Most sentences the cache keeps; it is emptied when full. */
const MAX_CACHED_SENTENCES = 2048;

/**
 * Finds the date phrases in `span` of `text` (e.g. one sentence of an article), resolved as by
 * `resolveDate`. Offsets are into `text` and exclude a leading "on"/"in".
 */
export function findDatePhrases(text: string, span: Span, publishedAt?: string): DatePhrase[] {
  const slice = text.slice(span.start, span.end);
  if (!DATE_HINT_RE.test(slice)) return [];
  const published = publishedAt ?? '';
  const key = `${published.length}:${published}${slice}`;
  let found = phraseCache.get(key);
  if (found === undefined) {
    found = readPhrases(slice, publishedAt);
    if (phraseCache.size >= MAX_CACHED_SENTENCES) phraseCache.clear();
    phraseCache.set(key, found);
  }
  return found.map((p) => ({ ...p, start: span.start + p.start, end: span.start + p.end }));
}

/** `findDatePhrases` of a whole text. */
function readPhrases(slice: string, publishedAt: string | undefined): DatePhrase[] {
  const ref = referenceDate(publishedAt);
  const results = chrono.parse(
    slice,
    { instant: ref ?? new Date(0), timezone: 'UTC' },
    { forwardDate: false },
  );
  const phrases: DatePhrase[] = [];
  for (const result of results) {
    const c = result.start;
    const dated = ['day', 'weekday', 'month', 'year'].some((k) => c.isCertain(k as chrono.Component));
    if (!dated && !TODAY_RE.test(result.text)) continue;
    if (BARE_MONTH_RE.test(result.text) && !/^\p{Lu}/u.test(result.text)) continue;
    if (PERIOD_RE.test(result.text) && !ANCHORED_PERIOD_RE.test(result.text)) continue;
    const lead = LEADING_PREPOSITION_RE.exec(result.text)?.[0].length ?? 0;
    const trail = /[\s,;:.]*$/.exec(result.text)?.[0].length ?? 0;
    const start = result.index + lead;
    const end = result.index + result.text.length - trail;
    if (end <= start) continue;
    const words = slice.slice(start, end);
    phrases.push({ start, end, ...withIso(words, isoOf(result, words, ref), result) });
  }
  return phrases;
}

function withIso(text: string, iso: string | undefined, result: chrono.ParsedResult): ResolvedDate {
  return iso !== undefined ? { iso, text, precision: 'day' } : { text, precision: precisionOf(result, text) };
}

/** The precision of a phrase whose ISO day is not known. */
function precisionOf(result: chrono.ParsedResult, words: string): DatePrecision {
  const c = result.start;
  if (FROM_EVENT_RE.test(words)) return 'unknown';
  if (MONTH_PERIOD_RE.test(words) && ANCHORED_PERIOD_RE.test(words)) return 'month';
  if (c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday')) return 'month';
  if (PERIOD_RE.test(words) || result.end) return 'range';
  return 'unknown';
}

function isoOf(result: chrono.ParsedResult, words: string, ref: Date | undefined): string | undefined {
  const c = result.start;
  if (FROM_EVENT_RE.test(words)) return undefined;
  if (c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && !PERIOD_RE.test(words)) {
    return ref !== undefined || /\d{4}/.test(words) ? dayString(result.start.date()) : undefined;
  }
  if (ref === undefined || (PERIOD_RE.test(words) && !c.isCertain('weekday'))) return undefined;
  if (TODAY_RE.test(words)) return dayString(ref);
  let date = result.start.date();
  const future = FUTURE_RE.test(words);
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    if (!future && date.getTime() > endOfDay(ref)) date = new Date(date.getTime() - 7 * DAY_MS);
    return dayString(date);
  }
  if (c.isCertain('month') && c.isCertain('day')) {
    if (!future && date.getTime() > endOfDay(ref))
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
    return dayString(date);
  }
  return undefined;
}

/** The instant of a publication date (ISO day or date-time), or undefined when it is missing or unreadable. */
export function referenceDate(publishedAt: string | undefined): Date | undefined {
  if (publishedAt === undefined) return undefined;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? `${publishedAt}T12:00:00Z` : publishedAt);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

function endOfDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 23, 59, 59);
}

function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}
