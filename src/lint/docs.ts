/** Where translint's documentation lives, in its repository (`REPOSITORY`, from package.json). */
import {REPOSITORY} from '../package.js'

/** A rule's documentation: `rules/<rule-id>.md`. */
export function docsUrl(ruleId: string): string {
  return `${REPOSITORY}/blob/main/rules/${ruleId}.md`
}

/** A section of the README, by its anchor (`errors-and-exit-codes`). */
export function readmeUrl(anchor: string): string {
  return `${REPOSITORY}/blob/main/README.md#${anchor}`
}

/** The `$id` of schema.json. */
export const SCHEMA_URL = `${REPOSITORY}/blob/main/schema.json`

export {REPOSITORY}
