/** Tests boot the whole city in-process; with two cores one file at a time is fastest. */
module.exports = {
  // Node, but no test file starts in the last minutes of a Chengdu day (see the file).
  testEnvironment: '<rootDir>/tests/testkit/chengdu-day-environment.ts',
  roots: ['<rootDir>/tests', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/schema'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest'] },
  // jose 6 and oidc-provider 9 ship ESM only; Jest's module system requires ESM natively only on Node 24.9+, so on
  // Node 22 swc compiles them to CommonJS. pg-boss 12 and the packages it imports likewise.
  transformIgnorePatterns: ['/node_modules/(?!(jose|oidc-provider|pg-boss|serialize-error|non-error|rrule-temporal)/)'],
  globalSetup: '<rootDir>/tests/testkit/global-setup.ts',
  globalTeardown: '<rootDir>/tests/testkit/global-teardown.ts',
  maxWorkers: 1,
  // One worker process rather than in band, recycled between files once it holds more than this: every file boots a
  // whole city in-process, and one process carrying a hundred of them grew to its heap limit (out of memory at 39 min
  // with the default 4 GB; with 12 GB, major GC pauses late in the run pushed a first read past the test deadline).
  workerIdleMemoryLimit: '2GB',
  // A suite that fails half-way can leave a subgraph's pool or relay connection open; a red run must still end.
  forceExit: true,
  // Each suite boots the whole city in beforeAll (about 20 s alone); on a loaded two-core machine that has taken over
  // 60 s, failing every test of the file on the hook's timeout. A hung test still ends, later.
  testTimeout: 180000,
};
