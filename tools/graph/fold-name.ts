/**
 * The benchmark's own name folding, independent of the package's (a measure must not share
 * the code it measures): lower case, no diacritics, apostrophes and dots dropped, any other
 * punctuation a space. "U.S." → "us", "Erdoğan" → "erdogan", "Zaporizhzhia-Oblast" → "zaporizhzhia oblast".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.\u02bc]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded forms of a node's names, aliases and keys, without empties or repeats. */
export function nodeForms(node: {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly keys: readonly string[];
}): string[] {
  return [...new Set([node.name, ...node.aliases, ...node.keys].map(foldName).filter((f) => f.length > 0))];
}
