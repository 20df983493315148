/**
 * The TypeScript examples of README.md, as written there: each ```ts block right after an
 * `<!-- example: NAME -->` line. The unit tests type-check them, the integration tests run them,
 * so the README cannot drift from the library.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { PACKAGE_ROOT } from '../../src/package-root';

export interface ReadmeExample {
  readonly name: string;
  /** The code of the block, as in the README. */
  readonly code: string;
  /** Its line in README.md (1-based), for messages. */
  readonly line: number;
}

const EXAMPLE_RE = /^<!-- example: ([\w-]+) -->\n\n```ts\n([\s\S]*?)^```$/gm;

export const README = join(PACKAGE_ROOT, 'README.md');

/** Node.js modules for the examples' other imports (`node:fs`). */
const nodeRequire = createRequire(__filename);

/** The examples of a README text, in order. */
export function readmeExamples(text = readFileSync(README, 'utf8')): ReadmeExample[] {
  return [...text.matchAll(EXAMPLE_RE)].map((m) => ({
    name: m[1],
    code: m[2],
    line: text.slice(0, m.index).split('\n').length,
  }));
}

/** The example of that name (it must exist). */
export function readmeExample(name: string): ReadmeExample {
  const found = readmeExamples().find((e) => e.name === name);
  if (found === undefined) throw new Error(`README.md has no example "${name}"`);
  return found;
}

/**
 * Runs an example's code as a script: transpiled to CommonJS inside an async function (its
 * top-level `await` included), `import`s taken from `modules` by name (others from Node.js),
 * and its `console.log` lines collected. Resolves with the lines once the script has finished.
 */
export async function runExample(
  example: ReadmeExample,
  modules: Readonly<Record<string, unknown>>,
): Promise<string[]> {
  const { outputText } = ts.transpileModule(example.code, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
    fileName: `${example.name}.ts`,
    reportDiagnostics: false,
  });
  const lines: string[] = [];
  const console = { log: (...values: unknown[]) => lines.push(values.map(String).join(' ')) };
  const load = (name: string): unknown => (name in modules ? modules[name] : nodeRequire(name));
  const exports = {};
  // The README's own code, run as the test's subject.
  const script = new Function('require', 'exports', 'console', `return (async () => {\n${outputText}\n})();`);
  await (script(load, exports, console) as Promise<void>);
  return lines;
}
