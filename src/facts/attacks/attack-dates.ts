/**
 * The calendar date of an attack, in three steps:
 * 1. text: the date phrase of the attack's own sentence nearest its cue ("on Saturday",
 *    "Thursday's strikes"), resolved against the publication date and never after it;
 * 2. context: when the sentence has none, the discourse date: the day-precise date of the most
 *    recent earlier sentence that reports an attack ("On Saturday, drones hit X. Rockets also hit
 *    Y."). Dates of other events (a vote, a meeting) do not set the time of attack reports; nor
 *    does a date of a statement ("officials said on Friday": the attack may be older), the bound
 *    of a period ("since Monday"), or a day more than a week before publication (background, not
 *    the frame of the report);
 * 3. publication: otherwise the publication day, the news convention for the events an article
 *    reports (`dateSource` says so, so that queries never mix it up with a date of the text).
 */
import type { Article } from '../../model/article';
import type { DatePrecision, DateSource } from '../../model/fact';
import type { Sentence, Span } from '../../model/text';
import type { Lexicon } from '../../lexicon/load-lexicon';
import { findDatePhrases, referenceDate, type DatePhrase } from '../../text/resolve-date';

/** A date of the text (step 1) as an attack keeps it. */
export interface TextDate {
  readonly iso?: string;
  readonly text: string;
  readonly precision: DatePrecision;
  /** The phrase dates a statement ("said on Monday"), not necessarily the attack it reports. */
  readonly statement?: true;
}

/** The date an attack ends up with. */
export interface AttackDate {
  readonly date?: string;
  readonly dateText?: string;
  readonly datePrecision: DatePrecision;
  readonly dateSource?: DateSource;
}

/** How far before publication a date may lie and still set the time of later sentences. */
const MAX_CONTEXT_DAYS = 7;
const DAY_MS = 86_400_000;
/** A word before a date phrase that makes it the bound of a period, not the time of an event. */
const BOUND_RE = /\b(since|until|till|by|before|after|from)\s+((early|late)\s+)?(on\s+)?$/i;
/** How many words before a date phrase a verb of saying makes it the date of a statement. */
const SPEECH_WINDOW = 3;

/** The publication day (`YYYY-MM-DD`, UTC) of an article, when its date is known. */
export function publicationDay(publishedAt: string | undefined): string | undefined {
  return referenceDate(publishedAt)?.toISOString().slice(0, 10);
}

/** Reads the dates of one article's sentences, each sentence at most once. */
export class ArticleDates {
  private readonly phrases = new Map<number, readonly DatePhrase[]>();
  private readonly day: string | undefined;

  constructor(
    private readonly article: Article,
    private readonly lexicon: Lexicon,
  ) {
    this.day = publicationDay(article.publishedAt);
  }

  /**
   * Step 1: the date phrase of `sentence` nearest `at` (the attack cue), or a phrase of recent time
   * ("overnight"). A day after publication is not kept ("12 hours after" the deal of the day).
   */
  textDate(sentence: Sentence, at: Span): TextDate | undefined {
    const found = this.phrasesOf(sentence);
    let best: DatePhrase | undefined;
    let bestDistance = Infinity;
    for (const p of found) {
      const d = p.end <= at.start ? at.start - p.end : Math.max(0, p.start - at.end);
      if (d < bestDistance) [best, bestDistance] = [p, d];
    }
    if (best) {
      const before = this.article.text.slice(sentence.start, best.start);
      if (BOUND_RE.test(before))
        return { text: best.text, precision: best.iso !== undefined ? 'range' : best.precision };
      if (best.iso === undefined) return { text: best.text, precision: best.precision };
      const words = before.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
      const statement = words.slice(-SPEECH_WINDOW).some((w) => this.lexicon.speech.finite.has(w));
      return { iso: best.iso, text: best.text, precision: 'day', ...(statement ? { statement } : {}) };
    }
    const m = this.lexicon.time.recentRe.exec(sentence.text);
    return m ? { text: m[0], precision: 'range' } : undefined;
  }

  /**
   * Whether a text date of an attack report sets the time of the attack reports after it: a day
   * of the week before publication, not the date of a statement.
   */
  setsContext(d: TextDate | undefined): d is TextDate & { iso: string } {
    return d?.iso !== undefined && d.statement === undefined && this.isRecent(d.iso);
  }

  /** Steps 1 to 3 for an attack with its own text date (if any) and the context where it is reported. */
  dateOf(text: TextDate | undefined, context: TextDate | undefined): AttackDate {
    if (text) {
      return {
        ...(text.iso !== undefined ? { date: text.iso } : {}),
        dateText: text.text,
        datePrecision: text.precision,
        dateSource: 'text',
      };
    }
    if (context?.iso !== undefined) return { date: context.iso, datePrecision: 'day', dateSource: 'context' };
    if (this.day !== undefined) return { date: this.day, datePrecision: 'day', dateSource: 'publication' };
    return { datePrecision: 'unknown' };
  }

  /** The sentence's date phrases; an ISO day after publication is dropped (its words stay). */
  private phrasesOf(sentence: Sentence): readonly DatePhrase[] {
    let found = this.phrases.get(sentence.index);
    if (found === undefined) {
      found = findDatePhrases(this.article.text, sentence, this.article.publishedAt).map((p) =>
        this.day !== undefined && p.iso !== undefined && p.iso > this.day
          ? { start: p.start, end: p.end, text: p.text, precision: 'unknown' as const }
          : p,
      );
      this.phrases.set(sentence.index, found);
    }
    return found;
  }

  /** Within `MAX_CONTEXT_DAYS` before publication (any day when the publication date is unknown). */
  private isRecent(iso: string): boolean {
    if (this.day === undefined) return true;
    return Date.parse(this.day) - Date.parse(iso) <= MAX_CONTEXT_DAYS * DAY_MS;
  }
}
