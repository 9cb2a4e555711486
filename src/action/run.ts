/**
 * The GitHub Action: read the inputs, check the translations, annotate the
 * findings, write the job summary, the outputs and (optionally) SARIF, and
 * fail the step according to `fail-on`. Reads nothing outside
 * GITHUB_WORKSPACE and needs no token and no network.
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
import {resolveLanguage, LanguageError} from '../language/index.js'
import {VERSION} from '../package.js'

const FAIL_ON = ['error', 'warning', 'never'] as const

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
    const files = splitFiles(core.getInput('files'))
    const source = core.getInput('source').trim()
    const lang = core.getInput('lang').trim()
    const config = core.getInput('config').trim()
    const sarif = core.getInput('sarif').trim()

    for (const [name, entry] of [...files.map((file) => ['files', file] as const), ['source', source] as const, ['config', config] as const, ['sarif', sarif] as const]) {
      if (entry && !insideWorkspace(workspace, entry)) {
        core.setFailed(`Input \`${name}\`: \`${entry}\` is outside the workspace (${workspace}); translint only reads and writes inside it`)
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

    const result = await checkFiles(files, {
      cwd: workspace,
      root: workspace,
      ...(source ? {source} : {}),
      ...(lang ? {lang} : {}),
      ...(config ? {config} : {})
    })

    const {errors, warnings} = result.summary
    const failure = result.ioErrors > 0
      ? `translint could not read ${result.ioErrors} of the files (see the \`unreadable\` findings)`
      : failOn === 'error' && errors > 0
        ? `translint found ${errors} ${errors === 1 ? 'error' : 'errors'} in ${result.summary.failed} of ${result.summary.files} files`
        : failOn === 'warning' && errors + warnings > 0
          ? `translint found ${errors} ${errors === 1 ? 'error' : 'errors'} and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
          : undefined

    // Annotations: the most severe and useful first, within GitHub's limits
    // (keeping a slot for the failure message, itself an error annotation).
    const plan = planAnnotations(result.files, {cwd: workspace, reserve: {error: failure ? 1 : 0}})
    for (const annotation of plan.annotations) process.stdout.write(`${formatAnnotation(annotation)}\n`)
    if (plan.overflow) process.stdout.write(`${formatAnnotation(plan.overflow)}\n`)

    if (process.env.GITHUB_STEP_SUMMARY) {
      const notAnnotated = plan.omitted.error + plan.omitted.warning + plan.omitted.notice
      await core.summary.addRaw(reportSummary(result.files, result.summary, {cwd: workspace, notAnnotated}), true).write()
    }

    let sarifFile = ''
    if (sarif) {
      sarifFile = path.resolve(workspace, sarif)
      // Also through symbolic links: the nearest existing folder must be
      // inside the workspace, and the file itself must not be a link.
      let existing = path.dirname(sarifFile)
      while (!fs.existsSync(existing) && existing !== path.dirname(existing)) existing = path.dirname(existing)
      const real = fs.realpathSync(existing)
      const realWorkspace = fs.realpathSync(workspace)
      const relative = path.relative(realWorkspace, real)
      if (relative.startsWith('..') || path.isAbsolute(relative) || (fs.existsSync(sarifFile) && fs.lstatSync(sarifFile).isSymbolicLink())) {
        core.setFailed(`Input \`sarif\`: \`${sarif}\` leads outside the workspace (${workspace}); translint only writes inside it`)
        return
      }
      fs.mkdirSync(path.dirname(sarifFile), {recursive: true})
      fs.writeFileSync(sarifFile, `${JSON.stringify(toSarif(result.files, {root: workspace, cwd: workspace, rules, version: VERSION}), null, 2)}\n`)
    }

    core.setOutput('errors', result.summary.errors)
    core.setOutput('warnings', result.summary.warnings)
    core.setOutput('files', result.summary.files)
    core.setOutput('sarif-file', sarif ? path.relative(workspace, sarifFile).split(path.sep).join('/') : '')

    if (failure) core.setFailed(failure)
  } catch (error) {
    if (error instanceof ConfigError) core.setFailed(`Invalid configuration: ${error.message}`)
    else if (error instanceof UsageError) core.setFailed(error.message)
    else core.setFailed(`translint failed: ${(error as Error)?.message ?? String(error)}`)
  }
}
