/**
 * Merging the reports of shards (`translint --shard i/n`) into one report:
 * translint JSON reports (`--format json`) into one list of files, SARIF
 * 2.1.0 logs (`--format sarif`) into one log with one run. Pure functions:
 * nothing is printed, read or written here, and every problem is a
 * {@link MergeError} naming the report and what is wrong with it.
 *
 * Shards must not overlap: a file that is in two reports (the same path in
 * JSON, the same artifact location in SARIF) is an error, not a duplicate
 * silently kept or dropped.
 */
import {canonicalResult, countMessages, fatalOf, fileResultSchema, messageSchema, type FileResult} from '../lint/messages.js'

/** A report that cannot be read or merged; the message names the report. */
export class MergeError extends Error {
  override name = 'MergeError'
  /** The report (file name) concerned, when there is one. */
  readonly report: string | undefined

  constructor(message: string, report?: string) {
    super(message)
    this.report = report
  }
}

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | {[key: string]: Json}
type JsonObject = {[key: string]: Json}

/** A SARIF 2.1.0 log, as far as merging needs to know it. */
export interface SarifLog {
  $schema?: string
  version: '2.1.0'
  runs: SarifRun[]
  [key: string]: unknown
}

export interface SarifRun {
  tool: {driver: SarifDriver; [key: string]: unknown}
  columnKind?: string
  originalUriBaseIds?: Record<string, unknown>
  automationDetails?: Record<string, unknown>
  artifacts?: SarifArtifact[]
  results?: SarifResult[]
  [key: string]: unknown
}

export interface SarifDriver {
  name: string
  version?: string
  rules?: SarifRule[]
  [key: string]: unknown
}

export interface SarifRule {
  id: string
  defaultConfiguration?: {level?: string; [key: string]: unknown}
  [key: string]: unknown
}

export interface SarifArtifact {
  location?: {uri?: string; uriBaseId?: string; index?: number; [key: string]: unknown}
  parentIndex?: number
  [key: string]: unknown
}

export interface SarifResult {
  ruleId?: string
  ruleIndex?: number
  rule?: {id?: string; index?: number; toolComponent?: unknown; [key: string]: unknown}
  level?: string
  kind?: string
  [key: string]: unknown
}

/** A translint JSON report (`--format json`), read back into results. */
export interface JsonReport {
  kind: 'json'
  /** The report's name (its file name), for messages. */
  name: string
  files: FileResult[]
}

/** A SARIF 2.1.0 log (`--format sarif`). */
export interface SarifReport {
  kind: 'sarif'
  name: string
  log: SarifLog
}

export type ParsedReport = JsonReport | SarifReport

/** The result of merging: files (from JSON reports) or one SARIF log. */
export type MergedReport = {kind: 'json'; files: FileResult[]} | {kind: 'sarif'; log: SarifLog}

/** Run properties that results point into by index: they cannot simply be dropped. */
const INDEXED = ['logicalLocations', 'threadFlowLocations', 'graphs', 'webRequests', 'webResponses', 'addresses', 'taxonomies', 'policies', 'translations']

const JSON_FORM = 'a translint JSON report (an array of files, from `--format json`)'
const SARIF_FORM = 'a SARIF 2.1.0 log (from `--format sarif`)'

/**
 * Read one report: a translint JSON report (the array that `--format json`
 * writes) or a SARIF 2.1.0 log (an object with `version: "2.1.0"` and
 * `runs`). A leading byte order mark is ignored. An empty array (a shard
 * without files) is a valid report.
 *
 * @param name the report's name (its file name), used in messages.
 * @throws {MergeError} for anything else: empty text, not JSON, another
 *   shape, another SARIF version, an invalid file, message or index.
 */
export function readReport(text: string, name: string): ParsedReport {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') throw new MergeError(`\`${name}\` is empty: expected ${JSON_FORM} or ${SARIF_FORM}`, name)
  let data: Json
  try {
    data = JSON.parse(body) as Json
  } catch (error) {
    // The parser quotes the text around the problem: keep the message on one line.
    const reason = (error as Error).message.replace(/\r\n|\r|\n/g, '\\n')
    throw new MergeError(`\`${name}\` is not JSON (${reason}): expected ${JSON_FORM} or ${SARIF_FORM}`, name)
  }
  if (Array.isArray(data)) return {kind: 'json', name, files: readFiles(data, name)}
  if (isObject(data) && ('runs' in data || (typeof data.$schema === 'string' && /sarif/i.test(data.$schema)))) return {kind: 'sarif', name, log: readSarif(data, name)}
  throw new MergeError(`\`${name}\` is ${describe(data)}, neither ${JSON_FORM} nor ${SARIF_FORM}`, name)
}

/**
 * The files of all JSON reports, sorted by path (by UTF-16 code units, as
 * translint sorts the files it finds; files with the same path keep their
 * order). Counts of errors, warnings and infos are computed from the
 * messages.
 *
 * @throws {MergeError} when one path is in two reports: shards must not overlap.
 */
export function mergeJson(reports: readonly JsonReport[]): FileResult[] {
  const owner = new Map<string, number>()
  const files: FileResult[] = []
  reports.forEach((report, index) => {
    for (const file of report.files) {
      const first = owner.get(file.path)
      if (first !== undefined && first !== index) throw overlap(`\`${file.path}\``, reports[first]!.name, report.name)
      owner.set(file.path, index)
      files.push(file)
    }
  })
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * One SARIF log with one run from the runs of all logs, in order:
 *
 * - `tool`: the first run's, with `driver.rules` the union of all runs' rules
 *   by `id`, in order of first appearance; every run must come from the same
 *   tool (`driver.name`);
 * - `artifacts`: the union by location (`uriBaseId` and `uri`); the same
 *   artifact in two reports is an error (shards must not overlap);
 * - `results`: all results in report order, with `ruleIndex`, `rule.index`,
 *   every `artifactLocation.index`/`analysisTarget.index` and artifacts'
 *   `parentIndex` pointing into the merged lists;
 * - `columnKind` must be the same in every run; any other run property
 *   (`originalUriBaseIds`, `automationDetails`, …) is kept when it is equal
 *   in every run and left out otherwise (it is an error for properties that
 *   results point into by index, such as `logicalLocations`).
 *
 * Logs without runs contribute nothing; when no log has a run, the result
 * has no run either.
 *
 * @throws {MergeError} naming the reports concerned.
 */
export function mergeSarif(logs: readonly SarifReport[]): SarifLog {
  const runs = logs.flatMap((report, order) => report.log.runs.map((run, index) => ({run, name: report.name, order, at: `runs[${index}]`})))
  const head: {$schema?: string} = logs[0]?.log.$schema === undefined ? {} : {$schema: logs[0].log.$schema}
  const first = runs[0]
  if (!first) return {...head, version: '2.1.0', runs: []}

  for (const {run, name} of runs) {
    if (run.tool.driver.name !== first.run.tool.driver.name) {
      throw new MergeError(`cannot merge SARIF logs of different tools: \`${first.name}\` is from \`${first.run.tool.driver.name}\`, \`${name}\` from \`${run.tool.driver.name}\``, name)
    }
    if (run.columnKind !== first.run.columnKind) {
      throw new MergeError(`cannot merge SARIF logs that count columns differently: \`${first.name}\` has columnKind ${String(first.run.columnKind)}, \`${name}\` ${String(run.columnKind)}`, name)
    }
  }

  const rules: SarifRule[] = []
  const ruleIds = new Map<string, number>()
  const artifacts: SarifArtifact[] = []
  const artifactKeys = new Map<string, {index: number; order: number; name: string}>()
  const results: SarifResult[] = []
  for (const {run, name, order} of runs) {
    const ruleMap = (run.tool.driver.rules ?? []).map((rule) => {
      let index = ruleIds.get(rule.id)
      if (index === undefined) {
        index = rules.push(structuredClone(rule)) - 1
        ruleIds.set(rule.id, index)
      }
      return index
    })
    const added: number[] = []
    const artifactMap = (run.artifacts ?? []).map((artifact) => {
      const key = artifactKey(artifact)
      const known = key === undefined ? undefined : artifactKeys.get(key)
      if (known !== undefined) {
        if (known.order !== order) throw overlap(`the artifact \`${artifact.location?.uri ?? ''}\``, known.name, name)
        return known.index
      }
      const index = artifacts.push(structuredClone(artifact)) - 1
      if (key !== undefined) artifactKeys.set(key, {index, order, name})
      added.push(index)
      return index
    })
    for (const index of added) {
      const artifact = artifacts[index]!
      if (artifact.parentIndex !== undefined && artifact.parentIndex >= 0) artifact.parentIndex = mapped(artifactMap, artifact.parentIndex, 'artifact', name)
    }
    for (const result of run.results ?? []) {
      const copy = structuredClone(result)
      const rule = (index: number): number => mapped(ruleMap, index, 'rule', name)
      if (copy.ruleIndex !== undefined && copy.ruleIndex >= 0) copy.ruleIndex = rule(copy.ruleIndex)
      if (copy.rule?.index !== undefined && copy.rule.index >= 0 && copy.rule.toolComponent === undefined) copy.rule.index = rule(copy.rule.index)
      walkArtifactIndexes(copy, '', (index, _at, holder) => {
        if (typeof index === 'number' && index >= 0) holder.index = mapped(artifactMap, index, 'artifact', name)
      })
      results.push(copy)
    }
  }

  const anyRules = runs.some(({run}) => run.tool.driver.rules !== undefined)
  const driver: SarifDriver = {...structuredClone(first.run.tool.driver), ...(anyRules ? {rules} : {})}
  const merged: SarifRun = {tool: {...structuredClone(first.run.tool), driver}}
  const keys = new Set(runs.flatMap(({run}) => Object.keys(run)))
  for (const key of keys) {
    if (key === 'tool') continue
    if (key === 'artifacts') merged.artifacts = artifacts
    else if (key === 'results') merged.results = results
    else if (runs.every(({run}) => equal(run[key], first.run[key]))) {
      if (first.run[key] !== undefined) merged[key] = structuredClone(first.run[key])
    } else if (INDEXED.includes(key)) {
      const other = runs.find(({run}) => !equal(run[key], first.run[key]))!
      throw new MergeError(`cannot merge SARIF runs whose \`${key}\` differ (\`${first.name}\` and \`${other.name}\`): results point into them by index`, other.name)
    }
  }
  return {...head, version: '2.1.0', runs: [merged]}
}

/**
 * Read and merge report texts: JSON reports into files, SARIF logs into
 * one log. At least one report is needed, and all must be of one kind.
 *
 * @throws {MergeError} for an invalid report, mixed kinds or overlapping shards.
 */
export function mergeReports(reports: ReadonlyArray<{name: string; text: string}>): MergedReport {
  return mergeParsed(reports.map((report) => readReport(report.text, report.name)))
}

/** Merge reports already read with {@link readReport}; see {@link mergeReports}. */
export function mergeParsed(reports: readonly ParsedReport[]): MergedReport {
  const first = reports[0]
  if (!first) throw new MergeError('no reports to merge: expected at least one JSON report or SARIF log')
  const other = reports.find((report) => report.kind !== first.kind)
  if (other) {
    throw new MergeError(`cannot merge JSON reports with SARIF logs: \`${first.name}\` is ${first.kind === 'json' ? 'JSON' : 'SARIF'}, \`${other.name}\` is ${other.kind === 'json' ? 'JSON' : 'SARIF'}; produce every shard with the same --format`, other.name)
  }
  if (first.kind === 'json') return {kind: 'json', files: mergeJson(reports as JsonReport[])}
  return {kind: 'sarif', log: mergeSarif(reports as SarifReport[])}
}

/**
 * The number of errors in a merged report: messages of severity `error` in
 * files; in SARIF, results of kind `fail` (the default) whose level (or else
 * their rule's default level) is `error`.
 */
export function countErrors(merged: MergedReport): number {
  if (merged.kind === 'json') return merged.files.reduce((sum, file) => sum + file.messages.filter((message) => message.severity === 'error').length, 0)
  let errors = 0
  for (const run of merged.log.runs) {
    const rules = run.tool.driver.rules ?? []
    for (const result of run.results ?? []) {
      if (result.kind !== undefined && result.kind !== 'fail') continue
      const rule = result.ruleIndex !== undefined && result.ruleIndex >= 0 ? rules[result.ruleIndex] : rules.find((entry) => entry.id === result.ruleId)
      if ((result.level ?? rule?.defaultConfiguration?.level ?? 'warning') === 'error') errors++
    }
  }
  return errors
}

function overlap(what: string, a: string, b: string): MergeError {
  return a === b
    ? new MergeError(`\`${a}\` is given twice: ${what} would be merged twice`, b)
    : new MergeError(`shards overlap: ${what} is in both \`${a}\` and \`${b}\`; every file must be in exactly one shard`, b)
}

// JSON reports.

/** A file as `translint merge` reads it: the counts are computed again from the messages. */
const reportedFile = fileResultSchema.omit({errors: true, warnings: true, infos: true})
const FILE_KEYS = Object.keys(reportedFile.shape)
const MESSAGE_KEYS = Object.keys(messageSchema.shape)
const CAUSE_KEYS = Object.keys(messageSchema.shape.cause.unwrap().shape)

function readFiles(data: Json[], name: string): FileResult[] {
  return data.map((entry, index) => {
    const file = readFile(entry)
    const parsed = reportedFile.safeParse(file)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      const at = `[${index}]${issue.path.map((key) => typeof key === 'number' ? `[${key}]` : `.${String(key)}`).join('')}`
      throw new MergeError(`\`${name}\` is not a valid translint JSON report: ${at} ${issue.message}, found ${describe(valueAt(file, issue.path))}`, name)
    }
    // Fields in the engine's order: a merged report prints as an unsharded one.
    return canonicalResult(countMessages(parsed.data))
  })
}

/**
 * The fields of a reported file that the schema knows, with what the JSON
 * reporter adds for vfile-reporter-json (`cwd`, `history`, a message's
 * `name`, `stack`, `position`) and the counts left out, a missing language
 * as `null` and a missing `fatal` from the severity.
 */
function readFile(entry: Json): Json {
  if (!isObject(entry)) return entry
  const file = pick(entry, FILE_KEYS)
  file.source ??= null
  file.language ??= null
  file.languageName ??= null
  file.languageSource ??= null
  if (Array.isArray(file.messages)) {
    file.messages = file.messages.map((value) => {
      if (!isObject(value)) return value
      const message = pick(value, MESSAGE_KEYS)
      if (message.fatal === undefined && (message.severity === 'error' || message.severity === 'warning' || message.severity === 'info')) message.fatal = fatalOf(message.severity)
      if (isObject(message.cause)) message.cause = pick(message.cause, CAUSE_KEYS)
      return message
    })
  }
  return file
}

type Fail = (at: string, problem: string) => MergeError

function pick(object: JsonObject, keys: readonly string[]): JsonObject {
  const picked: JsonObject = {}
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key]!
  return picked
}

function valueAt(value: Json | undefined, path: ReadonlyArray<PropertyKey>): Json | undefined {
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, Json>)[key as string]
  }
  return value
}

// SARIF logs.

function readSarif(data: JsonObject, name: string): SarifLog {
  const fail = (at: string, problem: string): MergeError => new MergeError(`\`${name}\` is not a valid SARIF 2.1.0 log: ${at} ${problem}`, name)
  if (data.version !== '2.1.0') {
    const found = data.version === undefined ? 'has no `version`' : `is of version ${describe(data.version)}`
    throw new MergeError(`\`${name}\` looks like a SARIF log but ${found}: only SARIF 2.1.0 logs can be merged`, name)
  }
  const runs = data.runs
  if (!Array.isArray(runs)) throw fail('runs', `must be an array, found ${describe(runs)}`)
  runs.forEach((run, index) => checkRun(run, `runs[${index}]`, fail))
  return data as unknown as SarifLog
}

function checkRun(run: Json, at: string, fail: Fail): void {
  if (!isObject(run)) throw fail(at, `must be a run object, found ${describe(run)}`)
  const tool = run.tool
  if (!isObject(tool) || !isObject(tool.driver)) throw fail(`${at}.tool.driver`, 'is missing')
  if (typeof tool.driver.name !== 'string') throw fail(`${at}.tool.driver.name`, `must be a string, found ${describe(tool.driver.name)}`)
  if (run.columnKind !== undefined && typeof run.columnKind !== 'string') throw fail(`${at}.columnKind`, `must be a string, found ${describe(run.columnKind)}`)
  const rules = arrayOf(tool.driver.rules, `${at}.tool.driver.rules`, fail)
  rules.forEach((rule, index) => {
    if (!isObject(rule)) throw fail(`${at}.tool.driver.rules[${index}]`, `must be an object, found ${describe(rule)}`)
    if (typeof rule.id !== 'string') throw fail(`${at}.tool.driver.rules[${index}].id`, `must be a string, found ${describe(rule.id)}`)
  })
  const artifacts = arrayOf(run.artifacts, `${at}.artifacts`, fail)
  artifacts.forEach((artifact, index) => {
    const place = `${at}.artifacts[${index}]`
    if (!isObject(artifact)) throw fail(place, `must be an object, found ${describe(artifact)}`)
    if (artifact.location !== undefined) {
      if (!isObject(artifact.location)) throw fail(`${place}.location`, `must be an object, found ${describe(artifact.location)}`)
      for (const key of ['uri', 'uriBaseId'] as const) {
        const value = artifact.location[key]
        if (value !== undefined && typeof value !== 'string') throw fail(`${place}.location.${key}`, `must be a string, found ${describe(value)}`)
      }
    }
    checkIndex(artifact.parentIndex, artifacts.length, `${place}.parentIndex`, `${at}.artifacts`, fail)
  })
  arrayOf(run.results, `${at}.results`, fail).forEach((result, index) => {
    const place = `${at}.results[${index}]`
    if (!isObject(result)) throw fail(place, `must be an object, found ${describe(result)}`)
    checkIndex(result.ruleIndex, rules.length, `${place}.ruleIndex`, `${at}.tool.driver.rules`, fail)
    if (result.rule !== undefined) {
      if (!isObject(result.rule)) throw fail(`${place}.rule`, `must be an object, found ${describe(result.rule)}`)
      if (result.rule.toolComponent === undefined) checkIndex(result.rule.index, rules.length, `${place}.rule.index`, `${at}.tool.driver.rules`, fail)
    }
    for (const key of ['level', 'kind', 'ruleId'] as const) {
      if (result[key] !== undefined && typeof result[key] !== 'string') throw fail(`${place}.${key}`, `must be a string, found ${describe(result[key])}`)
    }
    walkArtifactIndexes(result, place, (index, where) => checkIndex(index, artifacts.length, where, `${at}.artifacts`, fail))
  })
}

function arrayOf(value: Json | undefined, at: string, fail: Fail): Json[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw fail(at, `must be an array, found ${describe(value)}`)
  return value
}

/** An index into a list of `length` entries; -1 (SARIF's "none") is allowed. */
function checkIndex(value: Json | undefined, length: number, at: string, list: string, fail: Fail): void {
  if (value === undefined || value === -1) return
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -1) throw fail(at, `must be a whole number, found ${describe(value)}`)
  if (value >= length) throw fail(at, `is ${value}, past the end of ${list} (${length} ${length === 1 ? 'entry' : 'entries'})`)
}

/**
 * Visit every artifact index in a result: the `index` of each
 * `artifactLocation` (in locations, related locations, code flows, fixes,
 * attachments, …) and of `analysisTarget`.
 */
function walkArtifactIndexes(value: unknown, at: string, visit: (index: Json | undefined, at: string, holder: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkArtifactIndexes(item, `${at}[${index}]`, visit))
    return
  }
  if (typeof value !== 'object' || value === null) return
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if ((key === 'artifactLocation' || key === 'analysisTarget') && typeof child === 'object' && child !== null && !Array.isArray(child) && 'index' in child) {
      visit((child as Record<string, Json>).index, `${at}.${key}.index`, child as Record<string, unknown>)
    }
    walkArtifactIndexes(child, `${at}.${key}`, visit)
  }
}

/** The merged index of entry `index` of a run's list; an index past its end is an error. */
function mapped(map: readonly number[], index: number, what: string, name: string): number {
  const target = map[index]
  if (target === undefined) throw new MergeError(`\`${name}\` is not a valid SARIF 2.1.0 log: ${what} index ${index} is past the end of its run's ${what}s (${map.length})`, name)
  return target
}

function artifactKey(artifact: SarifArtifact): string | undefined {
  const uri = artifact.location?.uri
  return uri === undefined ? undefined : `${artifact.location?.uriBaseId ?? ''}\u0000${uri}`
}

// Helpers.

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A short description of a value for messages: its type and a glimpse. */
function describe(value: Json | undefined): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return `${typeof value} \`${text.length > 40 ? `${text.slice(0, 40)}…` : text}\``
}

/** Structural equality of JSON values (object keys in any order). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => equal(item, b[index]))
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left)
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && equal(left[key], right[key]))
}
