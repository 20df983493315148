/**
 * Blanks out the parts of a Cypher text that are not code (string literals, quoted names,
 * comments) so that `$parameters` and `;` can be found by a plain search. Offsets are kept:
 * every masked character becomes a space (newlines stay).
 */
export function maskCypher(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c !== '`' ? 2 : 1;
      const stop = Math.min(j + 1, text.length);
      blank(i + 1, stop - 1);
      i = stop;
    } else {
      i++;
    }
  }
  return out.join('');
}

const PARAM_RE = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** The names of the `$parameters` a Cypher text uses, outside strings and comments, in order of first use. */
export function usedParams(text: string): string[] {
  return [...new Set([...maskCypher(text).matchAll(PARAM_RE)].map((m) => m[1]))];
}
