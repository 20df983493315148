import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PACKAGE_ROOT } from '../../../src/package-root';
import { loadQueries } from '../../../src/queries/load-queries';
import { parseQueryFile } from '../../../src/queries/parse-query-file';
import { QueryFileError } from '../../../src/queries/query-errors';
import { QUERY_TYPES_FILE, renderQueryTypes, typeNameOf } from '../../../src/queries/render-query-types';
import { runQuery } from '../../../src/queries/run-query';
import type { QueryRow, WhoSaidWhatRow } from '../../../src/queries/typed-query';

const INVENTED = `// name: quotes-by
// description: Quotes by one speaker.
// param speaker: entity — the speaker's name
// param kind: Person|Organization = null — only speakers of this type
// param limit: integer[1..500] = 20 — at most this many rows
// column speaker: string — who said it
// column speech: direct|reported
// column date: string?
// column sentences: integer[]
// :param speaker => ['jane doe']
// :param kind => null
// :param limit => 20
MATCH (e:Entity)-[:SAID]->(q:Quote)
WHERE (e.id IN $speaker OR any(k IN e.keys WHERE k IN $speaker)) AND ($kind IS NULL OR $kind IN labels(e))
RETURN e.name AS speaker, 'direct' AS speech, null AS date, [] AS sentences
LIMIT $limit
`;

describe('the generated query types', () => {
  it('are committed as the headers of cypher/queries give them (run `npm run generate:queries` when this fails)', () => {
    const { queries, problems } = loadQueries();
    expect(problems).toEqual([]);
    const committed = readFileSync(join(PACKAGE_ROOT, QUERY_TYPES_FILE), 'utf8');
    expect(committed).toBe(renderQueryTypes(queries));
  });

  it('give each query a params type and a row type from its header', () => {
    const text = renderQueryTypes([parseQueryFile('/q/quotes-by.cypher', INVENTED)]);
    expect(text).toContain(
      [
        'export type QuotesByParams = {',
        "  /** the speaker's name (`entity`) */",
        '  readonly speaker: string | readonly string[];',
        '  /** only speakers of this type (`Person|Organization`; default null) */',
        "  readonly kind?: 'Person' | 'Organization' | null;",
        '  /** at most this many rows (`integer[1..500]`; default 20) */',
        '  readonly limit?: number | null;',
        '};',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        'export type QuotesByRow = {',
        '  /** who said it */',
        '  readonly speaker: string;',
        "  readonly speech: 'direct' | 'reported';",
        '  readonly date: string | null;',
        '  readonly sentences: readonly number[];',
        '};',
      ].join('\n'),
    );
    expect(text).toContain(
      "  readonly 'quotes-by': {\n    readonly params: QuotesByParams;\n    readonly row: QuotesByRow;\n  };",
    );
  });

  it('refuse a query whose header declares no columns, naming its file', () => {
    const bare = parseQueryFile('/q/quotes-by.cypher', INVENTED.replace(/^\/\/ column .*\n/gm, ''));
    expect(() => renderQueryTypes([bare])).toThrow(QueryFileError);
    expect(() => renderQueryTypes([bare])).toThrow(
      /quotes-by\.cypher: the header declares no result columns/,
    );
  });

  it('name the types after the query', () => {
    expect(typeNameOf('who-said-what')).toBe('WhoSaidWhat');
    expect(typeNameOf('articles')).toBe('Articles');
  });
});

/**
 * Compile-time checks: ts-jest type-checks this file, so each `@ts-expect-error` that stops
 * being an error (a misspelling that compiles) fails the run. Never called.
 */
export async function typedUsage(driver: Driver): Promise<string[]> {
  const rows: WhoSaidWhatRow[] = await runQuery(driver, 'who-said-what', { speaker: 'Jane Doe', limit: 5 });
  const speech: 'direct' | 'reported' = rows[0].speech;
  const sentences: readonly number[] = rows[0].sentences;
  // @ts-expect-error a misspelt column
  void rows[0].qoute;
  // @ts-expect-error a column is no number
  const wrong: number = rows[0].quote;
  // @ts-expect-error a misspelt parameter
  await runQuery(driver, 'who-said-what', { speakr: 'Jane Doe' });
  // @ts-expect-error a required parameter left out
  await runQuery(driver, 'who-said-what', { limit: 5 });
  // @ts-expect-error parameters left out although one is required
  await runQuery(driver, 'who-said-what');
  // @ts-expect-error a parameter of the wrong type
  await runQuery(driver, 'who-said-what', { speaker: 'Jane Doe', limit: 'five' });
  // @ts-expect-error an unknown query
  await runQuery(driver, 'who-said-wat', { speaker: 'Jane Doe' });
  // @ts-expect-error not one of the choices
  await runQuery(driver, 'most-mentioned', { type: 'Planet' });
  const speakers: QueryRow<'top-speakers'>[] = await runQuery(driver, 'top-speakers');
  return [speech, String(sentences), String(wrong), speakers[0].speaker];
}
