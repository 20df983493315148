import type { Literal } from './canned-query';

const INTEGER_RE = /^[+-]?\d+$/;
const FLOAT_RE = /^[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:e[+-]?\d+)?$/i;
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
};

function parseString(text: string): string | undefined {
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || text.length < 2 || text[text.length - 1] !== quote)
    return undefined;
  let out = '';
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (c === quote) return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = text[++i];
    if (next === 'u' && /^[0-9a-f]{4}$/i.test(text.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next !== undefined && ESCAPES[next] !== undefined) {
      out += ESCAPES[next];
    } else {
      return undefined;
    }
  }
  return out;
}

/**
 * Reads a Cypher literal of the kinds a query header uses: `null`, `true`, `false`, a number
 * (`50` is an integer, `50.0` a float, as Neo4j Browser reads them) or a quoted string.
 * Returns undefined for anything else.
 */
export function parseLiteral(text: string): Literal | undefined {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (lower === 'null') return { value: null, integer: false };
  if (lower === 'true' || lower === 'false') return { value: lower === 'true', integer: false };
  if (INTEGER_RE.test(t)) return { value: Number(t), integer: true };
  if (FLOAT_RE.test(t)) return { value: Number(t), integer: false };
  const s = parseString(t);
  return s === undefined ? undefined : { value: s, integer: false };
}
