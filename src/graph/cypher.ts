import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root';
import { NewsgraphError } from '../errors';
import { FACT_KINDS } from '../facts/registry';

/** Every Cypher file the writer uses, by its path under `cypher/` without `.cypher`. */
export const CYPHER_FILES = [
  'schema',
  'write/article-hashes',
  'write/previous-entities',
  'write/delete-article-facts',
  'write/delete-orphan-entities',
  'write/legacy-articles',
  'write/delete-articles',
  'write/upsert-articles',
  'write/upsert-sentences',
  'write/upsert-entities',
  'write/upsert-mentions',
  'write/upsert-roles',
  'write/identity-atoms',
  'write/identity-contexts',
  'write/move-identity',
  'write/delete-emptied-entities',
  'write/set-identity',
  'write/publication-hashes',
  'write/stored-publications',
  'write/upsert-publications',
  'write/pending-publications',
  'write/link-publications',
  'write/event-seeds',
  'write/event-attacks',
  'write/upsert-events',
  'write/delete-empty-events',
  'write/delete-events-of-articles',
  'write/pending-attacks',
  'admin/stats',
  'admin/reset',
  'admin/count-nodes',
  'admin/database-owner',
  'admin/claim-database',
  'admin/create-database',
  'admin/dataset-articles',
  'admin/delete-publications-of',
  'admin/delete-dataset-publications',
  'admin/dataset-stats',
  'admin/set-empty-lists',
  'lookup/entity-names',
] as const;

/** The upsert of each fact kind: `cypher/write/upsert-<kind>.cypher`. */
export const FACT_UPSERTS = FACT_KINDS.map((k) => `write/upsert-${k.kind}` as const);

export type CypherName = (typeof CYPHER_FILES)[number] | (typeof FACT_UPSERTS)[number];

const CYPHER_DIR = join(PACKAGE_ROOT, 'cypher');

let loaded: Readonly<Record<CypherName, string>> | undefined;

/** The Cypher texts, read once from `cypher/`; a missing file fails at once, naming it. */
export function cypher(): Readonly<Record<CypherName, string>> {
  if (loaded) return loaded;
  const entries = [...CYPHER_FILES, ...FACT_UPSERTS].map((name) => {
    const path = join(CYPHER_DIR, `${name}.cypher`);
    try {
      return [name, readFileSync(path, 'utf8')] as const;
    } catch (error) {
      throw new NewsgraphError(`Cypher file missing or unreadable: ${path}`, 1, { cause: error });
    }
  });
  loaded = Object.freeze(Object.fromEntries(entries) as Record<CypherName, string>);
  return loaded;
}

/** Splits a file of several statements (like `schema.cypher`) on the semicolons that end them. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
