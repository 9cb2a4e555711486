/**
 * Pairing source documents with their translations by path patterns
 * (src/run/documents.ts): the schema of `documents`, the layouts real
 * projects use, the ambiguous cases, a property over generated projects and
 * a large one. Everything runs on in-memory file lists.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {
  DEFAULT_LOCALE_ALIASES,
  documentEntrySchema,
  documentsSchema,
  isSourceLocale,
  localeAliasesSchema,
  localesSchema,
  pairDocuments,
  type DocumentEntry,
  type PairedDocuments
} from '../src/run/documents.js'
import {languageFromPath, resolveLanguage} from '../src/language/index.js'

const en = {sourceLanguage: 'en'}

/** `translation → locale` per source, for short assertions. */
function pairsOf(result: PairedDocuments): Record<string, string[]> {
  return Object.fromEntries(result.sources.map((source) => [source.source, source.translations.map((pair) => `${pair.translation} → ${pair.locale}`)]))
}
const paths = (pairs: ReadonlyArray<{translation: string; locale: string}>): string[] => pairs.map((pair) => `${pair.translation} → ${pair.locale}`)

/** The schema's messages, as `key: message`. */
function problems(schema: {safeParse: (value: unknown) => {success: boolean; error?: {issues: Array<{path: PropertyKey[]; message: string}>}}}, value: unknown): string[] {
  const parsed = schema.safeParse(value)
  return parsed.success ? [] : parsed.error!.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`)
}

describe('documents schema', () => {
  it('accepts the layouts of real projects', () => {
    const layouts: DocumentEntry[] = [
      {source: 'README.md', translations: 'README-{locale}.md'},
      {source: 'README.md', translations: 'README.{locale}.md'},
      {source: 'README.md', translations: 'translations/README-{locale}.md'},
      {source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'},
      {source: 'files/en-us/**/index.md', translations: 'files/{locale}/{path}'},
      {source: 'content/en/**/*.md', translations: 'content/{locale}/{path}'},
      {source: 'content/page.md', translations: 'content/page.{locale}.md'},
      {source: 'docs/**/*.md', translations: 'i18n/{locale}/docusaurus-plugin-content-docs/current/{path}'},
      {source: './README.md', translations: './README-{locale}.md'},
      {source: '{README,CONTRIBUTING}.md', translations: 'i18n/{locale}/{path}'}
    ]
    expect(documentsSchema.parse(layouts)).toEqual(layouts)
  })

  it('refuses an entry with a clear message', () => {
    const entry = (source: string, translations: string): string[] => problems(documentEntrySchema, {source, translations})
    expect(entry('README.md', 'README-fr.md')).toEqual([
      'translations: needs `{locale}` where the language goes, e.g. `README-{locale}.md` or `docs/{locale}/{path}` (`README-fr.md`)'
    ])
    expect(entry('README.md', 'i18n/{locale}/{path}')).toEqual([
      'translations: `{path}` stands for the part of a source\'s path matched by the wildcards of `source`, and `README.md` has none: write the translation\'s path, e.g. `README-{locale}.md`'
    ])
    expect(entry('docs/en/**/*.md', 'docs/{locale}/index.md')).toEqual([
      'translations: `source` is a glob (`docs/en/**/*.md`), so `translations` needs `{path}` (each source\'s path after `docs/en/`), or all its files would share one translation, e.g. `docs/{locale}/{path}`'
    ])
    expect(entry('README.md', 'README-{lang}.md')).toEqual([
      'translations: unknown placeholder `{lang}` (did you mean `{locale}`?): `translations` knows `{locale}` and `{path}`',
      'translations: needs `{locale}` where the language goes, e.g. `README-{locale}.md` or `docs/{locale}/{path}` (`README-{lang}.md`)'
    ])
    expect(entry('docs/en/*.md', 'docs/*/{locale}/{path}')).toEqual([
      'translations: `translations` is a template, not a glob (`docs/*/{locale}/{path}`): write `{locale}` where the language goes and `{path}` for the source\'s path, instead of `*` or `?`'
    ])
    expect(entry('docs/en/*.md', 'docs/{locale}/{path}/{locale}')).toEqual(['translations: `{locale}` may appear only once in `translations` (`docs/{locale}/{path}/{locale}`)'])
    expect(entry('docs/en/*.md', 'docs/{locale}{path}')).toEqual([
      'translations: `{locale}` and `{path}` must be apart, e.g. `{locale}/{path}` (`docs/{locale}{path}`): otherwise where one ends is a guess'
    ])
    expect(entry('docs\\en\\*.md', 'docs\\{locale}\\{path}')).toEqual([
      'source: use `/` between folders, not `\\` (`docs\\en\\*.md`)',
      'translations: use `/` between folders, not `\\` (`docs\\{locale}\\{path}`)'
    ])
    expect(entry('/srv/README.md', 'README-{locale}.md')).toEqual(['source: must be relative to the config file, without a leading `/` (`/srv/README.md`)'])
    expect(entry('../README.md', '../README-{locale}.md')).toEqual([
      'source: must stay inside the config file\'s folder, without `..` (`../README.md`)',
      'translations: must stay inside the config file\'s folder, without `..` (`../README-{locale}.md`)'
    ])
    expect(entry('docs/en/', 'docs/{locale}/{path}')).toEqual(['source: names a folder (`docs/en/`): name its files, e.g. `docs/en/**/*.md`'])
    expect(entry('!docs/**', 'x/{locale}/{path}')).toEqual(['source: a negated glob cannot be a source (`!docs/**`): list what to skip in `ignore`'])
    expect(entry('README.md', 'README-{locale}}.md')).toEqual([
      'translations: a `{` or `}` that is not part of `{locale}` or `{path}` (`README-{locale}}.md`): `translations` is a template, not a glob'
    ])
    expect(entry('', 'README-{locale}.md')).toEqual(['source: expected the source document: a path or a glob, relative to the config file'])
  })

  it('refuses unknown keys, a missing key, an empty list and what is not a list', () => {
    expect(problems(documentEntrySchema, {source: 'README.md', translations: 'README-{locale}.md', locale: 'fr'})).toEqual([
      ': unknown key `locale`: an entry of `documents` has `source` and `translations`'
    ])
    expect(problems(documentEntrySchema, {source: 'README.md'})).toEqual([
      'translations: expected where the translations are: a path with `{locale}`, e.g. `README-{locale}.md`'
    ])
    expect(problems(documentsSchema, ['README.md'])).toEqual(['0: expected an object `{"source": …, "translations": …}`'])
    expect(problems(documentsSchema, [])).toEqual([': list at least one `{"source": …, "translations": …}` entry'])
    expect(problems(documentsSchema, {source: 'README.md'})).toEqual([': expected a list of `{"source": …, "translations": …}` entries'])
    expect(problems(documentsSchema, [{source: 'README.md', translations: 'README-{locale}.md'}, {source: 'a.md', translations: 'a.md'}])[0]).toMatch(/^1.translations: needs `\{locale\}`/)
  })

  it('checks `locales` and `localeAliases`', () => {
    expect(localesSchema.parse(['fr', 'pt-BR', 'zh-Hant'])).toEqual(['fr', 'pt-BR', 'zh-Hant'])
    expect(problems(localesSchema, ['fr', 'xx'])).toEqual(['1: Unknown language tag `xx`: expected a BCP 47 tag such as `sr`, `sr-Latn`, `pt-BR`'])
    expect(problems(localesSchema, [])).toEqual([': list at least one locale, or leave `locales` out to find them from the files'])
    expect(localeAliasesSchema.parse({'pt-br': 'pt-BR', 'zh-cn': 'zh-Hans'})).toEqual({'pt-br': 'pt-BR', 'zh-cn': 'zh-Hans'})
    expect(problems(localeAliasesSchema, {'a/b': 'fr', br: 'portuguese'})).toEqual([
      'br: Unknown language tag `portuguese`: expected a BCP 47 tag such as `sr`, `sr-Latn`, `pt-BR`',
      'a/b: `a/b` is not a locale name of a path: letters, digits, `-`, `_` and `.`, one folder or file name part'
    ])
  })

  it('converts to JSON Schema, as schema.json will publish it', () => {
    const schema = z.toJSONSchema(z.strictObject({documents: documentsSchema, locales: localesSchema, localeAliases: localeAliasesSchema}), {io: 'input'}) as {properties: Record<string, {description?: string; items?: {required?: string[]; additionalProperties?: boolean}}>}
    expect(schema.properties.documents!.items).toMatchObject({required: ['source', 'translations'], additionalProperties: false})
    expect(Object.values(schema.properties).every((property) => property.description)).toBe(true)
  })

  it('throws from pairDocuments for an entry the schema refuses', () => {
    expect(() => pairDocuments([{source: 'README.md', translations: 'README.md'}], [], en)).toThrow(/^documents\.0.translations: needs `\{locale\}`/)
  })
})

describe('pairDocuments: layouts', () => {
  it('README-{locale}.md: only what looks like a language tag is a locale', () => {
    const files = ['README.md', 'README-ja.md', 'README-zh-CN.md', 'README-pt-br.md', 'README-sr-Latn.md', 'README-es-419.md', 'README-old.md', 'README-dev.md', 'README-new.md', 'README-v2.md', 'README-en.md', 'README-xx.md', 'CHANGELOG.md', 'README-fr.txt']
    const result = pairDocuments([{source: 'README.md', translations: 'README-{locale}.md'}], files, en)
    expect(pairsOf(result)).toEqual({
      'README.md': ['README-es-419.md → es-419', 'README-ja.md → ja', 'README-pt-br.md → pt-BR', 'README-sr-Latn.md → sr-Latn', 'README-zh-CN.md → zh-Hans']
    })
    expect(result.missing).toEqual([])
    expect(result.orphans).toEqual([])
    expect(result.locales).toEqual(['es-419', 'ja', 'pt-BR', 'sr-Latn', 'zh-Hans'])
    expect(result.entries).toEqual([{sources: 1, locales: result.locales}])
  })

  it('README.{locale}.md and translations/README-{locale}.md', () => {
    const dotted = pairDocuments([{source: 'README.md', translations: 'README.{locale}.md'}], ['README.md', 'README.fr.md', 'README.zh-Hant.md', 'README.draft.md', 'README-de.md'], en)
    expect(pairsOf(dotted)).toEqual({'README.md': ['README.fr.md → fr', 'README.zh-Hant.md → zh-Hant']})
    const folder = pairDocuments([{source: 'README.md', translations: 'translations/README-{locale}.md'}], ['README.md', 'translations/README-de.md', 'translations/README-cn.md', 'README-fr.md'], en)
    expect(pairsOf(folder)).toEqual({'README.md': ['translations/README-de.md → de', 'translations/README-cn.md → zh-Hans']})
  })

  it('docs/en/**/*.md → docs/{locale}/{path}: nested pages, missing pages, orphans, assets', () => {
    const files = [
      'docs/en/index.md', 'docs/en/guide/install.md', 'docs/en/guide/deep/faq.md', 'docs/en/logo.png',
      'docs/fr/index.md', 'docs/fr/guide/install.md', 'docs/fr/guide/deep/faq.md', 'docs/fr/logo.png', 'docs/fr/guide/removed.md',
      'docs/de/index.md', 'docs/de/guide/install.md',
      'docs/en-GB/index.md', 'docs/old/index.md', 'docs/README.md'
    ]
    const result = pairDocuments([{source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}], files, en)
    expect(pairsOf(result)).toEqual({
      'docs/en/guide/deep/faq.md': ['docs/fr/guide/deep/faq.md → fr'],
      'docs/en/guide/install.md': ['docs/de/guide/install.md → de', 'docs/fr/guide/install.md → fr'],
      'docs/en/index.md': ['docs/de/index.md → de', 'docs/fr/index.md → fr']
    })
    expect(result.missing).toEqual([{source: 'docs/en/guide/deep/faq.md', translation: 'docs/de/guide/deep/faq.md', locale: 'de', fromEntry: 0}])
    expect(result.orphans).toEqual([{source: 'docs/en/guide/removed.md', translation: 'docs/fr/guide/removed.md', locale: 'fr', fromEntry: 0}])
    expect(result.locales).toEqual(['de', 'fr'])
  })

  it('MDN: files/en-us/**/index.md → files/{locale}/{path}, lower-case folders', () => {
    const files = [
      'files/en-us/web/index.md', 'files/en-us/web/api/index.md', 'files/en-us/web/api/fetch/index.md', 'files/en-us/web/api/notes.md',
      'files/fr/web/index.md', 'files/fr/web/api/index.md', 'files/fr/web/api/fetch/index.md',
      'files/pt-br/web/index.md', 'files/pt-br/web/api/index.md',
      'files/zh-cn/web/index.md', 'files/zh-tw/web/index.md', 'files/ja/web/api/fetch/index.md',
      'files/jsondata/GroupData.json', 'files/fr/web/api/notes.md'
    ]
    const result = pairDocuments([{source: 'files/en-us/**/index.md', translations: 'files/{locale}/{path}'}], files, en)
    expect(pairsOf(result)).toEqual({
      'files/en-us/web/api/fetch/index.md': ['files/fr/web/api/fetch/index.md → fr', 'files/ja/web/api/fetch/index.md → ja'],
      'files/en-us/web/api/index.md': ['files/fr/web/api/index.md → fr', 'files/pt-br/web/api/index.md → pt-BR'],
      'files/en-us/web/index.md': ['files/fr/web/index.md → fr', 'files/pt-br/web/index.md → pt-BR', 'files/zh-cn/web/index.md → zh-Hans', 'files/zh-tw/web/index.md → zh-Hant']
    })
    // Missing pages are spelled as the project spells its folders.
    expect(paths(result.missing)).toEqual([
      'files/pt-br/web/api/fetch/index.md → pt-BR', 'files/zh-cn/web/api/fetch/index.md → zh-Hans', 'files/zh-tw/web/api/fetch/index.md → zh-Hant',
      'files/ja/web/api/index.md → ja', 'files/zh-cn/web/api/index.md → zh-Hans', 'files/zh-tw/web/api/index.md → zh-Hant',
      'files/ja/web/index.md → ja'
    ])
    expect(result.orphans).toEqual([])
  })

  it('Hugo: content/en/** → content/{locale}/**, and page.md → page.{locale}.md', () => {
    const files = ['content/en/_index.md', 'content/en/posts/first.md', 'content/fr/_index.md', 'content/fr/posts/first.md', 'content/de/posts/first.md', 'content/page.md', 'content/page.fr.md', 'content/page.de.md']
    const result = pairDocuments([
      {source: 'content/en/**/*.md', translations: 'content/{locale}/{path}'},
      {source: 'content/page.md', translations: 'content/page.{locale}.md'}
    ], files, en)
    expect(pairsOf(result)).toEqual({
      'content/en/_index.md': ['content/fr/_index.md → fr'],
      'content/en/posts/first.md': ['content/de/posts/first.md → de', 'content/fr/posts/first.md → fr'],
      'content/page.md': ['content/page.de.md → de', 'content/page.fr.md → fr']
    })
    expect(result.sources.map((source) => source.fromEntry)).toEqual([0, 0, 1])
    expect(paths(result.missing)).toEqual(['content/de/_index.md → de'])
  })

  it('Docusaurus: docs/**/*.md → i18n/{locale}/docusaurus-plugin-content-docs/current/{path}', () => {
    const files = ['docs/intro.md', 'docs/tutorial/create-a-page.md', 'i18n/fr/docusaurus-plugin-content-docs/current/intro.md', 'i18n/fr/docusaurus-plugin-content-docs/current/tutorial/create-a-page.md', 'i18n/fr/code.json', 'i18n/ko/docusaurus-plugin-content-docs/current/intro.md']
    const result = pairDocuments([{source: 'docs/**/*.md', translations: 'i18n/{locale}/docusaurus-plugin-content-docs/current/{path}'}], files, en)
    expect(pairsOf(result)).toEqual({
      'docs/intro.md': ['i18n/fr/docusaurus-plugin-content-docs/current/intro.md → fr', 'i18n/ko/docusaurus-plugin-content-docs/current/intro.md → ko'],
      'docs/tutorial/create-a-page.md': ['i18n/fr/docusaurus-plugin-content-docs/current/tutorial/create-a-page.md → fr']
    })
    expect(paths(result.missing)).toEqual(['i18n/ko/docusaurus-plugin-content-docs/current/tutorial/create-a-page.md → ko'])
  })

  it('{path} before {locale}: the locale takes the longest tag', () => {
    const files = ['docs/a.md', 'docs/sub/b.md', 'out/a.md.pt-br.txt', 'out/sub/b.md.zh-Hant.txt', 'out/sub/b.md.pt.txt']
    const result = pairDocuments([{source: 'docs/**/*.md', translations: 'out/{path}.{locale}.txt'}], files, en)
    expect(pairsOf(result)).toEqual({
      'docs/a.md': ['out/a.md.pt-br.txt → pt-BR'],
      'docs/sub/b.md': ['out/sub/b.md.pt.txt → pt', 'out/sub/b.md.zh-Hant.txt → zh-Hant']
    })
  })

  it('accepts `./` in the patterns; a glob with braces has no base', () => {
    const files = ['README.md', 'CONTRIBUTING.md', 'i18n/fr/README.md', 'i18n/fr/CONTRIBUTING.md', 'i18n/de/README.md']
    const result = pairDocuments([{source: './{README,CONTRIBUTING}.md', translations: './i18n/{locale}/{path}'}], files, en)
    expect(pairsOf(result)).toEqual({'CONTRIBUTING.md': ['i18n/fr/CONTRIBUTING.md → fr'], 'README.md': ['i18n/de/README.md → de', 'i18n/fr/README.md → fr']})
    expect(paths(result.missing)).toEqual(['i18n/de/CONTRIBUTING.md → de'])
  })

  it('a source without any file: its translations are orphans', () => {
    const result = pairDocuments([{source: 'README.md', translations: 'README-{locale}.md'}], ['README-fr.md', 'README-de.md'], en)
    expect(result.sources).toEqual([])
    expect(result.orphans).toEqual([
      {source: 'README.md', translation: 'README-de.md', locale: 'de', fromEntry: 0},
      {source: 'README.md', translation: 'README-fr.md', locale: 'fr', fromEntry: 0}
    ])
    expect(result.entries).toEqual([{sources: 0, locales: ['de', 'fr']}])
  })
})

describe('pairDocuments: locales', () => {
  it('never takes the source language\'s own locale for a translation', () => {
    const files = ['README.md', 'README-en.md', 'README-en-us.md', 'README-EN-GB.md', 'README-fr.md']
    expect(pairsOf(pairDocuments([{source: 'README.md', translations: 'README-{locale}.md'}], files, en))).toEqual({'README.md': ['README-fr.md → fr']})
    // A source in American English: British English is a translation.
    expect(pairsOf(pairDocuments([{source: 'README.md', translations: 'README-{locale}.md'}], files, {sourceLanguage: 'en-US'}))).toEqual({'README.md': ['README-EN-GB.md → en-GB', 'README-fr.md → fr']})
    // Simplified Chinese source: Traditional is a translation, `zh-cn` is not.
    const chinese = pairDocuments([{source: 'README.md', translations: 'README-{locale}.md'}], ['README.md', 'README-zh-cn.md', 'README-zh-Hant.md', 'README-tw.md'], {sourceLanguage: 'zh'})
    expect(pairsOf(chinese)).toEqual({'README.md': ['README-tw.md → zh-Hant', 'README-zh-Hant.md → zh-Hant']})
    expect(isSourceLocale('en-US', 'en')).toBe(true)
    expect(isSourceLocale('en', 'en-US')).toBe(true)
    expect(isSourceLocale('en-GB', 'en-US')).toBe(false)
    expect(isSourceLocale('sr-Latn', 'sr')).toBe(false)
    expect(isSourceLocale('zh-TW', 'zh')).toBe(false)
  })

  it('applies localeAliases before the built-in names, ignoring case and -/_', () => {
    const files = ['docs/en/a.md', 'docs/brazil/a.md', 'docs/tw/a.md', 'docs/cn/a.md', 'docs/english/a.md', 'docs/Fil/a.md', 'docs/ZH_TW/a.md']
    const plain = pairDocuments([{source: 'docs/en/*.md', translations: 'docs/{locale}/{path}'}], files, en)
    expect(pairsOf(plain)).toEqual({'docs/en/a.md': ['docs/cn/a.md → zh-Hans', 'docs/ZH_TW/a.md → zh-Hant', 'docs/tw/a.md → zh-Hant']})
    const aliased = pairDocuments([{source: 'docs/en/*.md', translations: 'docs/{locale}/{path}'}], files, {
      sourceLanguage: 'en',
      localeAliases: {brazil: 'pt-BR', tw: 'tw', english: 'en', fil: 'fil', 'zh-tw': 'zh-TW'}
    })
    expect(pairsOf(aliased)).toEqual({
      'docs/en/a.md': ['docs/Fil/a.md → fil', 'docs/brazil/a.md → pt-BR', 'docs/tw/a.md → tw', 'docs/cn/a.md → zh-Hans', 'docs/ZH_TW/a.md → zh-TW']
    })
  })

  it('with `locales`: expects every listed locale, reports the others as unlisted', () => {
    const files = ['docs/en/a.md', 'docs/en/b.md', 'docs/fr/a.md', 'docs/ja/a.md', 'docs/fil/a.md', 'docs/fr/gone.md', 'docs/ja/gone.md', 'docs/en-us/a.md']
    const result = pairDocuments([{source: 'docs/en/*.md', translations: 'docs/{locale}/{path}'}], files, {sourceLanguage: 'en', locales: ['fr', 'pt-br', 'fil', 'en-US']})
    expect(pairsOf(result)).toEqual({'docs/en/a.md': ['docs/fil/a.md → fil', 'docs/fr/a.md → fr'], 'docs/en/b.md': []})
    // `pt-br` has no file anywhere: its pages are spelled as `locales` writes it.
    expect(paths(result.missing)).toEqual(['docs/pt-br/a.md → pt-BR', 'docs/fil/b.md → fil', 'docs/fr/b.md → fr', 'docs/pt-br/b.md → pt-BR'])
    expect(result.orphans).toEqual([{source: 'docs/en/gone.md', translation: 'docs/fr/gone.md', locale: 'fr', fromEntry: 0}])
    expect(result.unlisted).toEqual([
      {source: 'docs/en/a.md', translation: 'docs/ja/a.md', locale: 'ja', fromEntry: 0},
      {source: 'docs/en/gone.md', translation: 'docs/ja/gone.md', locale: 'ja', fromEntry: 0}
    ])
    expect(result.locales).toEqual(['fil', 'fr', 'pt-BR'])
  })

  it('without `locales`: each entry expects the locales of its own files', () => {
    const files = ['README.md', 'README-fr.md', 'README-ja.md', 'README-ko.md', 'docs/en/a.md', 'docs/fr/a.md']
    const result = pairDocuments([
      {source: 'README.md', translations: 'README-{locale}.md'},
      {source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}
    ], files, en)
    expect(result.missing).toEqual([])
    expect(result.entries).toEqual([{sources: 1, locales: ['fr', 'ja', 'ko']}, {sources: 1, locales: ['fr']}])
    expect(result.locales).toEqual(['fr', 'ja', 'ko'])
  })

  it('spells a missing path as alias key when no file shows how', () => {
    const result = pairDocuments([{source: 'docs/en/*.md', translations: 'docs/{locale}/{path}'}], ['docs/en/a.md'], {sourceLanguage: 'en', locales: ['pt-BR'], localeAliases: {'pt-br': 'pt-BR'}})
    expect(paths(result.missing)).toEqual(['docs/pt-br/a.md → pt-BR'])
  })

  it('spells a missing path as the most files of the entry do, else as other entries do', () => {
    const files = ['docs/en/a.md', 'docs/en/b.md', 'docs/en/c.md', 'docs/en/d.md', 'docs/pt-br/a.md', 'docs/pt_BR/b.md', 'docs/pt-br/c.md', 'docs/PT-BR/a.md', 'docs/ZH-cn/a.md', 'docs/zh-CN/b.md', 'README.md', 'README-Ja.md']
    const entries = [{source: 'docs/en/*.md', translations: 'docs/{locale}/{path}'}, {source: 'README.md', translations: 'README-{locale}.md'}]
    expect(paths(pairDocuments(entries, files, en).missing)).toEqual(['docs/ZH-cn/c.md → zh-Hans', 'docs/pt-br/d.md → pt-BR', 'docs/ZH-cn/d.md → zh-Hans'])
    const listed = pairDocuments(entries, files, {sourceLanguage: 'en', locales: ['ja', 'pt-BR']})
    expect(paths(listed.missing)).toEqual(['README-pt-br.md → pt-BR', 'docs/Ja/a.md → ja', 'docs/Ja/b.md → ja', 'docs/Ja/c.md → ja', 'docs/Ja/d.md → ja', 'docs/pt-br/d.md → pt-BR'])
  })

  it('{path}-{locale}: the locale is not cut short', () => {
    const files = ['text/a.md', 'text/b-c.md', 'out/a.md-pt-BR.txt', 'out/b-c.md-sr-Latn.txt', 'out/a.md-br.txt']
    expect(pairsOf(pairDocuments([{source: 'text/**/*.md', translations: 'out/{path}-{locale}.txt'}], files, en))).toEqual({
      'text/a.md': ['out/a.md-br.txt → br', 'out/a.md-pt-BR.txt → pt-BR'],
      'text/b-c.md': ['out/b-c.md-sr-Latn.txt → sr-Latn']
    })
  })

  it('keeps two files of one source in one locale', () => {
    const result = pairDocuments([{source: 'README.md', translations: 'README-{locale}.md'}], ['README.md', 'README-cn.md', 'README-zh-CN.md', 'README-zh_cn.md'], en)
    expect(pairsOf(result)).toEqual({'README.md': ['README-cn.md → zh-Hans', 'README-zh-CN.md → zh-Hans', 'README-zh_cn.md → zh-Hans']})
  })

  it('the built-in names are languageFromPath\'s', () => {
    expect(Object.keys(DEFAULT_LOCALE_ALIASES)).toContain('zh-cn')
    for (const [name, tag] of Object.entries(DEFAULT_LOCALE_ALIASES)) expect(languageFromPath(`README-${name}.md`)?.tag).toBe(resolveLanguage(tag).tag)
  })
})

describe('pairDocuments: several entries and overlaps', () => {
  it('a file that is a source is never a translation', () => {
    const files = ['README.md', 'README-fr.md', 'i18n/de/README-fr.md', 'i18n/de/README.md']
    const result = pairDocuments([
      {source: 'README.md', translations: 'README-{locale}.md'},
      {source: '*.md', translations: 'i18n/{locale}/{path}'}
    ], files, en)
    expect(pairsOf(result)).toEqual({'README-fr.md': ['i18n/de/README-fr.md → de'], 'README.md': ['i18n/de/README.md → de']})
    expect(result.sources.map((source) => `${source.source} ${source.fromEntry}`)).toEqual(['README-fr.md 1', 'README.md 0'])
    expect(result.entries).toEqual([{sources: 1, locales: []}, {sources: 2, locales: ['de']}])
  })

  it('pairs a file once, by the first entry under which its source exists', () => {
    const files = ['docs/en/a.md', 'docs/en/guide/b.md', 'docs/fr/a.md', 'docs/fr/guide/b.md']
    const result = pairDocuments([
      {source: 'docs/en/guide/*.md', translations: 'docs/{locale}/guide/{path}'},
      {source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}
    ], files, en)
    expect(result.sources).toEqual([
      {source: 'docs/en/a.md', fromEntry: 1, translations: [{source: 'docs/en/a.md', translation: 'docs/fr/a.md', locale: 'fr', fromEntry: 1}]},
      {source: 'docs/en/guide/b.md', fromEntry: 0, translations: [{source: 'docs/en/guide/b.md', translation: 'docs/fr/guide/b.md', locale: 'fr', fromEntry: 0}]}
    ])
    expect(result.orphans).toEqual([])
    expect(result.entries).toEqual([{sources: 1, locales: ['fr']}, {sources: 2, locales: ['fr']}])
  })

  it('does not depend on the order of the file list', () => {
    const files = ['files/en-us/a/index.md', 'files/en-us/b/index.md', 'files/fr/a/index.md', 'files/pt-br/b/index.md', 'files/fr/c/index.md', 'README.md', 'README-ja.md']
    const entries = [{source: 'files/en-us/**/index.md', translations: 'files/{locale}/{path}'}, {source: 'README.md', translations: 'README-{locale}.md'}]
    const sorted = pairDocuments(entries, files, en)
    expect(pairDocuments(entries, [...files].reverse(), en)).toEqual(sorted)
    expect(pairDocuments(entries, [...files, ...files], en)).toEqual(sorted)
  })
})

describe('pairDocuments: the corpora', () => {
  it('the-art-of-command-line: README.md + README-<locale>.md', () => {
    const files = ['README-cs.md', 'README-de.md', 'README-el.md', 'README-es.md', 'README-fr.md', 'README-id.md', 'README-it.md', 'README-ja.md', 'README-ko.md', 'README-pl.md', 'README-pt.md', 'README-ro.md', 'README-ru.md', 'README-sl.md', 'README-uk.md', 'README-zh-Hant.md', 'README-zh.md', 'README.md', 'SOURCE.md']
    const result = pairDocuments([{source: 'README.md', translations: 'README-{locale}.md'}], files, en)
    expect(result.locales).toEqual(['cs', 'de', 'el', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'pl', 'pt', 'ro', 'ru', 'sl', 'uk', 'zh', 'zh-Hant'])
    expect(paths(result.sources[0]!.translations).slice(-3)).toEqual(['README-uk.md → uk', 'README-zh.md → zh', 'README-zh-Hant.md → zh-Hant'])
    expect([result.missing, result.orphans]).toEqual([[], []])
  })

  it('coding-interview-university: README.md + translations/README-<locale>.md', () => {
    const names = ['af', 'ar', 'bg', 'bn', 'cn', 'de', 'el', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'kh', 'kk', 'ko', 'mr', 'nl', 'pl', 'ptbr', 'ru', 'th', 'tr', 'tw', 'uk', 'ur', 'uz', 'vi']
    const files = ['README.md', 'SOURCE.md', ...names.map((name) => `translations/README-${name}.md`)]
    const result = pairDocuments([{source: 'README.md', translations: 'translations/README-{locale}.md'}], files, en)
    expect(result.sources[0]!.translations).toHaveLength(30)
    expect(result.locales).toEqual(['af', 'ar', 'bg', 'bn', 'de', 'el', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'kk', 'km', 'ko', 'mr', 'nl', 'pl', 'pt-BR', 'ru', 'th', 'tr', 'uk', 'ur', 'uz', 'vi', 'zh-Hans', 'zh-Hant'])
    expect(paths(result.sources[0]!.translations.filter((pair) => /cn|tw|kh|ptbr/.test(pair.translation)))).toEqual([
      'translations/README-kh.md → km', 'translations/README-ptbr.md → pt-BR', 'translations/README-cn.md → zh-Hans', 'translations/README-tw.md → zh-Hant'
    ])
  })
})

/** Locales with the ways projects spell them in paths. */
const LOCALES: ReadonlyArray<{tag: string; spellings: string[]}> = [
  {tag: 'fr', spellings: ['fr', 'FR']},
  {tag: 'pt-BR', spellings: ['pt-BR', 'pt-br', 'pt_BR', 'ptbr']},
  {tag: 'zh-Hans', spellings: ['zh-Hans', 'zh-cn', 'cn', 'zh_CN']},
  {tag: 'zh-Hant', spellings: ['zh-Hant', 'zh-tw', 'tw']},
  {tag: 'ja', spellings: ['ja', 'jp']},
  {tag: 'sr-Latn', spellings: ['sr-Latn', 'sr-latn', 'sr_Latn']},
  {tag: 'es-419', spellings: ['es-419']},
  {tag: 'uk', spellings: ['uk', 'ua']}
]

/** Layouts as (source glob, template, source path of a relative path). */
const LAYOUTS = [
  {source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}', at: (relative: string) => `docs/en/${relative}`},
  {source: 'files/en-us/**/index.md', translations: 'files/{locale}/{path}', at: (relative: string) => `files/en-us/${relative}`},
  {source: 'docs/**/*.md', translations: 'i18n/{locale}/docusaurus-plugin-content-docs/current/{path}', at: (relative: string) => `docs/${relative}`},
  {source: 'src/**/*.md', translations: 'l10n/{path}.{locale}.md', at: (relative: string) => `src/${relative}`},
  {source: 'pages/**/*.md', translations: 'pages-{locale}/{path}', at: (relative: string) => `pages/${relative}`},
  {source: 'text/**/*.md', translations: 'out/{path}-{locale}.txt', at: (relative: string) => `text/${relative}`}
]

/** The list in an order given by `seed` (a linear congruential shuffle). */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const copy = [...list]
  let state = seed >>> 0
  for (let index = copy.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const other = state % (index + 1)
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

describe('pairDocuments: properties', () => {
  const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,7}$/)
  const project = fc.record({
    layout: fc.integer({min: 0, max: LAYOUTS.length - 1}),
    pages: fc.uniqueArray(fc.array(segment, {minLength: 1, maxLength: 3}).map((parts) => parts.join('/')), {minLength: 1, maxLength: 12}),
    locales: fc.subarray([...LOCALES.keys()], {minLength: 1}),
    // Per page and locale: whether it is translated, and how the locale is spelled.
    cells: fc.array(fc.tuple(fc.boolean(), fc.nat()), {minLength: 12 * LOCALES.length, maxLength: 12 * LOCALES.length}),
    gone: fc.uniqueArray(segment.map((name) => `_gone/${name}`), {maxLength: 3}),
    explicit: fc.boolean(),
    seed: fc.nat()
  })

  it('pairs every generated translation of every generated source exactly once', () => {
    fc.assert(fc.property(project, ({layout, pages, locales, cells, gone, explicit, seed}) => {
      const {source, translations, at} = LAYOUTS[layout]!
      // MDN-like layouts pair only index.md pages; others any .md file.
      const relative = (page: string): string => (source.endsWith('index.md') ? `${page}/index.md` : `${page}.md`)
      const files: string[] = []
      const expected = new Map<string, {source: string; locale: string}>()
      const missing = new Set<string>()
      const translated = new Set<string>()
      const file = (page: string, spelling: string): string => translations.replace('{locale}', spelling).replace('{path}', relative(page))
      pages.forEach((page, p) => {
        files.push(at(relative(page)))
        locales.forEach((l) => {
          const [present, pick] = cells[p * LOCALES.length + l]!
          const {tag, spellings} = LOCALES[l]!
          if (present) {
            const name = file(page, spellings[pick % spellings.length]!)
            files.push(name)
            expected.set(name, {source: at(relative(page)), locale: tag})
            translated.add(tag)
          } else {
            missing.add(`${at(relative(page))} ${tag}`)
          }
        })
      })
      const orphans = new Map<string, string>()
      for (const page of gone) {
        const l = locales[seed % locales.length]!
        const name = file(page, LOCALES[l]!.spellings[0]!)
        files.push(name)
        orphans.set(name, at(relative(page)))
        translated.add(LOCALES[l]!.tag)
      }
      files.push('README.md', 'docs/en/logo.png', 'i18n/fr/code.json', 'l10n/x.md.old.md', 'pages-new/a.md')
      const shuffled = shuffle(files, seed)
      const known = explicit ? locales.map((l) => LOCALES[l]!.tag) : [...translated]

      const result = pairDocuments([{source, translations}], shuffled, {sourceLanguage: 'en', ...(explicit ? {locales: known} : {})})
      const pairs = result.sources.flatMap((document) => document.translations)
      expect(pairs.map((pair) => pair.translation).sort()).toEqual([...expected.keys()].sort())
      for (const pair of pairs) expect({source: pair.source, locale: pair.locale}).toEqual(expected.get(pair.translation))
      expect(result.sources.map((document) => document.source)).toEqual(pages.map((page) => at(relative(page))).sort())
      expect(new Set(result.missing.map((pair) => `${pair.source} ${pair.locale}`))).toEqual(new Set([...missing].filter((cell) => known.includes(cell.split(' ')[1]!))))
      for (const pair of result.missing) expect(files).not.toContain(pair.translation)
      expect(result.orphans.map((pair) => [pair.translation, pair.source])).toEqual([...orphans].sort((a, b) => (a[1] < b[1] ? -1 : 1)))
      expect(result.unlisted).toEqual([])
    }), {numRuns: Number(process.env.FUZZ_RUNS ?? 200), ...(process.env.FUZZ_SEED === 'random' ? {} : {seed: Number(process.env.FUZZ_SEED ?? 20260413)})})
  })
})

describe('pairDocuments: a large project', () => {
  it('pairs 10 locales × 1,000 pages', () => {
    const locales = ['fr', 'de', 'es', 'it', 'ja', 'ko', 'pt-br', 'zh-cn', 'zh-tw', 'ru']
    const files: string[] = []
    for (let page = 0; page < 1000; page++) {
      const relative = `section-${page % 25}/sub-${page % 7}/page-${page}/index.md`
      files.push(`files/en-us/${relative}`)
      locales.forEach((locale, index) => {
        // Every 100th page is missing in one locale.
        if (page % 100 !== index) files.push(`files/${locale}/${relative}`)
      })
    }
    files.push('files/fr/section-0/orphan/index.md', 'files/ja/section-1/orphan/index.md')
    const result = pairDocuments([{source: 'files/en-us/**/index.md', translations: 'files/{locale}/{path}'}], files.reverse(), en)
    expect(result.sources).toHaveLength(1000)
    expect(result.sources.reduce((sum, document) => sum + document.translations.length, 0)).toBe(10 * 1000 - 100)
    expect(result.locales).toEqual(['de', 'es', 'fr', 'it', 'ja', 'ko', 'pt-BR', 'ru', 'zh-Hans', 'zh-Hant'])
    expect(result.missing).toHaveLength(100)
    expect(result.missing[0]).toEqual({source: 'files/en-us/section-0/sub-0/page-0/index.md', translation: 'files/fr/section-0/sub-0/page-0/index.md', locale: 'fr', fromEntry: 0})
    expect(result.missing.filter((pair) => pair.locale === 'zh-Hans').map((pair) => pair.translation)).toContain('files/zh-cn/section-7/sub-0/page-707/index.md')
    expect(paths(result.orphans)).toEqual(['files/fr/section-0/orphan/index.md → fr', 'files/ja/section-1/orphan/index.md → ja'])
    const first = result.sources.find((document) => document.source === 'files/en-us/section-1/sub-1/page-1/index.md')!
    expect(first.translations.map((pair) => pair.locale)).toEqual(['es', 'fr', 'it', 'ja', 'ko', 'pt-BR', 'ru', 'zh-Hans', 'zh-Hant'])
  })
})
