/**
 * Three projects: `unit` (pure, no database), `integration` (a real Neo4j, started once per run)
 * and `reliability` (faults injected into a real Neo4j and hostile input; `npm run test:reliability`).
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// Jest's reading of chrono-node's `exports` patterns resolves `chrono-node/en` to a file that does
// not exist (`locales/en/en`); Node resolves it to this one.
const moduleNameMapper = {
  '^chrono-node/en$': '<rootDir>/node_modules/chrono-node/dist/cjs/locales/en/index.js',
};

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests start a real Neo4j and load articles; unit tests finish long before this.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
    {
      displayName: 'reliability',
      testMatch: ['<rootDir>/test/reliability/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleNameMapper,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
  ],
};
