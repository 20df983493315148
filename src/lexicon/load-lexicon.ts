/**
 * The open-class word lists of every extraction stage (verbs of saying, titles, organisation and
 * place heads, weapons, attack cues, source nouns, media, time words, aliases …) live in `data/`,
 * one JSON file per concern. `loadLexicon` reads them once into a frozen `Lexicon` of sets, maps
 * and the regular expressions built from them; the pipeline hands it to each stage (as wink-nlp
 * hands its model to `readDoc`). `defaultLexicon()` loads the package's own `data/` once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseName } from '../entities/normalise-name';
import { PACKAGE_ROOT } from '../package-root';

/** Internal attack type code; mapped to ACLED's sub-event types on output. */
export type AttackKind = 'air' | 'shelling' | 'clash' | 'explosive';

/** What an attack verb needs around it before it counts. */
export type VerbNeed =
  | 'none'
  /** A weapon word or "at/on/into" must follow ("fired 120mm mortars", "fired at"). */
  | 'weapon-or-at'
  /** A weapon word must follow ("launched 7 rockets", "dropped bombs"). */
  | 'weapon'
  /** The object must be a named place ("captured the village of X"). */
  | 'place-object'
  /** The actor must be a weapon or a force ("a drone demolished", "forces destroyed"). */
  | 'armed-subject'
  /** Both: a force's object that is a named place ("Russian troops took the town of X"). */
  | 'armed-place-object'
  /** The subject is the named place the attack took, the attacker follows "to" ("X fell to Y"). */
  | 'place-subject';

export interface VerbCue {
  readonly kind?: AttackKind;
  readonly need: VerbNeed;
  /** A particle that must follow ("swept through", "blew up"). */
  readonly particle?: readonly string[];
  /** Words one of which must follow "to" after the object ("reduced X to rubble"). */
  readonly complement?: readonly string[];
}

export interface CuratedPlace {
  readonly kind: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
}

type Words = ReadonlySet<string>;

/** The entity stage's view of the lexicon (the same sets, under the names that stage uses). */
export interface Vocabulary {
  readonly variants: ReadonlyMap<string, string>;
  /** Normalised country name or abbreviation → ISO alpha-2 code. */
  readonly countryAliases: ReadonlyMap<string, string>;
  /** Demonym as written ("US-led", "Israeli") → ISO alpha-2 code. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Curated places by their name as written. */
  readonly places: ReadonlyMap<string, CuratedPlace>;
  /** Canonical organisation name → its other names. */
  readonly organizations: ReadonlyMap<string, readonly string[]>;
  readonly titles: Words;
  readonly titleModifiers: Words;
  readonly titleComplements: Words;
  readonly orgHeads: Words;
  readonly orgPrecedingCues: Words;
  /** Lower-case place suffix word → kind of place ("region" → region, "river" → river). */
  readonly placeSuffixes: ReadonlyMap<string, string>;
  readonly placePrecedingCues: Words;
  readonly furniture: Words;
  readonly platforms: Words;
  readonly timeWords: Words;
  readonly notNames: Words;
  /** Weapon head word or phrase as written, lower case → canonical weapon word. */
  readonly weaponHeads: ReadonlyMap<string, string>;
  readonly weaponModifiers: Words;
  /** Named system spelling (normalised) → canonical system name. */
  readonly weaponSystems: ReadonlyMap<string, string>;
}

/** Every word list of extraction, keyed by lower-case (or normalised) words; see `data/*.json`. */
export interface Lexicon {
  /** `data/speech-verbs.json`. */
  readonly speech: {
    /** Every form of every verb of saying. */
    readonly verbs: Words;
    readonly participles: Words;
    readonly continuingParticiples: Words;
    readonly thatOnly: Words;
    readonly nounLike: Words;
    /** Past and third-person forms of `verbs`, which never sit inside a speaker phrase. */
    readonly finite: Words;
    readonly nounObject: Words;
    readonly addressee: Words;
    readonly weak: Words;
    readonly afterName: Words;
    readonly verbModifiers: Words;
    /** The cue words of reported speech: every verb and participle of saying, "according", "reported". */
    readonly cueWords: Words;
    /** Finds any cue word of reported speech in a sentence. */
    readonly cueWordRe: RegExp;
  };
  /** `data/titles.json`. */
  readonly titles: {
    readonly all: Words;
    readonly modifiers: Words;
    readonly complements: Words;
    readonly roles: Words;
    readonly personal: Words;
    readonly ranks: Words;
    readonly appositionHeads: Words;
    /** Words after a lone name that make it a leader's surname ("the Biden administration"). */
    readonly leaderHeads: Words;
  };
  /** `data/org-heads.json`. */
  readonly orgs: {
    readonly heads: Words;
    readonly nameEnders: Words;
    readonly precedingCues: Words;
    /** Heads that close a name ("House of Representatives") but never open one. */
    readonly closingHeads: Words;
    /** Organisations that are not armed actors (whole words, any case). */
    readonly civilBodyRe: RegExp;
    /** Lower-case head of a body of a state, city or organisation → the words that tell such bodies apart. */
    readonly bodies: ReadonlyMap<string, Words>;
    /** Heads of bodies that need no distinguishing word ("Ukraine's railways"). */
    readonly bareBodies: Words;
    /** Words that may stand among a body's distinguishing words without telling it apart ("military"). */
    readonly bodyFillers: Words;
    /** Words that may follow a body's head inside its name ("operational command south"). */
    readonly bodyTails: Words;
    /** Words of a body that make its owner a place ("Mariupol city council"). */
    readonly localBodyWords: Words;
    /** Heads that take the place they stand in into the name ("embassy in Britain"). */
    readonly placedHeads: Words;
    /** Words of a ministry whose full name says "Affairs" ("foreign ministry" = "Ministry of Foreign Affairs"). */
    readonly affairsMinistries: Words;
    /** Lower-case heads after a name that make it a military unit ("the Black Sea fleet"). */
    readonly unitHeads: Words;
    /** Lower-case words after a name that make it an organisation ("the Izvestia newspaper"). */
    readonly followingCues: Words;
    /** Words that may stand between a name and a following cue ("MI6 intelligence agency"). */
    readonly cueModifiers: Words;
    /** One-word names of a state's institutions, capitalised after "the" ("the Senate"). */
    readonly singleBodies: Words;
    /** Words before a place suffix that make the name an organisation ("Southern Military District"). */
    readonly suffixModifiers: Words;
  };
  /** `data/place-heads.json`. */
  readonly places: {
    readonly suffixes: ReadonlyMap<string, string>;
    readonly precedingCues: Words;
    readonly nouns: Words;
    readonly regionSuffixes: Words;
    /** Words after a name that all mean the first-level region named after it ("region", "oblast", "province"). */
    readonly sameRegionSuffixes: Words;
    /** A place word → the kind of place written on the graph ("oblast" → "region", "hamlet" → "village"). */
    readonly kinds: ReadonlyMap<string, string>;
    /** A region suffix at the end of a normalised name (" oblast"). */
    readonly gazetteerRegionSuffixRe: RegExp;
    readonly facilityHeads: Words;
    /** Nouns of a named ship ("the X cruiser", "the frigate X"). */
    readonly vesselHeads: Words;
    readonly governorHeads: Words;
    readonly slotHeads: Words;
    /** Place nouns that, bare ("the city"), refer back to a place the sentence names. */
    readonly referringHeads: Words;
    readonly fallbackOfHeads: Words;
    readonly targetOfHeads: Words;
    readonly roads: Words;
    readonly skippedBeforePlace: Words;
    /** Heads of a speaker that speaks for a place ("the mayor of X", "X city council"). */
    readonly localSpeakerHeads: Words;
  };
  /** `data/weapons.json`. */
  readonly weapons: {
    /** Head word or phrase ("cruise missiles" is "missiles" with a modifier) → canonical weapon name. */
    readonly heads: ReadonlyMap<string, string>;
    /** First words of `heads`. */
    readonly headStarts: Words;
    /** Heads that name a weapon only in a sentence that reports an attack ("tanks", "jets", "mines"). */
    readonly contextual: Words;
    /** Canonical weapon name → the attack kind it implies, where it implies one. */
    readonly kinds: ReadonlyMap<string, AttackKind>;
    /** One-word heads → canonical name and attack kind: the weapon words as a word class of the attack stage. */
    readonly words: ReadonlyMap<string, readonly [string, AttackKind | undefined]>;
    readonly modifiers: Words;
    readonly systems: ReadonlyMap<string, string>;
    readonly specificModifiers: Words;
    /** The weapon categories (`missile`, `drone`, … `other`). */
    readonly categories: Words;
    /** Canonical head name ("missile", "glide bomb") or system name ("ATACMS") → its category. */
    readonly categoryOf: ReadonlyMap<string, string>;
    /** Categories of weapons spent when used: destroyed ones were intercepted, not lost by the other side. */
    readonly spentCategories: Words;
    /** Modifiers that are also verbs ("launch", "attack"). */
    readonly verbLikeModifiers: Words;
    /** Second parts of hyphenated words of origin ("made" in "US-made"). */
    readonly originSuffixes: Words;
    /** Words that make the weapon after them a loss or a target ("destroyed 12 tanks"). */
    readonly lossWords: Words;
    /** Open-class words that may stand between a loss word and the weapon ("enemy", "modern"). */
    readonly lossFillers: Words;
  };
  /** `data/attack-cues.json`. */
  readonly attacks: {
    readonly verbs: ReadonlyMap<string, VerbCue>;
    readonly nouns: ReadonlyMap<string, AttackKind | undefined>;
    readonly fireNouns: Words;
    readonly kindModifiers: ReadonlyMap<string, AttackKind>;
    readonly forceNouns: Words;
    /** "sponsorPrefixes", "sponsorSuffixes": parts of a hyphenated word that make its country the sponsor of a force ("pro-Russian", "Russian-backed"). */
    readonly sponsorPrefixes: Words;
    readonly sponsorSuffixes: Words;
    /** "proxyNouns": heads of forces a country sponsors ("Russian-backed separatists"). */
    readonly proxyNouns: Words;
    /** "goalNouns": attack nouns that after "to" are a verb of a goal, not an event ("failed to capture X"). */
    readonly goalNouns: Words;
    readonly actorFillers: Words;
    readonly lightVerbs: Words;
    readonly irrealis: Words;
    readonly interceptVerbs: Words;
    readonly continueVerbs: Words;
    readonly labourWords: Words;
    readonly reportingVerbs: Words;
    readonly verbAdverbs: Words;
    /** A whole lower-case token that is a word of killing. */
    readonly killedRe: RegExp;
    readonly injuredRe: RegExp;
    /** "tollPeople": nouns of people a toll counts ("civilians", "a woman", "her mother"). */
    readonly tollPeople: Words;
    /** "tollLimits": phrases after a toll that make it a running total or a rate ("since", "a day"). */
    readonly tollLimitRe: RegExp;
    /** "measureNouns": plural nouns a number before them never counts as people ("two days"). */
    readonly measureNouns: Words;
    readonly followUpRe: RegExp;
    /** Global: reset `lastIndex` before counting matches. */
    readonly conflictRe: RegExp;
    readonly sentenceCueRe: RegExp;
    /** "frameCueStems": stems of verbs that are attack cues only in some frames ("took", "fell"); the attack stage reads their sentences too. */
    readonly frameCueRe: RegExp;
    /** "historyPhrases": a phrase that sets a clause in history ("the second world war", "decades ago"). */
    readonly historyRe: RegExp;
    /** "historyAgo": words after "N years" that count back ("ago", "before"). */
    readonly historyAgo: Words;
    /** "warNouns": nouns of a whole war ("the war in X": its theatre, not a target). */
    readonly warNouns: Words;
    /** "campaignNouns": attack nouns of an operation under way ("its offensive"), an event only after a light verb. */
    readonly campaignNouns: Words;
  };
  /** `data/source-nouns.json`. */
  readonly sources: {
    readonly nouns: Words;
    readonly generic: Words;
    readonly unnamed: Words;
    /** Heads of documents that speak for their issuer ("the statement said"). */
    readonly documents: Words;
    /** Singular heads of one person ("a senior defence official"), for a later "he" or "she". */
    readonly persons: Words;
  };
  /** `data/media.json`. */
  readonly media: {
    readonly platforms: Words;
    readonly heads: Words;
    readonly afterVerbPlatforms: Words;
    /** Words before "the X" (or "with/to/in the X") that make X a news outlet ("told the Guardian"). */
    readonly outletFrames: Words;
    /** Platforms and formats that carry a statement: "on Telegram", "in a video address". */
    readonly mediumRe: RegExp;
  };
  /** `data/time-words.json`. */
  readonly time: {
    readonly names: Words;
    readonly speech: Words;
    /** A capitalised time word as a whole token ("Monday", "Last"). */
    readonly actorStopRe: RegExp;
    readonly recentRe: RegExp;
    readonly nameMonths: Words;
    readonly weekdays: Words;
  };
  /** `data/furniture.json`. */
  readonly furniture: Words;
  /** `data/not-names.json`. */
  readonly notNames: {
    readonly names: Words;
    readonly places: Words;
    readonly adjectiveTails: Words;
    readonly lyNouns: Words;
    /** Last words of events held at a place ("the Munich Olympics"): the place is named, not the event. */
    readonly eventHeads: Words;
    /** Words before a country's name that name a past state of it ("Nazi Germany"). */
    readonly historicQualifiers: Words;
    /** Names ending in -ing, which may open a sentence before another name ("Sterling …"). */
    readonly ingNames: Words;
  };
  /** `data/parties.json`; `words` in the order they are tried. */
  readonly parties: { readonly words: readonly string[]; readonly labels: Words };
  /** `data/aliases.json`. */
  readonly aliases: {
    readonly attackCapitals: readonly (readonly [string, string])[];
    readonly attackDisplayNames: Readonly<Record<string, string>>;
  };
  readonly vocabulary: Vocabulary;
}

/** The data files a lexicon is read from, in `dataDir`. */
export const LEXICON_FILES = [
  'speech-verbs.json',
  'titles.json',
  'org-heads.json',
  'place-heads.json',
  'weapons.json',
  'attack-cues.json',
  'source-nouns.json',
  'media.json',
  'time-words.json',
  'furniture.json',
  'not-names.json',
  'parties.json',
  'aliases.json',
] as const;

type FileName = (typeof LEXICON_FILES)[number];
type Json = Record<string, unknown>;

/** One data file, with accessors that check each field's shape and name the file when it is wrong. */
class DataFile {
  constructor(
    readonly path: string,
    private readonly json: Json,
  ) {}

  fail(key: string, want: string): never {
    throw new Error(`newsgraph: lexicon file ${this.path}: "${key}" must be ${want}`);
  }

  private field(key: string): unknown {
    const v = this.json[key];
    if (v === undefined) this.fail(key, 'present');
    return v;
  }

  list(key: string): string[] {
    const v = this.field(key);
    if (!Array.isArray(v) || v.length === 0 || !v.every((w) => typeof w === 'string' && w.length > 0))
      this.fail(key, 'a non-empty list of words');
    return v as string[];
  }

  /** A list of group records (`[{ "forms": […], … }, …]`). */
  groups(key: string): Json[] {
    const v = this.field(key);
    if (
      !Array.isArray(v) ||
      v.length === 0 ||
      !v.every((g) => typeof g === 'object' && g !== null && !Array.isArray(g))
    )
      this.fail(key, 'a non-empty list of objects');
    return v as Json[];
  }

  set(key: string): Words {
    return new Set(this.list(key));
  }

  record<T>(key: string, check: (v: unknown) => v is T): [string, T][] {
    const v = this.field(key);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(key, 'an object');
    const out = Object.entries(v as Json);
    if (out.length === 0 || !out.every(([, x]) => check(x)))
      this.fail(key, 'a non-empty object of valid entries');
    return out as [string, T][];
  }
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isWords = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isPlace = (v: unknown): v is CuratedPlace =>
  typeof v === 'object' && v !== null && isString((v as { kind?: unknown }).kind);
const KINDS: readonly string[] = ['air', 'shelling', 'clash', 'explosive'];
const NEEDS: readonly string[] = [
  'none',
  'weapon-or-at',
  'weapon',
  'place-object',
  'armed-subject',
  'armed-place-object',
  'place-subject',
];
const isKind = (v: unknown): v is AttackKind => typeof v === 'string' && KINDS.includes(v);

function readDataFile(dataDir: string, name: FileName): DataFile {
  const path = join(dataDir, name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`newsgraph: cannot read lexicon file ${path}: ${(cause as Error).message}`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new Error(`newsgraph: lexicon file ${path} is not valid JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error(`newsgraph: lexicon file ${path} must hold a JSON object`);
  return new DataFile(path, json as Json);
}

/** `\b(?:a|b|c)\b`-style alternation of literal words (regex characters escaped). */
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]): string => words.map(escape).join('|');
const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Reads every file of `dataDir` into a frozen Lexicon. Throws an error naming the file when one is missing or malformed. */
export function loadLexicon(dataDir: string): Lexicon {
  // One DataFile per name of LEXICON_FILES, in that order.
  const [
    speech,
    titles,
    orgs,
    places,
    weapons,
    attacks,
    sources,
    media,
    time,
    furniture,
    notNames,
    parties,
    aliases,
  ] = LEXICON_FILES.map((name) => readDataFile(dataDir, name));

  const speechVerbs = new Set<string>();
  for (const [lemma, forms] of speech.record('verbs', isWords)) {
    speechVerbs.add(lemma);
    for (const f of forms) speechVerbs.add(f);
  }
  const participles = speech.set('participles');
  const cueWords = [...speechVerbs, ...participles, ...speech.list('extraCueWords')];

  const weaponCategories = weapons.set('categories');
  const weaponCategoryOf = new Map<string, string>();
  const weaponHeads = new Map<string, string>();
  const weaponKinds = new Map<string, AttackKind>();
  const weaponWords = new Map<string, readonly [string, AttackKind | undefined]>();
  const contextualWeapons = new Set<string>();
  for (const g of weapons.groups('heads')) {
    const { weapon, kind, forms, contextual, category } = g;
    if (
      !isString(weapon) ||
      !(kind === undefined || isKind(kind)) ||
      !isString(category) ||
      !weaponCategories.has(category) ||
      !isWords(forms) ||
      !(contextual === undefined || typeof contextual === 'boolean')
    )
      weapons.fail(
        'heads',
        'a list of { weapon, category (one of "categories"), kind?, forms, contextual? }',
      );
    const canon = weapon as string;
    weaponCategoryOf.set(canon, category as string);
    if (kind !== undefined) weaponKinds.set(canon, kind as AttackKind);
    for (const f of forms as string[]) {
      weaponHeads.set(f, canon);
      if (!f.includes(' ')) weaponWords.set(f, [canon, kind as AttackKind | undefined]);
      if (contextual === true) contextualWeapons.add(f);
    }
  }
  const weaponSystems = new Map<string, string>();
  for (const [canon, forms] of weapons.record('systems', isWords))
    for (const f of [canon, ...forms]) weaponSystems.set(normaliseName(f), canon);
  for (const [category, systems] of weapons.record('systemsByCategory', isWords)) {
    if (!weaponCategories.has(category))
      weapons.fail('systemsByCategory', `keys among "categories", not "${category}"`);
    for (const system of systems) {
      if (weaponSystems.get(normaliseName(system)) !== system)
        weapons.fail('systemsByCategory', `names of "systems", not "${system}"`);
      weaponCategoryOf.set(system, category);
    }
  }
  for (const system of new Set(weaponSystems.values()))
    if (!weaponCategoryOf.has(system))
      weapons.fail('systemsByCategory', `a category for the system "${system}"`);
  const verbCues = new Map<string, VerbCue>();
  for (const g of attacks.groups('verbs')) {
    const { forms, kind, need, particle, complement } = g;
    if (!isWords(forms) || !(kind === undefined || isKind(kind)) || !NEEDS.includes(need as string))
      attacks.fail('verbs', 'a list of { forms, need, kind?, particle? }');
    if (particle !== undefined && !isWords(particle))
      attacks.fail('verbs', 'a list whose particles are words');
    if (complement !== undefined && !isWords(complement))
      attacks.fail('verbs', 'a list whose complements are words');
    const cue: VerbCue = Object.freeze({
      ...(kind !== undefined ? { kind: kind as AttackKind } : {}),
      need: need as VerbNeed,
      ...(particle !== undefined ? { particle: particle as string[] } : {}),
      ...(complement !== undefined ? { complement: complement as string[] } : {}),
    });
    for (const f of forms as string[]) verbCues.set(f, cue);
  }
  const nounCues = new Map<string, AttackKind | undefined>();
  for (const [kind, words] of attacks.record('nouns', isWords)) {
    if (kind !== 'any' && !isKind(kind))
      attacks.fail('nouns', `keyed by attack kinds or "any", not "${kind}"`);
    for (const w of words) nounCues.set(w, kind === 'any' ? undefined : (kind as AttackKind));
  }

  const titleSet = titles.set('all');
  const titleModifiers = titles.set('modifiers');
  const titleComplements = titles.set('complements');
  const orgHeads = orgs.set('heads');
  const orgPrecedingCues = orgs.set('precedingCues');
  const placeSuffixes = new Map(places.record('suffixes', isString));
  const placePrecedingCues = places.set('precedingCues');
  const furnitureWords = furniture.set('words');
  const platforms = media.set('platforms');
  const timeNames = time.set('names');
  const notNameWords = notNames.set('names');
  const weaponModifiers = weapons.set('modifiers');

  const lexicon: Lexicon = {
    speech: {
      verbs: speechVerbs,
      participles,
      continuingParticiples: speech.set('continuingParticiples'),
      thatOnly: speech.set('thatOnly'),
      nounLike: speech.set('nounLike'),
      finite: new Set([...speechVerbs].filter((w) => /(?:ed|said|told|wrote|says|tells)$/.test(w))),
      nounObject: speech.set('nounObject'),
      addressee: speech.set('addressee'),
      weak: speech.set('weak'),
      afterName: speech.set('afterName'),
      verbModifiers: speech.set('verbModifiers'),
      cueWords: new Set(cueWords),
      cueWordRe: new RegExp(`\\b(?:${cueWords.sort((a, b) => b.length - a.length).join('|')})\\b`, 'i'),
    },
    titles: {
      all: titleSet,
      modifiers: titleModifiers,
      complements: titleComplements,
      roles: titles.set('roles'),
      personal: titles.set('personal'),
      ranks: titles.set('ranks'),
      appositionHeads: titles.set('appositionHeads'),
      leaderHeads: titles.set('leaderHeads'),
    },
    orgs: {
      heads: orgHeads,
      nameEnders: orgs.set('nameEnders'),
      precedingCues: orgPrecedingCues,
      closingHeads: orgs.set('closingHeads'),
      civilBodyRe: new RegExp(`\\b(?:${alt(orgs.list('civilBodies'))})\\b`, 'i'),
      bodies: new Map(orgs.record('bodies', isWords).map(([head, words]) => [head, new Set(words)])),
      bareBodies: orgs.set('bareBodies'),
      bodyFillers: orgs.set('bodyFillers'),
      bodyTails: orgs.set('bodyTails'),
      localBodyWords: orgs.set('localBodyWords'),
      placedHeads: orgs.set('placedHeads'),
      affairsMinistries: orgs.set('affairsMinistries'),
      unitHeads: orgs.set('unitHeads'),
      followingCues: orgs.set('followingCues'),
      cueModifiers: orgs.set('cueModifiers'),
      singleBodies: orgs.set('singleBodies'),
      suffixModifiers: orgs.set('suffixModifiers'),
    },
    places: {
      suffixes: placeSuffixes,
      precedingCues: placePrecedingCues,
      nouns: places.set('nouns'),
      regionSuffixes: places.set('regionSuffixes'),
      sameRegionSuffixes: places.set('sameRegionSuffixes'),
      kinds: new Map(places.record('kinds', isString)),
      gazetteerRegionSuffixRe: new RegExp(` (${alt(places.list('gazetteerRegionSuffixes'))})$`),
      facilityHeads: places.set('facilityHeads'),
      vesselHeads: places.set('vesselHeads'),
      governorHeads: places.set('governorHeads'),
      slotHeads: places.set('slotHeads'),
      referringHeads: places.set('referringHeads'),
      fallbackOfHeads: places.set('fallbackOfHeads'),
      targetOfHeads: places.set('targetOfHeads'),
      localSpeakerHeads: places.set('localSpeakerHeads'),
      roads: places.set('roads'),
      skippedBeforePlace: places.set('skippedBeforePlace'),
    },
    weapons: {
      heads: weaponHeads,
      headStarts: new Set([...weaponHeads.keys()].map((h) => h.split(' ')[0])),
      contextual: contextualWeapons,
      kinds: weaponKinds,
      words: weaponWords,
      modifiers: weaponModifiers,
      systems: weaponSystems,
      specificModifiers: weapons.set('specificModifiers'),
      categories: weaponCategories,
      categoryOf: weaponCategoryOf,
      spentCategories: weapons.set('spentCategories'),
      verbLikeModifiers: weapons.set('verbLikeModifiers'),
      originSuffixes: weapons.set('originSuffixes'),
      lossWords: weapons.set('lossWords'),
      lossFillers: weapons.set('lossFillers'),
    },
    attacks: {
      verbs: verbCues,
      nouns: nounCues,
      fireNouns: attacks.set('fireNouns'),
      kindModifiers: new Map(attacks.record('kindModifiers', isKind)),
      forceNouns: attacks.set('forceNouns'),
      sponsorPrefixes: attacks.set('sponsorPrefixes'),
      sponsorSuffixes: attacks.set('sponsorSuffixes'),
      proxyNouns: attacks.set('proxyNouns'),
      goalNouns: attacks.set('goalNouns'),
      actorFillers: attacks.set('actorFillers'),
      lightVerbs: attacks.set('lightVerbs'),
      irrealis: attacks.set('irrealis'),
      interceptVerbs: attacks.set('interceptVerbs'),
      continueVerbs: attacks.set('continueVerbs'),
      labourWords: attacks.set('labourWords'),
      reportingVerbs: attacks.set('reportingVerbs'),
      verbAdverbs: attacks.set('verbAdverbs'),
      killedRe: new RegExp(`^(?:${alt(attacks.list('killed'))})$`),
      injuredRe: new RegExp(`^(?:${alt(attacks.list('injured'))})$`),
      tollPeople: attacks.set('tollPeople'),
      tollLimitRe: new RegExp(`^(?:${alt(attacks.list('tollLimits'))})\\b`, 'i'),
      measureNouns: attacks.set('measureNouns'),
      followUpRe: new RegExp(`\\b(?:${alt(attacks.list('followUpWords'))})\\b`, 'i'),
      // Entries are regular-expression alternatives ("missiles?"), not literal words.
      conflictRe: new RegExp(`\\b(?:${attacks.list('conflictPatterns').join('|')})\\b`, 'gi'),
      sentenceCueRe: new RegExp(`(?:${alt(attacks.list('sentenceCueStems'))})`, 'i'),
      frameCueRe: new RegExp(`(?:${alt(attacks.list('frameCueStems'))})`, 'i'),
      historyRe: new RegExp(`\\b(?:${alt(attacks.list('historyPhrases'))})\\b`, 'i'),
      historyAgo: attacks.set('historyAgo'),
      warNouns: attacks.set('warNouns'),
      campaignNouns: attacks.set('campaignNouns'),
    },
    sources: {
      nouns: sources.set('nouns'),
      generic: sources.set('generic'),
      unnamed: sources.set('unnamed'),
      documents: sources.set('documents'),
      persons: sources.set('persons'),
    },
    media: {
      platforms,
      heads: media.set('heads'),
      afterVerbPlatforms: media.set('afterVerbPlatforms'),
      outletFrames: media.set('outletFrames'),
      mediumRe: new RegExp(
        `^[\\s,]*(?:(?:on|via)\\s+(?:his|her|their|its|the\\s+)?(?:${alt(media.list('mediumPlatforms'))})|` +
          `in\\s+(?:a|an|his|her|their|its|the)\\s+(?:[\\w-]+\\s+){0,3}(?:${alt(media.list('mediumFormats'))}))\\b`,
        'u',
      ),
    },
    time: {
      names: timeNames,
      speech: time.set('speech'),
      actorStopRe: new RegExp(`^(?:${alt(time.list('actorStops').map(capitalise))})$`),
      recentRe: new RegExp(`\\b(?:${alt(time.list('recentPhrases'))})\\b`, 'i'),
      nameMonths: time.set('nameMonths'),
      weekdays: time.set('weekdays'),
    },
    furniture: furnitureWords,
    notNames: {
      names: notNameWords,
      places: notNames.set('places'),
      adjectiveTails: notNames.set('adjectiveTails'),
      lyNouns: notNames.set('lyNouns'),
      eventHeads: notNames.set('eventHeads'),
      historicQualifiers: notNames.set('historicQualifiers'),
      ingNames: notNames.set('ingNames'),
    },
    parties: { words: Object.freeze(parties.list('words')), labels: parties.set('labels') },
    aliases: {
      attackCapitals: Object.freeze(aliases.record('attackCapitals', isString)),
      attackDisplayNames: Object.freeze(Object.fromEntries(aliases.record('attackDisplayNames', isString))),
    },
    vocabulary: Object.freeze({
      variants: new Map(aliases.record('variants', isString)),
      countryAliases: new Map(aliases.record('countries', isString).map(([k, v]) => [normaliseName(k), v])),
      demonyms: new Map(aliases.record('demonyms', isString)),
      places: new Map(aliases.record('places', isPlace)),
      organizations: new Map(aliases.record('organizations', isWords)),
      titles: titleSet,
      titleModifiers,
      titleComplements,
      orgHeads,
      orgPrecedingCues,
      placeSuffixes,
      placePrecedingCues,
      furniture: furnitureWords,
      platforms,
      timeWords: timeNames,
      notNames: notNameWords,
      weaponHeads,
      weaponModifiers,
      weaponSystems,
    }),
  };
  return deepFreeze(lexicon);
}

/** Freezes the lexicon's plain objects (sets, maps and regular expressions are read-only by type). */
function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o))
    if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype)
      deepFreeze(v as object);
  return Object.freeze(o);
}

let defaultOne: Lexicon | undefined;

/** The lexicon of the package's own `data/`, loaded on first use and shared. */
export function defaultLexicon(): Lexicon {
  defaultOne ??= loadLexicon(join(PACKAGE_ROOT, 'data'));
  return defaultOne;
}
