/**
 * The default human report, in the style of vfile-reporter: one block per
 * file headed by its path and language, one line per message, a total.
 */
import type {FileResult, Summary, ProjectSummary} from '../lint/messages.js'

export interface StylishOptions {
  color?: boolean
  /** Hide files without messages. */
  quiet?: boolean
  /** The suppressions file (as shown) and its entries that record more errors than were found: a note. */
  suppressions?: {file: string; unused: ReadonlyArray<{path: string; ruleId: string; count: number; found: number}>}
  /** A project's coverage per locale: a table before the total. */
  project?: ProjectSummary
}

/** A project's pages per locale, as a table with aligned columns. */
export function coverageTable(project: ProjectSummary): string[] {
  const head = ['locale', 'translated', 'missing', 'stale', 'failing', 'orphans']
  const rows = project.locales.map((entry) => [entry.locale, entry.translated, entry.missing, entry.stale, entry.failing, entry.orphans].map(String))
  const widths = head.map((title, column) => Math.max(width(title), ...rows.map((row) => width(row[column]!))))
  const line = (cells: string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd()
  return [line(head), ...rows.map(line)]
}

/** Unused entries named in the note; the rest are counted. */
const UNUSED_SHOWN = 3

const codes = {red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24], blue: [34, 39]} as const
type Style = keyof typeof codes

const SOURCES: Record<string, string> = {
  option: 'from --lang',
  config: 'from the config',
  filename: 'from the file name',
  content: 'identified from the content',
  default: 'default'
}

/** Code points, for alignment of columns. */
function width(text: string): number {
  return [...text].length
}

export function reportStylish(files: FileResult[], summary: Summary, options: StylishOptions = {}): string {
  const paint = (style: Style, text: string): string => (options.color ? `\u001B[${codes[style][0]}m${text}\u001B[${codes[style][1]}m` : text)
  const lines: string[] = []
  for (const file of files) {
    if (options.quiet && file.messages.length === 0) continue
    const language = file.language
      ? `${file.languageName ?? file.language} (${file.language}, ${SOURCES[file.languageSource ?? 'default'] ?? file.languageSource})`
      : 'language unknown'
    const verdict = file.errors > 0 ? '' : file.messages.length === 0 ? `  ${paint('green', 'no issues found')}` : ''
    lines.push(`${paint('underline', file.path)}  ${paint('dim', language)}${verdict}`)
    const places = file.messages.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`)
    const placeWidth = Math.max(0, ...places.map(width))
    file.messages.forEach((message, index) => {
      const label = message.severity === 'error' ? paint('red', 'error') : message.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info')
      const padLabel = ' '.repeat(7 - message.severity.length)
      const reason = message.reason.replace(/\n/g, ' ')
      lines.push(`  ${places[index]!}${' '.repeat(placeWidth - width(places[index]!))}  ${label}${padLabel}  ${reason}  ${paint('dim', message.ruleId)}`)
      if (message.note && message.severity !== 'error') lines.push(`  ${' '.repeat(placeWidth)}           ${paint('dim', message.note)}`)
    })
    lines.push('')
  }
  if (options.project && options.project.locales.length > 0) {
    for (const [index, row] of coverageTable(options.project).entries()) lines.push(index === 0 ? paint('dim', row) : row)
    lines.push('')
  }
  const parts: string[] = []
  parts.push(`${summary.files} ${summary.files === 1 ? 'file' : 'files'}`)
  if (summary.errors > 0) parts.push(paint('red', `${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'}`))
  if (summary.warnings > 0) parts.push(paint('yellow', `${summary.warnings} ${summary.warnings === 1 ? 'warning' : 'warnings'}`))
  if (summary.infos > 0) parts.push(`${summary.infos} info`)
  if (summary.errors === 0 && summary.warnings === 0) parts.push(paint('green', 'no problems'))
  const suppressed = summary.suppressed > 0 ? ` ${paint('dim', `(${summary.suppressed} suppressed)`)}` : ''
  lines.push(`${summary.errors > 0 ? paint('red', '✖') : summary.warnings > 0 ? paint('yellow', '⚠') : paint('green', '✔')} ${parts.join(', ')}${suppressed}`)
  const unused = options.suppressions?.unused ?? []
  if (unused.length > 0) {
    const named = unused.slice(0, UNUSED_SHOWN).map((entry) => `${entry.path} ${entry.ruleId} (${entry.count} recorded, ${entry.found} found)`)
    if (unused.length > UNUSED_SHOWN) named.push(`${unused.length - UNUSED_SHOWN} more`)
    lines.push(paint('dim', `${unused.length} unused ${unused.length === 1 ? 'suppression' : 'suppressions'} in ${options.suppressions!.file}: ${named.join(', ')}; remove with --prune-suppressions`))
  }
  return lines.join('\n')
}
