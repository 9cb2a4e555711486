import fs from 'node:fs'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import {checkFiles, parse, outline} from '../src/index.js'
import {root, iwca, errors, SEEDS} from './helpers.js'

const STRUCTURAL = ['list-count', 'paragraph-count', 'number-parity', 'required-term', 'mixed-script', 'wrong-language', 'unreadable']
const config = path.join(iwca, 'translint.config.json')
const source = path.join(iwca, 'en.txt')

describe('the four seeds against en.txt (the issue\'s verdicts)', async () => {
  const result = await checkFiles(SEEDS.map((lang) => path.join(iwca, `${lang}.txt`)), {source, config, cwd: root})
  const byLang = Object.fromEntries(SEEDS.map((lang, index) => [lang, result.files[index]!]))

  it.each(SEEDS)('%s draws no structural error', (lang) => {
    expect(byLang[lang]!.messages.filter((message) => message.severity === 'error' && STRUCTURAL.includes(message.ruleId))).toEqual([])
  })
  it('Tagalog draws untranslated errors for "writing center" and other English words', () => {
    const found = errors(byLang.tl!, 'untranslated').map((message) => message.actual)
    // The other three translate `writing center`: an error each time.
    expect(found.filter((actual) => actual === 'writing center')).toHaveLength(3)
    // An English derivation is never a loanword: an error.
    expect(found).toContain('empowerment')
    // Single English words Tagalog may have borrowed: warnings.
    const warned = byLang.tl!.messages.filter((message) => message.ruleId === 'untranslated' && message.severity === 'warning').map((message) => message.actual)
    expect(warned).toEqual(expect.arrayContaining(['dynamics', 'literacy', 'pedagogy', 'practitioner', 'sponsor']))
  })
  it.each(SEEDS)('%s: the English name of the organisation is never flagged', (lang) => {
    const flagged = byLang[lang]!.messages.filter((message) => /Writing Cent(er|re)s Association/.test(`${message.actual ?? ''} ${message.reason}`))
    expect(flagged).toEqual([])
  })
  it.each(['sr', 'ca', 'af'] as const)('%s: the only untranslated finding is the English article carried over', (lang) => {
    const found = errors(byLang[lang]!, 'untranslated')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({line: 1, actual: lang === 'sr' ? 'а' : 'a'})
    expect(found[0]!.reason).toMatch(/^Unexpected `а?a?` after `\((IWCA|ИВЦА)\),`: the English article of the source/)
  })
})

describe('correct translations in languages the rules were not tuned for', async () => {
  const directory = path.join(root, 'fixtures', 'languages')
  const files = fs.readdirSync(directory).filter((name) => name.endsWith('.txt')).sort()
  const result = await checkFiles(files.map((name) => path.join(directory, name)), {source, config, cwd: root})
  it.each(files.map((name, index) => [name, index] as const))('%s draws no error', (_, index) => {
    const file = result.files[index]!
    expect(file.language).toBe(path.basename(file.path, '.txt'))
    expect(errors(file).map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`)).toEqual([])
  })
})

describe('every injected defect is caught where it is', async () => {
  const directory = path.join(iwca, 'broken')
  const expected = JSON.parse(fs.readFileSync(path.join(directory, 'expected.json'), 'utf8')) as Record<string, {rule: string; line: number; what: string}>
  const names = Object.keys(expected).sort()
  const result = await checkFiles(names.map((name) => path.join(directory, name)), {source, config, cwd: root})

  it('covers every rule', () => {
    const covered = new Set(Object.values(expected).map((entry) => entry.rule))
    for (const rule of [...STRUCTURAL, 'untranslated']) expect(covered.has(rule), rule).toBe(true)
  })
  it.each(names.map((name, index) => [name, index] as const))('%s', (name, index) => {
    const want = expected[name]!
    const found = errors(result.files[index]!, want.rule)
    expect(found.map((message) => message.line), want.what).toContain(want.line)
    // The count rules also say what happened.
    const said = found.map((message) => message.reason).join('\n')
    if (/--(delete|drop)-/.test(name)) expect(said).toMatch(/ of \d+ is missing \(source: `/)
    if (/--merge-/.test(name)) expect(said).toMatch(/ appear merged into /)
    if (/--duplicate-/.test(name)) expect(said).toMatch(/has no counterpart in the source/)
  })
})

describe('numbered article headings: English `Article 1`, Finnish `1. artikla.`, Hungarian `1. cikk`, Portuguese `Artigo 1.°`, French `Article premier` and `Article II`, Japanese `第1条`, Korean `제 1 조`', async () => {
  const directory = path.join(root, 'fixtures', 'headings')
  const translations = ['fi', 'hu', 'pt', 'fr', 'ja', 'ko']
  const result = await checkFiles(translations.map((lang) => path.join(directory, `${lang}.txt`)), {source: path.join(directory, 'en.txt'), cwd: root, config: {}})
  it.each(['en', ...translations])('%s has 4 headings, 3 paragraphs and 2 list items', (lang) => {
    const tree = outline(parse(fs.readFileSync(path.join(directory, `${lang}.txt`), 'utf8'), 'text'))
    expect([tree.headings.length, tree.paragraphs.length, tree.items.length]).toEqual([4, 3, 2])
  })
  it.each([0, 1, 2, 3, 4, 5])('translation %i draws no error', (index) => {
    expect(errors(result.files[index]!).map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`)).toEqual([])
  })
})

describe('numbered section titles: `1. Who we are` in English, German, Spanish and Russian', async () => {
  const directory = path.join(root, 'fixtures', 'sections')
  const translations = ['de', 'es', 'ru']
  const result = await checkFiles(translations.map((lang) => path.join(directory, `${lang}.txt`)), {source: path.join(directory, 'en.txt'), cwd: root, config: {}})
  it.each(['en', ...translations])('%s has 4 headings and 6 paragraphs', (lang) => {
    const tree = outline(parse(fs.readFileSync(path.join(directory, `${lang}.txt`), 'utf8'), 'text'))
    expect([tree.headings.length, tree.paragraphs.length, tree.items.length]).toEqual([4, 6, 0])
  })
  it.each([0, 1, 2])('translation %i draws no error', (index) => {
    expect(errors(result.files[index]!).map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`)).toEqual([])
  })
})
