/**
 * The library API: `check` for strings, `checkFiles` for files. Both return
 * typed results; neither prints nor exits.
 */
import fs from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import {rules as allRules} from '../rules/index.js'
import type {Rule, Resources} from './engine/rule.js'
import {loadConfig, resolveConfig, findConfig, ConfigError} from './config/load.js'
import type {Config, ResolvedConfig} from './config/schema.js'
import {decode} from './engine/decode.js'
import {lintText, prepareSource, type PreparedSource} from './engine/engine.js'
import {failedFile, fileError, summarize, type CheckResult, type FileResult} from './engine/messages.js'
import {docsUrl, REPOSITORY} from './engine/docs.js'
import {sharedDictionaries} from './dictionaries/index.js'
import {expandInputs, type Input} from './files.js'
import {formatOf, type Format} from './parse/index.js'

export interface CheckOptions {
  /** The source document's text (omit to check against `config.expect`). */
  source?: string
  /** The translation's text. */
  translation: string
  /** BCP 47 tag of the translation (else from `path`, else from the content). */
  lang?: string
  /** BCP 47 tag of the source (default: the config's `sourceLanguage`, `en`). */
  sourceLang?: string
  /** A configuration object (as in `translint.config.json`) or a loaded one. */
  config?: Config | ResolvedConfig
  /** A path for the translation: decides Markdown and may name the language. */
  path?: string
  /** `text` or `markdown` (default from `path`). */
  format?: Format
}

function isResolved(config: Config | ResolvedConfig): config is ResolvedConfig {
  return typeof (config as ResolvedConfig).root === 'string' && typeof (config as ResolvedConfig).rules === 'object' &&
    Object.values((config as ResolvedConfig).rules).every((value) => typeof value === 'object' && value !== null && 'severity' in value)
}

function toResolved(config: Config | ResolvedConfig | undefined, cwd: string): ResolvedConfig {
  if (!config) return resolveConfig({}, allRules, cwd)
  return isResolved(config) ? config : resolveConfig(config, allRules, cwd)
}

function resourcesFor(config: ResolvedConfig): Resources {
  const dictionaries = sharedDictionaries(config.dictionaries, config.root)
  return {speller: (language) => dictionaries.speller(language)}
}

/** Check one translation given as a string. */
export async function check(options: CheckOptions): Promise<FileResult> {
  const config = toResolved(options.config, process.cwd())
  // The source is written in the same format as the translation.
  const format = options.format ?? formatOf(options.path)
  const source = options.source === undefined ? undefined : prepareSource(stripBom(options.source), {
    language: options.sourceLang ?? config.sourceLanguage,
    format
  })
  return lintText({
    text: stripBom(options.translation),
    ...(options.path ? {path: options.path} : {}),
    format,
    ...(options.lang ? {lang: options.lang} : {}),
    ...(source ? {source} : {}),
    config,
    rules: allRules,
    resources: resourcesFor(config)
  })
}

export interface CheckFilesOptions {
  /** The source document (default: the config's `source`). */
  source?: string
  /** BCP 47 tag for every translation (default: config, file name, content). */
  lang?: string
  /** BCP 47 tag of the source. */
  sourceLang?: string
  /** A config file path, a config object, or a loaded config (default: search from `cwd`). */
  config?: string | Config | ResolvedConfig
  /** Working directory for relative paths (default `process.cwd()`). */
  cwd?: string
  /** Rules to run (default: all). */
  rules?: ReadonlyArray<Rule<any>>
  /**
   * Never read outside this directory (the Action's workspace): inputs,
   * the source and the config that resolve outside it, also through
   * symbolic links, are refused.
   */
  root?: string
}

/** A problem with the run itself (source unreadable): not any one translation's fault. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface CheckFilesResult extends CheckResult {
  /** Inputs that could not be read (missing, unreadable): exit code 2 in the CLI. */
  ioErrors: number
  /** The source document, as given. */
  source?: string
}

/**
 * Check files (paths, globs or directories). Every input appears in the
 * result: one that cannot be read carries a fatal `unreadable` message and
 * the others are still checked. Throws ConfigError for a bad configuration
 * and UsageError for an unreadable source.
 */
export async function checkFiles(paths: string[], options: CheckFilesOptions = {}): Promise<CheckFilesResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const rules = options.rules ?? allRules
  const root = options.root === undefined ? undefined : realpathOr(path.resolve(options.root))
  const outside = (file: string): boolean => root !== undefined && !inside(root, realpathOr(file))
  if (typeof options.config === 'string' && outside(path.resolve(cwd, options.config))) {
    throw new UsageError(`Refused to read the config \`${options.config}\`: it is outside ${root}`)
  }
  const config = typeof options.config === 'string'
    ? await loadConfig(rules, {cwd, path: options.config})
    : options.config
      ? toResolved(options.config, cwd)
      : await loadConfig(rules, {cwd, ...(root !== undefined && outside(findConfig(cwd) ?? root) ? {search: false} : {})})

  const sourcePath = options.source ? path.resolve(cwd, options.source) : config.source
  let source: PreparedSource | undefined
  if (sourcePath) {
    if (outside(sourcePath)) throw new UsageError(`Refused to read the source \`${display(sourcePath, cwd)}\`: it is outside ${root}`)
    const bytes = await readSource(sourcePath, cwd)
    const decoded = decode(bytes)
    if (!decoded.ok) throw new UsageError(`Cannot use \`${display(sourcePath, cwd)}\` as the source: ${decoded.reason.replace(/^Cannot read the file as text: /, '')}`)
    source = prepareSource(decoded.text, {path: display(sourcePath, cwd), language: options.sourceLang ?? config.sourceLanguage})
  }

  const inputs: Input[] = paths.length > 0
    ? await expandInputs(paths, cwd, config.ignore.map((pattern) => path.resolve(config.root, pattern)))
    : await expandInputs(config.files.map((pattern) => path.resolve(config.root, pattern)), cwd, config.ignore.map((pattern) => path.resolve(config.root, pattern)), true)
  if (paths.length === 0 && config.files.length === 0) {
    throw new UsageError('No files to check: give paths on the command line or `files` in translint.config.json')
  }

  const languageOf = languageMatcher(config)
  const resources = resourcesFor(config)
  const files: FileResult[] = []
  let ioErrors = 0
  for (const input of inputs) {
    if (sourcePath && input.absolute === sourcePath && input.fromPattern) continue
    const shown = input.display
    if (input.error) {
      ioErrors++
      files.push(unreadableResult(shown, input.error, input.note))
      continue
    }
    if (outside(input.absolute)) {
      ioErrors++
      files.push(unreadableResult(shown, `Refused: the file is outside ${root}`, 'Only files inside the workspace are checked.'))
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = await fs.promises.readFile(input.absolute)
    } catch (error) {
      ioErrors++
      files.push(unreadableResult(shown, ioReason(error), 'Check that the file exists and is readable.'))
      continue
    }
    const decoded = decode(bytes)
    if (!decoded.ok) {
      files.push(unreadableResult(shown, decoded.reason, decoded.note))
      continue
    }
    const configLang = languageOf(input.absolute)
    try {
      files.push(await lintText({
        text: decoded.text,
        path: input.absolute,
        displayPath: shown,
        ...(options.lang ? {lang: options.lang} : {}),
        ...(configLang ? {configLang} : {}),
        ...(source ? {source} : {}),
        config,
        rules,
        resources
      }))
    } catch (error) {
      // One file that breaks translint never stops the others.
      ioErrors++
      files.push(failedResult(shown, error))
    }
  }
  const result: CheckFilesResult = {files, summary: summarize(files), ioErrors}
  if (source?.path) result.source = source.path
  return result
}

async function readSource(file: string, cwd: string): Promise<Uint8Array> {
  try {
    return await fs.promises.readFile(file)
  } catch (error) {
    throw new UsageError(`Cannot read the source \`${display(file, cwd)}\`: ${ioReason(error)}`)
  }
}

function realpathOr(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return file
  }
}

function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT': return 'no such file'
    case 'EACCES':
    case 'EPERM': return 'permission denied'
    case 'EISDIR': return 'is a directory'
    case 'ELOOP': return 'too many symbolic links (a loop?)'
    default: return code ? `cannot read it (${code})` : String((error as Error).message ?? error)
  }
}

function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The config's `languages`: exact paths first, then globs, relative to the config. */
function languageMatcher(config: ResolvedConfig): (file: string) => string | undefined {
  const entries = Object.entries(config.languages).map(([pattern, tag]) => {
    const absolute = path.resolve(config.root, pattern)
    return {absolute, tag, test: picomatch(absolute.split(path.sep).join('/'), {dot: true})}
  })
  return (file) => {
    const exact = entries.find((entry) => entry.absolute === file)
    if (exact) return exact.tag
    const posix = file.split(path.sep).join('/')
    return entries.find((entry) => entry.test(posix))?.tag
  }
}

export function unreadableResult(file: string, reason: string, note?: string): FileResult {
  return failedFile(file, fileError('unreadable', reason, docsUrl('unreadable'), note))
}

/** A file on which translint itself failed: reported, never a crash. */
export function failedResult(file: string, error: unknown): FileResult {
  return failedFile(file, fileError(
    'internal-error',
    `translint failed on this file: ${(error as Error)?.message ?? String(error)}`,
    `${REPOSITORY}/blob/main/README.md#errors-and-exit-codes`,
    'This is a bug in translint: please report it with the file. The other files were checked.'
  ))
}

export {ConfigError}
