/**
 * The Action's `filter-mode`: which findings are annotated and count for
 * failing the step, as reviewdog (and vale-action, which runs it) defines
 * the modes:
 *
 * - `added`: findings on lines the diff adds or modifies;
 * - `diff_context`: findings on lines the diff shows (added lines and the
 *   context around them);
 * - `file`: findings in files the diff changes;
 * - `nofilter`: every finding.
 *
 * translint checks a translation against its source, so a finding is also
 * in the filter when the place in the source it points to (its `cause`) is
 * on such a line of a source the diff changes: a changed source sentence
 * makes its translation's finding new too. A finding about a whole file
 * (no line, or the empty place at 1:1, like `unreadable`, and every
 * `missing-translation` and `orphan-translation`) is in the filter when the
 * diff changes the file or its source: a missing translation sits on a path
 * that does not exist, so its source decides. Pure: the diff comes from
 * changes.ts.
 */
import path from 'node:path'
import type {FileResult, LintMessage} from '../lint/messages.js'
import type {LineRange} from './changes.js'

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const
export type FilterMode = typeof FILTER_MODES[number]

/** What a filter reads of a diff: the changed files and, per file, the lines of the mode. */
export interface DiffView {
  /** Paths relative to the workspace, with `/`. */
  files: ReadonlySet<string>
  /** For `added` and `diff_context`: the lines of each file that count. */
  lines?: ReadonlyMap<string, readonly LineRange[]>
}

export interface FilteredRun {
  /** The files with only the findings inside the filter, counts redone. */
  files: FileResult[]
  /** Findings left out, by severity. */
  outside: {error: number; warning: number; info: number}
}

/** A path of a report (relative to `cwd`, or absolute) as the diff names it. */
function normalize(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file))
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(cwd, file)).split(path.sep).join('/')
}

/** A finding about a whole file rather than a place in it. */
export function isFileLevel(message: LintMessage): boolean {
  return message.ruleId === 'missing-translation' || message.ruleId === 'orphan-translation' || message.line === 0 ||
    (message.line === 1 && message.column === 1 && message.endLine === 1 && message.endColumn === 1)
}

function overlaps(ranges: readonly LineRange[] | undefined, start: number, end: number): boolean {
  if (!ranges) return false
  const last = Math.max(start, end)
  return ranges.some((range) => range.start <= last && start <= range.end)
}

/** Whether one finding of `file` is inside the filter. */
export function inFilter(file: FileResult, message: LintMessage, mode: FilterMode, diff: DiffView, cwd: string): boolean {
  if (mode === 'nofilter') return true
  const own = normalize(file.path, cwd)
  const source = file.source ? normalize(file.source, cwd) : undefined
  const touched = diff.files.has(own) || (source !== undefined && diff.files.has(source))
  if (mode === 'file' || isFileLevel(message)) return touched
  if (overlaps(diff.lines?.get(own), message.line, message.endLine)) return true
  if (message.cause) {
    const causeFile = message.cause.file ? normalize(message.cause.file, cwd) : source
    if (causeFile !== undefined && overlaps(diff.lines?.get(causeFile), message.cause.line, message.cause.endLine)) return true
  }
  return false
}

/** The run as the filter sees it: each file keeps the findings inside the filter. */
export function applyFilter(files: readonly FileResult[], mode: FilterMode, diff: DiffView, cwd: string): FilteredRun {
  const outside = {error: 0, warning: 0, info: 0}
  const kept = files.map((file) => {
    if (mode === 'nofilter') return file
    const messages = file.messages.filter((message) => {
      const inside = inFilter(file, message, mode, diff, cwd)
      if (!inside) outside[message.severity]++
      return inside
    })
    if (messages.length === file.messages.length) return file
    const count = (severity: LintMessage['severity']): number => messages.filter((message) => message.severity === severity).length
    return {...file, messages, errors: count('error'), warnings: count('warning'), infos: count('info')}
  })
  return {files: kept, outside}
}
