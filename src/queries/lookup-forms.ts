/**
 * The forms a name is compared in when a query looks an entity up: folded like `Entity.keys`
 * (case, diacritics, punctuation, and letters without a decomposition: "ł", "ø", "ß"),
 * titles and honorifics taken off the front ("Mr", "President", "Gen.", "Foreign Minister",
 * "Ukrainian President"), and each word mapped through the curated variant spellings
 * ("zelensky" → "zelenskyy"). The title words are the project's own (`data/titles.json`).
 */
import countries from 'world-countries';
import { normaliseName } from '../entities/normalise-name';
import { canonicalName } from '../entities/vocabulary';
import type { Lexicon } from '../lexicon/load-lexicon';

/** The words a lookup strips: titles, the words that stand inside them, and nationality words before them. */
interface TitleWords {
  readonly titles: ReadonlySet<string>;
  readonly modifiers: ReadonlySet<string>;
  readonly nations: ReadonlySet<string>;
}

const titleWordsOf = new WeakMap<Lexicon, TitleWords>();

function titleWords(lexicon: Lexicon): TitleWords {
  const known = titleWordsOf.get(lexicon);
  if (known) return known;
  const fold = (words: Iterable<string>): Set<string> =>
    new Set([...words].map(normaliseName).filter((w) => w !== '' && !w.includes(' ')));
  const nations = new Set<string>();
  for (const c of countries) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) nations.add(normaliseName(d));
    const name = normaliseName(c.name.common);
    // A possessive loses its apostrophe when folded: "Ukraine's" → "ukraines".
    if (!name.includes(' ')) nations.add(`${name}s`);
  }
  for (const d of lexicon.vocabulary.demonyms.keys()) nations.add(normaliseName(d));
  const words: TitleWords = {
    titles: fold(lexicon.titles.all),
    modifiers: fold(lexicon.titles.modifiers),
    nations: new Set([...nations].filter((w) => !w.includes(' '))),
  };
  titleWordsOf.set(lexicon, words);
  return words;
}

/**
 * The words of a folded name without the titles in front of it: "president zelensky" →
 * "zelensky", "secretary of state anna berg" → "anna berg", "ukrainian president x" → "x". A
 * leading run of title words and the words that stand inside titles ("foreign", "of", "state")
 * is taken off when it holds a title word and at least one word follows it; one nationality
 * word may open it. Nothing else changes.
 */
export function stripTitles(words: readonly string[], lexicon: Lexicon): readonly string[] {
  const { titles, modifiers, nations } = titleWords(lexicon);
  let i = words.length > 1 && nations.has(words[0]) ? 1 : 0;
  let titled = false;
  for (; i < words.length - 1; i++) {
    if (titles.has(words[i])) titled = true;
    else if (!modifiers.has(words[i])) break;
  }
  return titled ? words.slice(i) : words;
}

/** The forms of one name that a lookup compares, all folded; `stripped` is undefined when there was no title. */
export interface NameForms {
  /** Folded as written. */
  readonly plain: string;
  /** Folded, each word through the variant spellings. */
  readonly canonical: string;
  /** Without its titles, canonical; undefined when the name had none. */
  readonly stripped?: string;
}

const formsOf = new WeakMap<Lexicon, Map<string, NameForms>>();
const FORMS_CACHE_LIMIT = 200_000;

/** The forms of a name (see {@link NameForms}); an empty `plain` means it has no letter or digit. */
export function nameForms(text: string, lexicon: Lexicon): NameForms {
  let cache = formsOf.get(lexicon);
  if (cache === undefined) formsOf.set(lexicon, (cache = new Map()));
  const known = cache.get(text);
  if (known !== undefined) return known;
  const forms = foldForms(text, lexicon);
  if (cache.size >= FORMS_CACHE_LIMIT) cache.clear();
  cache.set(text, forms);
  return forms;
}

function foldForms(text: string, lexicon: Lexicon): NameForms {
  const plain = normaliseName(text);
  const canonical = plain === '' ? '' : canonicalName(plain, lexicon);
  const words = canonical === '' ? [] : canonical.split(' ');
  const rest = stripTitles(words, lexicon);
  return rest.length === words.length ? { plain, canonical } : { plain, canonical, stripped: rest.join(' ') };
}

/**
 * The other forms of a folded place name that ends in a word saying what kind of place it is:
 * without that word ("styr river" → "styr"), and with the word replaced by its kind, so that
 * synonyms meet ("kharkiv oblast" and "kharkiv province" → "kharkiv region"). Facilities
 * ("airport", "plant") have none: the town they are named after is another place.
 */
export function placeForms(form: string, lexicon: Lexicon): readonly string[] {
  const cut = form.lastIndexOf(' ');
  if (cut <= 0) return [];
  const kind = lexicon.vocabulary.placeSuffixes.get(form.slice(cut + 1));
  if (kind === undefined || kind === 'facility') return [];
  return [form.slice(0, cut), `${form.slice(0, cut)} ${kind}`];
}
