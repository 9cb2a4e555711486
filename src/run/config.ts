/**
 * Find, read and validate `translint.config.json`. Configuration is JSON
 * only: nothing in it is ever executed.
 */
import fs from 'node:fs'
import path from 'node:path'
import {configSchema, type Config, type ResolvedConfig} from '../config/schema.js'
import type {Rule} from '../lint/rule.js'
import {resolveLanguage, LanguageError} from '../language/index.js'
import {dictionaryExists} from '../dictionaries/index.js'
import {ENGINE_MESSAGES} from '../lint/engine-messages.js'

export {CONFIG_NAME, findConfig} from './find-config.js'
import {findConfig} from './find-config.js'

/** A configuration problem, naming the file and the key. */
export class ConfigError extends Error {
  readonly file: string | undefined
  readonly key: string | undefined
  constructor(file: string | undefined, key: string | undefined, problem: string) {
    super(`${file ?? 'configuration'}${key ? `: \`${key}\`` : ''}: ${problem}`)
    this.name = 'ConfigError'
    this.file = file
    this.key = key
  }
}

export interface LoadConfigOptions {
  /** Where to start looking (default `process.cwd()`). */
  cwd?: string
  /** An explicit config file (no search). */
  path?: string
  /** Skip the search: use defaults when no `path` is given. */
  search?: boolean
}

/**
 * Load and validate a configuration. Throws ConfigError for a file that is
 * missing, not JSON, or invalid.
 */
export async function loadConfig(rules: ReadonlyArray<Rule<any>>, options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const file = options.path ? path.resolve(cwd, options.path) : options.search === false ? undefined : findConfig(cwd)
  if (!file) return resolveConfig({}, rules, cwd)
  let text: string
  try {
    text = await fs.promises.readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigError(file, undefined, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a JSON file' : `cannot read it (${code ?? String(error)})`)
  }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ConfigError(file, undefined, `not valid JSON (${(error as Error).message})`)
  }
  return resolveConfig(json, rules, path.dirname(file), file)
}

/** Validate a configuration object; paths resolve against `root`. */
export function resolveConfig(input: unknown, rules: ReadonlyArray<Rule<any>>, root: string, file?: string): ResolvedConfig {
  const parsed = configSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const key = issue.path.map(String).join('.')
    let problem = issue.message
    if (issue.code === 'unrecognized_keys') {
      problem = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`
    }
    throw new ConfigError(file, key || undefined, problem)
  }
  const config: Config = parsed.data
  const byId = new Map(rules.map((rule) => [rule.id, rule]))

  const resolvedRules: ResolvedConfig['rules'] = {}
  for (const rule of rules) {
    resolvedRules[rule.id] = {severity: rule.defaultSeverity, options: {}}
  }
  const configurable = ENGINE_MESSAGES.filter((message) => message.configurable)
  for (const message of configurable) resolvedRules[message.id] = {severity: message.defaultSeverity, options: {}}
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id)
    if (!rule && configurable.some((message) => message.id === id)) {
      const options = typeof setting === 'string' ? {} : (setting[1] ?? {})
      if (Object.keys(options).length > 0) throw new ConfigError(file, `rules.${id}`, `\`${id}\` takes no options`)
      resolvedRules[id] = {severity: typeof setting === 'string' ? setting : setting[0], options: {}}
      continue
    }
    if (!rule) {
      throw new ConfigError(file, `rules.${id}`, `unknown rule \`${id}\` (known rules: ${[...byId.keys(), ...configurable.map((message) => message.id)].join(', ')})`)
    }
    const severity = typeof setting === 'string' ? setting : setting[0]
    const options = typeof setting === 'string' ? {} : (setting[1] ?? {})
    if (rule.options) {
      const checked = rule.options.safeParse(options)
      if (!checked.success) {
        const issue = checked.error.issues[0]!
        throw new ConfigError(file, ['rules', id, ...issue.path.map(String)].join('.'), issue.message)
      }
    } else if (Object.keys(options).length > 0) {
      throw new ConfigError(file, `rules.${id}`, `rule \`${id}\` takes no options`)
    }
    resolvedRules[id] = {severity, options}
  }

  const checkTag = (value: string, key: string): void => {
    try {
      resolveLanguage(value)
    } catch (error) {
      if (error instanceof LanguageError) throw new ConfigError(file, key, error.message)
      throw error
    }
  }
  if (config.sourceLanguage) checkTag(config.sourceLanguage, 'sourceLanguage')
  if (config.documents && config.source) {
    throw new ConfigError(file, 'documents', 'a config has either `source` (one source document for `files`) or `documents` (each source with its translations), not both')
  }
  if (config.documents && config.files) {
    throw new ConfigError(file, 'files', '`documents` lists the translations already (by `translations`); leave `files` out, or use `ignore` to skip some')
  }
  if (!config.documents && (config.locales || config.localeAliases)) {
    throw new ConfigError(file, config.locales ? 'locales' : 'localeAliases', 'only used with `documents`')
  }
  for (const [pattern, value] of Object.entries(config.languages ?? {})) checkTag(value, `languages.${pattern}`)
  // Tags are case-insensitive (`sr-latn` = `sr-Latn`): keys are normalised.
  const byTag = <T>(record: Record<string, T> | undefined, key: string): Record<string, T> => {
    const result: Record<string, T> = {}
    for (const [tag, value] of Object.entries(record ?? {})) {
      result[tag === '*' ? '*' : (checkTag(tag, `${key}.${tag}`), resolveLanguage(tag).tag)] = value
    }
    return result
  }
  const allow = byTag(config.allow, 'allow')
  const dictionaries = byTag(config.dictionaries, 'dictionaries')
  for (const [tag, setting] of Object.entries(dictionaries)) {
    if (!dictionaryExists(setting, root)) {
      throw new ConfigError(file, `dictionaries.${tag}`, `dictionary \`${setting}\` not found: expected an installed npm package or \`${setting}.aff\` and \`${setting}.dic\` (relative to the config)`)
    }
  }
  const words: Record<string, string[]> = {}
  for (const [key, files] of Object.entries(byTag(config.words, 'words'))) {
    words[key] = files.map((name, index) => {
      const absolute = path.resolve(root, name)
      let stat: fs.Stats | undefined
      try {
        stat = fs.statSync(absolute)
      } catch {
        stat = undefined
      }
      if (!stat) throw new ConfigError(file, `words.${key}.${index}`, `no such file: \`${name}\``)
      if (!stat.isFile()) throw new ConfigError(file, `words.${key}.${index}`, `not a file: \`${name}\``)
      return absolute
    })
  }
  const terms = (config.terms ?? []).map((term, index) =>
    typeof term === 'string' || !term.variants ? term : {...term, variants: byTag(term.variants, `terms.${index}.variants`)})

  const resolved: ResolvedConfig = {
    root,
    sourceLanguage: config.sourceLanguage ?? 'en',
    files: config.files ?? [],
    ignore: config.ignore ?? [],
    languages: config.languages ?? {},
    rules: resolvedRules,
    expect: config.expect ?? {},
    terms,
    protect: config.protect ?? [],
    allow,
    dictionaries,
    words
  }
  if (config.names) {
    const names: NonNullable<ResolvedConfig['names']> = {}
    for (const key of ['listItem', 'paragraph', 'heading'] as const) {
      const name = config.names[key]
      if (name === undefined) continue
      const singular = typeof name === 'string' ? name : name.singular
      names[key] = {singular, plural: typeof name === 'string' || name.plural === undefined ? `${singular}s` : name.plural}
    }
    resolved.names = names
  }
  if (config.documents) resolved.documents = config.documents
  if (config.locales) resolved.locales = config.locales
  if (config.localeAliases) resolved.localeAliases = config.localeAliases
  if (file) resolved.file = file
  if (config.source) resolved.source = path.resolve(root, config.source)
  return resolved
}
