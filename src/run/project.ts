/**
 * A translation project (the config's `documents`): list the project's
 * files, pair every translation with its source (src/run/documents.ts), and
 * say which translations to check, which are missing and which have no
 * source. Reads directory listings only, no file contents.
 *
 * What is checked:
 * - without inputs, every translation of every source;
 * - with inputs (`translint docs/fr/intro.md`), the translations among them
 *   and every translation of a source among them;
 * - with `changed` (the Action's `only-changed`), the same for the files a
 *   pull request changed; files outside the project are left out.
 *
 * `missing-translation` is reported for the sources in play (all of them
 * without inputs), `orphan-translation` for orphans in play.
 */
import path from 'node:path'
import {glob} from 'tinyglobby'
import type {ResolvedConfig} from '../config/schema.js'
import {pairDocuments, type DocumentPair, type PairedDocuments} from './documents.js'
import type {Input} from './files.js'
import type {FileJob, SourceSpec} from './check-file.js'
import {unreadableResult} from './check-file.js'
import {readSourceText} from './source.js'
import {display} from './workspace.js'
import {sha256, canonicalJson} from './cache.js'
import {readHistory} from './history.js'
import {CONFIG_NAME} from './config.js'
import {agreementGroup} from '../compare/agreement.js'
import {decode} from '../document/decode.js'
import {resolveLanguage} from '../language/index.js'
import {countMessages, fileMessage, type FileResult, type LintMessage, type LocaleSummary, type ProjectSummary} from '../lint/messages.js'

export type {LocaleSummary, ProjectSummary}
import {MISSING_TRANSLATION, ORPHAN_TRANSLATION, type EngineMessage} from '../lint/engine-messages.js'
import {docsUrl} from '../lint/docs.js'

/** One translation to check, with its source (absolute paths). */
export interface ProjectPair {
  translation: string
  source: string
  locale: string
}

export interface ProjectPlan {
  /** Translations to check, in report order (source, locale, path). */
  pairs: ProjectPair[]
  /** Expected translations that do not exist, for the sources in play (absolute paths). */
  missing: ProjectPair[]
  /** Translations in play whose source does not exist (absolute paths). */
  orphans: ProjectPair[]
  /** Inputs that are neither a source nor a translation of `documents`. */
  unpaired: Input[]
  /** Every locale of the project (normalised tags), sorted. */
  locales: string[]
  /** The pairing itself, relative to the config's folder. */
  paired: PairedDocuments
}

/** Folders never listed: dependencies and version control. */
const SKIP = ['**/node_modules/**', '**/.git/**']

/** The project's files, relative to the config's folder, `/`-separated. */
export async function listProject(config: ResolvedConfig): Promise<string[]> {
  const files = await glob(['**/*'], {cwd: config.root, dot: false, onlyFiles: true, ignore: [...SKIP, ...config.ignore], expandDirectories: false})
  return files.sort()
}

/**
 * Plan a project run. `inputs` (expanded paths or globs) and `changed`
 * (absolute paths) narrow it as the module's doc says; both absent: all.
 */
export async function planProject(config: ResolvedConfig, options: {inputs?: Input[]; changed?: string[]} = {}): Promise<ProjectPlan> {
  const documents = config.documents ?? []
  const files = await listProject(config)
  const paired = pairDocuments(documents, files, {
    sourceLanguage: config.sourceLanguage,
    ...(config.locales ? {locales: config.locales} : {}),
    ...(config.localeAliases ? {localeAliases: config.localeAliases} : {})
  })
  const absolute = (file: string): string => path.resolve(config.root, file)
  const toPair = (pair: DocumentPair): ProjectPair => ({translation: absolute(pair.translation), source: absolute(pair.source), locale: pair.locale})

  const narrowed = options.inputs !== undefined || options.changed !== undefined
  const wanted = new Set<string>()
  const unpaired: Input[] = []
  const known = new Set<string>()
  for (const source of paired.sources) {
    known.add(absolute(source.source))
    for (const pair of source.translations) known.add(absolute(pair.translation))
  }
  for (const orphan of paired.orphans) known.add(absolute(orphan.translation))
  for (const input of options.inputs ?? []) {
    if (input.error || known.has(input.absolute)) wanted.add(input.absolute)
    else unpaired.push(input)
  }
  for (const file of options.changed ?? []) wanted.add(file)

  const pairs: ProjectPair[] = []
  const missing: ProjectPair[] = []
  for (const source of paired.sources) {
    const all = !narrowed || wanted.has(absolute(source.source))
    for (const pair of source.translations) if (all || wanted.has(absolute(pair.translation))) pairs.push(toPair(pair))
  }
  const inPlay = new Set(paired.sources.filter((source) => !narrowed || wanted.has(absolute(source.source))).map((source) => source.source))
  for (const pair of paired.missing) if (inPlay.has(pair.source)) missing.push(toPair(pair))
  const orphans = paired.orphans.filter((pair) => !narrowed || wanted.has(absolute(pair.translation))).map(toPair)
  return {pairs, missing, orphans, unpaired, locales: paired.locales, paired}
}

// ---------------------------------------------------------------------------
// From a plan to the run's slots

export interface ProjectSlots {
  /** Jobs and ready results (missing, orphan, unreadable source), sorted by path. */
  slots: Array<FileResult | FileJob>
  /** The sources in play, by absolute path. */
  sources: Map<string, SourceSpec>
  /** Every readable translation of each source (before sharding), for agreement. */
  translations: Map<string, Array<{path: string; group: string}>>
  /** Locale per reported path (as displayed), for the summary. */
  locales: Map<string, string>
  ioErrors: number
}

interface SlotOptions {
  config: ResolvedConfig
  cwd: string
  sourceLanguage: string
  languageOf: (file: string) => string | undefined
  outside: (file: string) => boolean
  root: string | undefined
}

/** The language a locale of a path names, as a result states it. */
function languageOf(locale: string): Pick<FileResult, 'language' | 'languageName' | 'languageSource'> {
  const language = resolveLanguage(locale)
  return {language: language.tag, languageName: language.name, languageSource: 'config'}
}

/**
 * The run's slots for a project: a job per translation with its source
 * (read once per source; a source that cannot be read fails its
 * translations, not the run), and results for missing and orphan pages.
 */
export async function projectJobs(plan: ProjectPlan, options: SlotOptions): Promise<ProjectSlots> {
  const {config, cwd} = options
  const sources = new Map<string, SourceSpec>()
  const unusable = new Map<string, string>()
  for (const pair of plan.pairs) {
    if (sources.has(pair.source) || unusable.has(pair.source)) continue
    if (options.outside(pair.source)) {
      unusable.set(pair.source, `its source \`${display(pair.source, cwd)}\` is outside ${options.root}`)
      continue
    }
    try {
      const {text} = await readSourceText(pair.source, cwd)
      sources.set(pair.source, {key: pair.source, text, path: display(pair.source, cwd), language: options.sourceLanguage})
    } catch (error) {
      unusable.set(pair.source, (error as Error).message)
    }
  }
  const slots: Array<FileResult | FileJob> = []
  const translations = new Map<string, Array<{path: string; group: string}>>()
  const locales = new Map<string, string>()
  let ioErrors = 0
  for (const pair of plan.pairs) {
    const shown = display(pair.translation, cwd)
    locales.set(shown, pair.locale)
    const spec = sources.get(pair.source)
    if (!spec) {
      ioErrors++
      slots.push({...unreadableResult(shown, `Cannot check this translation: ${unusable.get(pair.source)}`, 'Fix the source document first; the other translations were checked.'), source: display(pair.source, cwd)})
      continue
    }
    if (options.outside(pair.translation)) {
      ioErrors++
      slots.push({...unreadableResult(shown, `Refused: the file is outside ${options.root}`, 'Only files inside the workspace are checked.'), source: spec.path})
      continue
    }
    const configLang = options.languageOf(pair.translation) ?? pair.locale
    const group = agreementGroup({path: pair.translation, configLang})
    const list = translations.get(pair.source) ?? []
    list.push({path: pair.translation, group})
    translations.set(pair.source, list)
    slots.push({absolute: pair.translation, display: shown, configLang, source: spec})
  }
  // Pages that are not there, or have no source: results without a check.
  const coverage = (message: EngineMessage, pairs: ProjectPair[], words: (pair: {locale: string; shown: string; from: string}) => {reason: string; note: string; expected: string}): void => {
    const severity = config.rules[message.id]?.severity ?? message.defaultSeverity
    if (severity === 'off') return
    for (const pair of pairs) {
      const shown = display(pair.translation, cwd)
      const from = display(pair.source, cwd)
      locales.set(shown, pair.locale)
      const {reason, note, expected} = words({locale: pair.locale, shown, from})
      const entry = fileMessage(message.id, severity, reason, message.url, note)
      entry.expected = [expected]
      slots.push(countMessages({path: shown, source: from, ...languageOf(pair.locale), messages: [entry]}))
    }
  }
  coverage(MISSING_TRANSLATION, plan.missing, ({locale, shown, from}) => ({
    reason: `\`${from}\` has no translation in \`${locale}\`: expected \`${shown}\``,
    note: `Translate \`${from}\` into this file; a page not meant to be translated goes into \`ignore\` (its source's path).`,
    expected: shown
  }))
  coverage(ORPHAN_TRANSLATION, plan.orphans, ({locale, from}) => ({
    reason: `This translation (\`${locale}\`) has no source: expected \`${from}\``,
    note: 'The source was removed or renamed: remove or rename the translation too.',
    expected: from
  }))
  const pathOf = (slot: FileResult | FileJob): string => ('absolute' in slot ? slot.display : slot.path)
  slots.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0))
  return {slots, sources, translations, locales, ioErrors}
}

/** Per locale: translated, missing, stale, failing and orphan pages, from the results. */
export function summarizeProject(files: FileResult[], locales: Map<string, string>): ProjectSummary {
  const byLocale = new Map<string, LocaleSummary>()
  for (const file of files) {
    const locale = locales.get(file.path)
    if (locale === undefined) continue
    let entry = byLocale.get(locale)
    if (!entry) byLocale.set(locale, (entry = {locale, translated: 0, missing: 0, stale: 0, failing: 0, orphans: 0}))
    const ids = new Set(file.messages.map((message) => message.ruleId))
    if (ids.has(MISSING_TRANSLATION.id)) entry.missing++
    else if (ids.has(ORPHAN_TRANSLATION.id)) entry.orphans++
    else {
      entry.translated++
      if (file.messages.some((message) => message.ruleId === 'stale' && message.severity !== 'info')) entry.stale++
      if (file.errors > 0) entry.failing++
    }
  }
  return {locales: [...byLocale.values()].sort((a, b) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0))}
}

/**
 * What a project page's result depends on beyond its bytes and the run's
 * scope (src/run/cache.ts): its source, what that source's translations
 * keep, and how the source changed since the page was updated.
 */
export function dependsOf(job: FileJob): string | undefined {
  if (!job.source) return undefined
  return sha256(canonicalJson({
    source: {path: job.source.path, language: job.source.language, text: sha256(job.source.text), agreement: job.source.agreement ? agreementHash(job.source) : null},
    group: job.group ?? null,
    history: job.history ? {...job.history, previousText: sha256(job.history.previousText)} : null
  }))
}

const agreementHashes = new WeakMap<SourceSpec, string>()
function agreementHash(spec: SourceSpec): string {
  let hash = agreementHashes.get(spec)
  if (hash === undefined) agreementHashes.set(spec, (hash = sha256(canonicalJson(spec.agreement))))
  return hash
}

/**
 * Staleness for the jobs of a project: one pass over git's history
 * (src/run/history.ts). Jobs whose source changed get their `history`.
 * Returns whether it was checked, and why not.
 */
export async function historyOf(jobs: FileJob[], config: ResolvedConfig, read: Map<string, Uint8Array>): Promise<{checked: boolean; reason?: string}> {
  if (jobs.length === 0) return {checked: true}
  const key = (config.rules.stale?.options as {key?: string} | undefined)?.key
  const texts = (file: string): string | undefined => {
    const bytes = read.get(file)
    if (!bytes) return undefined
    const decoded = decode(bytes)
    return decoded.ok ? decoded.text : undefined
  }
  const found = await readHistory(jobs.map((job) => ({translation: job.absolute, source: job.source!.key})), {cwd: config.root, ...(key ? {key} : {}), texts})
  if (!found.ok) return {checked: false, reason: found.reason}
  for (const job of jobs) {
    const history = found.stale.get(job.absolute)
    if (history) job.history = history
  }
  if (found.unknown.size > 0) {
    const [first] = found.unknown.values()
    return {checked: false, reason: `staleness was not checked for ${found.unknown.size} of ${jobs.length} translations: ${first}`}
  }
  return {checked: true}
}

/** The one info message of a run whose staleness could not be checked, on the config file. */
export function historyNote(config: ResolvedConfig, cwd: string, reason: string): FileResult {
  const shown = config.file ? display(config.file, cwd) : CONFIG_NAME
  const message = fileMessage('stale', 'info', reason.charAt(0).toUpperCase() + reason.slice(1), docsUrl('stale'),
    'Staleness needs the git history of the sources and translations: run translint in the repository, and in GitHub Actions check out with `fetch-depth: 0`.')
  return countMessages({path: shown, source: null, language: null, languageName: null, languageSource: null, messages: [message]})
}
