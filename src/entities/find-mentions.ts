/**
 * Finds the names an article uses: runs of capitalised words are split into organisations, places,
 * countries, titles and personal names (see `segmentRun`), demonyms and named weapon systems are
 * tagged, and page furniture, photo credits, platforms, dates and capitalised sentence openers
 * are left out. Every mention keeps its sentence, its `[start, end)` offsets and its rule.
 */
import stopwords from 'stopwords-iso';
import type { EntityType, Mention, Role } from '../model/entity';
import type { TextDoc } from '../model/doc';
import { loadGazetteer, type Place } from './gazetteer';
import { lookupName, type LexiconHit } from './lexicon';
import { normaliseName } from './normalise-name';
import { scanTokens, tokenHit, type ScannedArticle, type ScannedToken } from './scan-tokens';
import { CONNECTORS, longestHit, nameReach, segmentRun, spanKey, type Part } from './segment-run';
import { canonicalName, type Vocabulary } from './vocabulary';
import { findWeapons } from './find-weapons';
import { addBodies, addUnit, type NamedBase } from './find-bodies';
import { followingOrgCue, precedingOrgCue, singleCue } from './name-cues';
import type { Lexicon } from '../lexicon/load-lexicon';
import { defaultNameVariants } from './person-names';
import { namesTown } from './geonames-cities';
import { fixedMention, newMention, type MentionDraft as Draft } from './shapes';

const STOPWORDS: ReadonlySet<string> = new Set((stopwords as Record<string, string[]>).en);
const CREDIT_RE =
  /\b(?:Getty Images|(?:Photograph|Photo|Picture|Image|Credit|Screenshot|Illustration)s?\s*(?::|by\b)|(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by\b)/;
/**
 * Words every match of `CREDIT_RE` contains: an article that has none of them has no credit, and
 * its sentences are not searched one by one. Searched for with `includes`, which finds a plain
 * string faster than a regular expression of alternatives scans the text.
 */
const CREDIT_WORDS: readonly string[] = [
  'Photo',
  'Picture',
  'Image',
  'Credit',
  'Screenshot',
  'Illustration',
  'eporting by',
  'riting by',
  'diting by',
];
const CAMEL_RE = /\p{Ll}\p{Lu}|\.(?:com|org|net|us|io|ua|ru|co\.uk)$/u;
const WORKPLACE_WORDS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'the', 'with']);
const PREPOSITIONS = new Set([
  'in',
  'near',
  'from',
  'to',
  'at',
  'of',
  'outside',
  'across',
  'around',
  'towards',
  'toward',
  'into',
  'over',
  'on',
  'and',
  'via',
]);

/** Verbs after a town's name that let it open a sentence ("Odesa is one of …"). */
const OPENING_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'remains', 'lies', 'will']);

/** Span, text and sentence of a mention to be. */
interface Spot {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
}

/** A new mention of a spot. */
const mentionAt = (spot: Spot, rule: string, type: EntityType): Draft =>
  newMention(spot.start, spot.end, spot.text, type, spot.sentence, rule);

interface Context {
  readonly text: string;
  readonly scanned: ScannedArticle;
  readonly countries: ReadonlySet<string>;
  readonly out: Mention[];
  readonly lexicon: Lexicon;
  /** Names that a unit stands for when written alone ("Azov" for "the Azov regiment"). */
  readonly bases: NamedBase[];
  /** Whether the text has a word of a photo credit at all (`CREDIT_WORDS`). */
  readonly mayCredit: boolean;
}

/** Finds the mentions of people, organisations, places and weapons in the Doc's text. */
export function findMentions(doc: TextDoc): Mention[] {
  const text = doc.article.text;
  const sentences = doc.sentences;
  const lexicon = doc.lexicon;
  const scanned = scanTokens(doc);
  const ctx: Context = {
    text,
    scanned,
    countries: mentionedCountries(scanned, lexicon),
    out: [],
    lexicon,
    bases: [],
    mayCredit: CREDIT_WORDS.some((w) => text.includes(w)),
  };
  scanned.sentences.forEach((tokens, s) => {
    const sentence = sentences[s]?.index ?? s;
    scanSentence(ctx, tokens, sentence);
    addBodies(text, tokens, sentence, ctx.out, lexicon);
  });
  retypeBases(ctx);
  const weapons = findWeapons(doc, scanned);
  const named = weapons.filter((w) => w.rule === 'weapon.named');
  // A named system hides the other names it overlaps, and the name finder's copy of itself.
  const overlapsNamed = (m: Mention): boolean =>
    named.some((w) =>
      m.type === 'Weapon' ? m.start === w.start && m.end === w.end : m.start < w.end && w.start < m.end,
    );
  return [...ctx.out.filter((m) => !overlapsNamed(m)), ...weapons].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

/** Rules of mentions that a unit's or facility's bare name may stand for instead ("Azov", "Nord Stream"). */
const RETYPED_RULES: ReadonlySet<string> = new Set([
  'gazetteer.city',
  'gazetteer.region',
  'name.single',
  'person.name',
]);

/**
 * "the Azov regiment" … "Azov fighters", "the Nord Stream pipeline" … "Nord Stream": once the
 * article names a unit or a facility, its bare name written alone stands for it, not for a small
 * town or a person of that name.
 */
function retypeBases(ctx: Context): void {
  const bases = new Map(ctx.bases.map((b) => [b.base, b]));
  for (const m of ctx.out) {
    if (m.rule !== 'place.facility') continue;
    const key = `location:${canonicalName(m.text, ctx.lexicon)}`;
    (m as Draft).key = key;
    const base = normaliseName(m.text.replace(/(?:\s+\p{Ll}[\p{Ll}-]*)+$/u, ''));
    // "the Sievierodonetsk chemical plant": a plant named after its town leaves the town's bare name to the town.
    if (!bases.has(base) && !namesTown(base)) bases.set(base, { base, key, type: 'Location' });
  }
  if (bases.size === 0) return;
  ctx.out.forEach((m, k) => {
    if (!RETYPED_RULES.has(m.rule) || m.demonym || m.placeKind === 'country') return;
    const b = bases.get(normaliseName(m.text));
    if (!b) return;
    const retyped = fixedMention({ ...m, type: b.type, key: b.key, rule: 'name.base' });
    retyped.tentative = undefined;
    retyped.role = undefined;
    ctx.out[k] = retyped;
  });
}

/** Country codes named in the article by name or demonym, used to choose among same-named towns. */
function mentionedCountries(scanned: ScannedArticle, lexicon: Lexicon): Set<string> {
  const codes = new Set<string>();
  for (const tokens of scanned.sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.cap) continue;
      // "New Zealand", "South Korea": a country of two words.
      const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
      const pair =
        next?.cap === true && t.longer && next.norm !== '' && nameReach(tokens, i, 2, lexicon) === 2
          ? lookupName(`${t.norm} ${next.norm}`, false, lexicon)
          : undefined;
      const hit = pair?.kind === 'country' ? pair : t.hit;
      if (hit && (hit.kind === 'country' || hit.kind === 'demonym') && hit.place?.countryCode)
        codes.add(hit.place.countryCode);
    }
  }
  return codes;
}

const ADJECTIVE_COMPOUND_RE = /^\p{Lu}[\p{L}]*-\p{Ll}/u;

function breaksRun(t: ScannedToken, v: Vocabulary): boolean {
  return (
    !t.cap ||
    (t.text.includes('-') && ADJECTIVE_COMPOUND_RE.test(t.text)) ||
    t.possessive ||
    v.timeWords.has(t.lowerDot) ||
    v.platforms.has(t.lowerDot) ||
    t.lowerDot === 'i' ||
    t.lowerDot === 'aka' // "Ana Rojas AKA “Taira”": an alias follows, the name has ended
  );
}

/** Two particles inside a name ("Ursula von der Leyen", "Jan van de Berg"). */
const NAME_PARTICLE_PAIR = new Set([
  'von der',
  'van der',
  'van de',
  'van den',
  'de la',
  'de los',
  'de las',
  'bin al',
  'ibn al',
]);
/** The first words of `NAME_PARTICLE_PAIR`: only after one of them is a pair worth spelling out. */
const PAIR_FIRST_WORDS: ReadonlySet<string> = new Set([...NAME_PARTICLE_PAIR].map((p) => p.split(' ')[0]));

/**
 * Whether the token at `j`, which would break a run, continues the name before it: a month that
 * is a surname ("Theresa May", not "in May 2024") or a hyphenated given name ("Park Geun-hye").
 */
function continuesName(tokens: readonly ScannedToken[], j: number, lexicon: Lexicon): boolean {
  const v = lexicon.vocabulary;
  const t = tokens[j];
  const prev = tokens[j - 1];
  if (!t.cap || !prev?.cap || prev.possessive || breaksRun(prev, v)) return false;
  const hit = tokenHit(prev, lexicon);
  if (hit && (hit.kind !== 'place' || hit.place?.curated || hit.place?.capital)) return false;
  if (v.titles.has(prev.lowerDot) || (prev.initial && STOPWORDS.has(prev.lowerDot))) return false;
  // Months that are also names ("Theresa May", "Brian May").
  if (lexicon.time.nameMonths.has(t.lowerDot)) {
    const next = tokens[j + 1];
    return !next || !(/^\d/.test(next.text) || v.timeWords.has(next.lowerDot));
  }
  const dash = t.text.indexOf('-');
  if (dash < 0) return false;
  const tail = t.text.slice(dash + 1);
  // Lower-case tails of adjective compounds that follow a name ("Kremlin-led", "Hamas-run").
  const adjectiveTail = lexicon.notNames.adjectiveTails.has(tail);
  return /^\p{Ll}{1,4}$/u.test(tail) && !adjectiveTail && !t.text.slice(dash + 1).includes('-');
}

/** A lower-case prefix joined to a capitalised name ("pro-Russian"). */
const LOWER_PREFIXED = /^\p{Ll}+-\p{Lu}/u;

function scanSentence(ctx: Context, tokens: readonly ScannedToken[], sentence: number): void {
  const creditAt = ctx.mayCredit ? creditStart(ctx.text, tokens) : tokens.length;
  const v = ctx.lexicon.vocabulary;
  let i = 0;
  while (i < creditAt) {
    const t = tokens[i];
    // "Russian-backed", and a lower-case prefix before a name ("pro-Russian", "anti-Israeli").
    if (
      t.text.includes('-') &&
      (t.cap || LOWER_PREFIXED.test(t.text)) &&
      splitHyphenated(ctx, t, sentence) &&
      !opensOrganization(tokens, i, creditAt, ctx.lexicon)
    ) {
      i++;
      continue;
    }
    // "Twitter said", "TikTok chief executive X": a platform acting is its company.
    if (t.cap && v.platforms.has(t.lowerDot) && platformActs(tokens, i, ctx.lexicon)) {
      ctx.out.push(mentionAt(spotOf(ctx, t, sentence), 'org.platform', 'Organization'));
      i++;
      continue;
    }
    // "the Sunday Times": a weekday opening a newspaper's name.
    const masthead = t.cap && v.timeWords.has(t.lowerDot) && opensMasthead(tokens, i, v);
    if (!masthead && breaksRun(t, v)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < creditAt) {
      const n = tokens[j];
      if (
        !breaksRun(n, v) &&
        !(
          n.cap &&
          n.text.includes('-') &&
          hyphenParts(n, ctx.lexicon).length > 0 &&
          !closesKnownName(ctx, tokens, i, j)
        )
      )
        j++;
      else if (continuesName(tokens, j, ctx.lexicon)) j++;
      else if (
        PAIR_FIRST_WORDS.has(n.lowerDot) &&
        NAME_PARTICLE_PAIR.has(`${n.lowerDot} ${tokens[j + 1]?.lowerDot}`) &&
        tokens[j + 2] &&
        !breaksRun(tokens[j + 2], v) &&
        j + 2 < creditAt
      )
        j += 3;
      else if (
        CONNECTORS.has(n.lowerDot) &&
        !n.cap &&
        tokens[j + 1] &&
        !breaksRun(tokens[j + 1], v) &&
        j + 1 < creditAt
      )
        j += 2;
      else if (
        // "Institute for the Study of War", "Committee of the House", "Committee for a Free Press":
        // an article inside an organisation's complement.
        (n.lowerDot === 'of' || n.lowerDot === 'for') &&
        (tokens[j + 1]?.lowerDot === 'the' || (n.lowerDot === 'for' && tokens[j + 1]?.lowerDot === 'a')) &&
        !tokens[j + 1].cap &&
        tokens[j + 2] &&
        !breaksRun(tokens[j + 2], v) &&
        j + 2 < creditAt &&
        v.orgHeads.has(tokens[j - 1].lowerDot)
      )
        j += 3;
      else if (
        n.lowerDot === 'of' &&
        /^\d+$/.test(tokens[j + 1]?.text ?? '') &&
        v.orgHeads.has(tokens[j - 1].lowerDot)
      )
        j += 2;
      else break;
    }
    // Drop leading connectors that ended up first, and a capitalised ordinary word opening a
    // sentence, also one that is a small town's name too ("As Ana Rostova said": "As" in Belgium).
    let from = i;
    while (
      from < j &&
      tokens[from].initial &&
      STOPWORDS.has(tokens[from].lowerDot) &&
      !namesPlace(tokenHit(tokens[from], ctx.lexicon)) &&
      !v.titles.has(tokens[from].lowerDot) &&
      // "New York …" opening a sentence: the word starts a longer name.
      (longestHit(tokens, from, j, ctx.lexicon)?.len ?? 0) < 2
    )
      from++;
    if (from + 1 < j && verbInIng(tokens[from], ctx.lexicon)) from++;
    if (from < j) handleRun(ctx, tokens, from, j, sentence);
    i = j;
  }
}

/** A capitalised word in -ing of at least six letters: a verb or adjective, unless a name of the lexicons. */
const ING_RE = /^\p{Lu}\p{Ll}{2,}ing$/u;

/**
 * "Placing Ana Rojas on the list", "Neighbouring Lysychansk was shelled": a word in -ing opening
 * a sentence before a name is a verb or an adjective, not a given name (unless one of
 * `ingNames`, "Sterling", or a name the lexicons know, "Beijing").
 */
function verbInIng(t: ScannedToken, lexicon: Lexicon): boolean {
  return (
    t.initial &&
    ING_RE.test(t.text) &&
    !lexicon.notNames.ingNames.has(t.lowerDot) &&
    tokenHit(t, lexicon) === undefined
  );
}

/** The spot of one token. */
const spotOf = (ctx: Context, t: ScannedToken, sentence: number): Spot => ({
  start: t.start,
  end: t.end,
  text: ctx.text.slice(t.start, t.end),
  sentence,
});

/** "Twitter said", "TikTok chief executive X": a verb of saying or a title after the platform. */
function platformActs(tokens: readonly ScannedToken[], i: number, lexicon: Lexicon): boolean {
  const next = tokens[i + 1];
  if (!next || next.cap) return false;
  return lexicon.speech.finite.has(next.lowerDot) || lexicon.vocabulary.titles.has(next.lowerDot);
}

/** "the Sunday Times": after "the", a weekday and a newspaper's head word. */
function opensMasthead(tokens: readonly ScannedToken[], i: number, v: Vocabulary): boolean {
  const next = tokens[i + 1];
  return tokens[i - 1]?.lowerDot === 'the' && next?.cap === true && v.orgHeads.has(next.lowerDot);
}

/** "Agence France-Presse": the hyphenated token at `j` ends a name the lexicon knows that starts at `i`. */
function closesKnownName(ctx: Context, tokens: readonly ScannedToken[], i: number, j: number): boolean {
  const key = spanKey(ctx.text, tokens, i, j + 1);
  return lookupName(key, false, ctx.lexicon)?.kind === 'organization';
}

/** How far after a country pair an organisation's head word may come ("Iran-Russia Joint Chamber"). */
const PAIR_HEAD_REACH = 4;

/**
 * Whether the hyphenated token at `i` is a pair of countries only ("Iran-Russia") that opens an
 * organisation's name: capitalised words up to a head word follow ("… Joint Chamber of Commerce").
 */
function opensOrganization(
  tokens: readonly ScannedToken[],
  i: number,
  limit: number,
  lexicon: Lexicon,
): boolean {
  const pieces = tokens[i].text.split('-');
  if (pieces.length < 2 || hyphenParts(tokens[i], lexicon).length !== pieces.length) return false;
  const v = lexicon.vocabulary;
  for (let k = i + 1; k < limit && k <= i + PAIR_HEAD_REACH; k++) {
    const t = tokens[k];
    if (breaksRun(t, v) || t.text.includes('-')) return false;
    if (v.orgHeads.has(t.lowerDot)) return true;
  }
  return false;
}

/** Whether a lexicon hit is a name in its own right, not only an obscure town sharing a word's spelling. */
function namesPlace(hit: LexiconHit | undefined): boolean {
  return (
    hit !== undefined && (hit.kind !== 'place' || hit.place?.curated === true || hit.place?.capital === true)
  );
}

/** Index of the first token of a photo credit in the sentence, or the sentence length. */
function creditStart(text: string, tokens: readonly ScannedToken[]): number {
  if (tokens.length === 0) return 0;
  const body = text.slice(tokens[0].start, tokens[tokens.length - 1].end);
  const m = CREDIT_RE.exec(body);
  if (!m) return tokens.length;
  const at = tokens[0].start + m.index;
  const idx = tokens.findIndex((t) => t.start >= at);
  return idx < 0 ? tokens.length : idx;
}

function hyphenParts(
  t: ScannedToken,
  lexicon: Lexicon,
): { start: number; end: number; text: string; place: Place; demonym: boolean }[] {
  if (tokenHit(t, lexicon)) return [];
  const parts: { start: number; end: number; text: string; place: Place; demonym: boolean }[] = [];
  let offset = 0;
  for (const piece of t.text.split('-')) {
    const hit = /^\p{Lu}/u.test(piece)
      ? lookupName(normaliseName(piece), piece === piece.toUpperCase(), lexicon)
      : undefined;
    if (hit?.place && (hit.kind === 'country' || hit.kind === 'demonym')) {
      parts.push({
        start: t.start + offset,
        end: t.start + offset + piece.length,
        text: piece,
        place: hit.place,
        demonym: hit.kind === 'demonym',
      });
    }
    offset += piece.length + 1;
  }
  return parts;
}

/** "Russia-Ukraine", "US-led", "Ukrainian-controlled": the country parts become mentions. */
function splitHyphenated(ctx: Context, t: ScannedToken, sentence: number): boolean {
  const parts = hyphenParts(t, ctx.lexicon);
  for (const p of parts)
    ctx.out.push(
      placeMention(
        p.start,
        p.end,
        p.text,
        sentence,
        p.place,
        p.demonym ? 'demonym.hyphen' : 'gazetteer.country',
        p.demonym,
      ),
    );
  return parts.length > 0;
}

function placeMention(
  start: number,
  end: number,
  text: string,
  sentence: number,
  place: Place,
  rule: string,
  demonym = false,
  name?: string,
): Draft {
  const m = newMention(start, end, text, 'Location', sentence, rule);
  if (name !== undefined || demonym) m.name = name ?? place.name;
  if (demonym) m.demonym = true;
  if (place.kind === 'country' && place.countryCode) m.key = `location:${place.countryCode.toLowerCase()}`;
  if (place.countryCode) m.countryCode = place.countryCode;
  if (place.point) m.point = place.point;
  m.placeKind = place.kind;
  return m;
}

/** Title words written in lower case right before a run ("Kremlin spokesman", "deputy foreign minister,"). */
function titleBefore(
  tokens: readonly ScannedToken[],
  at: number,
  v: Vocabulary,
): { title: string; from: number } | undefined {
  let k = at - 1;
  // "chief executive of Thales": the run after "of" is where the title holder works, not the holder.
  if (WORKPLACE_WORDS.has(tokens[k]?.lowerDot ?? '')) return undefined;
  if (tokens[k]?.text === ',' && v.titles.has(tokens[k - 1]?.lowerDot ?? '')) k--;
  const words: string[] = [];
  let sawTitle = false;
  while (
    k >= 0 &&
    !tokens[k].cap &&
    (v.titles.has(tokens[k].lowerDot) || v.titleModifiers.has(tokens[k].lowerDot))
  ) {
    if (v.titles.has(tokens[k].lowerDot)) sawTitle = true;
    words.unshift(tokens[k].lowerDot);
    k--;
  }
  while (words.length > 0 && CONNECTORS.has(words[0])) {
    words.shift();
  }
  return sawTitle ? { title: words.join(' '), from: k + 1 } : undefined;
}

function handleRun(
  ctx: Context,
  tokens: readonly ScannedToken[],
  from: number,
  to: number,
  sentence: number,
): void {
  const v = ctx.lexicon.vocabulary;
  if (to - from >= 2 && ctx.lexicon.notNames.eventHeads.has(tokens[to - 1].lowerDot)) {
    eventPlace(ctx, tokens, from, to - 1, sentence);
    return;
  }
  const run = tokens.slice(from, to);
  const { text } = ctx;
  const span = (a: number, b: number): Spot => ({
    start: run[a].start,
    end: run[b - 1].end,
    text: text.slice(run[a].start, run[b - 1].end),
    sentence,
  });
  if (mayBeUnnamed(run, v)) {
    const whole = run.length === 1 ? run[0].norm : spanKey(text, run, 0, run.length);
    if (v.furniture.has(whole) || v.notNames.has(whole)) return;
  }
  const before = tokens[from - 1];
  const after = tokens[to];
  // Publisher in a dateline: "KYIV (Reuters) –".
  if (before?.text === '(' && after?.text === ')' && from <= 4 && /^[-–—]$/.test(tokens[to + 1]?.text ?? ''))
    return;
  // Credit lists: "Fiscal Court/Facebook/Screenshot".
  if (before?.text === '/' || after?.text === '/') return;
  const heading = run[0].initial && after?.text === ':';
  const prior = titleBefore(tokens, from, ctx.lexicon.vocabulary);
  const parts = segmentRun(run, prior !== undefined, ctx.lexicon);
  const owner = possessiveOwner(ctx, tokens, from);
  const priorOf = prior ? roleOf(ctx, tokens, prior.from) : undefined;
  let role: Role | undefined = prior
    ? priorOf !== undefined
      ? { title: prior.title, of: priorOf }
      : { title: prior.title }
    : undefined;
  for (let p = 0; p < parts.length; p++) {
    let part = parts[p];
    // "spokesman of Putin Dmitry Peskov": the surname of a person the article has named in full,
    // glued before another name, is that person.
    // Only before a full name of two words or more: "Hillary Clinton" stays one name.
    if (part.kind === 'person' && part.to - part.from >= 3 && namedSurname(ctx, run[part.from])) {
      const t = run[part.from];
      ctx.out.push(mentionAt(spotOf(ctx, t, sentence), 'person.surname', 'Person'));
      part = { ...part, from: part.from + 1 };
    }
    const s = span(part.from, part.to);
    if (part.kind === 'title') {
      const prev = parts[p - 1];
      const of =
        prev && prev.to === part.from && prev.kind !== 'person'
          ? canonicalOf(prev, span(prev.from, prev.to).text)
          : undefined;
      role = of ? { title: normaliseName(s.text), of } : { title: normaliseName(s.text) };
      continue;
    }
    if (heading && !part.hit) continue;
    const m = partMention(ctx, run, part, s, p === 0 ? owner : undefined, tokens, from);
    if (!m) continue;
    if (m.type === 'Person' && role) m.role = role;
    ctx.out.push(m);
    if (m.type === 'Person') role = undefined;
  }
  followingSuffix(ctx, run, parts, tokens, to, sentence);
  namedFacility(ctx, run, parts, tokens, from, to, sentence);
  const unit = addUnit(text, tokens, from, to, sentence, ctx.out, ctx.lexicon);
  if (unit) ctx.bases.push(unit);
  acronymAfter(ctx, tokens, to, sentence);
}

/** Per vocabulary: the first word of every entry of `furniture` and `notNames` of two words or more. */
const unnamedFirstWords = new WeakMap<Vocabulary, ReadonlySet<string>>();

/**
 * Whether the whole run may be an entry of `furniture` or `notNames`, before its key is spelled out:
 * a run of several tokens with spaces between them (its key is their forms joined, see `spanKey`)
 * is no entry when its key has two words or more and its first word starts no entry that long.
 */
function mayBeUnnamed(run: readonly ScannedToken[], v: Vocabulary): boolean {
  if (run.length === 1) return true;
  let first: string | undefined;
  let words = 0;
  for (let k = 0; k < run.length; k++) {
    if (k > 0 && run[k].start === run[k - 1].end) return true;
    if (run[k].norm === '') continue;
    first ??= run[k].norm;
    words++;
  }
  // A key of one word: any entry may be it.
  if (first === undefined || (words === 1 && !first.includes(' '))) return true;
  let starts = unnamedFirstWords.get(v);
  if (starts === undefined) {
    const words = new Set<string>();
    for (const entry of [...v.furniture, ...v.notNames]) {
      const space = entry.indexOf(' ');
      if (space > 0) words.add(entry.slice(0, space));
    }
    starts = words;
    unnamedFirstWords.set(v, starts);
  }
  const space = first.indexOf(' ');
  return starts.has(space < 0 ? first : first.slice(0, space));
}

/** Whether `t` is the surname of a person the article has already named by a full name ("Ana Rojas" … "Rojas"). */
function namedSurname(ctx: Context, t: ScannedToken): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const m = ctx.out[k];
    if (m.type !== 'Person' || m.end > t.start) continue;
    const words = normaliseName(m.text).split(' ');
    if (words.length < 2 || words.length > 3 || words[words.length - 1] !== t.norm || words[0] === t.norm)
      continue;
    return !defaultNameVariants().givenNames.has(t.norm);
  }
  return false;
}

/**
 * "the Munich Olympics", "the Boston Marathon": an event held at a place names the place (a
 * gazetteer place standing alone before the event word), not an entity of its own.
 */
function eventPlace(
  ctx: Context,
  tokens: readonly ScannedToken[],
  from: number,
  to: number,
  sentence: number,
): void {
  const hit = to - from === 1 ? tokenHit(tokens[from], ctx.lexicon) : undefined;
  const places = hit?.kind === 'place' ? (hit.places ?? []) : [];
  const place = places.find((p) => p.curated === true || p.capital === true) ?? places[0];
  if (!place) {
    handleRun(ctx, tokens, from, to, sentence);
    return;
  }
  const t = tokens[from];
  ctx.out.push(placeMention(t.start, t.end, ctx.text.slice(t.start, t.end), sentence, place, 'place.event'));
}

function canonicalOf(part: Part, text: string): string {
  return part.hit ? part.hit.name : text.replace(/[’']s$/, '');
}

/** The country or organisation a lower-case title belongs to: "Kremlin spokesman", "Russia's deputy foreign minister". */
function roleOf(ctx: Context, tokens: readonly ScannedToken[], titleFrom: number): string | undefined {
  let k = titleFrom - 1;
  if (tokens[k]?.possessive) k--;
  const t = tokens[k];
  if (!t) return undefined;
  const m = lastMention(ctx.out, (x) => x.end === t.end);
  return m ? (m.name ?? m.text) : undefined;
}

/** The last mention found so far that satisfies `test`. */
function lastMention(out: readonly Mention[], test: (m: Mention) => boolean): Mention | undefined {
  for (let k = out.length - 1; k >= 0; k--) if (test(out[k])) return out[k];
  return undefined;
}

/** "Ukraine’s General Staff": the country before the possessive owns the organisation. */
function possessiveOwner(ctx: Context, tokens: readonly ScannedToken[], from: number): Mention | undefined {
  if (!tokens[from - 1]?.possessive || !tokens[from - 2]) return undefined;
  const end = tokens[from - 2].end;
  return lastMention(ctx.out, (m) => m.end === end && m.type === 'Location' && m.placeKind === 'country');
}

function partMention(
  ctx: Context,
  run: readonly ScannedToken[],
  part: Part,
  s: Spot,
  owner: Mention | undefined,
  tokens: readonly ScannedToken[],
  runFrom: number,
): Draft | undefined {
  const v = ctx.lexicon.vocabulary;
  const { sentence } = s;
  const hit = part.hit;
  switch (part.kind) {
    case 'weapon': {
      const m = mentionAt(s, part.rule, 'Weapon');
      m.key = `weapon:${canonicalName(hit?.name ?? s.text, ctx.lexicon)}`;
      m.name = hit?.name ?? s.text;
      return m;
    }
    case 'country':
    case 'demonym':
      return hit?.place ? countryMention(s, sentence, hit) : undefined;
    case 'organization': {
      const lead = run[part.from];
      const leadHit = part.rule === 'org.head' ? tokenHit(lead, ctx.lexicon) : undefined;
      // "Military Forces of Russia": a country closing the name after "of" owns it too.
      const tailHit =
        part.to - part.from > 2 && run[part.to - 2].lowerDot === 'of'
          ? tokenHit(run[part.to - 1], ctx.lexicon)
          : undefined;
      const cc =
        owner?.countryCode ??
        (leadHit?.kind === 'country' || leadHit?.kind === 'demonym'
          ? leadHit.place?.countryCode
          : undefined) ??
        (tailHit?.kind === 'country' ? tailHit.place?.countryCode : undefined);
      if (
        leadHit?.place &&
        (leadHit.kind === 'country' || leadHit.kind === 'demonym') &&
        part.to - part.from > 1
      ) {
        ctx.out.push(countryMention(lead, sentence, leadHit));
      }
      if (part.to - part.from === 1 && !hit) {
        const m = mentionAt(s, part.rule, 'Organization');
        m.tentative = true;
        return m;
      }
      const bare =
        leadHit && cc && !owner
          ? run
              .slice(part.from + 1, part.to)
              .map((t) => t.text)
              .join(' ')
          : s.text;
      const key = hit
        ? `organization:${canonicalName(hit.name, ctx.lexicon)}`
        : `organization:${cc ? `${cc.toLowerCase()}:` : ''}${canonicalName(bare, ctx.lexicon)}`;
      const m = mentionAt(
        owner && !hit
          ? { start: owner.start, end: s.end, text: ctx.text.slice(owner.start, s.end), sentence }
          : s,
        part.rule,
        'Organization',
      );
      m.key = key;
      if (hit) m.name = hit.name;
      if (cc) m.countryCode = cc;
      return m;
    }
    case 'place': {
      if (part.rule === 'place.suffix' || part.rule === 'place.historic') {
        // "the Crimean Peninsula": the adjective of a curated area before the place word is the area.
        const area =
          part.rule === 'place.suffix' && part.to - part.from === 2
            ? areaOfAdjective(run[part.from], ctx.lexicon)
            : undefined;
        const place = area ?? hit?.place;
        const m = mentionAt(s, part.rule, 'Location');
        if (area) m.key = `location:${canonicalName(area.name, ctx.lexicon)}`;
        m.placeKind = area?.kind ?? part.placeKind ?? place?.kind;
        if (place?.countryCode) m.countryCode = place.countryCode;
        if (place?.point) m.point = place.point;
        return m;
      }
      if (!hit?.place?.curated && orgByContext(ctx, run, part, tokens, runFrom))
        return mentionAt(s, 'org.cue', 'Organization');
      const place = choosePlace(ctx, hit?.places ?? [], run, part, tokens, runFrom);
      if (place) return placeMention(s.start, s.end, s.text, sentence, place, `gazetteer.${place.kind}`);
      return part.to - part.from === 1
        ? singleMention(ctx, run[part.from], s, 'name.single', tokens, runFrom + part.from)
        : undefined;
    }
    case 'person': {
      const titled = part.rule === 'person.title';
      const words = run.slice(part.from, part.to);
      // "German newspaper Der Tagesspiegel", "the Kyiv Post newspaper", "analyst at City Index".
      if (!titled && orgByContext(ctx, run, part, tokens, runFrom))
        return mentionAt(s, 'org.cue', 'Organization');
      if (
        !titled &&
        words.some(
          (t) =>
            // "Ursula von der Leyen": a lower-case particle inside the name is no ordinary word.
            (t.cap && (ctx.scanned.lowerWords.has(t.lowerDot) || STOPWORDS.has(t.lowerDot))) ||
            v.notNames.has(t.lowerDot) ||
            v.furniture.has(t.lowerDot) ||
            // "Renewed Russian strikes": a demonym ends no one's name.
            (t === words[words.length - 1] && tokenHit(t, ctx.lexicon)?.kind === 'demonym'),
        )
      ) {
        // The demonym itself is still a mention of its country ("Renewed Russian strikes").
        const last = words[words.length - 1];
        const lastHit = tokenHit(last, ctx.lexicon);
        if (lastHit?.kind === 'demonym' && lastHit.place)
          ctx.out.push(countryMention(last, sentence, lastHit));
        return undefined;
      }
      if (words.every((t) => t.acronym)) return undefined;
      if (words.some((t) => CAMEL_RE.test(t.text))) return mentionAt(s, 'org.camel', 'Organization');
      // "Alpine Tactical Missile Systems": a weapon word makes the run no person's name.
      if (!titled && words.some((t) => ctx.lexicon.weapons.words.has(t.lowerDot))) return undefined;
      return mentionAt(s, part.rule, 'Person');
    }
    case 'single':
      return singleMention(ctx, run[part.from], s, part.rule, tokens, runFrom + part.from);
    default:
      return undefined;
  }
}

/** Whether the words around a part that opens or closes its run make it an organisation. */
function orgByContext(
  ctx: Context,
  run: readonly ScannedToken[],
  part: Part,
  tokens: readonly ScannedToken[],
  runFrom: number,
): boolean {
  return (
    (part.from === 0 && precedingOrgCue(tokens, runFrom, ctx.lexicon)) ||
    (part.to === run.length && followingOrgCue(tokens, runFrom + run.length, ctx.lexicon))
  );
}

/** A lone capitalised word: kept when a cue word says what it is, else tentative. */
function singleMention(
  ctx: Context,
  t: ScannedToken,
  s: Spot,
  rule: string,
  tokens: readonly ScannedToken[],
  at: number,
): Draft | undefined {
  const v = ctx.lexicon.vocabulary;
  const w = t.lowerDot;
  // "the Senate", "the Treasury": a state's institution named by one word.
  if (tokens[at - 1]?.lowerDot === 'the' && !t.initial && ctx.lexicon.orgs.singleBodies.has(w))
    return mentionAt(s, 'org.single-body', 'Organization');
  // "an interview given to the Telegraph": a newspaper named by its head word alone.
  if (v.orgHeads.has(w) && !t.initial && precedingOrgCue(tokens, at, ctx.lexicon))
    return mentionAt(s, 'org.cue', 'Organization');
  if (
    STOPWORDS.has(w) ||
    v.notNames.has(w) ||
    v.furniture.has(w) ||
    v.titles.has(w) ||
    v.orgHeads.has(w) ||
    v.placeSuffixes.has(w)
  )
    return undefined;
  if (ctx.scanned.lowerWords.has(w) || /^\p{N}/u.test(t.text) || t.text.length < 2) return undefined;
  const prev = tokens[at - 1]?.lowerDot ?? '';
  const prev2 = tokens[at - 2]?.lowerDot ?? '';
  if (CAMEL_RE.test(t.text)) return mentionAt(s, 'org.camel', 'Organization');
  const cue = singleCue(tokens, at, ctx.lexicon);
  if (cue) {
    // "told the FT.": an acronym keeps no sentence's full stop.
    const bare = t.acronym && /^[\p{Lu}\p{N}]+\.$/u.test(t.text);
    return mentionAt(bare ? { ...s, end: s.end - 1, text: s.text.slice(0, -1) } : s, cue.rule, cue.type);
  }
  if (prev === 'of' && v.placePrecedingCues.has(prev2)) {
    const m = mentionAt(s, 'place.cue', 'Location');
    m.placeKind = prev2;
    return m;
  }
  const m = mentionAt(s, rule, t.acronym ? 'Organization' : 'Person');
  m.tentative = true;
  return m;
}

/** The mention of a country by its name or a demonym ("Russia", "Russian"). */
function countryMention(s: Spot | ScannedToken, sentence: number, hit: LexiconHit): Draft {
  const demonym = hit.kind === 'demonym';
  const place = hit.place as Place;
  return placeMention(
    s.start,
    s.end,
    s.text,
    sentence,
    place,
    demonym ? 'demonym' : 'gazetteer.country',
    demonym,
  );
}

/** Chooses among same-named places: one in a country the article names, a capital, a region, then any. */
function choosePlace(
  ctx: Context,
  places: readonly Place[],
  run: readonly ScannedToken[],
  part: Part,
  tokens: readonly ScannedToken[],
  runFrom: number,
): Place | undefined {
  if (places.length === 0) return undefined;
  const inCountry = places.find((p) => p.countryCode !== undefined && ctx.countries.has(p.countryCode));
  // A capital before a namesake in a country the article names ("Madrid", not Madrid in Iowa).
  const capital = places.find((p) => p.capital === true);
  const best = places[0].curated ? places[0] : (capital ?? inCountry ?? places[0]);
  if (part.to - part.from > 1 || best.curated) return best;
  const t = run[part.from];
  const v = ctx.lexicon.vocabulary;
  if (
    t.text.length < 3 ||
    STOPWORDS.has(t.lowerDot) ||
    v.notNames.has(t.lowerDot) ||
    v.titles.has(t.lowerDot) ||
    v.orgHeads.has(t.lowerDot) ||
    ctx.scanned.lowerWords.has(t.lowerDot)
  )
    return undefined;
  if (t.acronym && t.text.length <= 3) return undefined;
  const prev = tokens[runFrom + part.from - 1]?.lowerDot ?? '';
  const prevHit = prev
    ? lookupName(normaliseName(tokens[runFrom + part.from - 1].text.split('-')[0]), false, ctx.lexicon)
    : undefined;
  const context =
    PREPOSITIONS.has(prev) || prevHit?.kind === 'demonym' || tokens[runFrom + part.to]?.text === ',';
  if (best.capital === true || best.kind === 'region') return best;
  const next = tokens[runFrom + part.to];
  // "from the Kherson direction": a place word after the name is no adjective's noun.
  const adjectival =
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    !STOPWORDS.has(next.lowerDot) &&
    !ctx.lexicon.places.targetOfHeads.has(next.lowerDot);
  // "Odesa is one of …": a sentence may open with a town when a verb follows.
  const opens = t.initial && next !== undefined && OPENING_VERBS.has(next.lowerDot);
  return inCountry !== undefined && (!t.initial || opens) && (context || !adjectival) ? best : undefined;
}

/** "Kharkiv region", "Donetsk and Luhansk regions", "Dnieper river": a lower-case place word after the run. */
function followingSuffix(
  ctx: Context,
  run: readonly ScannedToken[],
  parts: readonly Part[],
  tokens: readonly ScannedToken[],
  to: number,
  sentence: number,
): void {
  const v = ctx.lexicon.vocabulary;
  const next = tokens[to];
  const kind = next && !next.cap ? v.placeSuffixes.get(next.lowerDot) : undefined;
  if (!kind || kind === 'facility' || parts.length === 0) return;
  const plural = next.lowerDot.endsWith('s') && next.lowerDot !== 'oblast';
  const singular = plural ? next.lowerDot.replace(/s$/, '') : next.lowerDot;
  const targets = plural ? parts : [parts[parts.length - 1]];
  const gaz = loadGazetteerRegions(ctx.lexicon);
  for (const part of targets) {
    if (!['place', 'single', 'person'].includes(part.kind) || part.rule === 'place.suffix') continue;
    const last = part === parts[parts.length - 1] && !plural;
    const start = run[part.from].start;
    const end = last ? next.end : run[part.to - 1].end;
    const base = ctx.text.slice(start, run[part.to - 1].end);
    const name = `${base} ${singular}`;
    const idx = ctx.out.findIndex((m) => m.start === start && m.end === run[part.to - 1].end);
    const prior = idx >= 0 ? ctx.out[idx] : undefined;
    const region = kind === 'region' ? gaz(base, prior) : undefined;
    const mention = newMention(start, end, ctx.text.slice(start, end), 'Location', sentence, 'place.suffix');
    if (!last) mention.name = name;
    // "the Crimean peninsula": the adjective of an area's name with a place word is the area.
    const area = part.kind === 'single' ? areaOfAdjective(run[part.from], ctx.lexicon) : undefined;
    if (area !== undefined) {
      mention.key = `location:${canonicalName(area.name, ctx.lexicon)}`;
      if (area.countryCode) mention.countryCode = area.countryCode;
      if (area.point) mention.point = area.point;
      mention.placeKind = area.kind;
      if (idx >= 0) ctx.out[idx] = mention;
      else ctx.out.push(mention);
      continue;
    }
    mention.placeKind = kind;
    const countryCode = region?.countryCode ?? prior?.countryCode;
    if (countryCode) mention.countryCode = countryCode;
    const point = region?.point ?? prior?.point;
    if (point) mention.point = point;
    if (idx >= 0) ctx.out[idx] = mention;
    else ctx.out.push(mention);
  }
}

/**
 * The region or area a place adjective names ("Crimean" → Crimea, "Siberian" → Siberia): the word
 * less its final "n" is a curated place of the gazetteer that is neither a country nor a city.
 */
function areaOfAdjective(t: ScannedToken, lexicon: Lexicon): Place | undefined {
  if (!/^\p{Lu}\p{Ll}+[aeiou]n$/u.test(t.text)) return undefined;
  const places = loadGazetteer(lexicon).places.get(t.norm.slice(0, -1)) ?? [];
  return places.find((p) => p.curated === true && p.kind !== 'country' && p.kind !== 'city');
}

function loadGazetteerRegions(
  lexicon: Lexicon,
): (base: string, prior: Mention | undefined) => Place | undefined {
  const gaz = loadGazetteer(lexicon);
  return (base, prior) => {
    const bases = gaz.regionBases.get(normaliseName(base)) ?? [];
    const cc = prior?.countryCode;
    const byBase = bases.find((p) => !cc || p.countryCode === cc);
    if (byBase) return byBase;
    const city = (gaz.places.get(normaliseName(base)) ?? []).find(
      (p) => p.kind === 'city' && (!cc || p.countryCode === cc),
    );
    return city?.stateCode ? gaz.states.get(`${city.countryCode}:${city.stateCode}`) : undefined;
  };
}

/** How many lower-case words may stand between a name and its facility head ("Azot chemical plant"). */
const MAX_FACILITY_MODIFIERS = 2;
/** Parts a facility or ship may be named by: names the lexicons do not already type as something else. */
const NAMEABLE_PARTS: ReadonlySet<string> = new Set(['single', 'person', 'place']);

/**
 * A facility or ship named by a proper name and lower-case head words: "the Azot chemical
 * plant", "the Moskva cruiser", "the frigate Admiral Essen". A facility keeps its head words in
 * its name (the name alone may later stand for it: "inside Azot"); a ship is named by its name
 * alone. A facility named after a known place ("the Kremenchuk oil refinery") stays that place:
 * the attack stage reads the facility around it.
 */
function namedFacility(
  ctx: Context,
  run: readonly ScannedToken[],
  parts: readonly Part[],
  tokens: readonly ScannedToken[],
  from: number,
  to: number,
  sentence: number,
): void {
  const { facilityHeads, vesselHeads } = ctx.lexicon.places;
  const last = parts[parts.length - 1];
  if (!last || last.to !== run.length || !NAMEABLE_PARTS.has(last.kind) || last.rule === 'person.title')
    return;
  const known = (last.hit?.places?.length ?? 0) > 0 || last.rule === 'place.suffix';
  const before = tokens[from - 1];
  // "the frigate Admiral Essen": a ship noun before the whole run.
  if (
    before &&
    !before.cap &&
    vesselHeads.has(before.lowerDot) &&
    parts.every((p) => NAMEABLE_PARTS.has(p.kind) || p.kind === 'title')
  ) {
    replaceWith(ctx, run[0].start, run[run.length - 1].end, sentence, 'vessel');
    return;
  }
  for (let k = to; k <= to + MAX_FACILITY_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.cap || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return;
    if (vesselHeads.has(t.lowerDot)) {
      // "the Admiral Essen frigate": a title part before the name is part of a ship's name.
      let first = parts.length - 1;
      while (first > 0 && parts[first - 1].to === parts[first].from && parts[first - 1].kind === 'title')
        first--;
      if (k === to && endsNounPhrase(tokens[k + 1]))
        replaceWith(ctx, run[parts[first].from].start, run[last.to - 1].end, sentence, 'vessel');
      return;
    }
    if (facilityHeads.has(t.lowerDot)) {
      if (!known && tokens[k + 1]?.lowerDot !== 'of' && endsNounPhrase(tokens[k + 1]))
        replaceWith(ctx, run[last.from].start, t.end, sentence, 'facility');
      return;
    }
    if (STOPWORDS.has(t.lowerDot) || ctx.lexicon.speech.verbs.has(t.lowerDot)) return;
  }
}

/** Whether a head noun ends its noun phrase before `next` ("the X plant in …", not "the X base voters"). */
function endsNounPhrase(next: ScannedToken | undefined): boolean {
  return next === undefined || !next.alnum || next.cap || STOPWORDS.has(next.lowerDot);
}

/** Puts a facility or ship mention over `[start, end)` in place of the mentions found inside it. */
function replaceWith(ctx: Context, start: number, end: number, sentence: number, kind: string): void {
  for (let k = ctx.out.length - 1; k >= 0 && ctx.out[k].end > start - 1; k--)
    if (ctx.out[k].start >= start && ctx.out[k].end <= end) ctx.out.splice(k, 1);
  const m = mentionAt(
    { start, end, text: ctx.text.slice(start, end), sentence },
    `place.${kind}`,
    'Location',
  );
  m.placeKind = kind;
  ctx.out.push(m);
}

/** "European Commission (EC)": the acronym in brackets names the same thing. */
function acronymAfter(ctx: Context, tokens: readonly ScannedToken[], to: number, sentence: number): void {
  const open = tokens[to];
  const acr = tokens[to + 1];
  if (open?.text !== '(' || !acr?.acronym || tokens[to + 2]?.text !== ')') return;
  const prev = ctx.out.filter((m) => m.end === tokens[to - 1].end).pop();
  if (!prev || (prev.type !== 'Organization' && prev.type !== 'Weapon')) return;
  const m = newMention(acr.start, acr.end, acr.text, prev.type, sentence, 'acronym.defined');
  m.name = prev.name ?? prev.text;
  if (prev.key) m.key = prev.key;
  ctx.out.push(m);
}
