/**
 * One jest run for the whole product: pure unit tests, API tests against real PostgreSQL and
 * browser tests in Debian's Chromium. `npm test` builds first, because the browser tests serve
 * the built client and the global setup starts PostgreSQL from the compiled db package.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  moduleNameMapper: {
    '^@caf/schema$': '<rootDir>/schema/index.ts',
    '^@caf/db$': '<rootDir>/db/index.ts',
  },
  // Decorators of type-graphql and TypeORM read metadata from the first import on.
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  // Each worker clones its own databases; two workers keep a 2-core machine busy without thrashing.
  maxWorkers: 2,
};
