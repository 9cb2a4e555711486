/**
 * Many documents, many translations: the config's `documents` key pairs
 * each source file with its translations by path patterns.
 *
 * ```json
 * "documents": [
 *   {"source": "README.md", "translations": "README-{locale}.md"},
 *   {"source": "docs/en/**\/*.md", "translations": "docs/{locale}/{path}"}
 * ]
 * ```
 *
 * `source` is a path or a glob (picomatch, as `files` and `ignore` use,
 * dot files excluded). `translations` is a template, not a glob: it holds
 * `{locale}` once and, when `source` is a glob, `{path}` once.
 *
 * This module only pairs names: it reads no file. Its input is the list of
 * the project's files relative to the config's folder, `/`-separated, as a
 * tinyglobby or `git ls-files` listing gives them; Windows separators never
 * reach it (the schema refuses `\` in the patterns).
 *
 * ## Decisions
 *
 * - **`{path}`** is the source's path after the glob's static base, the
 *   leading folders without wildcards (picomatch's `scan().base`): for
 *   `docs/en/**\/*.md` and `docs/en/guide/install.md` it is
 *   `guide/install.md`, nested folders and extension included; for
 *   `files/en-us/**\/index.md` it is `web/api/index.md`. A source glob
 *   without `{path}` in `translations` is refused (every file it matches
 *   would share one translation), and so is `{path}` with a source that has
 *   no wildcard.
 * - **What `{locale}` matches.** Only what looks like a language tag:
 *   a two-letter language with an optional script and region (`ja`,
 *   `zh-Hant`, `zh-CN`, `pt-br`, `pt_BR`, `es-419`), in any case, that
 *   `resolveLanguage` knows. Three-letter codes are words too often
 *   (`README-old.md`, `-new`, `-dev` are ISO 639-3 codes), so they count
 *   only when listed in `locales` or mapped in `localeAliases`, as do tags
 *   with variants (`ca-valencia`). Anything else is not a locale: the file is
 *   neither a translation nor an orphan.
 * - **Aliases.** A locale name in a path goes through `localeAliases` first
 *   (keys compared ignoring case and `-`/`_`), then through the well-known
 *   file name conventions that `languageFromPath` also reads (`cn` and
 *   `zh-cn` → `zh-Hans`, `tw` → `zh-Hant`, `ptbr` → `pt-BR`, `jp` → `ja`,
 *   `kh` → `km`, …: {@link DEFAULT_LOCALE_ALIASES}); `localeAliases` wins,
 *   so `{"tw": "tw"}` gives Twi back. The result is `resolveLanguage`'s
 *   normalised tag (`pt-br` → `pt-BR`, `EN-us` → `en-US`); variants are
 *   dropped, as everywhere in translint.
 * - **The source's own locale** is never a translation: a locale whose
 *   language and script are the source language's and whose region is the
 *   same or absent on either side. With `sourceLanguage` `en`, `en`,
 *   `en-us` and `en-GB` are the source's (MDN's `files/en-us/` tree);
 *   `zh-Hant` is not the source's when it is `zh` (Simplified by default).
 *   Set `sourceLanguage` to `en-US` to treat `en-GB` as a translation.
 *   `locales` may list the source's own locale (sites list them all); it is
 *   skipped.
 * - **Which locales are expected.** With `locales`, every source is expected
 *   in every one of them, and a translation-shaped file in another locale
 *   is returned as `unlisted`. Without it, each entry discovers its own
 *   locales from the files that match its `translations` (orphans
 *   included), so a README translated into 30 languages does not make
 *   docs translated into 3 miss 27.
 * - **What counts as a translation.** A file that matches an entry's
 *   template with a locale, and whose source path (for a glob, the base
 *   joined with `{path}`) matches the entry's `source`: `docs/fr/logo.png`
 *   is no translation of `docs/en/**\/*.md`. When that source exists it is a
 *   pair, else an orphan. A file that is a source (of any entry) is never
 *   a translation.
 * - **Several entries.** A source belongs to the first entry whose glob
 *   matches it (its `fromEntry`, whose template names its missing
 *   translations); a file is paired once, by the first entry under which
 *   its source exists, else reported once as an orphan by the first entry
 *   that matched it. Two files of one source in one locale (`README-zh-CN.md`
 *   and `README-cn.md`) are both translations.
 * - **Ambiguous splits.** `{locale}` takes the longest tag it can
 *   (`{path}` is matched lazily when it comes before `{locale}`), and the
 *   two may not touch (`{locale}{path}`).
 * - **Missing paths** spell the locale as the entry's existing files do
 *   (the most frequent spelling; `pt-br` for MDN), else as other entries
 *   do, else as a `localeAliases` key for it, else as written in
 *   `locales`, else as the normalised tag.
 * - **Order.** Everything is sorted by source path, then locale, then
 *   translation path (code unit order, not the locale's collation), so the
 *   result does not depend on the order of the file list.
 *
 * Cost: one pass of each entry's source matcher and template regex over the
 * file list, and set look-ups; no file is compared with another.
 */
import picomatch from 'picomatch'
import {resolveLanguage, type Language} from '../language/index.js'
import {LOCALE_PLACEHOLDER, PATH_PLACEHOLDER, DEFAULT_LOCALE_ALIASES, entryProblems, scanSource, withoutDotSlash, type DocumentEntry} from '../config/documents.js'

export {LOCALE_PLACEHOLDER, PATH_PLACEHOLDER, DEFAULT_LOCALE_ALIASES, entryProblems, documentEntrySchema, documentsSchema, localesSchema, localeAliasesSchema, type DocumentEntry} from '../config/documents.js'

// ---------------------------------------------------------------------------
// Pairing

export interface PairOptions {
  /** The source documents' language (the config's `sourceLanguage`). */
  sourceLanguage: string
  /** The locales to expect; else discovered per entry from the files. */
  locales?: readonly string[]
  /** Name in paths → BCP 47 tag, over {@link DEFAULT_LOCALE_ALIASES}. */
  localeAliases?: Readonly<Record<string, string>>
}

/** A source and one translation: found (`sources`), expected (`missing`), without source (`orphans`), or in a locale not listed (`unlisted`). */
export interface DocumentPair {
  /** The source's path; for an orphan, the path it would have. */
  source: string
  /** The translation's path; for a missing one, the path it should have. */
  translation: string
  /** Normalised BCP 47 tag (`pt-BR`, `zh-Hans`). */
  locale: string
  /** Index of the `documents` entry that paired them. */
  fromEntry: number
}

export interface SourceDocument {
  source: string
  /** The first entry whose `source` matches it. */
  fromEntry: number
  /** Sorted by locale, then path. */
  translations: DocumentPair[]
}

export interface PairedDocuments {
  /** Every source file, sorted by path, with its translations (possibly none). */
  sources: SourceDocument[]
  /** A source × an expected locale without a file: `translation` is the path it should have. */
  missing: DocumentPair[]
  /** Files shaped as a translation whose source does not exist: `source` is the path it would have. */
  orphans: DocumentPair[]
  /** With `locales`: files shaped as a translation in a locale not listed. */
  unlisted: DocumentPair[]
  /** All expected locales, sorted. */
  locales: string[]
  /** Per entry: how many files its `source` matches and the locales it expects. */
  entries: Array<{sources: number; locales: string[]}>
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const byPair = (a: DocumentPair, b: DocumentPair): number =>
  compare(a.source, b.source) || compare(a.locale, b.locale) || compare(a.translation, b.translation) || a.fromEntry - b.fromEntry

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A literal locale name as a regex, ignoring case and `-`/`_`. */
function caseless(name: string): string {
  return [...name].map((character) => {
    if (character === '-' || character === '_') return '[-_]'
    const lower = character.toLowerCase()
    const upper = character.toUpperCase()
    return lower === upper ? escapeRegex(character) : `[${lower}${upper}]`
  }).join('')
}

const aliasKey = (name: string): string => name.toLowerCase().replace(/_/g, '-')

/** A language tag as paths write it: language, optional script, optional region. */
const TAG_SHAPE = '[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?(?:[-_](?:[A-Za-z]{2}|[0-9]{3}))?'

interface CompiledEntry {
  index: number
  source: string
  dynamic: boolean
  base: string
  matchesSource: (file: string) => boolean
  parts: string[]
  pattern: RegExp
}

function compileEntry(entry: DocumentEntry, index: number, localeAlternatives: string): CompiledEntry {
  const problems = entryProblems(entry)
  if (problems.length > 0) throw new Error(`documents.${index}.${problems[0]!.key}: ${problems[0]!.message}`)
  const source = withoutDotSlash(entry.source)
  const {dynamic, base} = scanSource(source)
  const parts = withoutDotSlash(entry.translations).split(/(\{locale\}|\{path\})/).filter((part) => part !== '')
  const pathFirst = parts.indexOf(PATH_PLACEHOLDER) !== -1 && parts.indexOf(PATH_PLACEHOLDER) < parts.indexOf(LOCALE_PLACEHOLDER)
  const body = parts.map((part) =>
    part === LOCALE_PLACEHOLDER ? `(?<locale>${localeAlternatives})` : part === PATH_PLACEHOLDER ? `(?<path>${pathFirst ? '.+?' : '.+'})` : escapeRegex(part)).join('')
  const matcher = dynamic ? picomatch(source, {dot: false}) : undefined
  return {
    index,
    source,
    dynamic,
    base,
    matchesSource: matcher ?? ((file) => file === source),
    parts,
    pattern: new RegExp(`^${body}$`, 'u')
  }
}

/** The path of `source`'s translation in `spelling` under an entry. */
function translationPath(entry: CompiledEntry, source: string, spelling: string): string {
  const relative = entry.base ? source.slice(entry.base.length + 1) : source
  return entry.parts.map((part) => (part === LOCALE_PLACEHOLDER ? spelling : part === PATH_PLACEHOLDER ? relative : part)).join('')
}

function regionOf(language: Language): string | undefined {
  return language.tag.split('-').slice(1).find((part) => /^(?:[A-Z]{2}|\d{3})$/.test(part))
}

/** Whether `locale` is the source language's own (same language and script; same region or one unsaid). */
export function isSourceLocale(locale: string, sourceLanguage: string): boolean {
  const a = resolveLanguage(locale)
  const b = resolveLanguage(sourceLanguage)
  if (a.base !== b.base || a.script !== b.script) return false
  const regionA = regionOf(a)
  const regionB = regionOf(b)
  return !regionA || !regionB || regionA === regionB
}

interface Candidate {
  file: string
  entry: number
  locale: string
  spelling: string
  source: string
}

function mostUsed(spellings: Map<string, number> | undefined): string | undefined {
  let best: string | undefined
  let bestCount = 0
  for (const [spelling, count] of spellings ?? []) {
    if (count > bestCount || (count === bestCount && best !== undefined && spelling < best)) {
      best = spelling
      bestCount = count
    }
  }
  return best
}

/**
 * Pair every source file of `entries` with its translations among `files`
 * (paths relative to the config's folder, `/`-separated). See the module's
 * documentation for the rules; throws for an entry the schema would refuse
 * and for a tag in `options` that `resolveLanguage` does not know.
 */
export function pairDocuments(entries: readonly DocumentEntry[], files: Iterable<string>, options: PairOptions): PairedDocuments {
  const sourceLanguage = resolveLanguage(options.sourceLanguage).tag
  const aliases = new Map<string, string>()
  for (const [name, tag] of Object.entries(DEFAULT_LOCALE_ALIASES)) aliases.set(aliasKey(name), resolveLanguage(tag).tag)
  for (const [name, tag] of Object.entries(options.localeAliases ?? {})) aliases.set(aliasKey(name), resolveLanguage(tag).tag)
  const explicit = options.locales ? new Map<string, string>() : undefined
  for (const written of options.locales ?? []) {
    const tag = resolveLanguage(written).tag
    if (!explicit!.has(tag)) explicit!.set(tag, written)
  }

  const ownCache = new Map<string, boolean>()
  const isOwn = (tag: string): boolean => {
    let own = ownCache.get(tag)
    if (own === undefined) ownCache.set(tag, (own = isSourceLocale(tag, sourceLanguage)))
    return own
  }
  if (explicit) for (const tag of [...explicit.keys()]) if (isOwn(tag)) explicit.delete(tag)

  // Literal names first, longest first, then the shape of a tag.
  const literals = [...new Set([...[...aliases.keys()], ...(options.locales ?? []).map(aliasKey)])].sort((a, b) => b.length - a.length || compare(a, b))
  const localeAlternatives = [...literals.map(caseless), TAG_SHAPE].join('|')
  const compiled = entries.map((entry, index) => compileEntry(entry, index, localeAlternatives))

  const localeCache = new Map<string, string | null>()
  /** The tag a locale name in a path means, or null when it is not one. */
  const localeOf = (name: string): string | null => {
    let tag = localeCache.get(name)
    if (tag !== undefined) return tag
    tag = aliases.get(aliasKey(name)) ?? null
    if (tag === null) {
      try {
        const resolved = resolveLanguage(name).tag
        if (/^[A-Za-z]{2}(?:[-_]|$)/.test(name) || explicit?.has(resolved)) tag = resolved
      } catch {
        tag = null
      }
    }
    localeCache.set(name, tag)
    return tag
  }

  const list = [...new Set(files)].sort(compare)
  const present = new Set(list)

  // Sources: each to the first entry whose glob matches it.
  const owner = new Map<string, number>()
  const sourceCounts = compiled.map(() => 0)
  for (const entry of compiled) {
    if (!entry.dynamic) {
      if (present.has(entry.source)) {
        sourceCounts[entry.index]!++
        if (!owner.has(entry.source)) owner.set(entry.source, entry.index)
      }
      continue
    }
    for (const file of list) {
      if (!entry.matchesSource(file)) continue
      sourceCounts[entry.index]!++
      if (!owner.has(file)) owner.set(file, entry.index)
    }
  }

  // Files shaped as a translation of some entry, in entry order.
  const candidates = new Map<string, Candidate[]>()
  const spellings = compiled.map(() => new Map<string, Map<string, number>>())
  const everySpelling = new Map<string, Map<string, number>>()
  const discovered = compiled.map(() => new Set<string>())
  const count = (table: Map<string, Map<string, number>>, tag: string, spelling: string): void => {
    const counts = table.get(tag) ?? new Map<string, number>()
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1)
    table.set(tag, counts)
  }
  for (const entry of compiled) {
    for (const file of list) {
      if (owner.has(file)) continue
      const match = entry.pattern.exec(file)
      if (!match) continue
      const spelling = match.groups!.locale!
      const locale = localeOf(spelling)
      if (locale === null || isOwn(locale)) continue
      let source = entry.source
      if (entry.dynamic) {
        source = entry.base ? `${entry.base}/${match.groups!.path!}` : match.groups!.path!
        if (!entry.matchesSource(source)) continue
      }
      const found = candidates.get(file) ?? []
      found.push({file, entry: entry.index, locale, spelling, source})
      candidates.set(file, found)
      count(spellings[entry.index]!, locale, spelling)
      count(everySpelling, locale, spelling)
      discovered[entry.index]!.add(locale)
    }
  }
  const expected = compiled.map((entry) => [...(explicit ? explicit.keys() : discovered[entry.index]!)].sort(compare))
  const expects = (entry: number, locale: string): boolean => (explicit ? explicit.has(locale) : discovered[entry]!.has(locale))

  const translationsOf = new Map<string, DocumentPair[]>()
  for (const source of owner.keys()) translationsOf.set(source, [])
  const orphans: DocumentPair[] = []
  const unlisted: DocumentPair[] = []
  for (const found of candidates.values()) {
    const pairOf = (candidate: Candidate): DocumentPair =>
      ({source: candidate.source, translation: candidate.file, locale: candidate.locale, fromEntry: candidate.entry})
    const paired = found.find((candidate) => expects(candidate.entry, candidate.locale) && owner.has(candidate.source))
    if (paired) {
      translationsOf.get(paired.source)!.push(pairOf(paired))
      continue
    }
    const orphan = found.find((candidate) => expects(candidate.entry, candidate.locale))
    if (orphan) orphans.push(pairOf(orphan))
    else unlisted.push(pairOf(found[0]!))
  }

  const spell = (entry: number, locale: string): string =>
    mostUsed(spellings[entry]!.get(locale))
    ?? mostUsed(everySpelling.get(locale))
    ?? Object.keys(options.localeAliases ?? {}).sort(compare).find((name) => resolveLanguage(options.localeAliases![name]!).tag === locale)
    ?? explicit?.get(locale)
    ?? locale

  const sources: SourceDocument[] = []
  const missing: DocumentPair[] = []
  for (const source of [...owner.keys()].sort(compare)) {
    const fromEntry = owner.get(source)!
    const translations = translationsOf.get(source)!.sort(byPair)
    sources.push({source, fromEntry, translations})
    const done = new Set(translations.map((pair) => pair.locale))
    for (const locale of expected[fromEntry]!) {
      if (done.has(locale)) continue
      missing.push({source, translation: translationPath(compiled[fromEntry]!, source, spell(fromEntry, locale)), locale, fromEntry})
    }
  }
  return {
    sources,
    missing: missing.sort(byPair),
    orphans: orphans.sort(byPair),
    unlisted: unlisted.sort(byPair),
    locales: [...new Set(expected.flat())].sort(compare),
    entries: compiled.map((entry) => ({sources: sourceCounts[entry.index]!, locales: expected[entry.index]!}))
  }
}
