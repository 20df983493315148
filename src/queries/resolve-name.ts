/**
 * The name lookup of the canned queries: before a query with `entity` parameters runs, each
 * name given for one is looked up among the graph's entities (`match-name.ts`) and replaced by
 * the node ids of the entity found, so the query runs for every node of it. A name that fits
 * several entities, or none, becomes an empty list (the query returns no rows for it) and the
 * lookup says why: the candidates, or the closest names.
 */
import type { Driver } from 'neo4j-driver';
import { cypher } from '../graph/cypher';
import { defaultLexicon, type Lexicon } from '../lexicon/load-lexicon';
import type { CannedQuery } from './canned-query';
import type { DriverValue } from './coerce-params';
import { buildNameIndex, matchName, type NameIndex } from './match-name';
import type { EntityNames, NameLookup, NameMatch } from './name-lookup';
import { readRecords } from './session-helpers';
import { toPlain } from './to-plain';

export interface ResolveNameOptions {
  /** Database name; the server's default database when omitted. */
  readonly database?: string;
  /** Title words and variant spellings (default: the package's `data/`). */
  readonly lexicon?: Lexicon;
}

/** Reads every entity's names from the graph and indexes them for lookups. */
export async function readNameIndex(driver: Driver, options: ResolveNameOptions = {}): Promise<NameIndex> {
  const { records } = await readRecords(driver, cypher()['lookup/entity-names'], {}, options);
  const entities = records.map((r): EntityNames => {
    const strings = (key: string): string[] => {
      const v = toPlain(r.get(key));
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    };
    const type = r.get('type') as unknown;
    return {
      id: String(r.get('id')),
      name: String(r.get('name') ?? r.get('id')),
      aliases: strings('aliases'),
      keys: strings('keys'),
      mergedIds: strings('mergedIds'),
      type: typeof type === 'string' ? type : null,
      articles: Number(toPlain(r.get('articles')) ?? 0),
    };
  });
  return buildNameIndex(entities, options.lexicon ?? defaultLexicon());
}

/**
 * Looks one name up in the graph: the entity it means (with all its node ids), the candidates
 * when several fit equally well, or the closest names when none does.
 *
 * @example
 * const match = await resolveName(driver, 'President Zelensky', { database: 'neo4j' });
 * if (match.outcome === 'found') console.log(match.entity.name, match.entity.ids);
 */
export async function resolveName(
  driver: Driver,
  name: string,
  options: ResolveNameOptions & { readonly types?: readonly string[] } = {},
): Promise<NameMatch> {
  const index = await readNameIndex(driver, options);
  return matchName(name, index, options.types === undefined ? {} : { types: options.types });
}

/** Parameter values with the entity names replaced by node ids, and what each lookup found. */
export interface ResolvedParams {
  readonly values: Readonly<Record<string, DriverValue>>;
  readonly lookups: readonly NameLookup[];
}

/**
 * Replaces the value of each `entity` parameter of a query (a name, as `coerceParams` leaves
 * it) by the node ids of the entity it names: all of them when one entity fits, none when
 * several or none do. The graph's names are read once, and only when a name was given.
 */
export async function resolveEntityParams(
  driver: Driver,
  query: CannedQuery,
  values: Readonly<Record<string, DriverValue>>,
  options: ResolveNameOptions = {},
): Promise<ResolvedParams> {
  const wanted = query.params.filter((p) => p.type.kind === 'entity' && typeof values[p.name] === 'string');
  if (wanted.length === 0) return { values, lookups: [] };
  const index = await readNameIndex(driver, options);
  const out: Record<string, DriverValue> = { ...values };
  const lookups: NameLookup[] = [];
  for (const param of wanted) {
    const given = values[param.name] as string;
    const types = param.type.kind === 'entity' ? param.type.types : undefined;
    const match = matchName(given, index, types === undefined ? {} : { types });
    out[param.name] = match.outcome === 'found' ? match.entity.ids : [];
    lookups.push({ param: param.name, given, ...match });
  }
  return { values: out, lookups };
}
