/**
 * Person nodes per real person: which Person nodes of the graph stand for each well-known
 * person, matched by name forms only (see `test/data/well-known-people.json`).
 */
import { foldName, nodeForms } from './fold-name';
import type { GraphNode } from './graph-node';
import type { PeopleList, WellKnownPerson } from './well-known-lists';

/** The folded forms a person goes by. */
export interface PersonForms {
  /** Every first name with every surname, and the listed full names. */
  readonly fullNames: ReadonlySet<string>;
  readonly firstNames: readonly string[];
  readonly surnames: ReadonlySet<string>;
}

export interface PersonScore {
  readonly person: WellKnownPerson;
  /** Its Person nodes, most quotes first. */
  readonly nodes: readonly GraphNode[];
  /** Person nodes that carry one of its surnames but are not counted as its (another first name), to check by eye. */
  readonly others: readonly GraphNode[];
  /** Quotes said by all of its nodes. */
  readonly quotes: number;
  /** Share of those quotes on its node with the most (1 when none). */
  readonly quotesOnTopNode: number;
}

export function personForms(person: WellKnownPerson): PersonForms {
  const surnames = person.surnames.map(foldName);
  const fullNames = [
    ...person.firstNames.flatMap((first) => surnames.map((s) => `${foldName(first)} ${s}`)),
    ...person.fullNames.map(foldName),
  ];
  return {
    fullNames: new Set(fullNames),
    firstNames: person.firstNames.map(foldName),
    surnames: new Set(surnames),
  };
}

/** True when `words` holds `part` as whole consecutive words. */
function containsWords(words: string, part: string): boolean {
  return ` ${words} `.includes(` ${part} `);
}

/** True when the folded form is one of the person's full names or holds one as whole words ("president volodymyr zelenskyy he"). */
export function formHoldsFullName(form: string, person: PersonForms): boolean {
  if (person.fullNames.has(form)) return true;
  for (const full of person.fullNames) if (containsWords(form, full)) return true;
  return false;
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * True when `given` is one of the first names misspelt or glued to a word ("vladmir",
 * "volodomyr", "olafrem"): it starts with one, or is within one edit of one of up to five
 * letters, two of a longer one. "Jill" is not "Joe", "Mykola" not "Dmytro".
 */
export function likeFirstName(given: string, firstNames: readonly string[]): boolean {
  return firstNames.some(
    (first) =>
      given.startsWith(first) ||
      editDistance(given, first) <= (Math.min(first.length, given.length) <= 5 ? 1 : 2),
  );
}

/** A word that cannot be a given name before a surname: a listed prefix word, or a verb in -ing glued to the name ("placing zelenskyy"). */
const isPrefix = (word: string, prefixWords: ReadonlySet<string>): boolean =>
  prefixWords.has(word) || (word.length >= 5 && word.endsWith('ing'));

/**
 * True when the folded form is a surname of the person, alone or after prefix words ("president
 * putin", "placing zelenskyy"), or after a misspelt first name of the person ("vladmir putin").
 */
export function formIsSurname(form: string, person: PersonForms, prefixWords: ReadonlySet<string>): boolean {
  if (person.surnames.has(form)) return true;
  for (const surname of person.surnames) {
    if (!form.endsWith(` ${surname}`)) continue;
    const before = form.slice(0, form.length - surname.length - 1).split(' ');
    const given = before.filter((w) => !isPrefix(w, prefixWords));
    if (given.length === 0 || likeFirstName(given.join(' '), person.firstNames)) return true;
  }
  return false;
}

/**
 * True when a node stands for the person: one of its names, aliases or keys holds one of the
 * person's full names, or its name is one of the person's surnames (after titles, junk or a
 * misspelt first name of the person, see {@link formIsSurname}).
 * A surname among the aliases is not enough: "Lyndon B. Johnson" has the alias "Johnson".
 */
export function nodeNamesPerson(
  node: GraphNode,
  person: PersonForms,
  prefixWords: ReadonlySet<string>,
): boolean {
  return (
    nodeForms(node).some((f) => formHoldsFullName(f, person)) ||
    formIsSurname(foldName(node.name), person, prefixWords)
  );
}

/** The Person nodes of each well-known person, in list order. */
export function scorePeople(list: PeopleList, nodes: readonly GraphNode[]): PersonScore[] {
  const prefixWords = new Set(list.prefixWords);
  const persons = nodes.filter((n) => n.type === 'Person');
  return list.people.map((person) => {
    const forms = personForms(person);
    const mine = persons
      .filter((n) => nodeNamesPerson(n, forms, prefixWords))
      .sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || a.id.localeCompare(b.id));
    const quotes = mine.reduce((s, n) => s + n.quotes, 0);
    const counted = new Set(mine);
    const others = persons.filter(
      (n) =>
        !counted.has(n) && nodeForms(n).some((f) => [...forms.surnames].some((s) => containsWords(f, s))),
    );
    return {
      person,
      nodes: mine,
      others,
      quotes,
      quotesOnTopNode: quotes === 0 ? 1 : mine[0].quotes / quotes,
    };
  });
}
