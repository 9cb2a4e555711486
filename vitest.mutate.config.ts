/**
 * The tests Stryker runs against each mutant (`npm run mutate`, see
 * docs/quality.md): the in-process tests of the rules and the text helpers.
 * Left out are the tests that spawn the CLI, a worker pool or the bundled
 * Action (they run build/ or dist/, not the mutated sources, and take
 * minutes), the giant-input and fuzz tests (slow, and no rule heuristics),
 * and the generated-docs drift checks. A new test file joins the mutation
 * run unless it is listed here.
 */
import {defineConfig, mergeConfig} from 'vitest/config'
import base from './vitest.config.js'

export const slow = [
  'test/action.test.ts', // runs dist/index.js as a runner would
  'test/cli.test.ts', // spawns bin/translint.js (build/)
  'test/inputs.test.ts', // spawns bin/translint.js (build/)
  'test/readme.test.ts', // spawns node on the README's examples (build/)
  'test/matrix.test.ts', // spawns the CLI over every option combination
  'test/pool.test.ts', // worker pools
  'test/helper.test.ts', // the suggestion helper thread
  'test/images.test.ts', // hunspell memory images, spawns node
  'test/large.test.ts', // 10 MB inputs, minutes
  'test/property.test.ts', // fast-check fuzzing, `npm run fuzz`
  'test/docs.test.ts', // generated rules/*.md and schema.json are up to date
  'test/review-page.test.ts' // opens the review page in Chromium
]

export default mergeConfig(base, defineConfig({
  test: {
    exclude: slow
  }
}))
