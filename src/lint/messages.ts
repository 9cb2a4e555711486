/**
 * Messages as translint reports them: the vfile-message fields that editors
 * and CI tools read (`ruleId`, `source`, `reason`, `line`, `column`, `fatal`,
 * `actual`, `expected`, `url`, `note`), positions into the original file.
 */
import type {Severity} from './rule.js'

export interface MessagePlace {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface LintMessage extends MessagePlace {
  ruleId: string
  source: 'translint'
  severity: Severity
  /** `true` for errors, `false` for warnings, `null` for information. */
  fatal: boolean | null
  reason: string
  /** UTF-16 offsets into the decoded file (for programs). */
  offset: number
  endOffset: number
  actual?: string
  expected?: string[]
  note?: string
  url: string
  /** A related place in the source document. */
  cause?: MessagePlace & {reason: string; file?: string}
}

export interface FileResult {
  /** The path as given (or `<translation>` for strings). */
  path: string
  /** BCP 47 tag of the translation's language, when known. */
  language: string | null
  /** English name of that language. */
  languageName: string | null
  /** How the language was decided. */
  languageSource: 'option' | 'config' | 'filename' | 'content' | 'default' | null
  messages: LintMessage[]
  errors: number
  warnings: number
  infos: number
}

export interface Summary {
  files: number
  errors: number
  warnings: number
  infos: number
  /** Files with at least one error. */
  failed: number
}

export interface CheckResult {
  files: FileResult[]
  summary: Summary
}

/** A fatal message about a whole file, at its start (unreadable, a failure). */
export function fileError(ruleId: string, reason: string, url: string, note?: string): LintMessage {
  const message: LintMessage = {
    ruleId,
    source: 'translint',
    severity: 'error',
    fatal: true,
    reason,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    url
  }
  if (note) message.note = note
  return message
}

/** A result for a file that could not be checked, carrying one message. */
export function failedFile(path: string, message: LintMessage): FileResult {
  return countMessages({path, language: null, languageName: null, languageSource: null, messages: [message]})
}

export function fatalOf(severity: Severity): boolean | null {
  return severity === 'error' ? true : severity === 'warning' ? false : null
}

/** Deterministic order: position, then rule id, then reason. */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0)
}

export function summarize(files: FileResult[]): Summary {
  const summary: Summary = {files: files.length, errors: 0, warnings: 0, infos: 0, failed: 0}
  for (const file of files) {
    summary.errors += file.errors
    summary.warnings += file.warnings
    summary.infos += file.infos
    if (file.errors > 0) summary.failed++
  }
  return summary
}

export function countMessages(result: Omit<FileResult, 'errors' | 'warnings' | 'infos'>): FileResult {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const message of result.messages) {
    if (message.severity === 'error') errors++
    else if (message.severity === 'warning') warnings++
    else infos++
  }
  return {...result, errors, warnings, infos}
}

const MESSAGE_KEYS = ['ruleId', 'source', 'severity', 'fatal', 'reason', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'url', 'actual', 'expected', 'note', 'cause'] as const
const CAUSE_KEYS = ['reason', 'line', 'column', 'endLine', 'endColumn', 'file'] as const

/**
 * A result with its fields in the order the engine writes them, so that a
 * result read back (from a cache, a shard report) prints byte for byte as
 * a fresh one.
 */
export function canonicalResult(result: FileResult): FileResult {
  const pick = <K extends string>(object: Partial<Record<K, unknown>>, keys: readonly K[]): Record<string, unknown> => {
    const ordered: Record<string, unknown> = {}
    for (const key of keys) if (object[key] !== undefined) ordered[key] = object[key]
    return ordered
  }
  return {
    path: result.path,
    language: result.language,
    languageName: result.languageName,
    languageSource: result.languageSource,
    messages: result.messages.map((message) => {
      const ordered = pick(message as unknown as Partial<Record<typeof MESSAGE_KEYS[number], unknown>>, MESSAGE_KEYS)
      if (message.expected) ordered.expected = [...message.expected]
      if (message.cause) ordered.cause = pick(message.cause as unknown as Partial<Record<typeof CAUSE_KEYS[number], unknown>>, CAUSE_KEYS)
      return ordered as unknown as LintMessage
    }),
    errors: result.errors,
    warnings: result.warnings,
    infos: result.infos
  }
}
