/**
 * `--cache`: results of earlier runs, kept in a JSON file (`.translintcache`,
 * as ESLint keeps `.eslintcache`) so that unchanged translations are not
 * checked again.
 *
 * What a cached result depends on, and so what invalidates it:
 * - per file: its path as displayed (the key) and the SHA-256 of its bytes;
 * - for the whole cache (the scope): translint's version, the configuration
 *   (`configHash`), the working directory relative to the config's
 *   directory, the source document (path as displayed, language, SHA-256),
 *   the `lang`/`sourceLang` options, the rules that run with their effective
 *   severities, and the contents of the personal word files and configured
 *   dictionaries. A different scope discards every entry.
 *
 * The cache is data only: the file is read with JSON.parse, validated with
 * zod, and whatever does not match is ignored. A missing, unreadable or
 * corrupt cache file never breaks a run: the cache starts empty and, for a
 * file that exists but cannot be used, `warnings` says why.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import type {ResolvedConfig} from '../config/schema.js'
import {canonicalResult, fileResultSchema, type FileResult} from '../lint/messages.js'
import {locateDictionary} from '../dictionaries/index.js'
import {resolveLanguage} from '../language/index.js'
import {VERSION} from '../package.js'
import {UNREADABLE, INTERNAL_ERROR} from '../lint/engine-messages.js'

/** The default cache file, in the working directory (ESLint: `.eslintcache`). */
export const CACHE_FILE = '.translintcache'

/** Version of the cache file's format; another version is ignored (2: results name their `source`). */
export const CACHE_FORMAT = 2

/** Everything that, when it changes, invalidates every cached result. */
export interface CacheScope {
  /** translint's VERSION. */
  version: string
  /** `configHash(config)`. */
  config: string
  /**
   * The working directory relative to the config's directory (`/`-separated,
   * `''` when equal): displayed paths, the cache keys, are relative to it.
   */
  cwd: string
  /**
   * The source document: path as displayed, language, SHA-256 of its bytes,
   * and of what the run's translations keep of it (`agreement`, with three
   * or more translations).
   */
  source: {path: string; language: string; hash: string; agreement?: string} | null
  /** The `lang` option (every translation's language), if given. */
  lang: string | null
  /** The `sourceLang` option, if given. */
  sourceLang: string | null
  /**
   * Every rule that runs (comment markers know exactly these) with its
   * effective severity; `off` rules are listed as `off`.
   */
  rules: Record<string, 'error' | 'warning' | 'off'>
  /** Files the results depend on (word lists, dictionaries): path → SHA-256. */
  resources: Record<string, string>
}

/** What `cacheScope` needs: what `checkFiles` has before the first file. */
export interface CacheScopeInput {
  config: ResolvedConfig
  /** The working directory (absolute). */
  cwd: string
  /** The rules that run. */
  rules: ReadonlyArray<{id: string; defaultSeverity: 'error' | 'warning'}>
  /** The source document, when there is one: path as displayed, its language, its bytes. */
  source?: {path: string; language: string; content: Uint8Array}
  lang?: string
  sourceLang?: string
  /** What the run's translations keep of the source (`source.agreement`). */
  agreement?: unknown
}

/**
 * What an entry is stored under: the file's SHA-256, and for a file whose
 * result depends on more than the scope (a project page: its own source,
 * what the other translations of that source keep, how the source changed
 * since the page was updated) a hash of that too, after a `+`.
 */
function entryHash(content: Uint8Array, depends: string | undefined): string {
  return depends === undefined ? sha256(content) : `${sha256(content)}+${depends}`
}

/** SHA-256 of bytes or a string (UTF-8), in hex. */
export function sha256(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex')
}

/**
 * JSON with object keys sorted (by UTF-16 code units, independent of the
 * locale) at every depth: equal data, equal text. Values go through
 * JSON.stringify first, so `undefined` members are dropped and `toJSON` is
 * honoured, as in any JSON file.
 */
export function canonicalJson(value: unknown): string {
  const text = JSON.stringify(value)
  return text === undefined ? 'null' : JSON.stringify(sortKeys(JSON.parse(text)))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  // A null-prototype object: a `__proto__` key stays an ordinary key.
  const sorted: Record<string, unknown> = Object.create(null)
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key])
  return sorted
}

function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/')
}

/**
 * A stable hash of a resolved configuration: SHA-256 of its canonical JSON.
 *
 * `config.root` is left out, and the absolute paths derived from it
 * (`file`, `source`, `words`) are written relative to it: everything in a
 * resolved config is either independent of where the project lives or
 * relative to `root` (`files`, `ignore`, `languages`, `dictionaries`), so a
 * project checked out elsewhere (another CI workspace, another developer's
 * clone) gives the same hash and can reuse a cache file. Where the project
 * lives relative to the working directory is in the scope (`cwd`) instead.
 */
export function configHash(config: ResolvedConfig): string {
  const {root, file, source, words, ...rest} = config
  const relative = (absolute: string): string => posixRelative(root, absolute)
  const wordFiles: Record<string, string[]> = {}
  for (const [tag, files] of Object.entries(words)) wordFiles[tag] = files.map(relative)
  return sha256(canonicalJson({
    ...rest,
    file: file === undefined ? undefined : relative(file),
    source: source === undefined ? undefined : relative(source),
    words: wordFiles
  }))
}

/** The hash of a scope, as stored in the cache file. */
export function scopeHash(scope: CacheScope): string {
  return sha256(canonicalJson(scope))
}

/**
 * Build the scope of a run. Reads the personal word files and the
 * configured dictionaries to hash them; a file that cannot be read is
 * recorded as such (never throws for it).
 */
export async function cacheScope(input: CacheScopeInput): Promise<CacheScope> {
  const {config} = input
  const rules: CacheScope['rules'] = {}
  for (const rule of input.rules) rules[rule.id] = config.rules[rule.id]?.severity ?? rule.defaultSeverity

  // Word files by their path relative to the config; dictionaries by tag,
  // wherever they were found (an npm package's folder differs by machine).
  const files = new Map<string, string>()
  for (const list of Object.values(config.words)) for (const file of list) files.set(posixRelative(config.root, file), file)
  for (const tag of Object.keys(config.dictionaries)) {
    try {
      const found = locateDictionary(resolveLanguage(tag), config.dictionaries, config.root)
      if (found) {
        files.set(`dictionary:${tag}.aff`, `${found.files}.aff`)
        files.set(`dictionary:${tag}.dic`, `${found.files}.dic`)
      }
    } catch {
      // Not found: linting says so; nothing to hash.
    }
  }
  const resources: Record<string, string> = {}
  for (const key of [...files.keys()].sort()) {
    try {
      resources[key] = sha256(await fs.promises.readFile(files.get(key)!))
    } catch (error) {
      resources[key] = `unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`
    }
  }

  return {
    version: VERSION,
    config: configHash(config),
    cwd: posixRelative(config.root, input.cwd),
    source: input.source
      ? {
        path: input.source.path,
        language: input.source.language,
        hash: sha256(input.source.content),
        ...(input.agreement === undefined ? {} : {agreement: sha256(JSON.stringify(input.agreement))})
      }
      : null,
    lang: input.lang ?? null,
    sourceLang: input.sourceLang ?? null,
    rules,
    resources
  }
}

/**
 * Where the cache file goes, as ESLint's `--cache-location`: no location
 * gives `.translintcache` in `cwd`; a location that ends with a path
 * separator or is an existing directory gets `.translintcache` inside it;
 * anything else is the file itself. Relative locations resolve against
 * `cwd`.
 */
export function cacheLocation(location: string | undefined, cwd: string): string {
  if (location === undefined || location === '') return path.resolve(cwd, CACHE_FILE)
  const resolved = path.resolve(cwd, location)
  if (location.endsWith('/') || location.endsWith(path.sep)) return path.join(resolved, CACHE_FILE)
  let directory = false
  try {
    directory = fs.statSync(resolved).isDirectory()
  } catch {
    directory = false
  }
  return directory ? path.join(resolved, CACHE_FILE) : resolved
}

const entrySchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}(?:\+[0-9a-f]{64})?$/),
  result: fileResultSchema
})

interface Entry {
  hash: string
  result: FileResult
}

/**
 * Results that are never cached: `unreadable` (an I/O error, a refused
 * path, bytes that are not text) describes the run's environment, not
 * only the content, and costs nothing to find again; `internal-error` is a
 * translint failure, possibly transient (memory, a dictionary that failed
 * to load), that must be retried on every run, and `checkFiles` counts it
 * in `ioErrors` (exit code 2) only when it happens.
 */
export const UNCACHED_RULES: ReadonlySet<string> = new Set([INTERNAL_ERROR.id, UNREADABLE.id])

function cacheable(result: FileResult): boolean {
  return !result.messages.some((message) => UNCACHED_RULES.has(message.ruleId))
}

/** A deep copy, with fields in the engine's order (reports print byte for byte as fresh ones). */
function copy(result: FileResult): FileResult {
  return canonicalResult(structuredClone(result))
}

/**
 * The results of the previous run, and those of this run once `save`d.
 *
 *     const cache = await ResultCache.open(cacheLocation(option, cwd), await cacheScope({...}))
 *     for (const warning of cache.warnings) console.error(warning)
 *     const cached = cache.get(shown, bytes)   // FileResult | undefined
 *     ...
 *     cache.set(shown, bytes, result)
 *     await cache.save()
 */
export class ResultCache {
  /** Lookups that found a result for the same path and bytes. */
  hits = 0
  /** Lookups that did not. */
  misses = 0
  /**
   * Why the cache file was ignored or could not be written: short messages
   * for stderr. A missing file (the first run) and a file of another scope
   * (the config, version, source, … changed) are normal: no warning.
   */
  readonly warnings: string[] = []

  /** Entries from the file, for this scope. */
  private readonly previous = new Map<string, Entry>()
  /** Entries seen in this run (hits and `set`): what `save` writes. */
  private readonly current = new Map<string, Entry>()
  /** The file's text as read, to skip writing the same text again. */
  private readText: string | undefined

  private constructor(readonly file: string, readonly scope: string) {}

  /** Read the cache file for this scope. Never throws for a bad file. */
  static async open(file: string, scope: CacheScope): Promise<ResultCache> {
    const cache = new ResultCache(path.resolve(file), scopeHash(scope))
    await cache.load()
    return cache
  }

  private async load(): Promise<void> {
    let text: string
    try {
      text = await fs.promises.readFile(this.file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // No file there (ENOTDIR: a parent is a file; `save` will say so).
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.warn(code === 'EISDIR' ? 'it is a directory' : `cannot read it (${code ?? (error as Error).message})`)
      return
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      this.warn('not valid JSON')
      return
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      this.warn('not a translint cache')
      return
    }
    const data = json as Record<string, unknown>
    if (data.version !== CACHE_FORMAT) {
      this.warn(typeof data.version === 'number' ? `cache format ${data.version}, expected ${CACHE_FORMAT}` : 'not a translint cache')
      return
    }
    if (typeof data.scope !== 'string' || data.files === null || typeof data.files !== 'object' || Array.isArray(data.files)) {
      this.warn('not a translint cache')
      return
    }
    this.readText = text
    // Another scope: every entry is stale (no warning: the config changed).
    if (data.scope !== this.scope) return
    // JSON.parse makes own properties only, `__proto__` included: iterate
    // them, validate each entry, keep the good ones in a Map.
    for (const [key, value] of Object.entries(data.files as Record<string, unknown>)) {
      const parsed = entrySchema.safeParse(value)
      if (parsed.success && parsed.data.result.path === key && cacheable(parsed.data.result)) {
        this.previous.set(key, parsed.data as Entry)
      }
    }
  }

  private warn(problem: string): void {
    this.warnings.push(`Ignored the cache file ${this.file}: ${problem}`)
  }

  /**
   * The cached result for a file (its path as displayed and its bytes), or
   * undefined when the file is new or changed. A copy: callers may mutate it.
   */
  get(file: string, content: Uint8Array, depends?: string): FileResult | undefined {
    const entry = this.previous.get(file)
    if (entry && entry.hash === entryHash(content, depends)) {
      this.hits++
      this.current.set(file, entry)
      return copy(entry.result)
    }
    this.misses++
    return undefined
  }

  /**
   * Remember the result of a file for the next run (a copy of it). Results
   * with an `unreadable` or `internal-error` message are not kept (see
   * UNCACHED_RULES); neither is a result whose `path` is not `file`.
   */
  set(file: string, content: Uint8Array, result: FileResult, depends?: string): void {
    if (!cacheable(result) || result.path !== file) {
      this.current.delete(file)
      return
    }
    this.current.set(file, {hash: entryHash(content, depends), result: copy(result)})
  }

  /** The cache file's text for this run: canonical JSON, entries sorted by path. */
  serialize(): string {
    // canonicalJson sorts every object's keys: the entries by path too.
    const files: Record<string, Entry> = Object.create(null)
    for (const [key, entry] of this.current) files[key] = entry
    return `${canonicalJson({version: CACHE_FORMAT, scope: this.scope, files})}\n`
  }

  /**
   * Write the cache file: only the entries seen in this run (hits and
   * `set`), so that files deleted, renamed or no longer checked do not
   * accumulate (a run on fewer files keeps fewer entries, as ESLint's).
   * Atomic (a temporary file renamed over it), the parent directory
   * created, skipped when the text would not change. Never throws: a
   * failure is added to `warnings`.
   */
  async save(): Promise<void> {
    const text = this.serialize()
    if (text === this.readText) return
    const temporary = `${this.file}.tmp-${process.pid}`
    try {
      await fs.promises.mkdir(path.dirname(this.file), {recursive: true})
      await fs.promises.writeFile(temporary, text)
      await fs.promises.rename(temporary, this.file)
      this.readText = text
    } catch (error) {
      await fs.promises.rm(temporary, {force: true}).catch(() => undefined)
      const code = (error as NodeJS.ErrnoException).code
      this.warnings.push(`Could not write the cache file ${this.file}: ${code ?? (error as Error).message}`)
    }
  }
}
