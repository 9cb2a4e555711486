/**
 * One translation file from disk to its result: read, decode, lint. Every
 * failure becomes a message on that file, never an exception, so one bad
 * file never stops the others. Used in the main thread and in workers.
 */
import fs from 'node:fs'
import type {Rule, Resources} from '../lint/rule.js'
import type {ResolvedConfig} from '../config/schema.js'
import {decode} from '../document/decode.js'
import {lintText, prepareSource, type PreparedSource, type HistoryInput} from '../lint/engine.js'
import type {AgreementData} from '../compare/agreement.js'
import {failedFile, fileError, type FileResult} from '../lint/messages.js'
import {UNREADABLE, INTERNAL_ERROR} from '../lint/engine-messages.js'

/** A file to check, as the main thread hands it out. */
export interface FileJob {
  absolute: string
  /** The path shown in reports. */
  display: string
  /** Language from the config's `languages`. */
  configLang?: string
  /** The file's language group for agreement between translations (`agreementGroup`, or a guess). */
  group?: string
  /** Its own source (projects); else the run's. */
  source?: SourceSpec
  /** How its source changed since the translation was brought up to date (projects in git). */
  history?: HistoryInput
}

/** A source as data (it crosses into worker threads): parsed where it is used, once per thread. */
export interface SourceSpec {
  /** Identifies the source within the run (its absolute path). */
  key: string
  text: string
  /** The path shown in reports. */
  path: string
  language: string
  agreement?: AgreementData
}

export interface FileOutcome {
  result: FileResult
  /** The file could not be read (exit code 2 in the CLI). */
  ioError: boolean
}

/** What every file of one run shares. */
export interface RunContext {
  config: ResolvedConfig
  source?: PreparedSource
  /** `--lang` for every translation. */
  lang?: string
  rules: ReadonlyArray<Rule<any>>
  resources: Resources
  /** Give results the texts and their alignment (the review page). */
  review?: boolean
  /** Sources of jobs that bring their own, parsed (see `preparedSource`). */
  prepared?: Map<string, PreparedSource>
}

/** Sources kept parsed per thread: the pool batches a project's pages by source (pool.ts), so a few suffice; a parsed page with its trees is some hundreds of kilobytes. */
const PREPARED_LIMIT = 8

/** The job's own source, parsed once per run and thread, or the run's. */
export function sourceOf(job: FileJob, run: RunContext): PreparedSource | undefined {
  if (!job.source) return run.source
  const prepared = run.prepared ??= new Map()
  let source = prepared.get(job.source.key)
  if (source) {
    // Most recently used last.
    prepared.delete(job.source.key)
  } else {
    const spec = job.source
    source = prepareSource(spec.text, {path: spec.path, language: spec.language, ...(spec.agreement ? {agreement: spec.agreement} : {})})
    if (prepared.size >= PREPARED_LIMIT) prepared.delete(prepared.keys().next().value!)
  }
  prepared.set(job.source.key, source)
  return source
}

/**
 * Read and check one file. `sync` reads it synchronously: in a thread that
 * checks files one after another, an awaited read only adds a round trip
 * through libuv's thread pool per file.
 */
export async function checkFile(job: FileJob, run: RunContext, read: 'sync' | 'async' = 'async'): Promise<FileOutcome> {
  let bytes: Uint8Array
  try {
    bytes = read === 'sync' ? fs.readFileSync(job.absolute) : await fs.promises.readFile(job.absolute)
  } catch (error) {
    return {result: unreadableResult(job.display, ioReason(error), 'Check that the file exists and is readable.'), ioError: true}
  }
  return checkBytes(job, bytes, run)
}

/** Check a file whose bytes were read already. */
export async function checkBytes(job: FileJob, bytes: Uint8Array, run: RunContext): Promise<FileOutcome> {
  const decoded = decode(bytes)
  if (!decoded.ok) return {result: unreadableResult(job.display, decoded.reason, decoded.note), ioError: false}
  try {
    const source = sourceOf(job, run)
    const result = await lintText({
      text: decoded.text,
      path: job.absolute,
      displayPath: job.display,
      ...(run.lang ? {lang: run.lang} : {}),
      ...(job.configLang ? {configLang: job.configLang} : {}),
      ...(job.group ? {group: job.group} : {}),
      ...(source ? {source} : {}),
      ...(job.history ? {history: job.history} : {}),
      ...(run.review ? {review: true} : {}),
      config: run.config,
      rules: run.rules,
      resources: run.resources
    })
    return {result, ioError: false}
  } catch (error) {
    // One file that breaks translint never stops the others.
    return {result: failedResult(job.display, error), ioError: true}
  }
}

export function ioReason(error: unknown): string {
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

export function unreadableResult(file: string, reason: string, note?: string): FileResult {
  return failedFile(file, fileError(UNREADABLE.id, reason, UNREADABLE.url, note))
}

/** A file on which translint itself failed: reported, never a crash. */
export function failedResult(file: string, error: unknown): FileResult {
  return failedFile(file, fileError(
    INTERNAL_ERROR.id,
    `translint failed on this file: ${(error as Error)?.message ?? String(error)}`,
    INTERNAL_ERROR.url,
    'This is a bug in translint: please report it with the file. The other files were checked.'
  ))
}
