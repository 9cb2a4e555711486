// Mutation testing: `npm run mutate` (all of rules/ and src/text/) or
// `npm run mutate -- --mutate rules/number-parity.ts` (one file). How to
// read the results, what is left out and the baseline: docs/quality.md.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  plugins: ['@stryker-mutator/vitest-runner'],
  testRunner: 'vitest',
  // Only the fast in-process tests (no CLI, worker pools, fuzzing).
  vitest: {configFile: 'vitest.mutate.config.ts'},
  mutate: ['rules/**/*.ts', 'src/text/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Module-level mutants (rule examples, descriptions, word lists) run every
  // test for each mutant, and the examples alone are most of them: left out
  // unless asked for (`MUTATE_STATIC=1 npm run mutate`).
  ignoreStatic: process.env.MUTATE_STATIC !== '1',
  // Reuse the results of mutants whose code and covering tests did not change.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: {fileName: 'reports/mutation/mutation.json'},
  htmlReporter: {fileName: 'reports/mutation/mutation.html'},
  clearTextReporter: {allowColor: false, logTests: false, maxTestsToLog: 0},
  // Two cores: one vitest process per core (`-- --concurrency 1` when the
  // machine is busy with other work).
  concurrency: 2,
  // A shared, busy machine: room before a slow run counts as a timeout.
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  // Stryker copies the project into a sandbox: not the bundles nor build output.
  ignorePatterns: ['dist', 'build', 'coverage', 'scratch', 'reports', '.translintcache', '*.log'],
  thresholds: {high: 80, low: 60, break: null}
}
