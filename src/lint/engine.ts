/**
 * The engine, for one translation already decoded (src/run/check-file.ts
 * decodes): parse, decide the language, compare with the source, run the
 * rules in their order, apply comment markers and return a typed result.
 * It never prints and never exits.
 */
import type {Rule, Report, RuleContext, SourceView, SourceHistory, Resources, Severity} from './rule.js'
import type {ResolvedConfig} from '../config/schema.js'
import {parse, outline, formatOf, type Format, type ParsedDocument} from '../document/index.js'
import {resolveLanguage} from '../language/index.js'
import {decideLanguage} from '../language/decide.js'
import {sourceAcronyms, definedAcronyms, termSpecs, findTerms, namesBeforeTerms, findPhrases, rangeSet, alignOutlines, findInUnits} from '../compare/analyze.js'
import {compareMessages, countMessages, fatalOf, fileError, type FileResult, type LintMessage} from './messages.js'
import {reviewOf} from './review.js'
import {applyMarkers} from './markers.js'
import {docsUrl} from './docs.js'
import {termMatcher} from '../text/terms.js'
import {Agreement, agreementGroup, type AgreementData} from '../compare/agreement.js'

export interface PreparedSource extends SourceView {
  acronyms: string[]
  /** Acronyms the source defines (`… Association (IWCA)`): required in translations. */
  defined: string[]
  /** Names written out before acronyms in the source (protected everywhere). */
  names: string[]
  /** What the run's translations of this source keep (with three or more translations). */
  agreement?: AgreementData
}

/** Parse a source document once; reuse it for every translation. */
export function prepareSource(text: string, options: {path?: string; language?: string; format?: Format; agreement?: AgreementData}): PreparedSource {
  const doc = parse(text, options.format ?? formatOf(options.path))
  const tree = outline(doc)
  const language = resolveLanguage(options.language ?? 'en')
  const acronyms = sourceAcronyms(tree)
  const names: string[] = []
  for (const acronym of acronyms) {
    const matcher = termMatcher({term: acronym, variants: [], transliterate: false}, 'Latn')
    for (const [start, end] of namesBeforeTerms(doc, findInUnits(tree.units, matcher.find))) {
      names.push(doc.text.slice(start, end).trim())
    }
  }
  const defined = definedAcronyms(doc, tree, acronyms)
  const source: PreparedSource = {doc, outline: tree, language, acronyms, defined, names: [...new Set(names)]}
  if (options.path !== undefined) source.path = options.path
  if (options.agreement) source.agreement = options.agreement
  return source
}

export interface LintTextOptions {
  text: string
  path?: string
  /** Display path for the result (defaults to `path`). */
  displayPath?: string
  format?: Format
  /** Explicit language (from `--lang` or the API). */
  lang?: string
  /** Language from the config's `languages` map. */
  configLang?: string
  /** The translation's language group in the source's agreement data (default: `agreementGroup` of path and tags). */
  group?: string
  source?: PreparedSource
  /** The source as the translation last followed it, when the source changed since (src/run/history.ts). */
  history?: HistoryInput
  /** Also give the texts and their alignment for the review page (`review` on the result). */
  review?: boolean
  config: ResolvedConfig
  rules: ReadonlyArray<Rule<any>>
  resources: Resources
}

/** What the engine needs to give rules a `SourceHistory`: the earlier source's text instead of its tree. */
export interface HistoryInput extends Omit<SourceHistory, 'previous'> {
  /** The source's text at `base`. */
  previousText: string
}

const normalize = (text: string): string => text.replace(/[\s*_`]+/g, ' ').trim().toLowerCase()

/**
 * Link texts kept as in the source, with the same target: titles of
 * resources in the source language (`[Graph Algorithms (video)](…)`).
 */
function copiedLinks(source: PreparedSource, doc: ParsedDocument): Array<[number, number]> {
  if (source.doc.links.length === 0 || doc.links.length === 0) return []
  const texts = new Map<string, Set<string>>()
  for (const link of source.doc.links) {
    const set = texts.get(link.url) ?? new Set<string>()
    set.add(normalize(source.doc.text.slice(link.start, link.end)))
    texts.set(link.url, set)
  }
  return doc.links.filter((link) => texts.get(link.url)?.has(normalize(doc.text.slice(link.start, link.end)))).map((link) => [link.start, link.end])
}

const identifierCache = new WeakMap<PreparedSource, Set<string>>()

/**
 * Words the source writes as code (`grep`, `ctrl-r`): identifiers, also when
 * the translation writes them without backticks.
 */
function sourceIdentifiers(source: PreparedSource, tree: ReturnType<typeof outline>): Array<[number, number]> {
  let identifiers = identifierCache.get(source)
  if (!identifiers) {
    identifiers = new Set()
    for (const [start, end] of source.doc.literals) {
      const code = source.doc.text.slice(start, end)
      if (code.length > 200) continue
      for (const word of code.match(/[\p{L}\p{N}_.-]+/gu) ?? []) if (/\p{L}/u.test(word)) identifiers.add(word)
    }
    identifierCache.set(source, identifiers)
  }
  if (identifiers.size === 0) return []
  const ranges: Array<[number, number]> = []
  for (const unit of tree.units) for (const word of unit.words) if (identifiers.has(word.value)) ranges.push([word.start, word.end])
  return ranges
}

/** The words of a document's prose, without URLs and code, for identification. */
function proseOf(tree: ReturnType<typeof outline>): string {
  const words: string[] = []
  let length = 0
  for (const unit of tree.units) {
    for (const word of unit.words) {
      if (word.literal || word.quoted) continue
      words.push(word.value)
      length += word.value.length + 1
      if (length > 20000) return words.join(' ')
    }
    words.push('\n')
  }
  return words.join(' ')
}

const acronymCache = new WeakMap<PreparedSource, Promise<string[]>>()

/**
 * The source's acronyms that are terms: not the ones that are words of the
 * source language written in capitals (`HERE`, `LIVE`), unless the source
 * defines them.
 */
function knownAcronyms(source: PreparedSource, resources: Resources): Promise<string[]> {
  let pending = acronymCache.get(source)
  if (!pending) {
    pending = resources.speller(source.language).then((speller) =>
      source.acronyms.filter((acronym) => !speller || !speller.correct(acronym.toLowerCase()) || source.defined.includes(acronym)))
    acronymCache.set(source, pending)
  }
  return pending
}

const previousViews = new WeakMap<PreparedSource, Map<string, SourceView>>()

/**
 * The source as it was at a translation's base, parsed in the source's
 * format. The translations of one source mostly share a base (a change to
 * the source makes all of them stale at once): parsed once per text.
 */
function previousView(source: PreparedSource, text: string): SourceView {
  let views = previousViews.get(source)
  if (!views) previousViews.set(source, (views = new Map()))
  let view = views.get(text)
  if (!view) {
    const doc = parse(text, source.doc.format)
    view = {doc, outline: outline(doc), language: source.language, ...(source.path !== undefined ? {path: source.path} : {})}
    views.set(text, view)
  }
  return view
}

/** Lint decoded text. Rules that throw become one error message, not a crash. */
export async function lintText(options: LintTextOptions): Promise<FileResult> {
  const displayPath = options.displayPath ?? options.path ?? '<translation>'
  const doc = parse(options.text, options.format ?? formatOf(options.path))
  const tree = outline(doc)
  const decided = decideLanguage(proseOf(tree), options)
  const messages: LintMessage[] = []
  const language = decided.language ?? resolveLanguage(options.source?.language.tag ?? 'en')

  const source = options.source
  const specs = termSpecs(source ? await knownAcronyms(source, options.resources) : [], options.config.terms, language, source?.defined)
  const terms = findTerms(specs, language, tree, source)
  const alignment = source ? alignOutlines(source.outline, tree, terms, {source: source.doc.links, target: doc.links}) : undefined

  const protectedRanges: Array<[number, number]> = []
  for (const occurrence of terms) for (const match of occurrence.target) protectedRanges.push([match.start, match.end])
  protectedRanges.push(...namesBeforeTerms(doc, terms.flatMap((occurrence) => occurrence.target)))
  protectedRanges.push(...findPhrases(doc.text, [...options.config.protect, ...(source?.names ?? [])]))
  protectedRanges.push(...doc.literals)
  if (source) protectedRanges.push(...copiedLinks(source, doc), ...sourceIdentifiers(source, tree))
  for (const unit of tree.units) for (const word of unit.words) if (word.literal) protectedRanges.push([word.start, word.end])
  const isProtected = rangeSet(protectedRanges)
  const agreement = source?.agreement
    ? new Agreement(source.agreement, options.group ?? agreementGroup({
      ...(options.path !== undefined ? {path: options.path} : {}),
      ...(options.lang ? {lang: options.lang} : {}),
      ...(options.configLang ? {configLang: options.configLang} : {})
    }))
    : undefined

  let history: SourceHistory | undefined
  if (source && options.history) {
    const {previousText, ...rest} = options.history
    history = {...rest, previous: previousView(source, previousText)}
  }

  const reported = new Map<string, Array<{start: number; end: number}>>()
  for (const rule of ruleOrder(options.rules)) {
    const setting = options.config.rules[rule.id] ?? {severity: rule.defaultSeverity, options: {}}
    const ruleSeverity = setting.severity
    if (ruleSeverity === 'off') continue
    if (rule.needsSource && !source) continue
    const ruleOptions = rule.options ? rule.options.parse(setting.options) : setting.options
    const places: Array<{start: number; end: number}> = []
    reported.set(rule.id, places)
    const report = (entry: Report): void => {
      // A report may lower the rule's severity (uncertain evidence), never raise it.
      const severity: Severity = entry.severity === 'info' || (entry.severity === 'warning' && ruleSeverity === 'error') ? entry.severity : ruleSeverity
      messages.push(toMessage(rule.id, severity, entry, doc, source))
      places.push({start: entry.start, end: entry.end})
    }
    const context: RuleContext<unknown> = {
      doc,
      outline: tree,
      language,
      languageSource: decided.source,
      terms,
      isProtected,
      options: ruleOptions,
      config: options.config,
      resources: options.resources,
      report,
      reportedBy: (ruleId) => {
        if (!rule.after?.includes(ruleId)) throw new Error(`\`${rule.id}\` reads the reports of \`${ruleId}\` without declaring it in \`after\``)
        return reported.get(ruleId) ?? []
      }
    }
    if (options.path !== undefined) context.path = options.path
    if (source) context.source = source
    if (alignment) context.alignment = alignment
    if (agreement) context.agreement = agreement
    if (history) context.history = history
    try {
      await rule.check(context)
    } catch (error) {
      messages.push(fileError(rule.id, `Rule \`${rule.id}\` failed on this file: ${(error as Error)?.message ?? String(error)}`, docsUrl(rule.id), 'This is a bug in translint: please report it with the file.'))
    }
  }

  const kept = doc.mdast ? applyMarkers(doc, messages, options.rules.map((rule) => rule.id)) : messages
  kept.sort(compareMessages)
  const result: FileResult = countMessages({
    path: displayPath,
    source: options.source?.path ?? null,
    language: decided.language?.tag ?? null,
    languageName: decided.language?.name ?? null,
    languageSource: decided.language ? decided.source : null,
    messages: kept
  })
  if (!options.review) return result
  const review = reviewOf(
    source ? {text: source.doc.text, outline: source.outline, language: source.language.tag, ...(source.path !== undefined ? {path: source.path} : {})} : undefined,
    {text: doc.text, outline: tree},
    alignment
  )
  return {...result, review}
}

const orders = new WeakMap<ReadonlyArray<Rule<any>>, ReadonlyArray<Rule<any>>>()

/**
 * The rules in the order they run: the list's order, except that a rule
 * runs after the rules it names in `after` (a dependency not in the list is
 * ignored: its reports are empty). Throws on a cycle.
 */
export function ruleOrder(rules: ReadonlyArray<Rule<any>>): ReadonlyArray<Rule<any>> {
  let order = orders.get(rules)
  if (order) return order
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  const placed = new Set<string>()
  const visiting: string[] = []
  const sorted: Array<Rule<any>> = []
  const place = (rule: Rule<any>): void => {
    if (placed.has(rule.id)) return
    if (visiting.includes(rule.id)) throw new Error(`Rules depend on each other in a cycle: ${[...visiting.slice(visiting.indexOf(rule.id)), rule.id].map((id) => `\`${id}\``).join(' → ')}`)
    visiting.push(rule.id)
    for (const id of rule.after ?? []) {
      const dependency = byId.get(id)
      if (dependency) place(dependency)
    }
    visiting.pop()
    placed.add(rule.id)
    sorted.push(rule)
  }
  for (const rule of rules) place(rule)
  order = sorted
  orders.set(rules, order)
  return order
}

function toMessage(ruleId: string, severity: Severity, entry: Report, doc: ReturnType<typeof parse>, source: SourceView | undefined): LintMessage {
  const start = doc.location.toPoint(entry.start)
  const end = doc.location.toPoint(Math.max(entry.start, entry.end))
  const message: LintMessage = {
    ruleId,
    source: 'translint',
    severity,
    fatal: fatalOf(severity),
    reason: entry.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: start.offset,
    endOffset: end.offset,
    url: docsUrl(ruleId)
  }
  // `actual` is always the text at the reported place.
  if (entry.end > entry.start) message.actual = doc.text.slice(entry.start, entry.end)
  if (entry.expected) message.expected = entry.expected
  if (entry.note) message.note = entry.note
  if (entry.cause && source) {
    const a = source.doc.location.toPoint(entry.cause.start)
    const b = source.doc.location.toPoint(entry.cause.end)
    message.cause = {reason: entry.cause.reason, line: a.line, column: a.column, endLine: b.line, endColumn: b.column}
    if (source.path) message.cause.file = source.path
  }
  return message
}
