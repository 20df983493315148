import { parseQueryFile } from '../../../src/queries/parse-query-file';
import { QueryFileError } from '../../../src/queries/query-errors';

const GOOD = `// name: quotes-by
// description: Quotes by one speaker.
// param speaker: name — the speaker's name or an alias
// param limit: integer[1..500] = 20 — at most this many rows
// param direct: boolean = null — only direct (true) or reported (false) quotes
// A note for readers: any other comment line is kept out of the header fields.
// :param speaker => 'jane doe'
// :param limit => 20
// :param direct => null
MATCH (e:Entity)-[:SAID]->(q:Quote)
WHERE $speaker IN e.keys AND ($direct IS NULL OR q.direct = $direct)
RETURN e.name AS speaker, q.text AS quote
LIMIT $limit
`;

/** The good file with one line replaced (or removed, with an empty replacement). */
const edit = (from: string, to: string): string => {
  if (!GOOD.includes(from)) throw new Error(`test setup: "${from}" is not in the file`);
  return GOOD.replace(from, to);
};

const problemOf = (text: string, path = '/q/quotes-by.cypher'): string => {
  try {
    parseQueryFile(path, text);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryFileError);
    return (error as Error).message;
  }
  throw new Error('expected a QueryFileError');
};

describe('parseQueryFile', () => {
  it('reads name, description, typed parameters with defaults, and the Browser :param lines', () => {
    const query = parseQueryFile('/q/quotes-by.cypher', GOOD);
    expect(query.name).toBe('quotes-by');
    expect(query.description).toBe('Quotes by one speaker.');
    expect(query.params).toEqual([
      {
        name: 'speaker',
        type: { kind: 'name' },
        typeText: 'name',
        required: true,
        description: "the speaker's name or an alias",
      },
      {
        name: 'limit',
        type: { kind: 'integer', min: 1, max: 500 },
        typeText: 'integer[1..500]',
        required: false,
        default: 20,
        description: 'at most this many rows',
      },
      {
        name: 'direct',
        type: { kind: 'boolean' },
        typeText: 'boolean',
        required: false,
        default: null,
        description: 'only direct (true) or reported (false) quotes',
      },
    ]);
    expect(query.browserParams).toEqual([
      { name: 'speaker', text: "'jane doe'", literal: { value: 'jane doe', integer: false } },
      { name: 'limit', text: '20', literal: { value: 20, integer: true } },
      { name: 'direct', text: 'null', literal: { value: null, integer: false } },
    ]);
    expect(query.cypher).toBe(GOOD);
    expect(query.path).toBe('/q/quotes-by.cypher');
  });

  it('reads the typed result columns in order, with their optional descriptions', () => {
    const text = edit(
      '// :param speaker',
      '// column speaker: string — who said it\n// column quote: string?\n// column sentences: integer[]\n// :param speaker',
    );
    expect(parseQueryFile('/q/quotes-by.cypher', text).columns).toEqual([
      { name: 'speaker', type: { kind: 'string' }, typeText: 'string', description: 'who said it' },
      { name: 'quote', type: { kind: 'nullable', of: { kind: 'string' } }, typeText: 'string?' },
      { name: 'sentences', type: { kind: 'list', of: { kind: 'integer' } }, typeText: 'integer[]' },
    ]);
    expect(parseQueryFile('/q/quotes-by.cypher', GOOD).columns).toEqual([]);
  });

  it('accepts a query without parameters and a trailing ";" on a :param line', () => {
    const text = `// name: count-all\n// description: Counts nodes.\nMATCH (n) RETURN count(n) AS n\n`;
    expect(parseQueryFile('/q/count-all.cypher', text).params).toEqual([]);
    const withSemicolon = edit('// :param limit => 20', '// :param limit => 20;');
    expect(parseQueryFile('/q/quotes-by.cypher', withSemicolon).browserParams[1].literal.value).toBe(20);
  });

  it('does not count $words inside strings and comments as parameters', () => {
    const text = edit(
      'RETURN e.name AS speaker',
      "// $notAParam in a comment\nRETURN e.name + ' costs $5 or $price' AS speaker, `$odd` AS x",
    );
    expect(parseQueryFile('/q/quotes-by.cypher', text).params.map((p) => p.name)).toEqual([
      'speaker',
      'limit',
      'direct',
    ]);
  });

  it.each([
    [
      'no name line',
      edit('// name: quotes-by\n', ''),
      /quotes-by\.cypher: the header has no "\/\/ name:" line/,
    ],
    ['no description', edit('// description: Quotes by one speaker.\n', ''), /no "\/\/ description:" line/],
    [
      'a name that is not the file name',
      edit('name: quotes-by', 'name: quotes'),
      /names the query "quotes" but the file is quotes-by\.cypher/,
    ],
    [
      'an unknown type',
      edit('param limit: integer[1..500]', 'param limit: int'),
      /:4: param limit: unknown type "int"/,
    ],
    [
      'a range upside down',
      edit('integer[1..500]', 'integer[500..1]'),
      /:4: param limit: unknown type "integer\[500\.\.1\]"/,
    ],
    [
      'a default outside the range',
      edit('= 20 —', '= 900 —'),
      /:4: param limit: the default 900 is not a valid integer\[1\.\.500\]/,
    ],
    [
      'a default that is no literal',
      edit('= 20 —', '= twenty —'),
      /:4: param limit: cannot read the default twenty/,
    ],
    [
      'no description separator',
      edit(' — at most this many rows', ''),
      /:4: param limit: write "type \[= default\] — description"/,
    ],
    [
      'an unknown column type',
      edit('// :param speaker', '// column speaker: text\n// :param speaker'),
      /:7: column speaker: unknown type "text" \(string, integer, float, boolean, A\|B; T\[\] a list, T\? or null\)/,
    ],
    [
      'a column declared twice',
      edit('// :param speaker', '// column speaker: string\n// column speaker: string?\n// :param speaker'),
      /column speaker is declared twice/,
    ],
    [
      'a parameter declared twice',
      edit('// :param speaker', '// param limit: integer = 1 — again\n// :param speaker'),
      /param limit is declared twice/,
    ],
    [
      'a parameter without its :param line',
      edit("// :param speaker => 'jane doe'\n", ''),
      /param speaker has no ":param speaker => value" line/,
    ],
    [
      'a :param line for no parameter',
      edit('// :param limit => 20', '// :param limit => 20\n// :param other => 1'),
      /":param other" names no declared parameter/,
    ],
    [
      'a required parameter set to null',
      edit("// :param speaker => 'jane doe'", '// :param speaker => null'),
      /":param speaker" is null but the parameter is required/,
    ],
    ['a name not folded for Browser', edit("'jane doe'", "'Jane Doe'"), /must be written folded.*'jane doe'/],
    [
      'an integer written as a float',
      edit(':param limit => 20', ':param limit => 20.0'),
      /must be written as a whole number/,
    ],
    [
      'a :param value of the wrong type',
      edit(':param direct => null', ":param direct => 'yes'"),
      /":param direct => 'yes'" is not a valid boolean/,
    ],
    [
      'an unreadable :param value',
      edit(':param limit => 20', ':param limit => [1, 2]'),
      /:param limit: cannot read the value \[1, 2\]/,
    ],
    [
      'an undeclared parameter in the Cypher',
      edit('LIMIT $limit', 'LIMIT $limit SKIP $skip'),
      /uses \$skip but the header does not declare it/,
    ],
    [
      'a declared parameter the Cypher never uses',
      edit('LIMIT $limit', 'LIMIT 5'),
      /param limit is declared but the Cypher does not use it/,
    ],
    [
      'two statements',
      edit('LIMIT $limit\n', 'LIMIT $limit;\nMATCH (n) DETACH DELETE n\n'),
      /one statement, without ";"/,
    ],
    ['no Cypher at all', GOOD.split('MATCH')[0], /has no Cypher after its header/],
  ])('rejects %s, naming the file', (_case, text, expected) => {
    expect(problemOf(text)).toMatch(expected);
  });

  it('rejects a file name that is not kebab-case', () => {
    const text = `// name: Quotes_By\n// description: x.\nRETURN 1 AS one\n`;
    expect(problemOf(text, '/q/Quotes_By.cypher')).toMatch(/must be kebab-case/);
  });

  it('reads an entity parameter, whose Browser value is a list of node ids or folded names', () => {
    const text = edit('param speaker: name', 'param speaker: entity[Person]')
      .replace("'jane doe'", "['jane doe', 'person:Jane Doe']")
      .replace('$speaker IN e.keys', 'e.id IN $speaker');
    const query = parseQueryFile('/q/quotes-by.cypher', text);
    expect(query.params[0]).toMatchObject({ name: 'speaker', type: { kind: 'entity', types: ['Person'] } });
    expect(query.browserParams[0].literal.value).toEqual(['jane doe', 'person:Jane Doe']);
    const entity = edit('param speaker: name', 'param speaker: entity');
    expect(problemOf(entity)).toMatch(
      /":param speaker => 'jane doe'" must be a list of entity ids or folded names/,
    );
    expect(problemOf(entity.replace("'jane doe'", "['Jane Doe']"))).toMatch(
      /write 'Jane Doe' folded.*'jane doe'/,
    );
  });

  it('allows ";" inside a string literal', () => {
    const text = edit('RETURN e.name AS speaker', "RETURN e.name + '; ' AS speaker");
    expect(parseQueryFile('/q/quotes-by.cypher', text).name).toBe('quotes-by');
  });
});
