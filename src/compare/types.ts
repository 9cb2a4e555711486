/**
 * What comparing a translation with its source gives the rules: the source
 * as parsed, the alignment of their units, and where the terms are.
 */
import type {ParsedDocument, Outline, Unit} from '../document/index.js'
import type {Language} from '../language/index.js'
import type {Link} from './align.js'
import type {TermMatcher, TermMatch} from '../text/terms.js'

export interface SourceView {
  path?: string
  doc: ParsedDocument
  outline: Outline
  language: Language
}

/**
 * How the source changed since a translation was last brought up to date
 * (a project in git; src/run/history.ts finds it, the \`stale\` rule reads it).
 */
export interface SourceHistory {
  /** The source as it was when the translation was last brought up to date. */
  previous: SourceView
  /** The commit the translation is up to date with (full hash). */
  base: string
  /** Where \`base\` comes from: the translation's front matter, or the last commit that touched the translation. */
  baseFrom: 'front-matter' | 'git'
  /** The last commit that changed the source (full hash), or \`null\` when the change is not committed yet. */
  head: string | null
  /** Commits that changed the source after \`base\`. */
  commits: number
}

/** Alignment per kind of unit: source index lists to translation index lists. */
export interface Alignment {
  paragraph: Link[]
  item: Link[]
  heading: Link[]
  /** Source units aligned with a translation unit (empty for extra units). */
  sourceOf(unit: Unit): Unit[]
  /** Translation units aligned with a source unit (empty for missing units). */
  targetOf(unit: Unit): Unit[]
}

export interface TermOccurrences {
  matcher: TermMatcher
  /** Where the term was found in the source. */
  source: TermMatch[]
  /** Where it was found in the translation. */
  target: TermMatch[]
  /** Whether it came from the configuration (not found in the source). */
  configured: boolean
  /**
   * Whether the translation must keep it: a configured term or an acronym
   * the source defines. The others (acronyms the source only uses) are
   * known terms: protected, and checked for misspellings only.
   */
  required: boolean
}
