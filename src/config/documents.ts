/**
 * The config's `documents`, `locales` and `localeAliases`: their schemas and
 * what the patterns may hold. Pairing files by them is src/run/documents.ts.
 */
import picomatch from 'picomatch'
import {z} from 'zod'
import {resolveLanguage, FILE_NAME_ALIASES} from '../language/index.js'

export const LOCALE_PLACEHOLDER = '{locale}'
export const PATH_PLACEHOLDER = '{path}'

/**
 * File name conventions for locales that are not BCP 47 tags, or that name
 * a country rather than a language (`tw` would otherwise be Twi, `kr`
 * Kanuri). The same table as `languageFromPath`'s in `src/language`
 * (test/documents.test.ts checks they agree).
 */
export const DEFAULT_LOCALE_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FILE_NAME_ALIASES).map(([name, tag]) => [name.replace(/_/g, '-'), tag]))

// ---------------------------------------------------------------------------
// The schema

/** Problems of a path or pattern that the project's listings can never hold. */
function pathProblem(value: string): string | undefined {
  if (value.includes('\\')) return `use \`/\` between folders, not \`\\\` (\`${value}\`)`
  if (value.startsWith('/')) return `must be relative to the config file, without a leading \`/\` (\`${value}\`)`
  if (value.split('/').includes('..')) return `must stay inside the config file's folder, without \`..\` (\`${value}\`)`
  if (value.endsWith('/')) return `names a folder (\`${value}\`): name its files, e.g. \`${value}**/*.md\``
  return undefined
}

const KNOWN_PLACEHOLDERS = new Set([LOCALE_PLACEHOLDER, PATH_PLACEHOLDER])
const SUGGEST: Record<string, string> = {
  '{lang}': LOCALE_PLACEHOLDER, '{language}': LOCALE_PLACEHOLDER, '{locales}': LOCALE_PLACEHOLDER, '{tag}': LOCALE_PLACEHOLDER,
  '{file}': PATH_PLACEHOLDER, '{name}': PATH_PLACEHOLDER, '{filename}': PATH_PLACEHOLDER, '{dir}': PATH_PLACEHOLDER
}

export function withoutDotSlash(value: string): string {
  return value.replace(/^(?:\.\/)+/, '')
}

/** Whether a source is a glob, and the folder its wildcards start below. */
export function scanSource(source: string): {dynamic: boolean; base: string} {
  const scanned = picomatch.scan(withoutDotSlash(source))
  return {dynamic: scanned.isGlob, base: scanned.isGlob ? scanned.base : ''}
}

/** What is wrong with one `documents` entry, per key; empty when nothing is. */
export function entryProblems(entry: {source: string; translations: string}): Array<{key: 'source' | 'translations'; message: string}> {
  const problems: Array<{key: 'source' | 'translations'; message: string}> = []
  const source = withoutDotSlash(entry.source)
  const template = withoutDotSlash(entry.translations)
  const sourceProblem = pathProblem(source)
    ?? (source.startsWith('!') ? `a negated glob cannot be a source (\`${entry.source}\`): list what to skip in \`ignore\`` : undefined)
  if (sourceProblem) problems.push({key: 'source', message: sourceProblem})

  const add = (message: string): void => {
    problems.push({key: 'translations', message})
  }
  const templateProblem = pathProblem(template)
  if (templateProblem) add(templateProblem)
  const placeholders = template.match(/\{[^{}/]*\}/g) ?? []
  for (const placeholder of new Set(placeholders)) {
    if (!KNOWN_PLACEHOLDERS.has(placeholder)) {
      const suggestion = SUGGEST[placeholder.toLowerCase()]
      add(`unknown placeholder \`${placeholder}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}: \`translations\` knows \`{locale}\` and \`{path}\``)
    }
  }
  const rest = template.replace(/\{[^{}/]*\}/g, '')
  if (/[{}]/.test(rest)) add(`a \`{\` or \`}\` that is not part of \`{locale}\` or \`{path}\` (\`${entry.translations}\`): \`translations\` is a template, not a glob`)
  if (/[*?]/.test(rest)) add(`\`translations\` is a template, not a glob (\`${entry.translations}\`): write \`{locale}\` where the language goes and \`{path}\` for the source's path, instead of \`*\` or \`?\``)
  const count = (placeholder: string): number => placeholders.filter((found) => found === placeholder).length
  const locales = count(LOCALE_PLACEHOLDER)
  const paths = count(PATH_PLACEHOLDER)
  if (locales === 0) add(`needs \`{locale}\` where the language goes, e.g. \`README-{locale}.md\` or \`docs/{locale}/{path}\` (\`${entry.translations}\`)`)
  if (locales > 1) add(`\`{locale}\` may appear only once in \`translations\` (\`${entry.translations}\`)`)
  if (paths > 1) add(`\`{path}\` may appear only once in \`translations\` (\`${entry.translations}\`)`)
  if (template.includes('{locale}{path}') || template.includes('{path}{locale}')) {
    add(`\`{locale}\` and \`{path}\` must be apart, e.g. \`{locale}/{path}\` (\`${entry.translations}\`): otherwise where one ends is a guess`)
  }
  if (!sourceProblem) {
    const {dynamic, base} = scanSource(source)
    if (paths > 0 && !dynamic) {
      add(`\`{path}\` stands for the part of a source's path matched by the wildcards of \`source\`, and \`${entry.source}\` has none: write the translation's path, e.g. \`${withLocaleExample(source)}\``)
    }
    if (paths === 0 && dynamic) {
      add(`\`source\` is a glob (\`${entry.source}\`), so \`translations\` needs \`{path}\` (each source's path${base ? ` after \`${base}/\`` : ''}), or all its files would share one translation, e.g. \`${base ? base.replace(/[^/]+$/, '{locale}') : '{locale}'}/{path}\``)
    }
  }
  return problems
}

function withLocaleExample(source: string): string {
  const dot = source.lastIndexOf('.')
  return dot > source.lastIndexOf('/') + 1 ? `${source.slice(0, dot)}-{locale}${source.slice(dot)}` : `${source}-{locale}`
}

/** One `documents` entry: a source path or glob and where its translations are. */
export const documentEntrySchema = z
  .strictObject(
    {
      source: z
        .string({error: 'expected the source document: a path or a glob, relative to the config file'})
        .min(1, {error: 'expected the source document: a path or a glob, relative to the config file'})
        .describe('The source documents: a path (`README.md`) or a glob (`docs/en/**/*.md`), relative to the config file.'),
      translations: z
        .string({error: 'expected where the translations are: a path with `{locale}`, e.g. `README-{locale}.md`'})
        .min(1, {error: 'expected where the translations are: a path with `{locale}`, e.g. `README-{locale}.md`'})
        .describe('Where each source\'s translations are: a path with `{locale}` (a BCP 47 tag or a `localeAliases` name) and, when `source` is a glob, `{path}` (the source\'s path below the glob\'s folder), e.g. `README-{locale}.md`, `docs/{locale}/{path}`.')
    },
    {
      error: (issue) => issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}: an entry of \`documents\` has \`source\` and \`translations\``
        : issue.code === 'invalid_type' ? 'expected an object `{"source": …, "translations": …}`' : undefined
    }
  )
  .superRefine((entry, context) => {
    for (const {key, message} of entryProblems(entry)) context.addIssue({code: 'custom', path: [key], message})
  })
  .describe('A source document, or a glob of them, and the template of its translations\' paths.')

/** The config's `documents`. */
export const documentsSchema = z
  .array(documentEntrySchema, {error: 'expected a list of `{"source": …, "translations": …}` entries'})
  .min(1, {error: 'list at least one `{"source": …, "translations": …}` entry'})
  .describe('Source documents and where their translations are, e.g. `[{"source": "docs/en/**/*.md", "translations": "docs/{locale}/{path}"}]`.')

function tagProblem(value: string): string | undefined {
  try {
    resolveLanguage(value)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

const localeTag = z.string({error: 'expected a BCP 47 language tag such as `fr`, `pt-BR`, `zh-Hant`'}).superRefine((value, context) => {
  const problem = tagProblem(value)
  if (problem) context.addIssue({code: 'custom', message: problem})
})

/** The config's `locales`: the languages every document is translated into. */
export const localesSchema = z
  .array(localeTag, {error: 'expected a list of BCP 47 language tags, e.g. `["fr", "pt-BR"]`'})
  .min(1, {error: 'list at least one locale, or leave `locales` out to find them from the files'})
  .describe('The locales every document of `documents` is expected in (BCP 47 tags); without it, the locales of the translations found.')

/** The config's `localeAliases`: a name in paths → the BCP 47 tag it means. */
export const localeAliasesSchema = z
  .record(z.string(), localeTag, {error: 'expected an object of locale names in paths and the BCP 47 tags they mean, e.g. `{"pt-br": "pt-BR"}`'})
  .superRefine((aliases, context) => {
    for (const name of Object.keys(aliases)) {
      if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) {
        context.addIssue({code: 'custom', path: [name], message: `\`${name}\` is not a locale name of a path: letters, digits, \`-\`, \`_\` and \`.\`, one folder or file name part`})
      }
    }
  })
  .describe('Locale names in paths that are not the BCP 47 tag they mean (`{"pt-br": "pt-BR", "zh-cn": "zh-Hans"}`).')

export type DocumentEntry = z.infer<typeof documentEntrySchema>

