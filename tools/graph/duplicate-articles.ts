/**
 * Duplicate articles: input articles with the same body (whitespace-normalised, title line
 * left out) that became more than one Article node. The graph need not store the body: each
 * input article is found among the Article nodes by its id, by its file and title, or in a
 * list a node keeps (the ids or files of its republications).
 */

/** One article as read from the input files. */
export interface InputArticle {
  readonly id: string;
  /** Base name of its file. */
  readonly source: string;
  readonly title: string;
  /** Cleaned text: the title line, then the body. */
  readonly text: string;
}

/** One Article node as read from the graph (`cypher/bench/articles.cypher`). */
export interface ArticleNode {
  readonly id: string;
  readonly source: string | null;
  readonly title: string | null;
  /** Every string in the node's list properties (republications' ids or files, if kept). */
  readonly listed: readonly string[];
}

export interface DuplicateGroup {
  /** Ids of the input articles that share one body. */
  readonly articles: readonly string[];
  /** Ids of the Article nodes they became. */
  readonly nodes: readonly string[];
}

export interface DuplicateFigures {
  readonly inputArticles: number;
  readonly distinctBodies: number;
  readonly articleNodes: number;
  /** Bodies read more than once, with the nodes they became. */
  readonly groups: readonly DuplicateGroup[];
  /** Article nodes beyond the first of each body: 0 when every body is one node. */
  readonly duplicateArticles: number;
  /** Input articles found in no Article node. */
  readonly unmatched: number;
}

/** The body of an article's cleaned text: whitespace runs as one space, the title line left out (unless it is all). */
export function normaliseBody(text: string, title: string): string {
  const newline = text.indexOf('\n');
  const first = newline < 0 ? text : text.slice(0, newline);
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  const body = first.trim() === title.trim() ? rest : text;
  const normal = body.replace(/\s+/g, ' ').trim();
  return normal.length > 0 ? normal : text.replace(/\s+/g, ' ').trim();
}

const fileAndTitle = (source: string, title: string): string => `${source}\u0000${title}`;

/** Groups the input articles by body and counts the Article nodes each body became. */
export function findDuplicateArticles(
  inputs: readonly InputArticle[],
  nodes: readonly ArticleNode[],
): DuplicateFigures {
  const nodeOf = new Map<string, string>();
  for (const n of nodes) {
    for (const listed of n.listed) if (!nodeOf.has(listed)) nodeOf.set(listed, n.id);
    if (n.source !== null && n.title !== null) nodeOf.set(fileAndTitle(n.source, n.title), n.id);
  }
  for (const n of nodes) nodeOf.set(n.id, n.id);
  const lookup = (a: InputArticle): string | undefined =>
    nodeOf.get(a.id) ?? nodeOf.get(fileAndTitle(a.source, a.title)) ?? nodeOf.get(a.source);

  const byBody = new Map<string, InputArticle[]>();
  for (const a of inputs) {
    const body = normaliseBody(a.text, a.title);
    const group = byBody.get(body);
    if (group) group.push(a);
    else byBody.set(body, [a]);
  }
  let unmatched = 0;
  for (const a of inputs) if (lookup(a) === undefined) unmatched++;
  const groups = [...byBody.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({
      articles: g.map((a) => a.id),
      nodes: [...new Set(g.flatMap((a) => lookup(a) ?? []))],
    }));
  return {
    inputArticles: inputs.length,
    distinctBodies: byBody.size,
    articleNodes: nodes.length,
    groups,
    duplicateArticles: groups.reduce((s, g) => s + Math.max(0, g.nodes.length - 1), 0),
    unmatched,
  };
}
