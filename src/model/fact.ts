import type { Span } from './text';

/** Where a fact came from: its sentences, its character range and the rule that produced it. */
export interface Provenance<R extends string = string> extends Span {
  /** Indexes of the sentences the fact spans. */
  readonly sentences: readonly number[];
  readonly rule: R;
}

/** The attribution rules of direct quotes: sieve family and variant (see `facts/quotes/direct-sieves/`). */
export type DirectQuoteRule =
  | 'quote.direct.after'
  | 'quote.direct.after.verb-first'
  | 'quote.direct.before'
  | 'quote.direct.before.inverted'
  | 'quote.direct.before.saying'
  | 'quote.direct.embedded'
  | 'quote.direct.continued'
  | 'quote.direct.continued.reported'
  | 'quote.direct.embedded.continued';

/** The rules of reported speech: sieve family and variant (see `facts/quotes/reported-sieves/`). */
export type ReportedSpeechRule =
  | 'quote.reported.according-to.after'
  | 'quote.reported.according-to.before'
  | 'quote.reported.after'
  | 'quote.reported.after.verb-first'
  | 'quote.reported.clause'
  | 'quote.reported.coordinated'
  | 'quote.reported.parenthetical'
  | 'quote.reported.saying'
  | 'quote.reported.that';

/**
 * The speaker sieves, in the order they run, that a quote's rule records after its detection
 * rule when the speaker phrase did not name the speaker itself and one of them did
 * ("quote.reported.after+speaker.role-index": "the Chilean president" is the person the
 * article's role index gives that role). Names: `earlier-name` (a surname or short form of a
 * name used before), `organization-named-before` ("the Institute"), `full-name` (the longer
 * name in the text); pronouns: `relative-pronoun`, `person-pronoun` ("he", "she": gender and
 * recency, paragraph first), `body-pronoun` ("it", "they"); descriptions: `name-in-description`
 * ("the head of X diplomacy Name"), `apposition` ("the envoy, Name,"), `document` ("the
 * statement"), `office` ("her office"), `role-index`, `described-referent` (a description the
 * article ties to a name: the subject of a neighbouring sentence, an earlier body).
 */
export type SpeakerSieve =
  | 'earlier-name'
  | 'organization-named-before'
  | 'full-name'
  | 'relative-pronoun'
  | 'person-pronoun'
  | 'body-pronoun'
  | 'name-in-description'
  | 'apposition'
  | 'document'
  | 'office'
  | 'role-index'
  | 'described-referent';

export type QuoteRule =
  DirectQuoteRule | ReportedSpeechRule | `${DirectQuoteRule | ReportedSpeechRule}+speaker.${SpeakerSieve}`;

/**
 * The rules of attacks: the cue's form (a verb, a passive verb, a noun), `.before` when the
 * target stands before the cue, `.context` when the attacker comes from an earlier sentence.
 */
export type AttackRule = `attack.${'verb' | 'passive' | 'noun'}${'' | '.before'}${'' | '.context'}`;

/** Who a statement is attributed to. */
export interface Speaker {
  /** Canonical name of the entity when the speaker is named (also through a pronoun or surname). */
  readonly name: string;
  /** Key of the resolved entity; undefined for an unnamed source ("a senior European diplomat"). */
  readonly entityKey?: string;
  /** The span that names the speaker in the text (the pronoun, surname or description). */
  readonly span?: { readonly start: number; readonly end: number; readonly text: string };
  readonly role?: string;
}

export interface Quote extends Provenance<QuoteRule> {
  readonly kind: 'quote';
  /** The quoted or reported text, exactly as in the article, without quotation marks. */
  readonly text: string;
  readonly direct: boolean;
  readonly speaker: Speaker;
  /** The speech verb or cue ("said", "according to"). */
  readonly cue?: string;
  /** The medium ("Telegram", "video address"), when stated. */
  readonly medium?: string;
  /** Keys of entities named inside the quote. */
  readonly about: readonly string[];
}

/**
 * How precise an attack's `date` is: `day` when the ISO day is known, `month` ("in March", "last
 * month"), `range` (a week, a weekend, "overnight", a span), `unknown` (no date, or words that
 * cannot be placed on the calendar: "12 hours after the deal", a weekday without publication date).
 */
export type DatePrecision = 'day' | 'month' | 'range' | 'unknown';

/**
 * Where an attack's date comes from: `text` (a date phrase of the attack's own sentences),
 * `context` (the last day-precise date of an earlier sentence that reports events), `publication`
 * (no date in the text: the article's publication day, the news convention for current events).
 */
export type DateSource = 'text' | 'context' | 'publication';

export type AttackType =
  'Air/drone strike' | 'Shelling/artillery/missile attack' | 'Armed clash' | 'Remote explosive/landmine/IED';

export interface Attack extends Provenance<AttackRule> {
  readonly kind: 'attack';
  /** Canonical name and key of the attacker (a country or a named armed group). */
  readonly attacker: string;
  readonly attackerKey?: string;
  /** Most specific place or facility targeted. */
  readonly target: string;
  readonly targetKey?: string;
  /** Enclosing place (region, country) from the text or the gazetteer. */
  readonly location?: string;
  readonly locationKey?: string;
  readonly type: AttackType;
  /** Lower-case weapon words or named systems. */
  readonly weapons: readonly string[];
  /** Keys of the Weapon entities of `weapons`, in the same order. */
  readonly weaponKeys: readonly string[];
  /** Counts per weapon when stated ("408 drones" → { drone: 408 }). */
  readonly weaponCounts: Readonly<Record<string, number>>;
  /** Counts intercepted per weapon when stated. */
  readonly intercepted?: Readonly<Record<string, number>>;
  /** ISO day (`YYYY-MM-DD`) when knowable, else undefined; `dateSource` says where it comes from. */
  readonly date?: string;
  /** The words of the text for the date ("Wednesday", "February 7"), when the text dates the attack. */
  readonly dateText?: string;
  readonly datePrecision: DatePrecision;
  /** Undefined when the attack has no date at all (`datePrecision` is then `unknown`). */
  readonly dateSource?: DateSource;
  readonly killed?: number;
  readonly injured?: number;
}

export type Fact = Quote | Attack;

/** The facts of one kind, typed as that kind. */
export function factsOfKind<K extends Fact['kind']>(
  facts: readonly Fact[],
  kind: K,
): Extract<Fact, { kind: K }>[] {
  return facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);
}
