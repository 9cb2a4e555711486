/**
 * translint as a unified plugin, for remark pipelines, `remark-cli`,
 * `.remarkrc` files and `unified-language-server` (diagnostics in editors):
 *
 *     import {unified} from 'unified'
 *     import remarkParse from 'remark-parse'
 *     import translint from 'translint/unified'
 *
 *     const file = await unified().use(remarkParse).use(translint, {source: 'README.md', lang: 'es'}).process(vfile)
 *
 * Each translint message becomes a vfile message at the same place, with
 * the same `ruleId`, `reason`, `actual`, `expected`, `note` and `url`, and
 * `source: 'translint'`. The plugin never prints, exits or throws for a
 * problem with its input: a missing source, a bad config or an unknown
 * language tag is one fatal message on the file.
 */
import path from 'node:path'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {check, loadConfig, resolveConfig, rules, ConfigError} from './index.js'
import type {Config, ResolvedConfig, LintMessage} from './index.js'
import {readSourceText, UsageError} from './run/source.js'
import {languageMatcher, ignoredBy} from './run/setup.js'
import {display, realpathOr} from './run/workspace.js'
import {lineStarts, lineIndex} from './text/location.js'
import {LanguageError} from './language/index.js'

/** Options of the plugin: all JSON, so that they work in `.remarkrc.json`. */
export interface Options {
  /**
   * Path of the source document, resolved against `file.cwd` (the working
   * directory of `remark-cli`, the workspace folder of the language server).
   * Default: `source` in the config. Without a source (and without
   * `sourceText`) a translation is checked against the config's `expect`.
   * A file of the pipeline that is the source itself is not checked.
   */
  source?: string
  /** The source document's text, for programs (wins over `source`). */
  sourceText?: string
  /**
   * BCP 47 tag of the translations (`es`, `sr-Latn`, `pt-BR`). Default: the
   * config's `languages` map, then the file name (`es.md`, `README.es.md`,
   * `es/README.md`), then the content.
   */
  lang?: string
  /** BCP 47 tag of the source (default: the config's `sourceLanguage`, `en`). */
  sourceLang?: string
  /**
   * A `translint.config.json` path (resolved against `file.cwd`) or a config
   * object as in that file (its relative paths resolve against `file.cwd`).
   * Default: the nearest `translint.config.json` at or above the file's
   * folder (or `file.cwd`); `false`: none.
   */
  config?: string | Config | false
  /**
   * How the texts are parsed: `markdown` (default: the plugin runs after
   * `remark-parse`) or `text` (paragraphs separated by blank lines).
   */
  format?: 'markdown' | 'text'
}

/**
 * A related place in another file (the source document), as the `cause` of a
 * message: `en.md:7:1-7:38: list item in the source`. Reporters print its
 * `stack`; the language server appends it to the diagnostic.
 */
export interface SourcePlace extends Error {
  /** The source document, relative to `file.cwd` when inside it. */
  file: string | undefined
  /** Lines and columns in the source (columns in code points, as translint counts them). */
  place: {start: {line: number; column: number}; end: {line: number; column: number}}
}

/**
 * Check each file of the pipeline as a translation of a source document.
 * Positions are those of the original text: `offset` is translint's (UTF-16),
 * `line` and `column` are counted as unist and LSP count them (a column is a
 * UTF-16 code unit, so an emoji takes two), which equals translint's
 * code-point columns on lines without characters outside the BMP.
 */
const translint: Plugin<[(Options | null | undefined)?]> = function (options) {
  const settings: Options = options ?? {}
  return async function (_tree, file) {
    await lint(file, settings)
  }
}

export default translint

async function lint(file: VFile, settings: Options): Promise<void> {
  // The original text (a Buffer is decoded as the parser decoded it).
  const text = String(file)
  const cwd = path.resolve(file.cwd)
  const absolute = file.path ? path.resolve(cwd, file.path) : undefined
  try {
    const config = await configFor(settings.config, cwd, absolute)
    if (absolute && ignoredBy(config, absolute)) return
    const sourcePath = settings.sourceText === undefined
      ? settings.source ? path.resolve(cwd, settings.source) : config.source
      : undefined
    // `remark .` also processes the source: it is no translation of itself.
    if (absolute && sourcePath && same(absolute, sourcePath)) return
    const sourceText = settings.sourceText ?? (sourcePath ? (await readSourceText(sourcePath, cwd)).text : undefined)
    const lang = settings.lang ?? (absolute ? languageMatcher(config)(absolute) : undefined)
    const result = await check({
      translation: text,
      format: settings.format ?? 'markdown',
      config,
      ...(sourceText === undefined ? {} : {source: sourceText}),
      ...(absolute ? {path: display(absolute, cwd)} : {}),
      ...(lang ? {lang} : {}),
      ...(settings.sourceLang ? {sourceLang: settings.sourceLang} : {})
    })
    const where = positions(text)
    const sourceDisplay = sourcePath ? display(sourcePath, cwd) : undefined
    for (const message of result.messages) add(file, message, where, sourceDisplay)
  } catch (error) {
    const known = error instanceof UsageError || error instanceof ConfigError || error instanceof LanguageError
    const reason = known ? (error as Error).message : `translint failed on this file: ${(error as Error)?.message ?? String(error)}`
    const message = file.message(reason, {
      place: {line: 1, column: 1},
      source: 'translint',
      ...(known ? {} : {ruleId: 'internal-error', cause: error as Error})
    })
    message.fatal = true
  }
}

function add(file: VFile, message: LintMessage, where: (offset: number) => {line: number; column: number; offset: number}, sourceDisplay: string | undefined): void {
  const cause = message.cause ? sourcePlace(message.cause, message.cause.file ?? sourceDisplay) : undefined
  const added: VFileMessage = file.message(message.reason, {
    place: {start: where(message.offset), end: where(message.endOffset)},
    ruleId: message.ruleId,
    source: 'translint',
    ...(cause ? {cause} : {})
  })
  // vfile's convention: true for errors, false for warnings, undefined for
  // information (what `file.info()` sets; translint's JSON writes null).
  added.fatal = message.fatal === null ? undefined : message.fatal
  added.url = message.url
  if (message.actual !== undefined) added.actual = message.actual
  // Editors offer `expected` as replacements of the reported text
  // (unified-language-server's quick fixes). Where translint reports
  // something missing (an empty place), `expected` is the source's text,
  // to be translated, not inserted: it goes into the note instead.
  const notes = message.note === undefined ? [] : [message.note]
  if (message.expected !== undefined) {
    if (message.actual !== undefined) added.expected = [...message.expected]
    else notes.unshift(`In the source: ${message.expected.map((text) => `\`${text}\``).join(', ')}`)
  }
  if (notes.length > 0) added.note = notes.join('\n')
}

function sourcePlace(cause: NonNullable<LintMessage['cause']>, file: string | undefined): SourcePlace {
  const text = `${file ? `${file}:` : ''}${cause.line}:${cause.column}-${cause.endLine}:${cause.endColumn}: ${cause.reason}`
  const error = new Error(text) as SourcePlace
  error.name = 'SourcePlace'
  // The place, not a JavaScript stack: reporters print `stack`.
  error.stack = text
  error.file = file
  error.place = {start: {line: cause.line, column: cause.column}, end: {line: cause.endLine, column: cause.endColumn}}
  return error
}

/**
 * Line and column (1-based, UTF-16) of translint's offsets into `text`.
 * translint strips a byte order mark before counting offsets; a string value
 * that still has one is one code unit longer.
 */
function positions(text: string): (offset: number) => {line: number; column: number; offset: number} {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const starts = lineStarts(text)
  return (value) => {
    const offset = Math.min(value + shift, text.length)
    const line = lineIndex(starts, offset)
    return {line: line + 1, column: offset - starts[line]! + 1, offset}
  }
}

async function configFor(setting: Options['config'], cwd: string, file: string | undefined): Promise<ResolvedConfig> {
  if (typeof setting === 'string') return loadConfig({cwd, path: setting})
  if (setting && typeof setting === 'object') return resolveConfig(setting, rules, cwd)
  if (setting === false) return resolveConfig({}, rules, cwd)
  return loadConfig({cwd: file ? path.dirname(file) : cwd})
}

function same(a: string, b: string): boolean {
  return a === b || realpathOr(a) === realpathOr(b)
}
