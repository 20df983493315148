// Generated from the headers of cypher/queries/*.cypher by scripts/generate-query-types.js
// (`npm run build` runs it). Do not edit: change the `param` and `column` lines of the headers.

/** Parameters of `article-facts`: Everything extracted from one article (quotes, attacks, roles, entities named), with the sentences it came from and the ids of the entities each fact names. */
export type ArticleFactsParams = {
  /** the article's id (see the `articles` query), the id of any copy of it, or its exact title (`string`) */
  readonly article: string;
};

/** One row of `article-facts`. */
export type ArticleFactsRow = {
  readonly articleId: string;
  readonly kind: 'quote' | 'attack' | 'role' | 'entity';
  readonly fact: string | null;
  readonly entityIds: readonly string[];
  readonly sentences: readonly number[];
  readonly rule: string | null;
  readonly start: number | null;
  readonly end: number | null;
  readonly sentenceText: readonly string[];
};

/** Parameters of `articles`: The articles in the graph with their ids (for article-facts), dataset and how many facts each gave; optionally only within dates, from one source or of one dataset. */
export type ArticlesParams = {
  /** only articles published on this day or later (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only articles from this source: an input file's name (the `source` column), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only articles of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** at most this many articles (`integer[1..100000]`; default 100) */
  readonly limit?: number | null;
};

/** One row of `articles`. */
export type ArticlesRow = {
  readonly articleId: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly source: string | null;
  readonly dataset: string | null;
  readonly quotes: number;
  readonly attacks: number;
  readonly entities: number;
};

/** Parameters of `attack-timeline`: Attacks per attacker in order of date (the event date, else the publication day; undated ones last, in article order), with the event date (null when the text gives none), its precision and where it comes from, the publication date, target and place (names, ids and coordinates), weapons and toll; with events=true one row per event (the reports of one strike joined), with how many articles and sources report it; optionally only within dates, from one source, of one dataset, or reported by at least some articles. */
export type AttackTimelineParams = {
  /** only this attacker (by name, alias, surname or another spelling); every attacker when not given (null) (`entity`; default null) */
  readonly attacker?: string | readonly string[] | null;
  /** one row per event instead of one per report (the article is the first report's) (`boolean`; default false) */
  readonly events?: boolean | null;
  /** only attacks dated on this day or later (YYYY-MM-DD): the event date, else the publication day; no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only attacks dated on this day or earlier (YYYY-MM-DD), dated the same way; no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only attacks reported by articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only attacks of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** only attacks whose event is reported by at least this many articles; any when not given (null) (`integer[1..100000]`; default null) */
  readonly minArticles?: number | null;
  /** at most this many attacks (`integer[1..10000]`; default 200) */
  readonly limit?: number | null;
};

/** One row of `attack-timeline`. */
export type AttackTimelineRow = {
  readonly attacker: string;
  readonly attackerId: string;
  readonly eventDate: string | null;
  readonly datePrecision: 'day' | 'month' | 'range' | 'unknown';
  readonly dateText: string | null;
  readonly dateSource: 'text' | 'context' | 'publication' | null;
  readonly publishedAt: string | null;
  readonly target: string;
  readonly targetId: string;
  readonly place: string | null;
  readonly placeId: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly precision: 'site' | 'city' | 'region' | 'country' | null;
  readonly type: string;
  readonly weapons: readonly string[];
  readonly weaponIds: readonly string[];
  readonly killed: number | null;
  readonly injured: number | null;
  readonly articleId: string;
  readonly dataset: string | null;
  readonly event: string | null;
  readonly articles: number;
  readonly sources: number;
};

/** Parameters of `attacks-on`: Attacks on a place, on places inside it (by enclosing place or country), or within a radius in km of it, with names and ids, the target's coordinates, the event date (null when the text gives none) and the publication date; optionally only within dates, from one source or of one dataset. */
export type AttacksOnParams = {
  /** the place's name; any alias, transliteration ("Kharkov") or spelling without diacritics finds it (`entity[Location]`) */
  readonly place: string | readonly string[];
  /** also attacks on places this many km from it (0: none by distance) (`float[0..20000]`; default 0) */
  readonly radiusKm?: number | null;
  /** only attacks dated on this day or later (YYYY-MM-DD): the event date, else the publication day; no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only attacks dated on this day or earlier (YYYY-MM-DD), dated the same way; no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only attacks reported by articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only attacks of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** at most this many attacks (`integer[1..10000]`; default 100) */
  readonly limit?: number | null;
};

/** One row of `attacks-on`. */
export type AttacksOnRow = {
  readonly target: string;
  readonly targetId: string;
  readonly how: string;
  readonly distanceKm: number | null;
  readonly place: string | null;
  readonly placeId: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly precision: 'site' | 'city' | 'region' | 'country' | null;
  readonly attacker: string;
  readonly attackerId: string;
  readonly eventDate: string | null;
  readonly datePrecision: 'day' | 'month' | 'range' | 'unknown';
  readonly dateText: string | null;
  readonly dateSource: 'text' | 'context' | 'publication' | null;
  readonly publishedAt: string | null;
  readonly weapons: readonly string[];
  readonly weaponIds: readonly string[];
  readonly killed: number | null;
  readonly article: string | null;
  readonly articleId: string;
  readonly dataset: string | null;
};

/** Parameters of `co-mentioned`: Pairs of entities (names and ids) named in the same sentences, with the number of such sentences and articles; optionally counting only articles within dates, from one source or of one dataset, and only pairs named together in at least some articles. */
export type CoMentionedParams = {
  /** only pairs with this entity (looked up like who-said-what's speaker); all pairs when not given (null) (`entity`; default null) */
  readonly entity?: string | readonly string[] | null;
  /** only articles published on this day or later (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only articles of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** only pairs named together in at least this many articles; any when not given (null) (`integer[1..100000]`; default null) */
  readonly minArticles?: number | null;
  /** at most this many pairs (`integer[1..10000]`; default 25) */
  readonly limit?: number | null;
};

/** One row of `co-mentioned`. */
export type CoMentionedRow = {
  readonly entity: string;
  readonly entityId: string;
  readonly other: string;
  readonly otherId: string;
  readonly sentences: number;
  readonly articles: number;
};

/** Parameters of `connection`: The shortest chain of facts (quotes, attacks, roles) that links two entities, one row per step, with the ids of the nodes; country and alliance hubs are not links unless viaHubs is true; optionally only through the facts of one dataset. */
export type ConnectionParams = {
  /** the first entity's name; alias, surname, "Mr X", another spelling all work (`entity`) */
  readonly from: string | readonly string[];
  /** the second entity's name, looked up the same way (`entity`) */
  readonly to: string | readonly string[];
  /** only through quotes and attacks of this dataset (`load --dataset`); any when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** let the chain pass through hubs (countries, continents, and organisations named in a quarter of the articles or more) (`boolean`; default false) */
  readonly viaHubs?: boolean | null;
  /** an organisation named in at least this share of the articles (and in 3 or more) is a hub (`float[0..1]`; default 0.25) */
  readonly hubShare?: number | null;
};

/** One row of `connection`. */
export type ConnectionRow = {
  readonly step: number;
  readonly node: string;
  readonly nodeId: string;
  readonly link: string;
  readonly next: string;
  readonly nextId: string;
  readonly articleId: string | null;
};

/** Parameters of `most-mentioned`: Entities (names and ids) by the number of articles that name them, with their mentions in all; optionally counting only articles within dates, from one source or of one dataset, and only entities named in at least some articles. */
export type MostMentionedParams = {
  /** only entities of this type; every type when not given (null) (`Person|Organization|Location|Weapon`; default null) */
  readonly type?: 'Person' | 'Organization' | 'Location' | 'Weapon' | null;
  /** only articles published on this day or later (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only articles of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** only entities named in at least this many articles; any when not given (null) (`integer[1..100000]`; default null) */
  readonly minArticles?: number | null;
  /** at most this many entities (`integer[1..10000]`; default 25) */
  readonly limit?: number | null;
};

/** One row of `most-mentioned`. */
export type MostMentionedRow = {
  readonly entity: string;
  readonly entityId: string;
  readonly type: 'Person' | 'Organization' | 'Location' | 'Weapon';
  readonly articles: number;
  readonly mentions: number;
};

/** Parameters of `quotes-about`: Quotes that name a given entity, with who said them (and their ids) and where; optionally only within dates, from one source or of one dataset. */
export type QuotesAboutParams = {
  /** the entity's name; alias, surname, "Mr X", another spelling all work (`entity`) */
  readonly entity: string | readonly string[];
  /** only articles published on this day or later (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only articles of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** at most this many quotes (`integer[1..10000]`; default 50) */
  readonly limit?: number | null;
};

/** One row of `quotes-about`. */
export type QuotesAboutRow = {
  readonly about: string;
  readonly aboutId: string;
  readonly speaker: string | null;
  readonly speakerId: string | null;
  readonly quote: string;
  readonly speech: 'direct' | 'reported';
  readonly publishedAt: string | null;
  readonly article: string | null;
  readonly articleId: string;
  readonly dataset: string | null;
};

/** Parameters of `top-speakers`: The most quoted speakers (with their ids), their roles, the organizations they hold them in, and how the articles describe them; optionally counting only quotes within dates, from one source or of one dataset, and only speakers quoted in at least some articles. */
export type TopSpeakersParams = {
  /** only quotes of articles published on this day or later (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only quotes of articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only quotes of articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only quotes of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** only speakers quoted in at least this many articles; any when not given (null) (`integer[1..100000]`; default null) */
  readonly minArticles?: number | null;
  /** at most this many speakers (`integer[1..10000]`; default 20) */
  readonly limit?: number | null;
};

/** One row of `top-speakers`. */
export type TopSpeakersRow = {
  readonly speaker: string;
  readonly speakerId: string;
  readonly type: 'Person' | 'Organization' | 'Location' | 'Weapon';
  readonly quotes: number;
  readonly direct: number;
  readonly articles: number;
  readonly roles: readonly string[];
  readonly organizations: readonly string[];
  readonly organizationIds: readonly string[];
  readonly describedAs: readonly string[];
};

/** Parameters of `weapons-used`: Weapons by attacker (names as written, ids and category: missile, drone, artillery, …): in how many attacks each was named, and how many were reported launched and intercepted; optionally only attacks within dates, from one source or of one dataset, and weapons named in at least some articles. */
export type WeaponsUsedParams = {
  /** only this attacker (by name, alias, surname or another spelling); every attacker when not given (null) (`entity`; default null) */
  readonly attacker?: string | readonly string[] | null;
  /** only attacks dated on this day or later (YYYY-MM-DD): the event date, else the publication day; no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only attacks dated on this day or earlier (YYYY-MM-DD), dated the same way; no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only attacks reported by articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only attacks of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** only weapons an attacker was named using in at least this many articles; any when not given (null) (`integer[1..100000]`; default null) */
  readonly minArticles?: number | null;
  /** only weapons of this category; every category when not given (null) (`missile|drone|artillery|rocket|aircraft|bomb|ship|armour|small-arms|other`; default null) */
  readonly category?: 'missile' | 'drone' | 'artillery' | 'rocket' | 'aircraft' | 'bomb' | 'ship' | 'armour' | 'small-arms' | 'other' | null;
  /** at most this many rows (`integer[1..10000]`; default 100) */
  readonly limit?: number | null;
};

/** One row of `weapons-used`. */
export type WeaponsUsedRow = {
  readonly attacker: string;
  readonly attackerId: string;
  readonly weapon: string;
  readonly weaponId: string;
  readonly category: 'missile' | 'drone' | 'artillery' | 'rocket' | 'aircraft' | 'bomb' | 'ship' | 'armour' | 'small-arms' | 'other' | null;
  readonly attacks: number;
  readonly launched: number | null;
  readonly intercepted: number | null;
  readonly articles: number;
};

/** Parameters of `who-attacked-where`: Attacks with attacker, target and enclosing place (names and ids), the target's coordinates, the event date (null when the text gives none) with its precision and where it comes from, the publication date, weapons, casualties and the source article and sentence; with events=true one row per event (the reports of one strike joined), with how many articles and sources report it; optionally only within dates, from one source, of one dataset, or reported by at least some articles. */
export type WhoAttackedWhereParams = {
  /** only attacks by this attacker (by name, alias, surname or another spelling); all when not given (null) (`entity`; default null) */
  readonly attacker?: string | readonly string[] | null;
  /** one row per event instead of one per report (the article and sentences are the first report's) (`boolean`; default false) */
  readonly events?: boolean | null;
  /** only attacks dated on this day or later (YYYY-MM-DD): the event date, else the publication day; no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only attacks dated on this day or earlier (YYYY-MM-DD), dated the same way; no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only attacks reported by articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only attacks of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** only attacks whose event is reported by at least this many articles; any when not given (null) (`integer[1..100000]`; default null) */
  readonly minArticles?: number | null;
  /** at most this many attacks (`integer[1..10000]`; default 100) */
  readonly limit?: number | null;
};

/** One row of `who-attacked-where`. */
export type WhoAttackedWhereRow = {
  readonly attacker: string;
  readonly attackerId: string;
  readonly target: string;
  readonly targetId: string;
  readonly place: string | null;
  readonly placeId: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly precision: 'site' | 'city' | 'region' | 'country' | null;
  readonly eventDate: string | null;
  readonly datePrecision: 'day' | 'month' | 'range' | 'unknown';
  readonly dateText: string | null;
  readonly dateSource: 'text' | 'context' | 'publication' | null;
  readonly publishedAt: string | null;
  readonly type: string;
  readonly weapons: readonly string[];
  readonly weaponIds: readonly string[];
  readonly killed: number | null;
  readonly injured: number | null;
  readonly article: string | null;
  readonly articleId: string;
  readonly dataset: string | null;
  readonly sentences: readonly string[];
  readonly event: string | null;
  readonly articles: number;
  readonly sources: number;
};

/** Parameters of `who-said-what`: Quotes by one speaker, found by name or alias, with the speaker's id, article, publication date, direct or reported speech and medium; optionally only within dates, from one source or of one dataset. */
export type WhoSaidWhatParams = {
  /** the speaker's name; alias, surname, "Mr X", another spelling all work (`entity[Person|Organization|Location]`) */
  readonly speaker: string | readonly string[];
  /** only articles published on this day or later (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly from?: string | null;
  /** only articles published on this day or earlier (YYYY-MM-DD); no limit when not given (null) (`date`; default null) */
  readonly to?: string | null;
  /** only articles from this source: an input file's name (the `source` column of `articles`), a copy's file name, or a folder its id starts with; all when not given (null) (`string`; default null) */
  readonly source?: string | null;
  /** only articles of this dataset (`load --dataset`); all when not given (null) (`string`; default null) */
  readonly dataset?: string | null;
  /** at most this many quotes (`integer[1..10000]`; default 50) */
  readonly limit?: number | null;
};

/** One row of `who-said-what`. */
export type WhoSaidWhatRow = {
  readonly speaker: string;
  readonly speakerId: string;
  readonly quote: string;
  readonly speech: 'direct' | 'reported';
  readonly medium: string | null;
  readonly cue: string | null;
  readonly publishedAt: string | null;
  readonly article: string | null;
  readonly articleId: string;
  readonly dataset: string | null;
  readonly sentences: readonly number[];
};

/** Every canned query by name: the parameters it takes and the rows it returns. */
export interface QueryTypes {
  readonly 'article-facts': {
    readonly params: ArticleFactsParams;
    readonly row: ArticleFactsRow;
  };
  readonly 'articles': {
    readonly params: ArticlesParams;
    readonly row: ArticlesRow;
  };
  readonly 'attack-timeline': {
    readonly params: AttackTimelineParams;
    readonly row: AttackTimelineRow;
  };
  readonly 'attacks-on': {
    readonly params: AttacksOnParams;
    readonly row: AttacksOnRow;
  };
  readonly 'co-mentioned': {
    readonly params: CoMentionedParams;
    readonly row: CoMentionedRow;
  };
  readonly 'connection': {
    readonly params: ConnectionParams;
    readonly row: ConnectionRow;
  };
  readonly 'most-mentioned': {
    readonly params: MostMentionedParams;
    readonly row: MostMentionedRow;
  };
  readonly 'quotes-about': {
    readonly params: QuotesAboutParams;
    readonly row: QuotesAboutRow;
  };
  readonly 'top-speakers': {
    readonly params: TopSpeakersParams;
    readonly row: TopSpeakersRow;
  };
  readonly 'weapons-used': {
    readonly params: WeaponsUsedParams;
    readonly row: WeaponsUsedRow;
  };
  readonly 'who-attacked-where': {
    readonly params: WhoAttackedWhereParams;
    readonly row: WhoAttackedWhereRow;
  };
  readonly 'who-said-what': {
    readonly params: WhoSaidWhatParams;
    readonly row: WhoSaidWhatRow;
  };
}
