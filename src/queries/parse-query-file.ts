import { basename } from 'node:path';
import { normaliseName } from '../entities/normalise-name';
import type { BrowserParam, CannedQuery, LiteralValue, QueryColumn, QueryParam } from './canned-query';
import { coerceValue } from './coerce-params';
import { parseColumnType } from './column-type';
import { maskCypher, usedParams } from './mask-cypher';
import { parseLiteral } from './parse-literal';
import { parseParamType } from './param-type';
import { QueryFileError } from './query-errors';

const NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PARAM_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PARAM_LINE_RE = /^param\s+(\S+?)\s*:\s*(.*)$/;
const COLUMN_LINE_RE = /^column\s+(\S+?)\s*:\s*(.*)$/;
const BROWSER_LINE_RE = /^:param\s+(\S+)\s*=>\s*(.*?);?\s*$/;
/** The separator between a parameter's type (and default) and its description. */
const DESCRIPTION_SEPARATOR = ' — ';

/**
 * Reads one canned-query file. The header is the leading `//` comment block:
 *
 * ```
 * // name: who-said-what
 * // description: Quotes by one speaker …
 * // param speaker: name — the speaker's name or an alias
 * // param limit: integer[1..10000] = 50 — at most this many quotes
 * // column speaker: string — the speaker's name
 * // column date: string?
 * // column sentences: integer[]
 * // :param speaker => 'zelenskyy'
 * // :param limit => 50
 * ```
 *
 * `column` lines declare the RETURN columns in order with their types (`parseColumnType`) and
 * an optional description; the integration tests check them against what Neo4j returns, and
 * the row types of `generated/query-types.ts` are made from them.
 * Other comment lines are notes. The checks: the name equals the file name; every parameter
 * has a type, a valid default and a `:param` line whose value its type accepts (names already
 * folded, as Neo4j Browser cannot fold them); the body is one statement that uses exactly the
 * declared parameters. A problem is a {@link QueryFileError} naming the file and line.
 */
export function parseQueryFile(path: string, text: string): CannedQuery {
  const lines = text.split('\n');
  const fail: Fail = (problem, line) => {
    throw new QueryFileError(path, problem, line);
  };
  let name: string | undefined;
  let description: string | undefined;
  const params: QueryParam[] = [];
  const browserParams: BrowserParam[] = [];
  const columns: QueryColumn[] = [];
  let bodyStart = lines.length;

  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('//')) {
      bodyStart = i;
      break;
    }
    const content = trimmed.replace(/^\/\/\s?/, '').trim();
    const lineNo = i + 1;
    const field = /^(name|description):\s*(.*)$/.exec(content);
    if (field) {
      if (field[2] === '') fail(`"${field[1]}:" needs a value`, lineNo);
      if (field[1] === 'name') name = field[2];
      else description = field[2];
      continue;
    }
    const param = PARAM_LINE_RE.exec(content);
    if (param) {
      params.push(readParam(param[1], param[2], lineNo, fail));
      continue;
    }
    const column = COLUMN_LINE_RE.exec(content);
    if (column) {
      columns.push(readColumn(column[1], column[2], lineNo, fail));
      continue;
    }
    const browser = BROWSER_LINE_RE.exec(content);
    if (browser) {
      const literal = parseLiteral(browser[2]);
      if (literal === undefined) fail(`:param ${browser[1]}: cannot read the value ${browser[2]}`, lineNo);
      else browserParams.push({ name: browser[1], text: browser[2], literal });
    }
  }

  const fileName = basename(path).replace(/\.cypher$/, '');
  if (name === undefined) fail('the header has no "// name:" line');
  if (description === undefined) fail('the header has no "// description:" line');
  if (name !== fileName) fail(`the header names the query "${name}" but the file is ${fileName}.cypher`);
  if (!NAME_RE.test(fileName))
    fail(`a query name must be kebab-case (like who-said-what), found "${fileName}"`);
  checkParams(params, browserParams, fail);
  const twice = columns.map((c) => c.name).find((n, i, all) => all.indexOf(n) !== i);
  if (twice !== undefined) fail(`column ${twice} is declared twice`);
  checkBody(lines.slice(bodyStart).join('\n'), params, fail);
  return Object.freeze({
    name: fileName,
    description,
    params: Object.freeze(params),
    browserParams: Object.freeze(browserParams),
    columns: Object.freeze(columns),
    cypher: text,
    path,
  });
}

type Fail = (problem: string, line?: number) => never;

function readParam(name: string, rest: string, line: number, fail: Fail): QueryParam {
  if (!PARAM_NAME_RE.test(name)) fail(`"${name}" is not a parameter name`, line);
  const cut = rest.indexOf(DESCRIPTION_SEPARATOR);
  if (cut === -1) fail(`param ${name}: write "type [= default]${DESCRIPTION_SEPARATOR}description"`, line);
  const [typeText, defaultText] = rest.slice(0, cut).split(/\s*=\s*(.*)/, 2);
  const description = rest.slice(cut + DESCRIPTION_SEPARATOR.length).trim();
  const type = parseParamType(typeText.trim());
  if (type === undefined) {
    return fail(
      `param ${name}: unknown type "${typeText.trim()}" (string, name, boolean, date, integer[min..max], float[min..max], A|B|C)`,
      line,
    );
  }
  if (description === '') fail(`param ${name}: the description is empty`, line);
  if (defaultText === undefined)
    return { name, type, typeText: typeText.trim(), required: true, description };
  const literal = parseLiteral(defaultText);
  if (literal === undefined) return fail(`param ${name}: cannot read the default ${defaultText}`, line);
  if (literal.value !== null && !coerceValue(type, literal.value).ok) {
    fail(`param ${name}: the default ${defaultText} is not a valid ${typeText.trim()}`, line);
  }
  return { name, type, typeText: typeText.trim(), required: false, default: literal.value, description };
}

function readColumn(name: string, rest: string, line: number, fail: Fail): QueryColumn {
  if (!PARAM_NAME_RE.test(name)) fail(`"${name}" is not a column name`, line);
  const cut = rest.indexOf(DESCRIPTION_SEPARATOR);
  const typeText = (cut === -1 ? rest : rest.slice(0, cut)).trim();
  const description = cut === -1 ? '' : rest.slice(cut + DESCRIPTION_SEPARATOR.length).trim();
  const type = parseColumnType(typeText);
  if (type === undefined) {
    return fail(
      `column ${name}: unknown type "${typeText}" (string, integer, float, boolean, A|B; T[] a list, T? or null)`,
      line,
    );
  }
  return description === '' ? { name, type, typeText } : { name, type, typeText, description };
}

function checkParams(params: readonly QueryParam[], browser: readonly BrowserParam[], fail: Fail): void {
  const names = params.map((p) => p.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) fail(`param ${twice} is declared twice`);
  for (const b of browser) {
    if (!names.includes(b.name)) fail(`":param ${b.name}" names no declared parameter`);
  }
  for (const p of params) {
    const line = browser.find((b) => b.name === p.name);
    if (line === undefined) fail(`param ${p.name} has no ":param ${p.name} => value" line for Neo4j Browser`);
    const value = line.literal.value;
    if (value === null) {
      if (p.required) fail(`":param ${p.name}" is null but the parameter is required`);
      continue;
    }
    if (p.type.kind === 'entity') {
      checkEntityList(p.name, line.text, value, fail);
      continue;
    }
    const coerced = coerceValue(p.type, value);
    if (!coerced.ok) fail(`":param ${p.name} => ${line.text}" is not a valid ${p.typeText}`);
    if (p.type.kind === 'name' && coerced.value !== value) {
      fail(
        `":param ${p.name} => ${line.text}" must be written folded, as Browser sends it as it is: '${coerced.value}'`,
      );
    }
    if (p.type.kind === 'integer' && !line.literal.integer) {
      fail(
        `":param ${p.name} => ${line.text}" must be written as a whole number, Browser would send a float`,
      );
    }
  }
}

/**
 * The Browser value of an entity parameter is what the Cypher receives once a name is looked
 * up: a list of node ids (`'person:x'`) or names folded as `Entity.keys` holds them.
 */
function checkEntityList(name: string, text: string, value: LiteralValue, fail: Fail): void {
  if (!Array.isArray(value) || value.length === 0) {
    fail(`":param ${name} => ${text}" must be a list of entity ids or folded names, such as ['kyiv']`);
    return;
  }
  for (const item of value as readonly string[]) {
    if (!item.includes(':') && normaliseName(item) !== item) {
      fail(
        `":param ${name} => ${text}": write '${item}' folded, as Browser sends it as it is: '${normaliseName(item)}'`,
      );
    }
  }
}

function checkBody(body: string, params: readonly QueryParam[], fail: Fail): void {
  const masked = maskCypher(body);
  if (masked.trim() === '') fail('the file has no Cypher after its header');
  if (masked.includes(';')) fail('a canned query must be one statement, without ";"');
  const used = usedParams(body);
  const declared = params.map((p) => p.name);
  const undeclared = used.filter((n) => !declared.includes(n));
  if (undeclared.length > 0)
    fail(`the Cypher uses $${undeclared.join(', $')} but the header does not declare it`);
  const unused = declared.filter((n) => !used.includes(n));
  if (unused.length > 0) fail(`param ${unused.join(', ')} is declared but the Cypher does not use it`);
}
