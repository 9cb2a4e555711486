/**
 * Messages the engine reports itself, not a rule: they cannot be configured
 * or silenced, and each has a page that says what to do.
 *
 * - `unreadable`: the file cannot be read as text (missing, a directory,
 *   binary, not UTF-8 nor UTF-16 with a byte order mark) or is refused
 *   (outside the workspace). A fatal error at 1:1; the other files are still
 *   checked. Docs: rules/unreadable.md (the address reports have always
 *   linked to).
 * - `internal-error`: translint failed on this file (a bug); the other
 *   files are still checked.
 * - `unknown-rule`: a comment marker names no rule, so it silences nothing.
 * - `missing-translation` and `orphan-translation` (projects, the config's
 *   `documents`): a source page without its translation in a locale, and a
 *   translation whose source does not exist. They are about files, not
 *   text, so no rule's `check` could report them; unlike the others they can
 *   be configured in `rules` (`"missing-translation": "off"`), never with a
 *   comment marker.
 */
import {docsUrl, readmeUrl} from './docs.js'

export interface EngineMessage {
  id: 'unreadable' | 'internal-error' | 'unknown-rule' | 'missing-translation' | 'orphan-translation'
  description: string
  defaultSeverity: 'error' | 'warning'
  /** Its documentation. */
  url: string
  /** Whether the config's `rules` may set its severity (or turn it off). */
  configurable?: boolean
}

export const UNREADABLE: EngineMessage = {
  id: 'unreadable',
  description: 'The file can be read and decoded as text (UTF-8, or UTF-16 with a byte order mark).',
  defaultSeverity: 'error',
  url: docsUrl('unreadable')
}

export const INTERNAL_ERROR: EngineMessage = {
  id: 'internal-error',
  description: 'translint failed on this file (a bug in translint).',
  defaultSeverity: 'error',
  url: readmeUrl('errors-and-exit-codes')
}

export const UNKNOWN_RULE: EngineMessage = {
  id: 'unknown-rule',
  description: 'A comment marker names a rule that does not exist.',
  defaultSeverity: 'warning',
  url: readmeUrl('comments-in-markdown')
}

export const MISSING_TRANSLATION: EngineMessage = {
  id: 'missing-translation',
  description: 'Every source document of `documents` has its translation in every locale of the project.',
  defaultSeverity: 'warning',
  url: docsUrl('missing-translation'),
  configurable: true
}

export const ORPHAN_TRANSLATION: EngineMessage = {
  id: 'orphan-translation',
  description: 'Every translation of `documents` has a source document.',
  defaultSeverity: 'warning',
  url: docsUrl('orphan-translation'),
  configurable: true
}

/** In the order SARIF logs list them, after the rules. */
export const ENGINE_MESSAGES: readonly EngineMessage[] = [UNREADABLE, INTERNAL_ERROR, UNKNOWN_RULE, MISSING_TRANSLATION, ORPHAN_TRANSLATION]
