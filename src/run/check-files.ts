/**
 * Checking files (the library's `checkFiles`, the command, the Action):
 * config and source first, then the inputs in report order, what the other
 * translations keep, the cache, and the files themselves, in worker threads
 * or in this one.
 */
import fs from 'node:fs'
import path from 'node:path'
import {rules as allRules} from '../../rules/index.js'
import type {Rule} from '../lint/rule.js'
import type {Config, ResolvedConfig} from '../config/schema.js'
import {loadConfig, findConfig} from './config.js'
import {decode} from '../document/decode.js'
import {prepareSource, ruleOrder, type PreparedSource} from '../lint/engine.js'
import {summarize, type CheckResult, type FileResult} from '../lint/messages.js'
import {checkBytes, checkFile, unreadableResult, type FileJob, type FileOutcome, type RunContext} from './check-file.js'
import {checkInPool, defaultThreads, GUESS_AMONG, GUESS_LENGTH} from './pool.js'
import {identifyAmong, type Language} from '../language/index.js'
import {ResultCache, cacheLocation, cacheScope} from './cache.js'
import {inShard, shardKey, type Shard} from './shard.js'
import {SuggestionHelper, suggestWorkerFile} from '../dictionaries/helper.js'
import {expandInputs, type Input} from './files.js'
import {agreementGroup, buildAgreement, type AgreementData} from '../compare/agreement.js'
import {toResolved, resourcesFor, languageMatcher} from './setup.js'
import {UsageError, readSourceText} from './source.js'

export {UsageError}
import {realpathOr, inside, display} from './workspace.js'
import {planProject, projectJobs, historyOf, historyNote, dependsOf, summarizeProject, type ProjectSummary} from './project.js'
import {withSuppressions, type SuppressionsReport} from './suppressions.js'
import {resolveLanguage} from '../language/index.js'

export type {ProjectSummary}

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
   * Worker threads for checking files: `auto` (default) uses all cores when
   * there are several files and the work outweighs starting the workers;
   * 1 checks in this thread.
   */
  concurrency?: number | 'auto'
  /**
   * Keep results in a cache file and reuse them for files whose content,
   * config, source, options and translint version are unchanged.
   */
  cache?: boolean
  /**
   * Give each result the texts and their alignment (`review`), for the
   * review page (`--format html`). Results then come from checking, never
   * from the cache.
   */
  review?: boolean
  /** The cache file, or a directory for `.translintcache` (default: `cwd`). */
  cacheLocation?: string
  /**
   * Check only this shard of the inputs (`{index: 2, count: 3}` for
   * `--shard 2/3`): a stable hash of each path relative to `cwd` decides, so
   * n runs with the same inputs cover every file exactly once.
   */
  shard?: Shard
  /**
   * Never read outside this directory (the Action's workspace): inputs,
   * the source and the config that resolve outside it, also through
   * symbolic links, are refused.
   */
  root?: string
  /**
   * Projects (`documents`): the files a pull request changed (relative to
   * `cwd` or absolute). Only the translations among them and every
   * translation of a source among them are checked, and missing
   * translations only of those sources. With one `source`: a changed source
   * checks every input, else only the inputs among them.
   */
  changed?: string[]
  /**
   * A suppressions file (see `--suppress-all`), or `false` for none
   * (default: `translint-suppressions.json` in the config's folder, when
   * it exists).
   */
  suppressions?: string | false
}


export interface CheckFilesResult extends CheckResult {
  /** Inputs that could not be read (missing, unreadable): exit code 2 in the CLI. */
  ioErrors: number
  /** The source document, as given. */
  source?: string
  /** With `cache`: where it is, what it saved, and why it was not used (if so). */
  cache?: {file: string; hits: number; misses: number; warnings: string[]}
  /** Projects (`documents`): per locale, what is translated, missing, stale and failing. */
  project?: ProjectSummary
  /** The suppressions file applied, how many problems it suppressed, and its entries that record more than was found. */
  suppressions?: SuppressionsReport
}

/**
 * Check files (paths, globs or directories). Every input appears in the
 * result: one that cannot be read carries a fatal `unreadable` message and
 * the others are still checked. Throws ConfigError for a bad configuration
 * and UsageError for an unreadable source or rules whose `after` make a cycle.
 */
export async function checkFiles(paths: string[], options: CheckFilesOptions = {}): Promise<CheckFilesResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const rules = options.rules ?? allRules
  try {
    ruleOrder(rules)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
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

  const changed = options.changed?.map((file) => path.resolve(cwd, file))
  const project = config.documents && !options.source
    ? await planProject(config, {...(paths.length > 0 ? {inputs: await expandInputs(paths, cwd, config.ignore.map((pattern) => path.resolve(config.root, pattern)))} : {}), ...(changed ? {changed} : {})})
    : undefined

  const sourcePath = project ? undefined : options.source ? path.resolve(cwd, options.source) : config.source
  let source: PreparedSource | undefined
  let sourceText: string | undefined
  let sourceBytes: Uint8Array | undefined
  if (sourcePath) {
    if (outside(sourcePath)) throw new UsageError(`Refused to read the source \`${display(sourcePath, cwd)}\`: it is outside ${root}`)
    const read = await readSourceText(sourcePath, cwd)
    sourceBytes = read.bytes
    sourceText = read.text
    source = prepareSource(read.text, {path: display(sourcePath, cwd), language: options.sourceLang ?? config.sourceLanguage})
  }

  let inputs: Input[]
  if (project) {
    inputs = project.unpaired
  } else {
    inputs = paths.length > 0
      ? await expandInputs(paths, cwd, config.ignore.map((pattern) => path.resolve(config.root, pattern)))
      : await expandInputs(config.files.map((pattern) => path.resolve(config.root, pattern)), cwd, config.ignore.map((pattern) => path.resolve(config.root, pattern)), true)
    if (paths.length === 0 && config.files.length === 0) {
      throw new UsageError('No files to check: give paths on the command line, `files` in translint.config.json, or `documents` for a project')
    }
    if (changed && !(sourcePath && changed.includes(sourcePath))) {
      const wanted = new Set(changed)
      inputs = inputs.filter((input) => wanted.has(input.absolute))
    }
  }

  const languageOf = languageMatcher(config)
  // Every input keeps its place in the report; readable ones become jobs.
  const slots: Array<FileResult | FileJob> = []
  const readable: Array<{path: string; group: string}> = []
  let ioErrors = 0
  const sourceLanguage = options.sourceLang ?? config.sourceLanguage
  const projectSlots = project ? await projectJobs(project, {config, cwd, sourceLanguage, languageOf, outside, root}) : undefined
  if (projectSlots) ioErrors += projectSlots.ioErrors
  for (const slot of projectSlots?.slots ?? []) {
    if (options.shard && !inShard(shardKey('absolute' in slot ? slot.absolute : path.resolve(cwd, slot.path), cwd), options.shard)) continue
    slots.push(slot)
  }
  for (const input of inputs) {
    if (sourcePath && input.absolute === sourcePath && input.fromPattern) continue
    // A shard keeps its part of the inputs, unreadable ones included, so
    // that the shards together name every input exactly once.
    if (input.error || outside(input.absolute)) {
      if (options.shard && !inShard(shardKey(input.absolute, cwd), options.shard)) continue
    }
    if (input.error) {
      ioErrors++
      slots.push(unreadableResult(input.display, input.error, input.note))
    } else if (outside(input.absolute)) {
      ioErrors++
      slots.push(unreadableResult(input.display, `Refused: the file is outside ${root}`, 'Only files inside the workspace are checked.'))
    } else {
      const configLang = languageOf(input.absolute)
      readable.push({path: input.absolute, group: agreementGroup({path: input.absolute, ...(options.lang ? {lang: options.lang} : {}), ...(configLang ? {configLang} : {})})})
      if (options.shard && !inShard(shardKey(input.absolute, cwd), options.shard)) continue
      slots.push({absolute: input.absolute, display: input.display, ...(configLang ? {configLang} : {})})
    }
  }
  // What the other translations keep is counted over every readable input,
  // before sharding, so that each shard sees the same evidence. It changes
  // results, so it is part of the cache's scope.
  const read = new Map<string, Uint8Array>()
  if (source && sourceText !== undefined) {
    const agreement = await agreementOf(sourceText, source.language, readable, read)
    if (agreement) {
      source.agreement = agreement
      const groups = new Map(readable.map((file) => [file.path, file.group]))
      for (const slot of slots) if ('absolute' in slot) slot.group = groups.get(slot.absolute)!
    }
  }
  // Per source, as above: what its translations keep (all of them, before
  // sharding). agreementOf may refine a file's group (a guess); the jobs
  // take it. With a cache, before anything is checked: it is part of each
  // entry's key. Without, just before the first of the source's pages is
  // checked: the workers start on the first sources while this thread
  // counts the others (a project of 10,000 pages: 2 to 3 s less before
  // the first page is checked).
  const agreed = new Set<string>()
  const projectGroups = new Map<string, string>()
  const agree = async (key: string): Promise<void> => {
    if (!projectSlots || agreed.has(key)) return
    agreed.add(key)
    const spec = projectSlots.sources.get(key)!
    const files = projectSlots.translations.get(key) ?? []
    const agreement = await agreementOf(spec.text, resolveLanguage(spec.language), files, read)
    if (!agreement) return
    spec.agreement = agreement
    for (const file of files) projectGroups.set(file.path, file.group)
  }
  const prepareJob = async (job: FileJob): Promise<void> => {
    if (!job.source) return
    await agree(job.source.key)
    if (job.source.agreement) job.group = projectGroups.get(job.absolute)!
  }
  const deferAgreement = projectSlots !== undefined && !(options.cache && !options.review)
  if (projectSlots && !deferAgreement) {
    for (const key of projectSlots.translations.keys()) await agree(key)
    for (const slot of slots) if ('absolute' in slot) await prepareJob(slot)
  } else if (projectSlots) {
    // Staleness and the pool's estimates read the bytes now.
    for (const files of projectSlots.translations.values()) for (const file of files) bytesOf(read, file.path)
  }
  // How each source changed since its translations were brought up to date.
  let history: {checked: boolean; reason?: string} | undefined
  if (projectSlots && config.rules.stale?.severity !== 'off' && rules.some((rule) => rule.id === 'stale')) {
    const jobs = slots.filter((slot): slot is FileJob => 'absolute' in slot && slot.source !== undefined)
    history = await historyOf(jobs, config, read)
  }
  const cache = options.cache && !options.review ? await ResultCache.open(cacheLocation(options.cacheLocation, cwd), await cacheScope({
    config,
    cwd,
    rules,
    ...(sourcePath && sourceBytes ? {source: {path: display(sourcePath, cwd), language: options.sourceLang ?? config.sourceLanguage, content: sourceBytes}} : {}),
    ...(options.lang ? {lang: options.lang} : {}),
    ...(options.sourceLang ? {sourceLang: options.sourceLang} : {}),
    ...(source?.agreement ? {agreement: source.agreement} : {})
  })) : undefined
  // With a cache, a file whose bytes, config, source and version are
  // unchanged takes its stored result; the others are checked.
  const contents = new Map<FileJob, Uint8Array>()
  for (let index = 0; cache && index < slots.length; index++) {
    const slot = slots[index]!
    if (!('absolute' in slot)) continue
    const bytes = bytesOf(read, slot.absolute)
    if (!bytes) continue // checkFile reports it.
    const stored = cache.get(slot.display, bytes, dependsOf(slot))
    if (stored) slots[index] = stored
    else contents.set(slot, bytes)
  }

  const jobs = slots.filter((slot): slot is FileJob => 'absolute' in slot)
  const run: RunContext = {config, rules, resources: resourcesFor(config), ...(options.lang ? {lang: options.lang} : {}), ...(source ? {source} : {}), ...(options.review ? {review: true} : {})}
  const threads = options.concurrency === undefined || options.concurrency === 'auto' ? defaultThreads(jobs.length) : options.concurrency
  // Custom rules are functions: they cannot cross into worker threads.
  const pooled = threads > 1 && rules === allRules && jobs.length > 1
    ? await checkInPool(jobs, {
      key: `${process.pid}:${++runs}`,
      config,
      ...(options.lang ? {lang: options.lang} : {}),
      ...(options.review ? {review: true} : {}),
      ...(source && sourceText !== undefined ? {source: {text: sourceText, language: source.language.tag, ...(source.path ? {path: source.path} : {}), ...(source.agreement ? {agreement: source.agreement} : {})}} : {})
    }, {threads, contents: read, here: run, ...(deferAgreement ? {prepare: prepareJob} : {})})
    : undefined
  const outcomes: FileOutcome[] = []
  if (pooled) outcomes.push(...pooled)
  else outcomes.push(...await checkHere(jobs, run, contents, threads, deferAgreement ? prepareJob : undefined))

  const files: FileResult[] = []
  // A file that could not be read or checked was still meant for this source.
  const fromSource = (result: FileResult, job?: FileJob): FileResult => {
    const path = job?.source?.path ?? source?.path
    return result.source === null && path !== undefined ? {...result, source: path} : result
  }
  let next = 0
  for (const slot of slots) {
    if ('absolute' in slot) {
      const outcome = outcomes[next++]!
      if (outcome.ioError) ioErrors++
      files.push(fromSource(outcome.result, slot))
      const bytes = contents.get(slot)
      if (cache && bytes) cache.set(slot.display, bytes, outcome.result, dependsOf(slot))
    } else {
      files.push(fromSource(slot))
    }
  }
  if (projectSlots && history && !history.checked && (!options.shard || options.shard.index === 1)) {
    files.push(historyNote(config, cwd, history.reason ?? 'staleness was not checked'))
  }
  let result: CheckFilesResult = {files, summary: summarize(files), ioErrors}
  if (source?.path) result.source = source.path
  if (options.suppressions !== false) {
    result = await withSuppressions(result, {cwd, root: config.root, ...(root !== undefined ? {workspace: root} : {}), ...(options.suppressions ? {file: path.resolve(cwd, options.suppressions)} : {})})
  }
  // After suppressions: a page is failing for what still fails the run.
  if (projectSlots) result.project = summarizeProject(result.files, projectSlots.locales)
  if (cache) {
    await cache.save()
    result.cache = {file: cache.file, hits: cache.hits, misses: cache.misses, warnings: [...cache.warnings]}
  }
  return result
}

let runs = 0

/** Files checked at once in this thread when a helper computes suggestions. */
const IN_FLIGHT = 4

/**
 * Check files in this thread. With several files (and more than one
 * thread allowed), spelling suggestions go to a helper thread and the next
 * file is checked while they are computed; outcomes stay in job order.
 */
async function checkHere(jobs: FileJob[], run: RunContext, contents: Map<FileJob, Uint8Array>, threads: number, prepare?: (job: FileJob) => Promise<void>): Promise<FileOutcome[]> {
  // Bytes read for the cache are not read again.
  const one = async (job: FileJob, context: RunContext): Promise<FileOutcome> => {
    if (prepare) await prepare(job)
    const bytes = contents.get(job)
    return bytes ? checkBytes(job, bytes, context) : checkFile(job, context)
  }
  const file = jobs.length > 1 && threads > 1 ? suggestWorkerFile() : undefined
  if (!file) {
    const outcomes: FileOutcome[] = []
    for (const job of jobs) outcomes.push(await one(job, run))
    return outcomes
  }
  const helper = new SuggestionHelper(file, run.config.dictionaries, run.config.root)
  const context: RunContext = {...run, resources: {...run.resources, suggest: (language, word, here) => helper.suggest(language, word, here)}}
  const outcomes: FileOutcome[] = new Array(jobs.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++
      outcomes[index] = await one(jobs[index]!, context)
    }
  }
  try {
    await Promise.all(Array.from({length: Math.min(IN_FLIGHT, jobs.length)}, lane))
  } finally {
    await helper.close()
  }
  return outcomes
}

/**
 * A file's bytes, read once per run (`read` keeps them for the agreement,
 * staleness, the pool's estimates and the cache), or undefined when it
 * cannot be read (checking it reports why). Read synchronously: nothing
 * else runs yet, and thousands of awaited reads in a row cost a round trip
 * to libuv's thread pool each (a project of 10,000 pages: 7 s of a 15 s
 * cached run).
 */
function bytesOf(read: Map<string, Uint8Array>, file: string): Uint8Array | undefined {
  let bytes = read.get(file)
  if (bytes) return bytes
  try {
    bytes = fs.readFileSync(file)
  } catch {
    return undefined
  }
  read.set(file, bytes)
  return bytes
}

/**
 * What the translations of the run keep of the source's words (with three
 * or more translations; fewer say nothing). Files that cannot be read or
 * decoded are left out here and reported when they are checked.
 */
async function agreementOf(sourceText: string, sourceLanguage: Language, files: Array<{path: string; group: string}>, read: Map<string, Uint8Array>): Promise<AgreementData | undefined> {
  const sourceGroup = agreementGroup({lang: sourceLanguage.tag})
  const sourceFranc = sourceLanguage.franc
  if (files.length < 3) return undefined
  const texts: Array<{group: string; text: string}> = []
  for (const file of files) {
    const bytes = bytesOf(read, file.path)
    if (!bytes) continue
    const decoded = decode(bytes)
    if (!decoded.ok) continue
    // A file whose name does not say its language: a quick guess among the
    // languages with dictionaries, so that copies of one language are one vote.
    if (file.group.startsWith('file:')) {
      const guess = identifyAmong(decoded.text.slice(0, GUESS_LENGTH), GUESS_AMONG)
      if (guess) file.group = `guess:${guess}`
    }
    // A file in the source's language is not a translation: no vote.
    if (decoded.text === sourceText || file.group === sourceGroup || file.group === `guess:${sourceFranc}`) continue
    texts.push({group: file.group, text: decoded.text})
  }
  const data = buildAgreement(sourceText, texts)
  return data.groups.length >= 3 ? data : undefined
}
