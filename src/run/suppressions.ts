/**
 * Suppressions for existing problems, as ESLint 9's bulk suppressions: a
 * file (`translint-suppressions.json`) records how many errors of each rule
 * each translation has, and later runs leave out up to that many, so that a
 * rule can be an error for new problems while the old ones are worked off.
 *
 * The file, keyed by paths relative to its own folder (`/`-separated):
 *
 * ```json
 * {
 *   "translations/sr.txt": {"spelling": {"count": 3}}
 * }
 * ```
 *
 * - Only errors are suppressed, and never the engine's messages about the
 *   run itself (`unreadable`, `internal-error`, `unknown-rule`).
 * - A file with at most as many errors of a rule as recorded has them all
 *   suppressed: they move from `messages` to `suppressedMessages`. A file
 *   with more has them all reported (which are new cannot be told).
 * - An entry that records more than is found is unused: reported, never a
 *   failure; pruning lowers it to what is found and drops zeros.
 * - Entries of files that the run did not check are left alone (a run over
 *   some files says nothing about the others), except when the caller says
 *   they are stale (the file is gone).
 *
 * Data in, data out: nothing here prints or exits. Reading a bad file throws
 * a {@link UsageError} that names the file and the problem.
 */
import fs from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import {compareMessages, countMessages, summarize, type FileResult, type LintMessage, type Summary} from '../lint/messages.js'
import {ENGINE_MESSAGES} from '../lint/engine-messages.js'
import {UsageError} from './source.js'
import {display, inside, realpathOr} from './workspace.js'

/** The suppressions file's name (in the config's folder by default). */
export const SUPPRESSIONS_FILE = 'translint-suppressions.json'

const count = z.number({error: 'must be a whole number'}).int({error: 'must be a whole number'}).min(0, {error: 'must be a whole number'})

/** The suppressions file: path → rule id → `{count}`. */
export const suppressionsSchema = z.record(
  z.string(),
  z.record(z.string(), z.strictObject({count}, {error: 'must be an object `{"count": n}`'}), {error: 'must be an object of rule ids'}),
  {error: 'must be an object of file paths'}
)

export type Suppressions = z.infer<typeof suppressionsSchema>

/** An entry that records more errors than were found (`found` may be 0). */
export interface UnusedSuppression {
  /** The file, as the suppressions file names it. */
  path: string
  ruleId: string
  /** What the file records. */
  count: number
  /** What this run found. */
  found: number
}

/** A FileResult path → its key in the suppressions file. */
export type KeyOf = (file: string) => string

export interface KeyOptions {
  keyOf: KeyOf
  /**
   * Whether the entry of a file that this run did not check is stale (its
   * file no longer exists): then it counts as unused, with nothing found.
   * Default: no entry of an unchecked file is stale.
   */
  stale?: (key: string) => boolean
}

/** What `withSuppressions` adds to a result. */
export interface SuppressionsReport {
  /** The suppressions file (absolute). */
  file: string
  /** Errors left out (in the files' `suppressedMessages`). */
  suppressed: number
  /** Entries recording more errors than were found: `--prune-suppressions` removes them. */
  unused: UnusedSuppression[]
}

/** The engine's messages that nothing silences (a run's problems, not a translation's). */
const NEVER = new Set<string>(['unreadable', 'internal-error', 'unknown-rule'])

/** Whether a message can be suppressed: an error, not one of the engine's about the run itself. */
export function suppressible(message: LintMessage): boolean {
  return message.severity === 'error' && !NEVER.has(message.ruleId)
}

/** The ids that can be suppressed: the rules' and the engine's other messages (`missing-translation`, …). */
export function suppressibleIds(ruleIds: readonly string[]): string[] {
  return [...ruleIds, ...ENGINE_MESSAGES.map((message) => message.id).filter((id) => !NEVER.has(id) && !ruleIds.includes(id))]
}

/**
 * The key function for a suppressions file in `directory`: a result's path
 * (relative to `cwd`, or absolute) relative to that folder, `/`-separated.
 * `paths` is `node:path` (or `path.win32`/`path.posix`, for tests).
 */
export function keyFor(directory: string, cwd: string, paths: typeof path = path): KeyOf {
  return (file) => {
    const relative = paths.relative(directory, paths.resolve(cwd, file))
    return relative.split(paths.sep).join('/')
  }
}

/** The file's messages with the suppressed ones put back, in report order. */
function allMessages(file: FileResult): LintMessage[] {
  return file.suppressedMessages?.length ? [...file.messages, ...file.suppressedMessages].sort(compareMessages) : file.messages
}

/** Suppressible errors per rule id. */
function errorsByRule(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const message of messages) if (suppressible(message)) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
  return counts
}

/** Errors per key and rule over the run's files (suppressed ones included). */
function found(files: readonly FileResult[], keyOf: KeyOf): Map<string, Map<string, number>> {
  const byKey = new Map<string, Map<string, number>>()
  for (const file of files) {
    const key = keyOf(file.path)
    const counts = byKey.get(key) ?? new Map<string, number>()
    for (const [ruleId, value] of errorsByRule(allMessages(file))) counts.set(ruleId, (counts.get(ruleId) ?? 0) + value)
    byKey.set(key, counts)
  }
  return byKey
}

// Keys are file names and rule ids: only own properties count (a file
// named `constructor` is not Object's).
function own<Value>(object: Record<string, Value> | undefined, key: string): Value | undefined {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined
}

function copy(data: Suppressions): Suppressions {
  return Object.fromEntries(Object.entries(data).map(([key, entries]) => [key, Object.fromEntries(Object.entries(entries).map(([ruleId, entry]) => [ruleId, {count: entry.count}]))]))
}

/** Entries that record more than the run found (checked files, and stale ones). */
function unusedOf(data: Suppressions, counts: Map<string, Map<string, number>>, stale?: (key: string) => boolean): UnusedSuppression[] {
  const unused: UnusedSuppression[] = []
  for (const key of Object.keys(data).sort(byCodeUnit)) {
    const here = counts.get(key)
    if (!here && !stale?.(key)) continue
    for (const ruleId of Object.keys(data[key]!).sort(byCodeUnit)) {
      const recorded = data[key]![ruleId]!.count
      const now = here?.get(ruleId) ?? 0
      if (recorded > now) unused.push({path: key, ruleId, count: recorded, found: now})
    }
  }
  return unused
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Read a suppressions file: `undefined` when it does not exist. Throws
 * UsageError naming the file (as shown relative to `cwd`) for one that
 * cannot be read, is not JSON (with the line and column) or has another
 * shape (with the place, as `["sr.txt"]["spelling"].count`).
 */
export async function readSuppressions(file: string, options: {cwd?: string} = {}): Promise<Suppressions | undefined> {
  const name = options.cwd ? display(file, options.cwd) : file
  let text: string
  try {
    text = await fs.promises.readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    throw new UsageError(`${name}: cannot read the suppressions file (${code === 'EISDIR' ? 'it is a directory' : code ?? String(error)})`)
  }
  return parseSuppressions(text, name)
}

/** Parse the text of a suppressions file; `name` is for messages. Throws UsageError. */
export function parseSuppressions(text: string, name: string): Suppressions {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    throw new UsageError(`${name}: ${jsonProblem((error as Error).message, body)}`)
  }
  const parsed = suppressionsSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    // File paths and rule ids in brackets (they hold dots), then `.count`.
    const at = issue.path.map((key, index) => index >= 2 ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`).join('')
    const problem = issue.code === 'unrecognized_keys'
      ? `has ${issue.keys.length === 1 ? 'an unknown key' : 'unknown keys'} ${issue.keys.map((key) => `\`${key}\``).join(', ')}: only \`count\` is allowed`
      : `${issue.message}, found ${describe(valueAt(json, issue.path))}`
    const shape = issue.path.length < 2 ? ' (expected {"<file>": {"<rule id>": {"count": n}}})' : ''
    throw new UsageError(`${name}: ${at ? `${at} ` : 'the file '}${problem}${shape}`)
  }
  return parsed.data
}

/** A JSON.parse message with the line and column instead of the offset, and without the text it quotes. */
function jsonProblem(message: string, text: string): string {
  if (text.trim() === '') return 'not JSON: the file is empty'
  const reason = message.replace(/\r\n|\r|\n/g, ' ').replace(/, ".*" is not valid JSON$/, '')
  const position = /\s*(?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?/.exec(reason)
  if (!position) return `not JSON: ${reason}`
  const offset = Number(position[1])
  const before = text.slice(0, offset)
  const line = before.split(/\r\n|\r|\n/).length
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return `line ${line}, column ${column}: not JSON: ${reason.replace(position[0], '')}`
}

function valueAt(value: unknown, at: ReadonlyArray<PropertyKey>): unknown {
  for (const key of at) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object'
  return JSON.stringify(value)
}

/**
 * The suppressions file's text: keys sorted (by UTF-16 code units), two
 * spaces, a final newline, so that it diffs well under version control.
 */
export function formatSuppressions(data: Suppressions): string {
  const files = Object.keys(data).sort(byCodeUnit).filter((key) => Object.keys(data[key]!).length > 0)
  if (files.length === 0) return '{}\n'
  const blocks = files.map((key) => {
    const rules = Object.keys(data[key]!).sort(byCodeUnit).map((ruleId) => `    ${JSON.stringify(ruleId)}: {\n      "count": ${data[key]![ruleId]!.count}\n    }`)
    return `  ${JSON.stringify(key)}: {\n${rules.join(',\n')}\n  }`
  })
  return `{\n${blocks.join(',\n')}\n}\n`
}

/** Write a suppressions file (creating its folder), as {@link formatSuppressions} lays it out. */
export async function writeSuppressions(file: string, data: Suppressions): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), {recursive: true})
  await fs.promises.writeFile(file, formatSuppressions(data))
}

/**
 * Record the errors of the run's files (suppressed ones included): per file
 * and rule, the count found replaces the one in `existing`; other entries
 * of `existing` are kept (`--suppress-all` merges). With `rules`, only
 * those rules are recorded. Returns the new data and what was recorded from
 * this run: `problems` errors in `files` files.
 */
export function recordSuppressions(files: readonly FileResult[], options: {rules?: readonly string[]; existing?: Suppressions; keyOf: KeyOf}): {data: Suppressions; problems: number; files: number} {
  const data = copy(options.existing ?? {})
  const only = options.rules ? new Set(options.rules) : undefined
  let problems = 0
  let recorded = 0
  for (const [key, counts] of found(files, options.keyOf)) {
    let any = false
    for (const [ruleId, value] of counts) {
      if (only && !only.has(ruleId)) continue
      const entries = own(data, key) ?? {}
      Object.defineProperty(entries, ruleId, {value: {count: value}, enumerable: true, writable: true, configurable: true})
      Object.defineProperty(data, key, {value: entries, enumerable: true, writable: true, configurable: true})
      problems += value
      any = true
    }
    if (any) recorded++
  }
  return {data, problems, files: recorded}
}

/**
 * Lower every entry of the run's files to the errors found (dropping those
 * that reach 0, and files left without entries), and drop stale files'
 * entries. An entry that is exceeded is kept as it is. Returns the new data
 * and what was pruned (each entry with its old count and what was found).
 */
export function pruneSuppressions(files: readonly FileResult[], existing: Suppressions, options: KeyOptions): {data: Suppressions; pruned: UnusedSuppression[]} {
  const data = copy(existing)
  const pruned = unusedOf(existing, found(files, options.keyOf), options.stale)
  for (const entry of pruned) {
    if (entry.found > 0) data[entry.path]![entry.ruleId] = {count: entry.found}
    else delete data[entry.path]![entry.ruleId]
  }
  // Zeros written by hand are dropped too.
  for (const key of Object.keys(data)) {
    for (const ruleId of Object.keys(data[key]!)) if (data[key]![ruleId]!.count === 0) delete data[key]![ruleId]
    if (Object.keys(data[key]!).length === 0) delete data[key]
  }
  return {data, pruned}
}

/**
 * Apply suppressions to the run's files: a file with at most as many errors
 * of a rule as its entry records has them moved from `messages` to
 * `suppressedMessages`; with more, all are reported. Counts are computed
 * again. Files that already carry `suppressedMessages` are taken with those
 * put back first, so applying twice is applying once. Also returns the
 * entries that record more than was found.
 */
export function applySuppressions(files: readonly FileResult[], data: Suppressions, options: KeyOptions): {files: FileResult[]; unused: UnusedSuppression[]} {
  const result = files.map((file) => {
    const messages = allMessages(file)
    const entries = own(data, options.keyOf(file.path))
    const {suppressedMessages: _, ...rest} = file
    const counts = errorsByRule(messages)
    const covered = new Set([...counts].filter(([ruleId, value]) => value <= (own(entries, ruleId)?.count ?? -1)).map(([ruleId]) => ruleId))
    const kept = messages.filter((message) => !(suppressible(message) && covered.has(message.ruleId)))
    const suppressed = messages.filter((message) => suppressible(message) && covered.has(message.ruleId))
    if (suppressed.length === 0 && !file.suppressedMessages) return file
    return countMessages({...rest, messages: kept, ...(suppressed.length > 0 ? {suppressedMessages: suppressed} : {})})
  })
  return {files: result, unused: unusedOf(data, found(files, options.keyOf), options.stale)}
}

export interface WithSuppressionsOptions {
  /**
   * The suppressions file (relative to `cwd`); `false`: none. Default:
   * `translint-suppressions.json` in `root`, when it exists. A file given
   * that does not exist is a UsageError.
   */
  file?: string | false | undefined
  /** The working directory: results' paths are relative to it. */
  cwd: string
  /** The config's folder, where the default file is. */
  root: string
  /** Never read outside this directory (the Action's workspace). */
  workspace?: string | undefined
}

/**
 * A run's result with its suppressions file applied (see
 * {@link applySuppressions}): the files, a new summary, and `suppressions`
 * (the file, how many errors it left out, its unused entries). Without a
 * file (none given and no default one, or `file: false`) the result is
 * returned as it is. Entries of files that do not exist count as unused.
 * Throws UsageError for a file that is given but missing, outside the
 * workspace, or invalid.
 */
export async function withSuppressions<Result extends {files: FileResult[]; summary: Summary}>(result: Result, options: WithSuppressionsOptions): Promise<Result & {suppressions?: SuppressionsReport}> {
  if (options.file === false) return result
  const cwd = path.resolve(options.cwd)
  const file = options.file === undefined ? path.resolve(options.root, SUPPRESSIONS_FILE) : path.resolve(cwd, options.file)
  if (options.workspace !== undefined && !inside(realpathOr(path.resolve(options.workspace)), realpathOr(file))) {
    if (options.file === undefined) return result
    throw new UsageError(`Refused to read the suppressions file \`${display(file, cwd)}\`: it is outside ${options.workspace}`)
  }
  const data = await readSuppressions(file, {cwd})
  if (!data) {
    if (options.file === undefined) return result
    throw new UsageError(`The suppressions file \`${display(file, cwd)}\` does not exist: create it with \`translint --suppress-all\` (or \`--suppress-rule <id>\`)`)
  }
  const directory = path.dirname(file)
  const applied = applySuppressions(result.files, data, {keyOf: keyFor(directory, cwd), stale: (key) => !fs.existsSync(path.resolve(directory, key))})
  const summary = summarize(applied.files)
  return {...result, files: applied.files, summary: {...result.summary, ...summary}, suppressions: {file, suppressed: summary.suppressed, unused: applied.unused}}
}
