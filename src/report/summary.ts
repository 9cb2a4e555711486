/**
 * The job summary (Markdown for GITHUB_STEP_SUMMARY): a table with a row per
 * file, then every finding with its source counterpart. GitHub refuses a
 * summary over 1 MiB, so the details are trimmed to fit, with a note.
 */
import path from 'node:path'
import type {FileResult, Summary, ProjectSummary} from '../lint/messages.js'

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT = 1024 * 1024

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ')
}

function code(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, ' ')
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``
}

function verdict(file: FileResult): string {
  if (file.messages.some((message) => message.ruleId === 'unreadable' || message.ruleId === 'internal-error')) return '🚫 unreadable'
  if (file.errors > 0) return '❌ fails'
  if (file.warnings > 0) return '⚠️ passes with warnings'
  return '✅ passes'
}

export function reportSummary(files: FileResult[], summary: Summary, options: {cwd: string; root?: string; limit?: number; notAnnotated?: number; project?: ProjectSummary}): string {
  const limit = options.limit ?? SUMMARY_LIMIT
  const root = options.root ?? options.cwd
  const shown = (file: string): string => {
    const relative = path.relative(root, path.resolve(options.cwd, file))
    return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file).split(path.sep).join('/')
  }
  const head: string[] = []
  const status = summary.errors > 0 ? '❌' : summary.warnings > 0 ? '⚠️' : '✅'
  head.push(`## ${status} translint: ${summary.files} ${summary.files === 1 ? 'file' : 'files'}, ${summary.errors} ${summary.errors === 1 ? 'error' : 'errors'}, ${summary.warnings} ${summary.warnings === 1 ? 'warning' : 'warnings'}`, '')
  if (options.notAnnotated) {
    head.push(`> GitHub shows at most 10 annotations of each level per step: ${options.notAnnotated} of the findings below are not annotated in the code view, but all are listed here.`, '')
  }
  if (options.project && options.project.locales.length > 0) {
    head.push('| Locale | Translated | Missing | Stale | Failing | Orphans |', '| --- | ---: | ---: | ---: | ---: | ---: |')
    for (const entry of options.project.locales) head.push(`| ${cell(entry.locale)} | ${entry.translated} | ${entry.missing} | ${entry.stale} | ${entry.failing} | ${entry.orphans} |`)
    head.push('')
  }
  head.push('| File | Language | Verdict | Errors | Warnings | Findings by rule |', '| --- | --- | --- | ---: | ---: | --- |')
  for (const file of files) {
    const byRule = new Map<string, number>()
    for (const message of file.messages) if (message.severity !== 'info') byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1)
    const rules = [...byRule.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, count]) => `${rule} ${count}`).join(', ')
    const language = file.language ? `${file.languageName ?? file.language} (${file.language})` : 'unknown'
    head.push(`| ${cell(code(shown(file.path)))} | ${cell(language)} | ${verdict(file)} | ${file.errors} | ${file.warnings} | ${cell(rules || '—')} |`)
  }
  head.push('')

  const details: string[] = ['### Findings', '']
  let total = 0
  for (const file of files) {
    if (file.messages.length === 0) continue
    details.push(`#### ${code(shown(file.path))}${file.languageName ? ` (${file.languageName})` : ''}`, '', '| Place | Severity | Rule | Finding | In the source |', '| --- | --- | --- | --- | --- |')
    for (const message of file.messages) {
      total++
      const cause = message.cause ? `${message.cause.reason}${message.cause.file ? `, ${code(message.cause.file)}` : ''} ${message.cause.line}:${message.cause.column}` : ''
      const expected = message.expected && message.expected.length > 0 && !message.reason.includes('expected') ? ` Expected: ${message.expected.slice(0, 3).map(code).join(', ')}.` : ''
      details.push(`| ${message.line}:${message.column} | ${message.severity} | [${message.ruleId}](${message.url}) | ${cell(message.reason + expected)} | ${cell(cause)} |`)
    }
    details.push('')
  }

  const text = [...head, ...(total > 0 ? details : [])].join('\n')
  if (Buffer.byteLength(text) <= limit) return text
  // Too large for GitHub (1 MiB). Leave room for the note (1 KiB is plenty).
  const headSize = Buffer.byteLength(head.join('\n'))
  if (headSize + 1024 > limit) {
    // Even the table is too large (thousands of files): keep its first rows.
    const rows = fit(head, 1024, limit)
    const listed = rows.filter((line) => line.startsWith('| `')).length
    return `${rows.join('\n')}\n\n> Trimmed: ${files.length - listed} of ${files.length} files and all ${total} findings are not shown here: the summary would be larger than GitHub's limit (1 MiB). \`translint --format json\` or the SARIF report has them all.\n`
  }
  // Keep the table and as many findings as fit.
  const kept = fit(details, headSize + 1024, limit)
  const listedFindings = kept.filter((line) => /^\| \d+:\d+ \|/.test(line)).length
  return `${[...head, ...kept].join('\n')}\n\n> Trimmed: the full list of ${total} findings is larger than GitHub's summary limit (1 MiB); ${total - listedFindings} findings are not shown here. The annotations, the SARIF report (\`sarif\` input) or \`translint --format json\` have them all.\n`
}

/** The first lines that fit in `limit` bytes, `used` bytes being taken already. */
function fit(lines: string[], used: number, limit: number): string[] {
  const kept: string[] = []
  let size = used
  for (const line of lines) {
    const bytes = Buffer.byteLength(line) + 1
    if (size + bytes > limit) break
    kept.push(line)
    size += bytes
  }
  return kept
}
