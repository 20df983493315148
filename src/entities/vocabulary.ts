/**
 * Curated general vocabularies from `data/` (titles, cue words, well-known spellings, weapons),
 * read once on first use into sets and maps keyed by normalised words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseName } from './normalise-name';

export interface CuratedPlace {
  readonly kind: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
}

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
  readonly titles: ReadonlySet<string>;
  readonly titleModifiers: ReadonlySet<string>;
  readonly titleComplements: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly orgPrecedingCues: ReadonlySet<string>;
  /** Lower-case place suffix word → kind of place ("region" → region, "river" → river). */
  readonly placeSuffixes: ReadonlyMap<string, string>;
  readonly placePrecedingCues: ReadonlySet<string>;
  readonly furniture: ReadonlySet<string>;
  readonly platforms: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  /** Weapon head word or phrase as written, lower case → canonical weapon word. */
  readonly weaponHeads: ReadonlyMap<string, string>;
  readonly weaponModifiers: ReadonlySet<string>;
  /** Named system spelling (normalised) → canonical system name. */
  readonly weaponSystems: ReadonlyMap<string, string>;
}

let cached: Vocabulary | undefined;

function readData(name: string): Record<string, unknown> {
  const path = join(__dirname, '..', '..', 'data', name);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (cause) {
    throw new Error(`newsgraph: cannot read vocabulary ${path}: ${(cause as Error).message}`, { cause });
  }
}

const lowerSet = (v: unknown): Set<string> => new Set((v as string[]).map((w) => w.toLowerCase()));
const entries = <T>(v: unknown): [string, T][] => Object.entries(v as Record<string, T>);
const fold = normaliseName;

/** Loads (once) and returns the curated vocabularies. */
export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const aliases = readData('aliases.json');
  const vocab = readData('vocabulary.json');
  const weapons = readData('weapons.json');
  const weaponHeads = new Map<string, string>();
  for (const [canon, forms] of entries<string[]>(weapons.heads))
    for (const f of forms) weaponHeads.set(f, canon);
  const weaponSystems = new Map<string, string>();
  for (const [canon, forms] of entries<string[]>(weapons.systems)) {
    for (const f of [canon, ...forms]) weaponSystems.set(fold(f), canon);
  }
  cached = {
    variants: new Map(entries<string>(aliases.variants)),
    countryAliases: new Map(entries<string>(aliases.countries).map(([k, v]) => [fold(k), v])),
    demonyms: new Map(entries<string>(aliases.demonyms)),
    places: new Map(entries<CuratedPlace>(aliases.places)),
    organizations: new Map(entries<string[]>(aliases.organizations)),
    titles: lowerSet(vocab.titles),
    titleModifiers: lowerSet(vocab.titleModifiers),
    titleComplements: lowerSet(vocab.titleComplementWords),
    orgHeads: lowerSet(vocab.orgHeads),
    orgPrecedingCues: lowerSet(vocab.orgPrecedingCues),
    placeSuffixes: new Map(entries<string>(vocab.placeSuffixes)),
    placePrecedingCues: lowerSet(vocab.placePrecedingCues),
    furniture: lowerSet(vocab.furniture),
    platforms: lowerSet(vocab.platforms),
    timeWords: lowerSet(vocab.timeWords),
    notNames: lowerSet(vocab.notNames),
    weaponHeads,
    weaponModifiers: lowerSet(weapons.modifiers),
    weaponSystems,
  };
  return cached;
}

/** `normaliseName` with each word mapped through the curated variant-spelling table ("kiev" → "kyiv"). */
export function canonicalName(name: string): string {
  const variants = loadVocabulary().variants;
  const key = normaliseName(name);
  if (!key.includes(' ')) return variants.get(key) ?? key;
  return key
    .split(' ')
    .map((w) => variants.get(w) ?? w)
    .join(' ');
}
