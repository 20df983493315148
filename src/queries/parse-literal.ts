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

const STRING_ITEM_RE = /\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*(,|$)/y;

/** A list of quoted strings (`['a', "b"]`, `[]`), or undefined. */
function parseStringList(text: string): readonly string[] | undefined {
  if (text[0] !== '[' || text[text.length - 1] !== ']') return undefined;
  const inner = text.slice(1, -1);
  if (inner.trim() === '') return [];
  const items: string[] = [];
  STRING_ITEM_RE.lastIndex = 0;
  while (STRING_ITEM_RE.lastIndex < inner.length) {
    const m = STRING_ITEM_RE.exec(inner);
    const s = m ? parseString(m[1]) : undefined;
    if (m === null || s === undefined) return undefined;
    items.push(s);
    if (m[2] === '') break;
    if (STRING_ITEM_RE.lastIndex >= inner.length) return undefined;
  }
  return items;
}

/**
 * Reads a Cypher literal of the kinds a query header uses: `null`, `true`, `false`, a number
 * (`50` is an integer, `50.0` a float, as Neo4j Browser reads them), a quoted string, or a list
 * of quoted strings (`['kyiv', 'location:ua']`). Returns undefined for anything else.
 */
export function parseLiteral(text: string): Literal | undefined {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (lower === 'null') return { value: null, integer: false };
  if (lower === 'true' || lower === 'false') return { value: lower === 'true', integer: false };
  if (INTEGER_RE.test(t)) return { value: Number(t), integer: true };
  if (FLOAT_RE.test(t)) return { value: Number(t), integer: false };
  const list = parseStringList(t);
  if (list !== undefined) return { value: list, integer: false };
  const s = parseString(t);
  return s === undefined ? undefined : { value: s, integer: false };
}
