/** Tests boot the whole city in-process; with two cores one file at a time is fastest. */
module.exports = {
  // Node, but no test file starts in the last minutes of a Chengdu day (see the file).
  testEnvironment: '<rootDir>/tests/testkit/chengdu-day-environment.ts',
  roots: ['<rootDir>/tests', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/schema'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest'] },
  // jose 6 and oidc-provider 9 ship ESM only; Jest's module system requires ESM natively only on Node 24.9+, so on
  // Node 22 swc compiles them to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(jose|oidc-provider)/)'],
  globalSetup: '<rootDir>/tests/testkit/global-setup.ts',
  globalTeardown: '<rootDir>/tests/testkit/global-teardown.ts',
  maxWorkers: 1,
  // A suite that fails half-way can leave a subgraph's pool or relay connection open; a red run must still end.
  forceExit: true,
  testTimeout: 60000,
};
