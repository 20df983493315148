import { join } from 'node:path';
import ts from 'typescript';
import { PACKAGE_ROOT } from '../../src/package-root';
import { readmeExamples, type ReadmeExample } from '../support/readme-examples';

/** The analyses issue 16 asks the README to show, each in at most this many lines. */
const ANALYSES = ['monthly-attacks', 'nato-quotes', 'attack-events-csv'];
const MAX_LINES = 20;

/** The casts (`as`, `<T>`), non-null assertions (`x!`) and `any` of some code: what a typed API makes needless. */
function untyped(code: string): string[] {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isAsExpression(node) ||
      ts.isTypeAssertionExpression(node) ||
      ts.isNonNullExpression(node) ||
      node.kind === ts.SyntaxKind.AnyKeyword
    )
      found.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The type errors of some examples, compiled together with the library's sources as a user's
 * strict ES module would be (`import … from 'newsgraph'` is `src/index.ts`).
 */
function typeErrors(examples: readonly ReadmeExample[]): string[] {
  const dir = join(PACKAGE_ROOT, 'readme-examples');
  const files = new Map(examples.map((e) => [join(dir, `${e.name}.mts`), e.code]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    strict: true,
    noUnusedLocals: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    baseUrl: PACKAGE_ROOT,
    paths: { newsgraph: ['src/index.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (f, language, ...rest) => {
    const text = files.get(f);
    return text === undefined
      ? getSourceFile(f, language, ...rest)
      : ts.createSourceFile(f, text, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || files.has(d.file.fileName))
    .map((d) => {
      const where =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      const name = d.file ? d.file.fileName.slice(dir.length + 1) : '';
      return `${name}:${where ? where.line + 1 : '?'} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe("the README's scripting examples", () => {
  const examples = readmeExamples();

  it('show the three analyses of issue 16, and the first script', () => {
    expect(examples.map((e) => e.name)).toEqual(['first-script', ...ANALYSES]);
  });

  it.each(ANALYSES)('%s takes at most 20 lines, without a cast, a non-null assertion or any', (name) => {
    const example = examples.find((e) => e.name === name);
    expect(example).toBeDefined();
    const lines = (example?.code ?? '').trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
    expect(untyped(example?.code ?? '')).toEqual([]);
  });

  it('finds a cast, a non-null assertion and any (so the check above can fail)', () => {
    const code = [
      'const n = row.killed as number;',
      "const c = ['a', 'b'] as const;",
      'const d = row.eventDate!.slice(0, 7);',
      'const r: any = row;',
      'const x = <string>row.place;',
      'if (q.speakerId !== null && ids.has(q.speakerId)) console.log(q.quote, new Map<string, number>());',
    ].join('\n');
    expect(untyped(code)).toEqual([
      'row.killed as number',
      "['a', 'b'] as const",
      'row.eventDate!',
      'any',
      '<string>row.place',
    ]);
  });

  it('type-check as strict TypeScript against the library', () => {
    expect(typeErrors(examples)).toEqual([]);
  });

  it('would not type-check with a misspelt column or parameter (the check sees the real types)', () => {
    const monthly = examples.find((e) => e.name === 'monthly-attacks');
    const csv = examples.find((e) => e.name === 'attack-events-csv');
    expect(monthly?.code).toContain('e.target');
    expect(csv?.code).toContain("'latitude'");
    const broken = [
      { name: 'misspelt-column', code: monthly?.code.replace('e.target', 'e.targte') ?? '', line: 0 },
      { name: 'misspelt-param', code: monthly?.code.replace('events: true', 'event: true') ?? '', line: 0 },
      { name: 'misspelt-csv-column', code: csv?.code.replace("'latitude'", "'lattitude'") ?? '', line: 0 },
    ];
    const errors = typeErrors(broken);
    for (const b of broken) expect(errors.filter((e) => e.startsWith(`${b.name}.mts:`))).not.toEqual([]);
  });
});
