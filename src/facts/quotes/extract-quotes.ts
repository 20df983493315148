/**
 * Who said what: direct quotes (quotation-mark spans with their attribution) and reported speech
 * (a clause after or before a verb of saying), each with a resolved speaker, the cue, the medium,
 * the entities it is about, and provenance (sentences, offsets, rule).
 */
import type { Article } from '../../model/article';
import type { Doc } from '../../model/doc';
import type { DirectQuoteRule, Quote, ReportedSpeechRule, Speaker, SpeakerSieve } from '../../model/fact';
import type { SpeakerPhrase } from './analyze-speaker-phrase';
import type { Lexicon } from '../../lexicon/load-lexicon';
import { findDirectQuotes } from './find-direct-quotes';
import { findQuotationSpans } from './find-quotation-spans';
import { findReportedSpeech } from './find-reported-speech';
import { hasWords } from './quote-tokens';
import { CONTINUE_REACH } from './direct-sieves/continued';
import { sentenceTokens } from '../../text/read-doc';
import { resolveSpeaker } from './resolve-speaker';
import type { SpeakerContext } from './speaker-context';
import { createSpeakerContext, firstMentionFrom, nameKey } from './speaker-context';
import { keyHash } from './name-key';
import { hasCueWord } from './cue-words';
import { isTeaserLine, isTitleText, markQuoted, sentenceLocator } from './quote-layout';

/** Quotes of fewer words are scare quotes or terms, not statements. */
export const MIN_QUOTE_WORDS = 4;

/** A quote found and not yet resolved. Every field is always set (one object shape for all). */
interface Pending {
  start: number;
  end: number;
  direct: boolean;
  cue: string | undefined;
  cueStart: number;
  rule: DirectQuoteRule | ReportedSpeechRule;
  /** The speaker sieve that named the speaker, when the rule records one. */
  sieve: SpeakerSieve | undefined;
  medium: string | undefined;
  phrase: SpeakerPhrase | undefined;
  sameAs: number | undefined;
  speaker: Speaker | undefined;
}

/**
 * Extracts the quotes of one article from its Doc (sentences, tokens and resolved entities);
 * offsets of the result point into `article.text`, and `text === article.text.slice(start, end)`.
 */
export function extractQuotes(doc: Doc): Quote[] {
  const { article, sentences, entities, lexicon } = doc;
  const text = article.text;
  const sentenceAt = sentenceLocator(sentences);
  // The speaker context (every mention, sorted) is built only for an article with a quote.
  let context: SpeakerContext | undefined;
  const speakers = (): SpeakerContext =>
    (context ??= createSpeakerContext(text, sentences, entities, sentenceAt));
  const spans = findQuotationSpans(text, (w) => lexicon.speech.verbs.has(w));
  const direct = findDirectQuotes(
    doc,
    spans,
    sentenceAt,
    (from, to) => personIn(speakers(), from, to),
    lexicon,
  );
  const pending: Pending[] = direct.map((d) => ({
    start: d.span.start,
    end: trimEnd(text, d.span.start, d.span.end),
    direct: true,
    cue: d.attribution?.cue,
    cueStart: d.attribution?.cueStart ?? d.span.start,
    rule: d.rule,
    sieve: undefined,
    medium: d.attribution?.medium || undefined,
    phrase: d.attribution?.phrase,
    sameAs: d.sameAs,
    speaker: undefined,
  }));
  const directLong = pending.filter((p) => hasWords(text, p.start, p.end, MIN_QUOTE_WORDS));
  const usedCues = new Set(directLong.filter((p) => !p.rule.includes('embedded')).map((p) => p.cueStart));
  for (const s of sentences) {
    const headline = s.index === 0 || s.text === article.title;
    if (!hasCueWord(s.text, lexicon) || (!headline && isTeaserLine(text, s))) continue;
    const toks = sentenceTokens(doc, s.index);
    for (const r of findReportedSpeech(text, toks, markQuoted(toks, spans), usedCues, headline, lexicon)) {
      const end = clauseEnd(text, r.start, r.end, directLong);
      if (end === undefined) continue;
      const { start, phrase, cue, cueStart, rule, medium } = r;
      pending.push({
        start,
        end,
        direct: false,
        cue,
        cueStart,
        rule,
        sieve: undefined,
        medium: medium || undefined,
        phrase,
        sameAs: undefined,
        speaker: undefined,
      });
    }
  }
  if (pending.length === 0) return [];
  const ctx = speakers();
  const order = pending.map((_, i) => i).sort((a, b) => pending[a].cueStart - pending[b].cueStart);
  for (const i of order) {
    const p = pending[i];
    if (!p.phrase) continue;
    const { speaker, sieve } = resolveSpeaker(ctx, p.phrase, p.cueStart, lexicon, p);
    // A pronoun that refers to nobody the article names gives no speaker, and no quote: a "she"
    // node would join unrelated quotes of every article in the graph.
    if (isUnresolvedPronoun(p.phrase, speaker)) continue;
    p.speaker = speaker;
    if (sieve) p.sieve = sieve;
  }
  nameEarlierDescriptions(pending, order, lexicon);
  continueLatestAttribution(pending, order, sentenceAt);
  for (const p of pending)
    if (!p.speaker && p.sameAs !== undefined) {
      const { speaker, sieve } = pending[p.sameAs];
      p.speaker = speaker;
      if (sieve) p.sieve = sieve;
    }
  return toQuotes(article, ctx, pending);
}

/**
 * A definite description that named nobody when it was read ("the Chilean president said …")
 * takes the person the same description is resolved to later in the article ("During the visit,
 * the Chilean president said … Later, Ana Rojas told …"): one description, one referent.
 * General heads ("the official", "the spokesperson") may be several people and are left alone.
 */
function nameEarlierDescriptions(pending: Pending[], order: readonly number[], lex: Lexicon): void {
  const later = new Map<string, Pending>();
  for (let k = order.length - 1; k >= 0; k--) {
    const p = pending[order[k]];
    const phrase = p.phrase;
    if (
      !p.speaker ||
      phrase?.kind !== 'description' ||
      !phrase.definite ||
      lex.sources.generic.has(phrase.head)
    )
      continue;
    const key = nameKey(phrase.text);
    if (p.speaker.entityKey !== undefined) {
      later.set(key, p);
      continue;
    }
    const named = later.get(key);
    if (named?.speaker) {
      p.speaker = { ...named.speaker, ...(p.speaker.span ? { span: p.speaker.span } : {}) };
      if (named.sieve) p.sieve = named.sieve;
    }
  }
}

/**
 * A quotation with no attribution of its own continues the latest attribution before it, also
 * one of reported speech: "Ana Rojas, the mayor, said the port would stay shut. “Nobody sails
 * today.”" is Ana Rojas's, even after a quote of another speaker two sentences back. A quote that
 * continues a direct one ("“A,” X said. “B.”") keeps its speaker; with no attribution within
 * `CONTINUE_REACH` sentences an open quotation stays unattributed and is left out.
 */
function continueLatestAttribution(
  pending: Pending[],
  order: readonly number[],
  sentenceAt: (offset: number) => number,
): void {
  let latest: Pending | undefined;
  for (const i of order) {
    const p = pending[i];
    if (p.phrase) {
      if (p.speaker) latest = p;
      continue;
    }
    const open = p.rule === 'quote.direct.continued.reported';
    if (!open && p.rule !== 'quote.direct.continued') continue;
    if (!latest || sentenceAt(latest.cueStart) < sentenceAt(p.start) - CONTINUE_REACH) continue;
    const before = p.sameAs !== undefined ? pending[p.sameAs] : undefined;
    // "“A,” X said. Y said B. “C.”": Y's attribution comes after the quote C would continue.
    const later = latest.direct === false && before !== undefined && latest.cueStart > before.end;
    if (!open && !later) continue;
    p.speaker = latest.speaker;
    if (latest.sieve) p.sieve = latest.sieve;
    p.sameAs = undefined;
    p.rule = 'quote.direct.continued.reported';
  }
}

function toQuotes(article: Article, ctx: SpeakerContext, pending: readonly Pending[]): Quote[] {
  const kept: { p: Pending; speaker: Speaker; text: string }[] = [];
  for (const p of [...pending].sort((a, b) => a.start - b.start)) {
    if (!p.speaker || !hasWords(article.text, p.start, p.end, MIN_QUOTE_WORDS)) continue;
    const text = article.text.slice(p.start, p.end);
    if (p.direct && ctx.sentenceAt(p.start) > 0 && isTitleText(text)) continue;
    kept.push({ p, speaker: p.speaker, text });
  }
  // The same words quoted twice are one quote; a single quote has no twin.
  const seen = new Map<number, string[]>();
  const out: Quote[] = [];
  for (const { p, speaker, text } of kept) {
    if (kept.length > 1 && quotedBefore(seen, text)) continue;
    const first = ctx.sentenceAt(p.start);
    const last = ctx.sentenceAt(p.end - 1);
    out.push({
      kind: 'quote',
      start: p.start,
      end: p.end,
      text,
      direct: p.direct,
      speaker,
      sentences: range(first, last),
      rule: p.sieve ? `${p.rule}+speaker.${p.sieve}` : p.rule,
      about: about(ctx, p.start, p.end),
      ...(p.cue ? { cue: p.cue } : {}),
      ...(p.medium ? { medium: p.medium } : {}),
    });
  }
  return out;
}

/**
 * Whether a text with the same key (`nameKey`: case, accents and punctuation folded) is in
 * `seen`, texts by key hash; records `text` when not. Keys are folded and compared only for
 * texts whose hashes meet, mostly true twins.
 */
function quotedBefore(seen: Map<number, string[]>, text: string): boolean {
  const hash = keyHash(text);
  const same = seen.get(hash);
  if (same === undefined) {
    seen.set(hash, [text]);
    return false;
  }
  const key = nameKey(text);
  if (same.some((t) => nameKey(t) === key)) return true;
  same.push(text);
  return false;
}

/**
 * End of a reported clause that holds a long direct quote: cut before the quote when enough
 * reported words remain ("…, so “Kiev can …”"), else undefined (the direct quote stands alone).
 */
function clauseEnd(text: string, start: number, end: number, direct: readonly Pending[]): number | undefined {
  let stop = end;
  for (const d of direct) {
    if (d.start >= end || d.end <= start) continue;
    if (d.start <= start) return undefined;
    stop = Math.min(stop, d.start - 1);
  }
  if (stop === end) return end;
  const m = /[\s,;:–—-]*(?:\b(?:so|and|but|that|as|to|of|in|while)\s*)*$/u.exec(text.slice(start, stop));
  const cut = m ? stop - m[0].length : stop;
  return hasWords(text, start, cut, MIN_REPORTED_WORDS) ? cut : undefined;
}

/** A reported clause cut before a direct quote keeps at least this many words. */
const MIN_REPORTED_WORDS = 6;

/** Keys of the entities mentioned inside `[start, end)`. */
function about(ctx: SpeakerContext, start: number, end: number): string[] {
  const keys = new Set<string>();
  for (let i = firstMentionFrom(ctx, start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.mention.start >= end) break;
    if (m.mention.end <= end) keys.add(m.entity.key);
  }
  return [...keys];
}

/** Whether `speaker` is only the pronoun of `phrase`, which resolved to no one. */
function isUnresolvedPronoun(phrase: SpeakerPhrase, speaker: Speaker): boolean {
  return phrase.kind === 'pronoun' && speaker.entityKey === undefined && speaker.name === phrase.text;
}

/** The last person mention inside `[from, to)`, as a speaker phrase. */
function personIn(ctx: SpeakerContext, from: number, to: number): SpeakerPhrase | undefined {
  for (let i = firstMentionFrom(ctx, to) - 1; i >= 0; i--) {
    const m = ctx.mentions[i].mention;
    if (m.start < from) break;
    if (ctx.mentions[i].entity.type === 'Person' && m.end <= to) {
      return {
        kind: 'name',
        start: m.start,
        end: m.end,
        text: m.text,
        head: m.text.toLowerCase(),
        definite: false,
      };
    }
  }
  return undefined;
}

/** The whole numbers from `first` to `last`, both included. */
function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push(k);
  return out;
}

/** Trims a trailing comma and spaces from a quotation ("…,” he said" keeps no comma). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return end;
}
