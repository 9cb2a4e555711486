/**
 * The configuration file (`translint.config.json`), validated with zod and
 * published as JSON Schema (`schema.json`).
 */
import {z} from 'zod'
import {documentsSchema, localesSchema, localeAliasesSchema, type DocumentEntry} from './documents.js'

export const severitySetting = z.enum(['error', 'warning', 'off'])

export const ruleSetting = z.union([
  severitySetting,
  z.tuple([severitySetting]),
  z.tuple([severitySetting, z.record(z.string(), z.unknown())])
])

const tag = z.string().min(2).describe('A BCP 47 language tag such as `sr`, `sr-Latn`, `pt-BR`.')

export const termSetting = z.union([
  z.string().min(1),
  z.strictObject({
    term: z.string().min(1).describe('The term as the source writes it.'),
    variants: z
      .record(z.string(), z.array(z.string().min(1)))
      .optional()
      .describe('Accepted forms per language tag (`{"sr": ["ИВЦА"]}`); `*` applies to every language.'),
    transliterate: z
      .boolean()
      .optional()
      .describe('Accept letter-by-letter transliterations into Cyrillic and Greek (default true for acronyms).')
  })
])

/** What the source's units are called: a singular noun, or a singular and its plural. */
export const unitName = z.union([
  z.string().min(1),
  z.strictObject({
    singular: z.string().min(1).describe('The noun for one unit (`commitment`).'),
    plural: z.string().min(1).optional().describe('The noun for several (default: the singular with an `s`).')
  })
])

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    source: z.string().min(1).optional().describe('Path of the source document, relative to the config file.'),
    sourceLanguage: tag.optional().describe('Language of the source document (default `en`).'),
    files: z.array(z.string().min(1)).optional().describe('Translations to check: paths or globs relative to the config file.'),
    documents: documentsSchema.optional(),
    locales: localesSchema.optional(),
    localeAliases: localeAliasesSchema.optional(),
    ignore: z.array(z.string().min(1)).optional().describe('Globs of files never to check.'),
    languages: z
      .record(z.string(), tag)
      .optional()
      .describe('Language per file: path or glob (relative to the config file) to BCP 47 tag.'),
    rules: z
      .record(z.string(), ruleSetting)
      .optional()
      .describe('Severity per rule id (`"error"`, `"warning"`, `"off"`), or `[severity, options]`.'),
    expect: z
      .strictObject({
        paragraphs: z.number().int().nonnegative().optional(),
        listItems: z.number().int().nonnegative().optional(),
        headings: z.number().int().nonnegative().optional(),
        numbers: z.array(z.string()).optional()
      })
      .optional()
      .describe('What every translation must have when there is no source document.'),
    names: z
      .strictObject({
        listItem: unitName.optional().describe('The source\'s list items (default `list item`), e.g. `"commitment"`.'),
        paragraph: unitName.optional().describe('The source\'s paragraphs (default `paragraph`).'),
        heading: unitName.optional().describe('The source\'s headings (default `heading`).')
      })
      .optional()
      .describe('What messages call the units of the source when they name one (`commitment 5 of 8 is missing`): a singular noun, or `{"singular": …, "plural": …}`. The count itself always says `list items`, `paragraphs` or `headings`.'),
    terms: z.array(termSetting).optional().describe('Terms that must survive translation, beyond the acronyms of the source.'),
    protect: z
      .array(z.string().min(1))
      .optional()
      .describe('Phrases that may stay in the source language (names, titles); never reported as untranslated.'),
    allow: z
      .record(z.string(), z.array(z.string().min(1)))
      .optional()
      .describe('Per language tag (or `*`): words accepted in translations, such as loanwords.'),
    dictionaries: z
      .record(z.string(), z.string().min(1))
      .optional()
      .describe('Per language tag: an npm package name or a path to .aff/.dic without the extension.'),
    words: z
      .record(z.string(), z.array(z.string().min(1)))
      .optional()
      .describe('Per language tag (or `*`): files of personal words (one per line, `#` for comments) that are spelled correctly.')
  })
  .describe('translint configuration')

export type Config = z.infer<typeof configSchema>
export type TermSetting = z.infer<typeof termSetting>

/** A unit name with its plural. */
export interface UnitName {
  singular: string
  plural: string
}

/** A configuration after loading: paths absolute, defaults applied. */
export interface ResolvedConfig {
  /** The config file, when one was read. */
  file?: string
  /** Directory that relative paths in the config resolve against. */
  root: string
  source?: string
  sourceLanguage: string
  files: string[]
  /** Source documents and their translations' paths (a project); absent for one-source runs. */
  documents?: DocumentEntry[]
  /** The locales every document is expected in (normalised tags), when the config lists them. */
  locales?: string[]
  /** Locale names in paths → BCP 47 tags. */
  localeAliases?: Record<string, string>
  ignore: string[]
  languages: Record<string, string>
  rules: Record<string, {severity: 'error' | 'warning' | 'off'; options: Record<string, unknown>}>
  expect: {paragraphs?: number; listItems?: number; headings?: number; numbers?: string[]}
  /** What messages call the source's units, when the config names them. */
  names?: {listItem?: UnitName; paragraph?: UnitName; heading?: UnitName}
  terms: TermSetting[]
  protect: string[]
  allow: Record<string, string[]>
  dictionaries: Record<string, string>
  /** Per language tag (or `*`): absolute paths of personal word files. */
  words: Record<string, string[]>
}
