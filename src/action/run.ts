/**
 * The GitHub Action: read the inputs, check the translations (with
 * `only-changed`, those the pull request changes and those of the sources
 * it changes), annotate the findings inside `filter-mode`, write the job
 * summary (every finding), the outputs and (optionally) SARIF, and fail the
 * step according to `fail-on` and the findings inside the filter. Reads
 * nothing outside GITHUB_WORKSPACE but the event payload, and needs no
 * token and no network (git reads the clone).
 */
import fs from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import {checkFiles, UsageError} from '../api.js'
import {ConfigError} from '../run/config.js'
import {rules} from '../../rules/index.js'
import {planAnnotations, formatAnnotation} from '../report/github.js'
import {reportSummary} from '../report/summary.js'
import {toSarif} from '../report/sarif.js'
import {reportHtml} from '../report/html.js'
import {resolveLanguage, LanguageError} from '../language/index.js'
import {VERSION} from '../package.js'
import type {CheckFilesOptions} from '../run/check-files.js'
import {readEventBase, readChanges, ChangesError, type Changes} from './changes.js'
import {applyFilter, FILTER_MODES, type FilterMode} from './filter.js'

const FAIL_ON = ['error', 'warning', 'never'] as const

/** What a run with a suppressions file says about it (checkFiles adds it; its result type does not name it yet). */
interface SuppressionsNote {
  file: string
  suppressed: number
  unused: readonly unknown[]
}

/** A boolean input as YAML 1.2 and @actions/core spell it; undefined when it is neither. */
function booleanInput(value: string): boolean | undefined {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE', ''].includes(value)) return false
  return undefined
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/** Paths and globs separated by whitespace or new lines. */
export function splitFiles(input: string): string[] {
  return input.split(/\s+/).map((entry) => entry.trim()).filter(Boolean)
}

function insideWorkspace(workspace: string, entry: string): boolean {
  const relative = path.relative(workspace, path.resolve(workspace, entry))
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

export async function run(): Promise<void> {
  try {
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
    const failOn = (core.getInput('fail-on') || 'error').trim()
    if (!(FAIL_ON as readonly string[]).includes(failOn)) {
      core.setFailed(`Input \`fail-on\` must be one of ${FAIL_ON.join(', ')}, not \`${failOn}\``)
      return
    }
    const filterInput = core.getInput('filter-mode').trim()
    if (filterInput && !(FILTER_MODES as readonly string[]).includes(filterInput)) {
      core.setFailed(`Input \`filter-mode\` must be one of ${FILTER_MODES.join(', ')}, not \`${filterInput}\``)
      return
    }
    const onlyChangedInput = core.getInput('only-changed').trim()
    const onlyChanged = booleanInput(onlyChangedInput)
    if (onlyChanged === undefined) {
      core.setFailed(`Input \`only-changed\` must be \`true\` or \`false\`, not \`${onlyChangedInput}\``)
      return
    }
    const files = splitFiles(core.getInput('files'))
    const source = core.getInput('source').trim()
    const lang = core.getInput('lang').trim()
    const config = core.getInput('config').trim()
    const sarif = core.getInput('sarif').trim()
    const html = core.getInput('html').trim()
    const suppressionsInput = core.getInput('suppressions').trim()
    // `false` turns the suppressions file off; a path names it.
    const suppressions = suppressionsInput === '' ? undefined : booleanInput(suppressionsInput) === false ? false : suppressionsInput

    for (const [name, entry] of [...files.map((file) => ['files', file] as const), ['source', source] as const, ['config', config] as const, ['sarif', sarif] as const, ['html', html] as const, ['suppressions', typeof suppressions === 'string' ? suppressions : ''] as const]) {
      if (entry && !insideWorkspace(workspace, entry)) {
        core.setFailed(`Input \`${name}\`: \`${entry}\` is outside the workspace (${workspace}); translint only reads and writes inside it`)
        return
      }
    }
    if (typeof suppressions === 'string') {
      const file = path.resolve(workspace, suppressions)
      if (!fs.existsSync(file)) {
        core.setFailed(`Input \`suppressions\`: \`${suppressions}\` does not exist in the workspace (${workspace})`)
        return
      }
      const relative = path.relative(fs.realpathSync(workspace), fs.realpathSync(file))
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        core.setFailed(`Input \`suppressions\`: \`${suppressions}\` leads outside the workspace (${workspace}); translint only reads inside it`)
        return
      }
    }
    if (lang) {
      try {
        resolveLanguage(lang)
      } catch (error) {
        if (error instanceof LanguageError) {
          core.setFailed(`Input \`lang\`: ${error.message}`)
          return
        }
        throw error
      }
    }

    // What changed: the base commit from the event, then git.
    const base = readEventBase()
    // reviewdog's default: `added` on pull requests; elsewhere nothing to review, every finding counts.
    let mode: FilterMode = (filterInput || (base.pullRequest ? 'added' : 'nofilter')) as FilterMode
    const notes: string[] = []
    let changes: Changes | undefined
    if (onlyChanged || mode !== 'nofilter') {
      if (!base.sha) {
        // Nothing to compare with (a workflow run by hand, a push that
        // created the branch): check and count everything.
        if (onlyChanged) notes.push(`\`only-changed\`: ${base.origin}, so every translation was checked.`)
        if (mode !== 'nofilter') notes.push(`\`filter-mode: ${mode}\` was not applied: ${base.origin}, so every finding counts.`)
        core.info(`translint: ${base.origin}; checking and counting everything`)
        mode = 'nofilter'
      } else {
        try {
          changes = await readChanges(workspace, base.sha, mode === 'added' ? {context: 0} : mode === 'diff_context' ? {context: 3} : {})
          core.info(`translint: ${plural(changes.files.length, 'file')} changed since ${base.sha.slice(0, 7)} (${base.origin}; ${changes.comparison === 'three-dot' ? 'from the merge base' : 'no merge base in this shallow clone: compared with the base commit itself'})`)
          if (changes.comparison === 'two-dot') notes.push(`This clone is too shallow to have the merge base of ${base.sha.slice(0, 7)} and HEAD, so the changes are those between the two commits; check out with \`fetch-depth: 0\` for exactly the pull request's changes.`)
        } catch (error) {
          if (!(error instanceof ChangesError)) throw error
          if (onlyChanged || filterInput) {
            core.setFailed(`${onlyChanged ? 'only-changed' : 'filter-mode'}: ${error.message}`)
            return
          }
          // The default filter only: keep working as before this input existed.
          notes.push(`\`filter-mode: ${mode}\` (the default on pull requests) was not applied: ${error.message}. Every finding counts.`)
          core.info(`translint: filter-mode ${mode} not applied: ${error.message}`)
          mode = 'nofilter'
        }
      }
    }

    const options: CheckFilesOptions = {
      cwd: workspace,
      root: workspace,
      ...(source ? {source} : {}),
      ...(lang ? {lang} : {}),
      ...(config ? {config} : {}),
      ...(suppressions !== undefined ? {suppressions} : {}),
      ...(onlyChanged && changes ? {changed: changes.files} : {}),
      ...(html ? {review: true} : {})
    }
    const result: Awaited<ReturnType<typeof checkFiles>> & {suppressions?: SuppressionsNote} = await checkFiles(files, options)
    if (result.suppressions && (result.suppressions.suppressed > 0 || result.suppressions.unused.length > 0)) {
      const shown = path.relative(workspace, result.suppressions.file).split(path.sep).join('/')
      const unused = result.suppressions.unused.length
      notes.push(`\`${shown}\` left out ${plural(result.suppressions.suppressed, 'known error')}: not annotated and not failing the step.${unused > 0 ? ` ${unused === 1 ? '1 entry of it records' : `${unused} entries of it record`} more errors than are found now: \`translint --prune-suppressions\` lowers ${unused === 1 ? 'it' : 'them'}.` : ''}`)
    }

    // The findings inside the filter: annotated, and failing the step.
    const filtered = applyFilter(result.files, mode, {files: new Set(changes?.files ?? []), ...(changes?.lines ? {lines: changes.lines} : {})}, workspace)
    const outside = filtered.outside.error + filtered.outside.warning + filtered.outside.info
    const errors = result.summary.errors - filtered.outside.error
    const warnings = result.summary.warnings - filtered.outside.warning
    const failedFiles = filtered.files.filter((file) => file.errors > 0).length
    const scope = mode === 'nofilter' ? '' : ` (filter-mode ${mode})`
    const failure = result.ioErrors > 0
      ? `translint could not read ${result.ioErrors} of the files (see the \`unreadable\` findings)`
      : failOn === 'error' && errors > 0
        ? `translint found ${plural(errors, 'error')} in ${failedFiles} of ${result.summary.files} files${scope}`
        : failOn === 'warning' && errors + warnings > 0
          ? `translint found ${plural(errors, 'error')} and ${plural(warnings, 'warning')}${scope}`
          : undefined
    if (outside > 0) {
      const parts = (['error', 'warning', 'info'] as const).filter((level) => filtered.outside[level] > 0).map((level) => plural(filtered.outside[level], level === 'info' ? 'notice' : level))
      notes.push(`\`filter-mode: ${mode}\`: ${plural(outside, 'finding')} (${parts.join(', ')}) ${outside === 1 ? 'is' : 'are'} outside ${DESCRIBE[mode]}: listed below, but not annotated and not failing the step.`)
    }

    // Annotations: the most severe and useful first, within GitHub's limits
    // (keeping a slot for the failure message, itself an error annotation).
    const plan = planAnnotations(filtered.files, {cwd: workspace, reserve: {error: failure ? 1 : 0}})
    for (const annotation of plan.annotations) process.stdout.write(`${formatAnnotation(annotation)}\n`)
    if (plan.overflow) process.stdout.write(`${formatAnnotation(plan.overflow)}\n`)

    // Reports written to files: only inside the workspace.
    const sarifFile = sarif ? writablePath(workspace, sarif) : undefined
    const htmlFile = html ? writablePath(workspace, html) : undefined
    for (const [name, value, file] of [['sarif', sarif, sarifFile], ['html', html, htmlFile]] as const) {
      if (value && !file) {
        core.setFailed(`Input \`${name}\`: \`${value}\` leads outside the workspace (${workspace}); translint only writes inside it`)
        return
      }
    }
    if (htmlFile) {
      fs.mkdirSync(path.dirname(htmlFile), {recursive: true})
      fs.writeFileSync(htmlFile, reportHtml(result.files, result.summary, {...(result.project ? {project: result.project} : {})}))
      notes.push(`The review page (source and translation side by side, every finding in place) is \`${shownPath(workspace, htmlFile)}\`: upload it with \`actions/upload-artifact\` and open it from the run's artifacts.`)
    }

    if (process.env.GITHUB_STEP_SUMMARY) {
      const notAnnotated = plan.omitted.error + plan.omitted.warning + plan.omitted.notice
      const summary = withNotes(reportSummary(result.files, result.summary, {cwd: workspace, notAnnotated, ...(result.project ? {project: result.project} : {})}), notes)
      await core.summary.addRaw(summary, true).write()
    }

    if (sarifFile) {
      fs.mkdirSync(path.dirname(sarifFile), {recursive: true})
      fs.writeFileSync(sarifFile, `${JSON.stringify(toSarif(result.files, {root: workspace, cwd: workspace, rules, version: VERSION}), null, 2)}\n`)
    }

    core.setOutput('errors', result.summary.errors)
    core.setOutput('warnings', result.summary.warnings)
    core.setOutput('files', result.summary.files)
    core.setOutput('filtered', outside)
    core.setOutput('sarif-file', sarifFile ? shownPath(workspace, sarifFile) : '')
    core.setOutput('html-file', htmlFile ? shownPath(workspace, htmlFile) : '')

    if (failure) core.setFailed(failure)
  } catch (error) {
    if (error instanceof ConfigError) core.setFailed(`Invalid configuration: ${error.message}`)
    else if (error instanceof UsageError) core.setFailed(error.message)
    else core.setFailed(`translint failed: ${(error as Error)?.message ?? String(error)}`)
  }
}

/**
 * Where to write an output file given relative to the workspace, or
 * undefined when it would land outside it, also through symbolic links: the
 * nearest existing folder must be inside, and the file must not be a link.
 */
function writablePath(workspace: string, input: string): string | undefined {
  const file = path.resolve(workspace, input)
  let existing = path.dirname(file)
  while (!fs.existsSync(existing) && existing !== path.dirname(existing)) existing = path.dirname(existing)
  const relative = path.relative(fs.realpathSync(workspace), fs.realpathSync(existing))
  if (relative.startsWith('..') || path.isAbsolute(relative) || (fs.existsSync(file) && fs.lstatSync(file).isSymbolicLink())) return undefined
  return file
}

/** A path as the workspace shows it, with forward slashes. */
function shownPath(workspace: string, file: string): string {
  return path.relative(workspace, file).split(path.sep).join('/')
}

/** What each filter keeps, for the job summary. */
const DESCRIBE: Record<FilterMode, string> = {
  added: 'the lines the changes add or modify (or the source lines they point to)',
  diff_context: 'the lines the diff shows, changed lines and their context (or the source lines they point to)',
  file: 'the files the changes touch (and the translations of the sources they touch)',
  nofilter: 'the filter'
}

/** The job summary with the Action's notes under its title. */
export function withNotes(summary: string, notes: readonly string[]): string {
  if (notes.length === 0) return summary
  const end = summary.indexOf('\n\n')
  const block = notes.map((note) => `> ${note}`).join('\n>\n')
  return end === -1 ? `${summary}\n\n${block}\n` : `${summary.slice(0, end)}\n\n${block}${summary.slice(end)}`
}
