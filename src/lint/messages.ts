/**
 * Messages as translint reports them: the vfile-message fields that editors
 * and CI tools read (`ruleId`, `source`, `reason`, `line`, `column`, `fatal`,
 * `actual`, `expected`, `url`, `note`), positions into the original file.
 */
import {z} from 'zod'
import type {Severity} from './rule.js'
import type {Review} from './review.js'
import {LANGUAGE_SOURCES} from '../language/index.js'

// The one schema of a file's result: the library's types are inferred from
// it, the cache validates what it reads back with it, and `translint merge`
// validates shard reports with it. Each field's error is what merge tells
// the user (`[0].messages[2].line must be a whole number, found …`).

const whole = z.number({error: 'must be a whole number'}).int({error: 'must be a whole number'}).min(0, {error: 'must be a whole number'})
const text = z.string({error: 'must be a string'})

// Fields in the order the engine writes them (`canonicalResult`).
const place = {
  /** 1-based line of the start. */
  line: whole,
  /** 1-based column of the start, in UTF-16 code units. */
  column: whole,
  endLine: whole,
  endColumn: whole
}

export const messageSchema = z.strictObject({
  ruleId: text,
  source: z.literal('translint', {error: 'must be `translint`'}),
  severity: z.enum(['error', 'warning', 'info'], {error: 'must be `error`, `warning` or `info`'}),
  /** `true` for errors, `false` for warnings, `null` for information. */
  fatal: z.boolean({error: 'must be true, false or null'}).nullable(),
  reason: text,
  ...place,
  /** UTF-16 offsets into the decoded file (for programs). */
  offset: whole,
  endOffset: whole,
  url: text,
  /** The text at the reported place. */
  actual: text.optional(),
  /** What was expected instead. */
  expected: z.array(z.string({error: 'must be a string'}), {error: 'must be an array of strings'}).optional(),
  note: text.optional(),
  /** A related place in the source document. */
  cause: z.strictObject({reason: text, ...place, file: text.optional()}, {error: 'must be an object'}).optional()
}, {error: 'must be a message object'})

export const fileResultSchema = z.strictObject({
  /** The path as given (or `<translation>` for strings). */
  path: z.string({error: 'must be a non-empty string'}).min(1, {error: 'must be a non-empty string'}),
  /** The source document it was checked against (as the run shows paths), or null. */
  source: z.string({error: 'must be a string or null'}).nullable(),
  /** BCP 47 tag of the translation's language, when known. */
  language: z.string({error: 'must be a string or null'}).nullable(),
  /** English name of that language. */
  languageName: z.string({error: 'must be a string or null'}).nullable(),
  /** How the language was decided. */
  languageSource: z.enum(LANGUAGE_SOURCES, {error: `must be one of ${LANGUAGE_SOURCES.map((value) => `\`${value}\``).join(', ')} or null`}).nullable(),
  messages: z.array(messageSchema, {error: 'must be an array'}),
  /**
   * Errors that a suppressions file (`translint-suppressions.json`) covers:
   * not in `messages`, not counted in `errors`, not failing the run.
   * Present only on files with suppressed messages.
   */
  suppressedMessages: z.array(messageSchema, {error: 'must be an array'}).optional(),
  errors: whole,
  warnings: whole,
  infos: whole
}, {error: 'must be a file object'})

export type MessagePlace = {[K in keyof typeof place]: number}
export type LintMessage = z.infer<typeof messageSchema>
export type FileResult = z.infer<typeof fileResultSchema> & {
  /**
   * The texts and their alignment, for the review page: only when asked for
   * (`review: true`), never stored in the cache nor in JSON reports.
   */
  review?: Review
}

export interface Summary {
  files: number
  errors: number
  warnings: number
  infos: number
  /** Errors left out by a suppressions file (`suppressedMessages`). */
  suppressed: number
  /** Files with at least one error. */
  failed: number
}

/** Where a project page's coverage is summed up: one locale. */
export interface LocaleSummary {
  locale: string
  /** Translations checked. */
  translated: number
  /** Sources without a translation in this locale. */
  missing: number
  /** Translations whose source changed since (a `stale` warning or error). */
  stale: number
  /** Translations with errors. */
  failing: number
  /** Translations without a source. */
  orphans: number
}

export interface ProjectSummary {
  locales: LocaleSummary[]
}

export interface CheckResult {
  files: FileResult[]
  summary: Summary
}

/** A message about a whole file, at its start (a missing page, a note on the run). */
export function fileMessage(ruleId: string, severity: Severity, reason: string, url: string, note?: string): LintMessage {
  const message: LintMessage = {
    ruleId,
    source: 'translint',
    severity,
    fatal: fatalOf(severity),
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

/** A fatal message about a whole file, at its start (unreadable, a failure). */
export function fileError(ruleId: string, reason: string, url: string, note?: string): LintMessage {
  return fileMessage(ruleId, 'error', reason, url, note)
}

/** A result for a file that could not be checked, carrying one message. */
export function failedFile(path: string, message: LintMessage): FileResult {
  return countMessages({path, source: null, language: null, languageName: null, languageSource: null, messages: [message]})
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
  const summary: Summary = {files: files.length, errors: 0, warnings: 0, infos: 0, suppressed: 0, failed: 0}
  for (const file of files) {
    summary.errors += file.errors
    summary.warnings += file.warnings
    summary.infos += file.infos
    summary.suppressed += file.suppressedMessages?.length ?? 0
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

const MESSAGE_KEYS = Object.keys(messageSchema.shape)
const CAUSE_KEYS = Object.keys(messageSchema.shape.cause.unwrap().shape)

/**
 * A result with its fields in the order the engine writes them (the
 * schema's), so that a result read back (from a cache, a shard report)
 * prints byte for byte as a fresh one.
 */
export function canonicalResult(result: FileResult): FileResult {
  const pick = (object: object, keys: readonly string[]): Record<string, unknown> => {
    const ordered: Record<string, unknown> = {}
    for (const key of keys) if ((object as Record<string, unknown>)[key] !== undefined) ordered[key] = (object as Record<string, unknown>)[key]
    return ordered
  }
  const canonical = (message: LintMessage): LintMessage => {
    const ordered = pick(message, MESSAGE_KEYS)
    if (message.expected) ordered.expected = [...message.expected]
    if (message.cause) ordered.cause = pick(message.cause, CAUSE_KEYS)
    return ordered as LintMessage
  }
  return {
    path: result.path,
    source: result.source,
    language: result.language,
    languageName: result.languageName,
    languageSource: result.languageSource,
    messages: result.messages.map(canonical),
    ...(result.suppressedMessages ? {suppressedMessages: result.suppressedMessages.map(canonical)} : {}),
    errors: result.errors,
    warnings: result.warnings,
    infos: result.infos
  }
}
