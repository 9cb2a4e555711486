/**
 * GitHub workflow commands (`::error file=…,line=…::message`): one
 * annotation per finding, the most severe and most useful first, within
 * GitHub's limits (10 annotations of each level per step, 50 per job; the
 * rest are dropped silently), and one notice saying how many were left out.
 * Shared by `translint --format github` and the Action.
 */
import path from 'node:path'
import type {FileResult, LintMessage} from '../lint/messages.js'

/** GitHub shows at most this many annotations of one level per step. */
export const PER_LEVEL = 10
/** …and at most this many per job. */
export const PER_JOB = 50

/** Rules whose findings matter most, first: structure before style. */
const PRIORITY = ['unreadable', 'internal-error', 'wrong-language', 'list-count', 'paragraph-count', 'number-parity', 'required-term', 'mixed-script', 'untranslated', 'spelling']

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  file: string
  line: number
  col: number
  endLine: number
  endColumn: number
  title: string
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** Findings not annotated because of GitHub's limits. */
  omitted: {error: number; warning: number; notice: number}
  /** The notice that says what was left out, when anything was. */
  overflow?: Annotation
}

const LEVEL = {error: 'error', warning: 'warning', info: 'notice'} as const

function rank(message: LintMessage): number {
  const index = PRIORITY.indexOf(message.ruleId)
  return index === -1 ? PRIORITY.length : index
}

/** Choose which findings to annotate, and in what order. */
export function planAnnotations(files: FileResult[], options: {cwd: string; root?: string; reserve?: Partial<Record<'error' | 'warning' | 'notice', number>>}): AnnotationPlan {
  const root = options.root ?? options.cwd
  const all: Array<{message: LintMessage; file: string; order: number}> = []
  let order = 0
  for (const file of files) {
    const absolute = path.resolve(options.cwd, file.path)
    const relative = path.relative(root, absolute)
    const shown = (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute).split(path.sep).join('/')
    for (const message of file.messages) all.push({message, file: shown, order: order++})
  }
  // Errors first; within a level, structural rules before style, then the
  // first of each rule and file before repeats, then document order.
  const firstOfKind = new Set<string>()
  const novelty = new Map<number, number>()
  for (const entry of all) {
    const key = `${entry.file}\u0000${entry.message.ruleId}`
    novelty.set(entry.order, firstOfKind.has(key) ? 1 : 0)
    firstOfKind.add(key)
  }
  const severity = {error: 0, warning: 1, info: 2}
  all.sort((a, b) =>
    severity[a.message.severity] - severity[b.message.severity] ||
    novelty.get(a.order)! - novelty.get(b.order)! ||
    rank(a.message) - rank(b.message) ||
    a.order - b.order)

  const counts = {error: 0, warning: 0, notice: 0}
  const omitted = {error: 0, warning: 0, notice: 0}
  const annotations: Annotation[] = []
  const total = all.length
  // Keep one notice (and one job slot) for the overflow notice if needed.
  const overflowing = total > PER_JOB || ['error', 'warning', 'info'].some((level) => all.filter((entry) => entry.message.severity === level).length > PER_LEVEL)
  // Slots the caller needs for its own annotations (the failure message of
  // the step is an error annotation too).
  const reserve = {error: options.reserve?.error ?? 0, warning: options.reserve?.warning ?? 0, notice: options.reserve?.notice ?? 0}
  const jobCap = PER_JOB - (overflowing ? 1 : 0) - reserve.error - reserve.warning - reserve.notice
  for (const {message, file} of all) {
    const level = LEVEL[message.severity]
    const cap = PER_LEVEL - reserve[level] - (level === 'notice' && overflowing ? 1 : 0)
    if (counts[level] >= cap || annotations.length >= jobCap) {
      omitted[level]++
      continue
    }
    counts[level]++
    annotations.push({
      level,
      message: message.reason + (message.expected && message.expected.length > 0 && !message.reason.includes('expected') ? ` (expected: ${message.expected.slice(0, 3).join(', ')})` : ''),
      file,
      line: message.line,
      col: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
      title: message.ruleId
    })
  }
  const plan: AnnotationPlan = {annotations, omitted}
  const left = omitted.error + omitted.warning + omitted.notice
  if (left > 0) {
    const parts = (['error', 'warning', 'notice'] as const).filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} ${level === 'notice' ? 'notice' : level}${omitted[level] === 1 ? '' : 's'}`)
    plan.overflow = {
      level: 'notice',
      message: `translint reported ${total} findings; ${parts.join(', ')} are not annotated because GitHub shows at most ${PER_LEVEL} annotations of each level per step. All findings are in the job summary (and in the SARIF report, if enabled).`,
      file: '',
      line: 0,
      col: 0,
      endLine: 0,
      endColumn: 0,
      title: 'translint: more findings than annotations'
    }
  }
  return plan
}

/** Escape data as @actions/core does. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a property value as @actions/core does. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One workflow command line. */
export function formatAnnotation(annotation: Annotation): string {
  const properties: Array<[string, string | number]> = [['title', annotation.title]]
  if (annotation.file) {
    properties.push(['file', annotation.file], ['line', annotation.line], ['endLine', annotation.endLine], ['col', annotation.col], ['endColumn', annotation.endColumn])
  }
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${annotation.level} ${list}::${escapeData(annotation.message)}`
}

/** The workflow commands for a report, overflow notice last. */
export function reportGithub(files: FileResult[], options: {cwd: string; root?: string}): string {
  const plan = planAnnotations(files, options)
  const lines = plan.annotations.map(formatAnnotation)
  if (plan.overflow) lines.push(formatAnnotation(plan.overflow))
  return lines.join('\n')
}
