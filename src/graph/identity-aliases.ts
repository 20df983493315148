/**
 * The user's alias file, `newsgraph.aliases.json` (or the file in `NEWSGRAPH_ALIASES`): merges,
 * keeps apart and renames entities across the graph. Read and checked here; an error names the
 * file, the field and what was found.
 *
 * ```json
 * {
 *   "merge": [{ "into": "Volodymyr Zelenskyy", "names": ["Zelenskyi", "V. Zelenskyy"] }],
 *   "separate": ["Biden"],
 *   "rename": { "Volodymyr Zelenskyy": "Volodymyr Zelensky" }
 * }
 * ```
 *
 * An entity is named by its key as the graph stores it (`organization:un`, `location:ua`), or, for
 * a person, by a name as written ("Sergei Lavrov", matched like the extraction's keys: case,
 * diacritics, punctuation and well-known variant spellings do not matter).
 */
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../errors';
import { canonicalName } from '../entities/vocabulary';
import type { IdentityRules } from './cluster-identities';
import { NO_RULES } from './cluster-identities';

const KEY_RE = /^(person|organization|location|weapon):\S/;
const FIELDS = ['description', 'merge', 'separate', 'rename'];

/** The atom id an alias file names: a key as it is, else a person's key built from the name. */
export function aliasKey(ref: string): string {
  return KEY_RE.test(ref) ? ref : `person:${canonicalName(ref)}`;
}

/** Checks a parsed alias file and names every entity by its atom id. */
export function parseAliasFile(path: string, json: unknown): IdentityRules {
  const fail = (problem: string): never => {
    throw new InputError(path, `${problem} (see "Entity identity" in the README for the format)`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('must hold a JSON object');
  const record = json as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (!FIELDS.includes(key)) fail(`unknown field "${key}"; the fields are ${FIELDS.join(', ')}`);
  const name = (v: unknown, at: string): string => {
    if (typeof v !== 'string' || v.trim().length === 0)
      fail(`${at} must be a non-empty string, found ${JSON.stringify(v)}`);
    const key = aliasKey((v as string).trim());
    if (key.endsWith(':')) fail(`${at} names nothing once folded: ${JSON.stringify(v)}`);
    return key;
  };

  const merges: { into: string; members: string[] }[] = [];
  const merge = record.merge ?? [];
  if (!Array.isArray(merge))
    fail(`"merge" must be a list of {"into": name, "names": [names]}, found ${JSON.stringify(merge)}`);
  (merge as unknown[]).forEach((entry, i) => {
    const at = `merge[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      fail(`${at} must be an object {"into": name, "names": [names]}, found ${JSON.stringify(entry)}`);
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e))
      if (key !== 'into' && key !== 'names') fail(`${at} has unknown field "${key}"`);
    const into = name(e.into, `${at}.into`);
    if (!Array.isArray(e.names) || e.names.length === 0)
      fail(`${at}.names must be a non-empty list of names, found ${JSON.stringify(e.names)}`);
    merges.push({ into, members: (e.names as unknown[]).map((n, j) => name(n, `${at}.names[${j}]`)) });
  });

  const separate = record.separate ?? [];
  if (!Array.isArray(separate)) fail(`"separate" must be a list of names, found ${JSON.stringify(separate)}`);
  const apart = new Set((separate as unknown[]).map((n, i) => name(n, `separate[${i}]`)));

  const rename = record.rename ?? {};
  if (typeof rename !== 'object' || rename === null || Array.isArray(rename))
    fail(`"rename" must be an object {"name or key": "new display name"}, found ${JSON.stringify(rename)}`);
  const renames = new Map<string, string>();
  for (const [from, to] of Object.entries(rename as Record<string, unknown>)) {
    if (typeof to !== 'string' || to.trim().length === 0)
      fail(`rename["${from}"] must be a non-empty string, found ${JSON.stringify(to)}`);
    renames.set(name(from, `a name in "rename"`), (to as string).trim());
  }
  return Object.freeze({ merges, separate: apart, renames });
}

/**
 * Reads the alias file at `path`. A missing file gives no rules when `required` is false (the
 * default file in the working folder), and an error when it was named (`NEWSGRAPH_ALIASES`).
 */
export function readAliasFile(path: string, required: boolean): IdentityRules {
  if (!existsSync(path)) {
    if (required) throw new InputError(path, 'alias file not found (named by NEWSGRAPH_ALIASES)');
    return NO_RULES;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new InputError(path, `cannot read the alias file: ${(cause as Error).message}`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new InputError(path, `not valid JSON: ${(cause as Error).message}`, { cause });
  }
  return parseAliasFile(path, json);
}

/** The atom ids the rules name (read by the identity pass even when they are not people). */
export function ruleIds(rules: IdentityRules): string[] {
  return [
    ...new Set([
      ...rules.merges.flatMap((m) => [m.into, ...m.members]),
      ...rules.separate,
      ...rules.renames.keys(),
    ]),
  ].sort();
}
