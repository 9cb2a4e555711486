/**
 * The rule contract. A rule is metadata plus a `check` that reads the
 * outline and tree of a translation (and of its source) and reports through
 * `context.report`. The engine, not the rule, stamps every message with its
 * rule id, source, docs URL and severity, so no rule can forget them.
 */
import type {z} from 'zod'
import type {ParsedDocument, Outline} from '../document/index.js'
import type {Language, LanguageSource} from '../language/index.js'
import type {Speller} from '../dictionaries/index.js'
import type {ResolvedConfig} from '../config/schema.js'
import type {Agreement} from '../compare/agreement.js'
import type {SourceView, Alignment, TermOccurrences, SourceHistory} from '../compare/types.js'

export type {SourceView, Alignment, TermOccurrences, SourceHistory}

export type Severity = 'error' | 'warning' | 'info'
export type SeveritySetting = 'error' | 'warning' | 'off'

export interface Example {
  /** What the example shows. */
  title: string
  /** BCP 47 tag of the translation. */
  lang: string
  /** The source text (omitted when the rule needs none). */
  source?: string
  translation: string
  /** `markdown` for Markdown examples (default plain text). */
  format?: 'text' | 'markdown'
  /**
   * The source as it was when the translation was last brought up to date,
   * for rules that read `context.history` (`stale`); the examples' commits
   * are {@link EXAMPLE_HISTORY}.
   */
  previousSource?: string
  /** Expected messages as `line:column: reason`, in order; empty when valid. */
  messages: string[]
}

export interface Report {
  /** One sentence: what is wrong and what was expected. */
  reason: string
  /** UTF-16 offsets into the translation; the text between is `actual`. */
  start: number
  end: number
  /** What was expected instead. */
  expected?: string[]
  /** Extra help. */
  note?: string
  /** The related place in the source, e.g. a missing list item. */
  cause?: {start: number; end: number; reason: string}
  /**
   * Lower the rule's severity: `warning` for a finding on uncertain
   * evidence, `info` for notes such as a missing dictionary.
   */
  severity?: 'warning' | 'info'
}

export interface Resources {
  /** A speller for a language, or undefined when no dictionary is available. */
  speller(language: Language): Promise<Speller | undefined>
  /**
   * Suggestions for a word of a language with a dictionary, computed by a
   * helper thread (src/dictionaries/helper.ts) while this one goes on, or
   * by `here` (this thread's speller); the same either way. Absent: the
   * rule asks the speller.
   */
  suggest?(language: Language, word: string, here: () => string[]): Promise<string[]>
}

export interface RuleContext<Options = unknown> {
  path?: string
  doc: ParsedDocument
  outline: Outline
  language: Language
  languageSource: LanguageSource
  source?: SourceView
  alignment?: Alignment
  terms: TermOccurrences[]
  /** What the other translations of the source in this run keep (three or more translations). */
  agreement?: Agreement
  /** How the source changed since the translation was last brought up to date (projects in git; absent when it did not). */
  history?: SourceHistory
  /** Offsets that are names, terms, URLs or code: never judged as prose. */
  isProtected(start: number, end: number): boolean
  options: Options
  config: ResolvedConfig
  resources: Resources
  report(report: Report): void
  /**
   * Places reported in this file by a rule the rule declares in `after`
   * (empty when that rule is off or not in the run). Asking for any other
   * rule throws: the order of rules is not to be relied on otherwise.
   */
  reportedBy(ruleId: string): ReadonlyArray<{start: number; end: number}>
}

export interface Rule<Options = unknown> {
  id: string
  description: string
  defaultSeverity: 'error' | 'warning'
  /** Whether the rule can only run with a source document. */
  needsSource?: boolean
  /**
   * Rules whose reports this rule reads (`context.reportedBy`): the engine
   * runs them first, whatever the order of the rule list.
   */
  after?: string[]
  /** Options schema with defaults; validated before the rule runs. */
  options?: z.ZodType<Options>
  /** Good and bad examples: docs and tests at once. */
  examples: Example[]
  check(context: RuleContext<Options>): void | Promise<void>
}

/** The commits of examples with a `previousSource`: one commit changed the source. */
export const EXAMPLE_HISTORY = {base: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d', head: '5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80', baseFrom: 'git', commits: 1} as const

export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule
}

/** The text of a unit cut to a readable length, for messages. */
export function excerpt(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}
