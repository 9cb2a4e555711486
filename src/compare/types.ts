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
