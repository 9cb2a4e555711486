/**
 * Translation projects: `documents` in the config, each translation with
 * its own source, missing and orphan pages, staleness from git, the cache
 * per source, and `changed` (the Action's only-changed).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {execFileSync} from 'node:child_process'
import {afterEach, describe, expect, it} from 'vitest'
import {checkFiles, type CheckFilesResult} from '../src/api.js'
import {ConfigError} from '../src/run/config.js'
import type {FileResult} from '../src/index.js'

const EN_INTRO = '# Intro\n\nThe Example Foundation (EXF) was founded in 1999 in Lyon.\n\nIt has three goals:\n\n- Open documents for everyone.\n- Free software for schools.\n- Good translations in every language.\n'
const FR_INTRO = "# Introduction\n\nLa Fondation Exemple (EXF) a été fondée en 1999 à Lyon.\n\nElle a trois objectifs :\n\n- Des documents ouverts à tous.\n- Des logiciels libres pour les écoles.\n- De bonnes traductions dans toutes les langues.\n"
const DE_INTRO = '# Einführung\n\nDie Beispiel-Stiftung (EXF) wurde 1999 in Lyon gegründet.\n\nSie hat drei Ziele:\n\n- Offene Dokumente für alle.\n- Freie Software für Schulen.\n- Gute Übersetzungen in jeder Sprache.\n'
const EN_SETUP = '# Setup\n\nInstall the tool in 2 minutes on any computer.\n\nThen run it every day before you publish.\n'
const FR_SETUP = "# Installation\n\nInstallez l'outil en 2 minutes sur n'importe quel ordinateur.\n\nPuis lancez-le chaque jour avant de publier.\n"
const EN_FAQ = '# FAQ\n\nAsk your questions on the forum of the foundation.\n'

const made: string[] = []
afterEach(() => {
  for (const directory of made.splice(0)) fs.rmSync(directory, {recursive: true, force: true})
})

function project(files: Record<string, string>, config: unknown = {documents: [{source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}]}): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-project-'))
  made.push(directory)
  write(directory, {'translint.config.json': JSON.stringify(config), ...files})
  return directory
}

function write(directory: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    fs.writeFileSync(path.join(directory, name), content)
  }
}

function git(directory: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], {cwd: directory, encoding: 'utf8'}).trim()
}

function commit(directory: string, message: string): string {
  git(directory, 'add', '-A')
  git(directory, 'commit', '-qm', message)
  return git(directory, 'rev-parse', 'HEAD')
}

const byPath = (result: CheckFilesResult): Map<string, FileResult> => new Map(result.files.map((file) => [file.path, file]))
const ids = (file: FileResult | undefined): string[] => file?.messages.map((message) => message.ruleId) ?? []

const BASIC = {
  'docs/en/intro.md': EN_INTRO,
  'docs/en/guide/setup.md': EN_SETUP,
  'docs/en/faq.md': EN_FAQ,
  'docs/fr/intro.md': FR_INTRO,
  'docs/fr/guide/setup.md': FR_SETUP,
  'docs/de/intro.md': DE_INTRO,
  'docs/de/old.md': '# Alt\n\nDiese Seite gibt es im Original nicht mehr.\n'
}

describe('a project without git', () => {
  it('pairs every translation with its own source, and reports missing and orphan pages', async () => {
    const cwd = project(BASIC)
    const result = await checkFiles([], {cwd, concurrency: 1})
    const files = byPath(result)
    expect([...files.keys()]).toEqual(['docs/de/faq.md', 'docs/de/guide/setup.md', 'docs/de/intro.md', 'docs/de/old.md', 'docs/fr/faq.md', 'docs/fr/guide/setup.md', 'docs/fr/intro.md', 'translint.config.json'])
    expect(files.get('docs/fr/intro.md')?.source).toBe('docs/en/intro.md')
    expect(files.get('docs/fr/guide/setup.md')?.source).toBe('docs/en/guide/setup.md')
    expect(files.get('docs/de/intro.md')?.language).toBe('de')
    expect(files.get('docs/fr/intro.md')?.messages).toEqual([])
    const missing = files.get('docs/de/guide/setup.md')!
    expect(missing.source).toBe('docs/en/guide/setup.md')
    expect(missing.messages).toMatchObject([{ruleId: 'missing-translation', severity: 'warning', line: 1, column: 1, expected: ['docs/de/guide/setup.md']}])
    expect(missing.messages[0]!.reason).toContain('`docs/en/guide/setup.md` has no translation in `de`')
    expect(ids(files.get('docs/fr/faq.md'))).toEqual(['missing-translation'])
    expect(files.get('docs/de/old.md')?.messages).toMatchObject([{ruleId: 'orphan-translation', severity: 'warning', expected: ['docs/en/old.md']}])
    // Not a git repository: one info message says why staleness was skipped.
    const note = files.get('translint.config.json')!
    expect(note.messages).toMatchObject([{ruleId: 'stale', severity: 'info'}])
    expect(note.messages[0]!.reason).toMatch(/not .*git/)
    expect(result.summary.errors).toBe(0)
    expect(result.project?.locales).toEqual([
      {locale: 'de', translated: 1, missing: 2, stale: 0, failing: 0, orphans: 1},
      {locale: 'fr', translated: 2, missing: 1, stale: 0, failing: 0, orphans: 0}
    ])
  })

  it('checks each translation against its own source', async () => {
    const cwd = project({...BASIC, 'docs/fr/intro.md': FR_INTRO.replace('1999', '1998')})
    const files = byPath(await checkFiles([], {cwd, concurrency: 1}))
    expect(ids(files.get('docs/fr/intro.md'))).toEqual(['number-parity'])
    expect(ids(files.get('docs/fr/guide/setup.md'))).toEqual([])
  })

  it('gives the same results in worker threads', async () => {
    const cwd = project({...BASIC, 'docs/fr/intro.md': FR_INTRO.replace('1999', '1998')})
    const one = await checkFiles([], {cwd, concurrency: 1})
    const two = await checkFiles([], {cwd, concurrency: 2})
    expect(two.files).toEqual(one.files)
  })

  it('with file arguments, checks those translations (each with its source) and the translations of sources given', async () => {
    const cwd = project(BASIC)
    const some = await checkFiles(['docs/de/intro.md'], {cwd, concurrency: 1})
    expect(some.files.map((file) => [file.path, file.source])).toEqual([['docs/de/intro.md', 'docs/en/intro.md'], ['translint.config.json', null]])
    const fromSource = await checkFiles(['docs/en/guide/setup.md'], {cwd, concurrency: 1})
    expect(fromSource.files.map((file) => [file.path, ids(file)])).toEqual([
      ['docs/de/guide/setup.md', ['missing-translation']],
      ['docs/fr/guide/setup.md', []],
      ['translint.config.json', ['stale']]
    ])
  })

  it('checks a file given that belongs to no document without a source, and says so in its result', async () => {
    const cwd = project({...BASIC, 'notes/fr.md': 'Une note en français, sans source.\n'})
    const result = await checkFiles(['notes/fr.md', 'docs/fr/intro.md'], {cwd, concurrency: 1})
    const files = byPath(result)
    expect(files.get('notes/fr.md')?.source).toBeNull()
    expect(files.get('docs/fr/intro.md')?.source).toBe('docs/en/intro.md')
  })

  it('with `changed`, checks what a pull request touched', async () => {
    const cwd = project(BASIC)
    const result = await checkFiles([], {cwd, concurrency: 1, changed: ['docs/fr/intro.md', 'README.md']})
    expect(result.files.map((file) => file.path)).toEqual(['docs/fr/intro.md', 'translint.config.json'])
    const none = await checkFiles([], {cwd, concurrency: 1, changed: []})
    expect(none.files.filter((file) => file.path !== 'translint.config.json')).toEqual([])
  })

  it('lets the config turn coverage messages off or make them errors', async () => {
    const cwd = project(BASIC, {documents: [{source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}], rules: {'missing-translation': 'error', 'orphan-translation': 'off', stale: 'off'}})
    const result = await checkFiles([], {cwd, concurrency: 1})
    const files = byPath(result)
    expect(files.get('docs/fr/faq.md')?.messages[0]).toMatchObject({severity: 'error', fatal: true})
    expect(files.has('docs/de/old.md')).toBe(false)
    expect(files.has('translint.config.json')).toBe(false)
  })

  it('expects every page in every listed locale', async () => {
    const cwd = project(BASIC, {documents: [{source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}], locales: ['fr', 'de', 'pt-BR']})
    const files = byPath(await checkFiles([], {cwd, concurrency: 1}))
    expect(ids(files.get('docs/pt-BR/intro.md'))).toEqual(['missing-translation'])
  })

  it('refuses `documents` with `source` or `files`, naming the key', async () => {
    for (const [config, key] of [[{source: 'en.md', documents: [{source: 'README.md', translations: 'README-{locale}.md'}]}, 'documents'], [{files: ['*.md'], documents: [{source: 'README.md', translations: 'README-{locale}.md'}]}, 'files'], [{locales: ['fr']}, 'locales']] as const) {
      const cwd = project({}, config)
      const error = await checkFiles([], {cwd}).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as ConfigError).key).toBe(key)
    }
  })

  it('reports a source that cannot be read on its translations, and checks the others', async () => {
    const cwd = project({...BASIC, 'docs/en/guide/setup.md': Buffer.from([0, 1, 2, 3, 0, 0, 0, 0xff]) as unknown as string})
    const result = await checkFiles([], {cwd, concurrency: 1})
    const files = byPath(result)
    expect(ids(files.get('docs/fr/guide/setup.md'))).toEqual(['unreadable'])
    expect(files.get('docs/fr/guide/setup.md')?.messages[0]?.reason).toContain('docs/en/guide/setup.md')
    expect(files.get('docs/fr/intro.md')?.messages).toEqual([])
    expect(result.ioErrors).toBe(1)
  })

  it('counts what the other translations keep, with and without a cache (agreement before each page)', async () => {
    const en = '# Workflow\n\nOpen a pull request when your change is ready for review by the maintainers.\n'
    const pages = {
      'docs/en/flow.md': en,
      'docs/fr/flow.md': '# Flux de travail\n\nOuvrez une pull request quand votre modification est prête pour la relecture par les responsables.\n',
      'docs/de/flow.md': '# Arbeitsablauf\n\nÖffnen Sie einen pull request, wenn Ihre Änderung bereit für die Prüfung durch die Betreuer ist.\n',
      'docs/es/flow.md': '# Flujo de trabajo\n\nAbre una pull request cuando tu cambio esté listo para la revisión de los responsables.\n',
      'docs/it/flow.md': '# Flusso di lavoro\n\nApri una pull request quando la tua modifica è pronta per la revisione dei responsabili.\n'
    }
    const config = {documents: [{source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}], locales: ['fr', 'de', 'es', 'it']}
    const cwd = project(pages, config)
    const plain = await checkFiles([], {cwd, concurrency: 1})
    const cached = await checkFiles([], {cwd, concurrency: 1, cache: true})
    expect(cached.files).toEqual(plain.files)
    for (const file of plain.files.filter((entry) => entry.path.startsWith('docs/'))) expect(ids(file)).not.toContain('untranslated')
    // Alone, without the others' votes, the same words are English left behind.
    const alone = project({'docs/en/flow.md': en, 'docs/fr/flow.md': pages['docs/fr/flow.md']}, {...config, locales: ['fr']})
    expect(ids(byPath(await checkFiles([], {cwd: alone, concurrency: 1})).get('docs/fr/flow.md'))).toContain('untranslated')
  })

  it('caches per source: a changed source re-checks only its translations', async () => {
    const cwd = project(BASIC)
    const first = await checkFiles([], {cwd, concurrency: 1, cache: true})
    expect(first.cache).toMatchObject({hits: 0, misses: 3})
    const again = await checkFiles([], {cwd, concurrency: 1, cache: true})
    expect(again.cache).toMatchObject({hits: 3, misses: 0})
    expect(again.files).toEqual(first.files)
    write(cwd, {'docs/en/guide/setup.md': EN_SETUP.replace('2 minutes', '3 minutes')})
    const changed = await checkFiles([], {cwd, concurrency: 1, cache: true})
    expect(changed.cache).toMatchObject({hits: 2, misses: 1})
    expect(ids(byPath(changed).get('docs/fr/guide/setup.md'))).toEqual(['number-parity'])
  })
})

describe('a project in git: staleness', () => {
  function history(): {cwd: string; first: string} {
    const cwd = project(BASIC)
    git(cwd, 'init', '-q')
    fs.rmSync(path.join(cwd, 'docs/fr/guide/setup.md'))
    const first = commit(cwd, 'one')
    write(cwd, {'docs/fr/guide/setup.md': `---\nl10n:\n  sourceCommit: ${first}\n---\n\n${FR_SETUP}`})
    commit(cwd, 'two')
    write(cwd, {
      'docs/en/intro.md': `${EN_INTRO}\nEvery year it holds a conference for its members.\n`,
      'docs/en/guide/setup.md': `${EN_SETUP}\nCheck the conference schedule before you install it.\n`
    })
    commit(cwd, 'three')
    write(cwd, {'docs/fr/guide/setup.md': fs.readFileSync(path.join(cwd, 'docs/fr/guide/setup.md'), 'utf8').replace('chaque jour', 'tous les jours')})
    commit(cwd, 'four')
    return {cwd, first}
  }

  it('names what changed in the source since the translation was updated', async () => {
    const {cwd, first} = history()
    const result = await checkFiles([], {cwd, concurrency: 1})
    const files = byPath(result)
    expect(files.has('translint.config.json')).toBe(false)
    for (const page of ['docs/fr/intro.md', 'docs/de/intro.md', 'docs/fr/guide/setup.md']) {
      const stale = files.get(page)?.messages.filter((message) => message.ruleId === 'stale') ?? []
      expect(stale.length, page).toBeGreaterThan(0)
      expect(JSON.stringify(stale), page).toContain('conference')
      expect(stale[0]!.severity).toBe('warning')
    }
    // The French setup page was edited after the change, but its front matter says it follows `one`.
    const setup = files.get('docs/fr/guide/setup.md')!.messages.find((message) => message.ruleId === 'stale')!
    expect(setup.reason).toContain(first.slice(0, 7))
    expect(result.project?.locales.map((locale) => [locale.locale, locale.stale])).toEqual([['de', 1], ['fr', 2]])
  })

  it('is quiet for translations brought up to date', async () => {
    const {cwd} = history()
    write(cwd, {'docs/de/intro.md': `${DE_INTRO}\nJedes Jahr veranstaltet sie eine Konferenz für ihre Mitglieder.\n`})
    commit(cwd, 'five')
    const files = byPath(await checkFiles([], {cwd, concurrency: 1}))
    expect(ids(files.get('docs/de/intro.md'))).not.toContain('stale')
    expect(ids(files.get('docs/fr/intro.md'))).toContain('stale')
  })
})
