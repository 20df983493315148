#!/usr/bin/env node
/**
 * Writes src/queries/generated/query-types.ts from the headers of cypher/queries/*.cypher
 * (see src/queries/render-query-types.ts). `npm run build` runs it before tsc. With `--check`
 * it writes nothing and exits 1 when the file is not what the headers give.
 *
 * It reads the TypeScript sources directly: each .ts file is transpiled on require (no type
 * check; tsc does that next), so the generator needs no earlier build.
 */
'use strict';
const { readFileSync, writeFileSync, mkdirSync } = require('node:fs');
const { dirname, join } = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const root = join(__dirname, '..');
const { loadQueries } = require(join(root, 'src/queries/load-queries.ts'));
const { renderQueryTypes, QUERY_TYPES_FILE } = require(join(root, 'src/queries/render-query-types.ts'));

function main(check) {
  const { queries, problems } = loadQueries(join(root, 'cypher', 'queries'));
  if (problems.length > 0) {
    for (const p of problems) console.error(`generate-query-types: ${p.message}`);
    return 1;
  }
  const text = renderQueryTypes(queries);
  const path = join(root, QUERY_TYPES_FILE);
  let current;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return 0;
  if (check) {
    console.error(`generate-query-types: ${QUERY_TYPES_FILE} is stale; run npm run generate:queries`);
    return 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.error(`generate-query-types: wrote ${QUERY_TYPES_FILE} (${queries.length} queries)`);
  return 0;
}

try {
  process.exitCode = main(process.argv.includes('--check'));
} catch (error) {
  console.error(`generate-query-types: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
