/**
 * Finds the entity a name given to a query means, in stages; the first that finds something
 * decides:
 *
 * 1. `id`: the name is a node id (or an id merged into a node);
 * 2. `exact`: a name, alias or key equals it once case, diacritics, punctuation and the curated
 *    variant spellings are folded; else `title`: the same with titles and honorifics taken off
 *    ("Mr X", "President X", "Foreign Minister X");
 *    a one-word name also matches the people of that surname (`surname`);
 * 3. `phonetic`: a name that sounds the same word by word (Double Metaphone) with letters close
 *    enough (Jaro–Winkler), for transliterations the variant table does not know.
 *
 * One entity found: `found`. Several at the same stage: the one whose own name is the given name
 * wins (the place "Washington" over the surname of "George Washington"); else `ambiguous`, with
 * the candidates. Nothing: `not-found`, with the closest names.
 */
import type { Lexicon } from '../lexicon/load-lexicon';
import { groupEntities, type EntityGroup } from './group-entities';
import { nameForms, placeForms } from './lookup-forms';
import type { EntityNames, LookupEntity, LookupHow, NameMatch } from './name-lookup';
import { personName, sameFullName, sameSurname } from '../entities/person-names';
import { namesSoundAlike, similarity } from './name-similarity';

/** Letters at least this alike (Jaro–Winkler) for a name that sounds the same to count. */
export const PHONETIC_MIN_SIMILARITY = 0.8;
/** A phonetic match this much closer than the next one wins; closer ones are ambiguous. */
const PHONETIC_MARGIN = 0.05;
/** At most this many names in a "did you mean" list. */
export const MAX_SUGGESTIONS = 3;
const MIN_SUGGESTION_SIMILARITY = 0.7;

/** The entities of a graph prepared for lookups: build it once, look up many names. */
export interface NameIndex {
  readonly lexicon: Lexicon;
  readonly groups: readonly EntityGroup[];
  readonly byForm: ReadonlyMap<string, readonly number[]>;
  readonly bySurname: ReadonlyMap<string, readonly number[]>;
  readonly byId: ReadonlyMap<string, number>;
}

function addTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Groups the entities (see `groupEntities`) and indexes their forms, surnames and ids. */
export function buildNameIndex(entities: readonly EntityNames[], lexicon: Lexicon): NameIndex {
  const groups = groupEntities(entities, lexicon);
  const byForm = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  const byId = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const form of g.forms) addTo(byForm, form, i);
    for (const s of g.surnames) addTo(bySurname, s, i);
    for (const m of g.members) for (const id of [m.id, ...m.mergedIds]) byId.set(id, i);
  });
  return { lexicon, groups, byForm, bySurname, byId };
}

/** Options of {@link matchName}. */
export interface MatchOptions {
  /** Only entities of these types (`Person`, `Location` …); all when omitted. */
  readonly types?: readonly string[];
}

const byArticles = (a: LookupEntity, b: LookupEntity): number =>
  b.articles - a.articles || a.name.localeCompare(b.name);

/** Looks one name up; see the module comment for the stages and outcomes. */
export function matchName(given: string, index: NameIndex, options: MatchOptions = {}): NameMatch {
  const { groups } = index;
  const allowed = (i: number): boolean =>
    options.types === undefined ||
    groups[i].members.some((m) => m.type !== null && options.types?.includes(m.type));
  const found = (i: number, how: LookupHow): NameMatch => ({
    outcome: 'found',
    how,
    entity: groups[i].entity,
  });
  const hits = (map: ReadonlyMap<string, readonly number[]>, keys: readonly string[]): number[] => [
    ...new Set(keys.flatMap((k) => map.get(k) ?? []).filter(allowed)),
  ];

  const id = index.byId.get(given.trim());
  if (id !== undefined && allowed(id)) return found(id, 'id');

  const forms = nameForms(given, index.lexicon);
  if (forms.plain === '') return { outcome: 'not-found', suggestions: [] };
  const query = forms.stripped ?? forms.canonical;

  let how: LookupHow = 'exact';
  const kindForm = placeForms(forms.canonical, index.lexicon)[1];
  let exact = hits(index.byForm, [
    forms.plain,
    forms.canonical,
    ...(kindForm === undefined ? [] : [kindForm]),
  ]);
  if (exact.length === 0 && forms.stripped !== undefined) {
    exact = hits(index.byForm, [forms.stripped]);
    how = 'title';
  }
  const surname = query.includes(' ') ? [] : hits(index.bySurname, [query]);
  let fits = [...new Set([...exact, ...surname])];
  // A title says a person is meant: "Mr Berg" is the person, not the town of Berg.
  if (forms.stripped !== undefined) {
    const people = fits.filter((i) => groups[i].members.some((m) => m.type === 'Person'));
    if (people.length > 0) fits = people;
  }
  if (fits.length === 1) return found(fits[0], exact.includes(fits[0]) ? how : 'surname');
  if (fits.length > 1) {
    const named = fits.filter(
      (i) => !groups[i].bare && (groups[i].nameForms.has(query) || groups[i].nameForms.has(forms.canonical)),
    );
    if (named.length === 1) return found(named[0], how);
    return { outcome: 'ambiguous', candidates: fits.map((i) => groups[i].entity).sort(byArticles) };
  }

  const scored = groups.map((g, i) => ({ i, ...score(query.split(' '), g) })).filter((s) => allowed(s.i));
  const alike = scored
    .filter((s) => s.alike >= PHONETIC_MIN_SIMILARITY)
    .sort((a, b) => b.alike - a.alike || byArticles(groups[a.i].entity, groups[b.i].entity));
  if (alike.length === 1 || (alike.length > 1 && alike[0].alike - alike[1].alike >= PHONETIC_MARGIN))
    return found(alike[0].i, 'phonetic');
  if (alike.length > 1) {
    const best = alike[0].alike;
    return {
      outcome: 'ambiguous',
      candidates: alike.filter((s) => best - s.alike < PHONETIC_MARGIN).map((s) => groups[s.i].entity),
    };
  }
  scored.sort((a, b) => b.similarity - a.similarity || byArticles(groups[a.i].entity, groups[b.i].entity));
  return {
    outcome: 'not-found',
    suggestions: scored
      .filter((s) => s.similarity >= MIN_SUGGESTION_SIMILARITY)
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => groups[s.i].entity),
  };
}

/**
 * How close a group comes to the query words: the best Jaro–Winkler similarity over its forms
 * (and, for a one-word query, its surnames), and the best among the forms that sound the same
 * word by word and are at least {@link PHONETIC_MIN_SIMILARITY} alike (0 when none is).
 */
function score(query: readonly string[], group: EntityGroup): { similarity: number; alike: number } {
  const text = query.join(' ');
  const asPerson = query.length > 1 ? personName(text) : undefined;
  const person = group.members.some((m) => m.type === 'Person');
  let similar = 0;
  let alike = 0;
  const compare = (form: string, surname: boolean): void => {
    const s = similarity(text, form);
    if (s > similar) similar = s;
    if (s <= alike) return;
    const words = form.split(' ');
    // The identity pass's tests, for the spellings it would join ("Gaidai" for "Haidai").
    const same = surname
      ? sameSurname(text, form)
      : person && asPerson !== undefined && words.length > 1 && sameFullName(asPerson, personName(form));
    if (same || (s >= PHONETIC_MIN_SIMILARITY && namesSoundAlike(query, words)))
      alike = Math.max(s, PHONETIC_MIN_SIMILARITY);
  };
  for (const form of group.forms) compare(form, false);
  if (query.length === 1) for (const s of group.surnames) compare(s, true);
  return { similarity: similar, alike };
}
