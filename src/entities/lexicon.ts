/**
 * One lookup over every name list: named weapon systems, well-known organisations, countries,
 * demonyms and places, keyed by normalised token sequences. Built once per lexicon on first use.
 */
import { defaultLexicon, type Lexicon } from '../lexicon/load-lexicon';
import { loadGazetteer, type Place } from './gazetteer';
import { normaliseName } from './normalise-name';

export type LexiconKind = 'weapon' | 'organization' | 'country' | 'demonym' | 'place';

export interface LexiconHit {
  readonly kind: LexiconKind;
  /** Canonical name: the system, organisation or country name. */
  readonly name: string;
  readonly place?: Place;
  /** Every candidate place for the name, best first (kind `place`). */
  readonly places?: readonly Place[];
}

/** What the lexicons say of one normalised word: its answer alone, and whether a longer name starts with it. */
export interface WordInfo {
  /** `lookupName(word, upper)`. */
  readonly hit: LexiconHit | undefined;
  /** `startsLongerName(word)`. */
  readonly longer: boolean;
}

interface Entry {
  readonly hit: LexiconHit;
  /** The list writes it in capitals ("WHO", "US"): the text must too. */
  readonly upper: boolean;
}

/** The name tables of one lexicon, and the answers given so far. */
interface Names {
  readonly lexicon: Lexicon;
  names?: Map<string, Entry[]>;
  firstWords?: Set<string>;
  /** See `laterNameWords`. */
  laterWords?: readonly ReadonlySet<string>[];
  /** Past answers of `lookupName`, by `upper` then key (`null`: no hit); cleared when it grows too big. */
  readonly answers: readonly [Map<string, LexiconHit | null>, Map<string, LexiconHit | null>];
  /** Past answers of `wordInfo`, by `upper` then word; cleared when it grows too big. */
  readonly words: readonly [Map<string, WordInfo>, Map<string, WordInfo>];
}

const namesOf = new WeakMap<Lexicon, Names>();
let lastNames: Names | undefined;

function namesFor(lexicon: Lexicon): Names {
  if (lastNames?.lexicon === lexicon) return lastNames;
  let names = namesOf.get(lexicon);
  if (!names) {
    names = { lexicon, answers: [new Map(), new Map()], words: [new Map(), new Map()] };
    namesOf.set(lexicon, names);
  }
  lastNames = names;
  return names;
}

/** True when some name of two or more words starts with the normalised word `word`. */
export function startsLongerName(word: string, lexicon: Lexicon = defaultLexicon()): boolean {
  const n = namesFor(lexicon);
  if (!n.firstWords) {
    n.names ??= build(lexicon);
    const firstWords = new Set<string>(loadGazetteer(lexicon).firstWordsOfLongerNames);
    for (const key of n.names.keys()) {
      const space = key.indexOf(' ');
      if (space > 0) firstWords.add(key.slice(0, space));
    }
    const variants = lexicon.vocabulary.variants;
    for (const [from, to] of variants) if (firstWords.has(to)) firstWords.add(from);
    n.firstWords = firstWords;
  }
  return n.firstWords.has(word);
}

/**
 * `laterNameWords(lexicon)[i]` (i >= 1): every word at position `i` of a name of two or more words
 * (0-based, counting the words of its normalised key), and every variant spelling of such a word
 * ("kiev" when "kyiv" is one). A token sequence whose `i`-th word is not in the set is the start of
 * no name that long, as written or through the variant table, so it needs no lookup.
 */
export function laterNameWords(lexicon: Lexicon = defaultLexicon()): readonly ReadonlySet<string>[] {
  const n = namesFor(lexicon);
  if (!n.laterWords) {
    n.names ??= build(lexicon);
    const later = loadGazetteer(lexicon).laterWordsOfLongerNames.map((words) => new Set(words));
    for (const key of n.names.keys()) {
      if (!key.includes(' ')) continue;
      const words = key.split(' ');
      for (let i = 1; i < words.length; i++) {
        while (later.length <= i) later.push(new Set());
        later[i].add(words[i]);
      }
    }
    const variants = lexicon.vocabulary.variants;
    for (const set of later) for (const [from, to] of variants) if (set.has(to)) set.add(from);
    n.laterWords = later;
  }
  return n.laterWords;
}

const isUpper = (s: string): boolean =>
  s.replace(/[^\p{L}]/gu, '') === s.replace(/[^\p{L}]/gu, '').toUpperCase();

function build(lexicon: Lexicon): Map<string, Entry[]> {
  const vocab = lexicon.vocabulary;
  const gaz = loadGazetteer(lexicon);
  const map = new Map<string, Entry[]>();
  const put = (form: string, hit: LexiconHit, upper = isUpper(form) && form.length <= 6): void => {
    const key = normaliseName(form);
    if (!key) return;
    const list = map.get(key) ?? [];
    list.push({ hit, upper });
    map.set(key, list);
  };
  for (const [form, canon] of vocab.weaponSystems) put(form, { kind: 'weapon', name: canon }, false);
  for (const [canon, aliases] of vocab.organizations) {
    for (const form of [canon, ...aliases]) put(form, { kind: 'organization', name: canon });
  }
  for (const [key, place] of gaz.countries) {
    const list = map.get(key) ?? [];
    list.push({ hit: { kind: 'country', name: place.name, place }, upper: key.length <= 3 });
    map.set(key, list);
  }
  for (const [key, place] of gaz.demonyms) {
    const list = map.get(key) ?? [];
    list.push({ hit: { kind: 'demonym', name: place.name, place }, upper: false });
    map.set(key, list);
  }
  return map;
}

/**
 * Answers remembered per map before it starts again. Past 20,000 a bigger map saved no measurable
 * time on the corpus, and the four maps of a lexicon kept growing through a long load (about
 * 220 bytes an entry).
 */
const ANSWERS_LIMIT = 20_000;

/**
 * Looks up a normalised token sequence; `upper` tells whether the text is written in capitals.
 * Answers are remembered: an article asks about the same few hundred names many times, and one
 * small map access is cheaper than probing the big lexicon and gazetteer maps and re-spelling
 * the key through the variant table.
 */
export function lookupName(
  key: string,
  upper: boolean,
  lexicon: Lexicon = defaultLexicon(),
): LexiconHit | undefined {
  const names = namesFor(lexicon);
  const memo = names.answers[upper ? 1 : 0];
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  const hit = lookupUncached(key, upper, names);
  if (memo.size >= ANSWERS_LIMIT) memo.clear();
  memo.set(key, hit ?? null);
  return hit;
}

/**
 * `lookupName` and `startsLongerName` of one word in one answer: the name finder asks both of
 * every capitalised word, and one remembered answer costs one map access instead of two.
 */
export function wordInfo(word: string, upper: boolean, lexicon: Lexicon = defaultLexicon()): WordInfo {
  const memo = namesFor(lexicon).words[upper ? 1 : 0];
  let info = memo.get(word);
  if (info === undefined) {
    info = { hit: lookupName(word, upper, lexicon), longer: startsLongerName(word, lexicon) };
    if (memo.size >= ANSWERS_LIMIT) memo.clear();
    memo.set(word, info);
  }
  return info;
}

/**
 * `wordInfo` of one lexicon as a function, for the tokenizer's question about every capitalised
 * token: the remembered answers are looked up directly, one map access for a word seen before.
 */
export function wordInfoOf(lexicon: Lexicon = defaultLexicon()): (word: string, upper: boolean) => WordInfo {
  const words = namesFor(lexicon).words;
  return (word, upper) => words[upper ? 1 : 0].get(word) ?? wordInfo(word, upper, lexicon);
}

function lookupUncached(key: string, upper: boolean, names: Names): LexiconHit | undefined {
  const hit = lookupExact(key, upper, names);
  if (hit) return hit;
  const variants = names.lexicon.vocabulary.variants;
  const canon = key
    .split(' ')
    .map((w) => variants.get(w) ?? w)
    .join(' ');
  return canon === key ? undefined : lookupExact(canon, upper, names);
}

function lookupExact(key: string, upper: boolean, names: Names): LexiconHit | undefined {
  names.names ??= build(names.lexicon);
  const entries = names.names.get(key);
  if (entries) {
    for (const e of entries) if (!e.upper || upper) return e.hit;
  }
  const places = loadGazetteer(names.lexicon).places.get(key);
  if (places && places.length > 0) return { kind: 'place', name: places[0].name, place: places[0], places };
  return undefined;
}
