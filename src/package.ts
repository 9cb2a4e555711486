/**
 * What package.json says, for code that runs without it (the CLI and Action
 * bundles): kept equal to it by test/package.test.ts.
 */

/** translint's version: `version`. */
export const VERSION = '0.1.0'

/**
 * The repository's web address, from `repository.url`: the base of every
 * documentation link in messages, SARIF logs and schema.json.
 */
export const REPOSITORY = 'https://github.com/translint/translint'
