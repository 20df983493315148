/**
 * The entities a name lookup chooses among. Until identity merging joins them, one person may
 * stand in the graph as several nodes: a full-name node, a surname-only node from an article
 * that named only "Mr X", a node for another spelling of the first name ("Sergei"/"Sergey").
 * `groupEntities` puts such nodes together, so a lookup finds the person once and the query runs
 * for all its nodes:
 *
 * - two full-name people join when the identity pass would join them (`sameFullName` of
 *   `src/entities/person-names.ts`: surnames one spelling once romanisation is folded, or alike
 *   in sound and letters; given names one, by the variant table or close spelling);
 * - a one-word person joins the one group of full-name people with that surname, and stays
 *   alone when there are none or several;
 * - nodes of one type that share a name or key (folded, without titles; for people a full
 *   name) join: "US" and "United States" with the alias "US".
 *
 * Other nodes stay alone. Each group carries the folded forms of all its names (see
 * `lookup-forms.ts`) for the matcher, places also without the word that says what kind of place
 * they are and with that word as its kind ("Styr river" is found as "Styr", "Kharkiv region" as
 * "Kharkiv Oblast").
 */
import type { Lexicon } from '../lexicon/load-lexicon';
import { nameForms, placeForms } from './lookup-forms';
import type { EntityNames, LookupEntity } from './name-lookup';
import { foldSpelling, personName, sameFullName } from '../entities/person-names';
import { phoneticCodes } from './name-similarity';

/** One entity the lookup may return, with the forms it is matched by. */
export interface EntityGroup {
  readonly entity: LookupEntity;
  readonly members: readonly EntityNames[];
  /** The canonical forms, without titles, of the main node's name. */
  readonly nameForms: ReadonlySet<string>;
  /** Every folded form of every name, alias and key of every member (name forms included). */
  readonly forms: ReadonlySet<string>;
  /** The last words of its members' several-word person names. */
  readonly surnames: ReadonlySet<string>;
  /** Whether it is a person known only by one word (a surname-only node left alone). */
  readonly bare: boolean;
}

/** The words of a name without its titles, canonical. */
function words(name: string, lexicon: Lexicon): string[] {
  const forms = nameForms(name, lexicon);
  const text = forms.stripped ?? forms.canonical;
  return text === '' ? [] : text.split(' ');
}

/** Puts the nodes that are one person together; see the module comment. */
export function groupEntities(entities: readonly EntityNames[], lexicon: Lexicon): EntityGroup[] {
  const parent = entities.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const join = (a: number, b: number): void => {
    parent[root(a)] = root(b);
  };

  const nameWords = entities.map((e) => words(e.name, lexicon));
  const isPerson = (i: number): boolean => entities[i].type === 'Person';
  const full = entities.map((_, i) => i).filter((i) => isPerson(i) && nameWords[i].length > 1);

  // Full names are compared within buckets of one surname sound or one folded surname spelling.
  const buckets = new Map<string, number[]>();
  const names = new Map(full.map((i) => [i, personName(nameWords[i].join(' '))]));
  for (const i of full) {
    const surname = nameWords[i][nameWords[i].length - 1];
    for (const key of [`p:${phoneticCodes(surname)[0]}`, `f:${foldSpelling(surname)}`]) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  }
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = names.get(list[x]);
        const b = names.get(list[y]);
        if (a && b && root(list[x]) !== root(list[y]) && sameFullName(a, b)) join(list[x], list[y]);
      }
    }
  }

  const bySurname = new Map<string, Set<number>>();
  for (const i of full) {
    const surname = nameWords[i][nameWords[i].length - 1];
    const set = bySurname.get(surname) ?? new Set<number>();
    set.add(root(i));
    bySurname.set(surname, set);
  }
  entities.forEach((_, i) => {
    if (!isPerson(i) || nameWords[i].length !== 1) return;
    const owners = [...(bySurname.get(nameWords[i][0]) ?? [])].map(root);
    if (new Set(owners).size === 1) join(i, owners[0]);
  });

  // Nodes of one type that share a name or key are one thing told twice ("US" beside "United
  // States" with the alias "US"); for people only full names count, never a bare surname.
  const byKey = new Map<string, number>();
  entities.forEach((e, i) => {
    for (const text of [e.name, ...e.keys]) {
      const key = words(text, lexicon);
      if (key.length === 0 || (isPerson(i) && key.length < 2)) continue;
      const tag = `${e.type ?? ''}|${key.join(' ')}`;
      const other = byKey.get(tag);
      if (other === undefined) byKey.set(tag, i);
      else join(i, other);
    }
  });

  const members = new Map<number, number[]>();
  entities.forEach((_, i) => {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  return [...members.values()].map((list) => makeGroup(list, entities, nameWords, lexicon));
}

function makeGroup(
  list: readonly number[],
  entities: readonly EntityNames[],
  nameWords: readonly string[][],
  lexicon: Lexicon,
): EntityGroup {
  const main = list.reduce((best, i) => {
    const a = entities[i];
    const b = entities[best];
    if (a.articles !== b.articles) return a.articles > b.articles ? i : best;
    if (nameWords[i].length !== nameWords[best].length)
      return nameWords[i].length > nameWords[best].length ? i : best;
    return a.id < b.id ? i : best;
  });
  const forms = new Set<string>();
  const surnames = new Set<string>();
  for (const i of list) {
    const e = entities[i];
    for (const text of [e.name, ...e.aliases, ...e.keys]) {
      const f = nameForms(text, lexicon);
      for (const form of [f.plain, f.canonical, f.stripped]) {
        if (!form) continue;
        forms.add(form);
        if (e.type === 'Location') for (const p of placeForms(form, lexicon)) forms.add(p);
      }
    }
    if (e.type === 'Person' && nameWords[i].length > 1) surnames.add(nameWords[i][nameWords[i].length - 1]);
  }
  const mainForms = nameForms(entities[main].name, lexicon);
  const members = list.map((i) => entities[i]);
  return {
    entity: {
      id: entities[main].id,
      ids: members.map((m) => m.id).sort(),
      name: entities[main].name,
      type: entities[main].type,
      articles: members.reduce((n, m) => n + m.articles, 0),
    },
    members,
    nameForms: new Set([mainForms.canonical, mainForms.stripped ?? mainForms.canonical]),
    forms,
    surnames,
    bare: surnames.size === 0 && entities[main].type === 'Person' && nameWords[main].length === 1,
  };
}
