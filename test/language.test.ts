import {describe, it, expect} from 'vitest'
import {languageFromPath, resolveLanguage, distinguishable, LanguageError} from '../src/language/index.js'
import {decideLanguage} from '../src/language/decide.js'
import {read, SEEDS} from './helpers.js'
import {check} from '../src/index.js'

describe('languages', () => {
  it.each([
    ['sr.txt', 'sr'],
    ['mission.sr.txt', 'sr'],
    ['translations/sr/mission.txt', 'sr'],
    ['README.sr.md', 'sr'],
    ['README-sr.md', 'sr'],
    ['README_pt-BR.md', 'pt-BR'],
    ['README-zh-Hant.md', 'zh-Hant'],
    ['docs/sr-Latn/mission.txt', 'sr-Latn'],
    ['de/README.md', 'de']
  ])('%s is %s', (file, tag) => {
    expect(languageFromPath(file)?.tag).toBe(tag)
  })
  it.each(['000_82bff899b4c97e67.txt', 'README.md', 'docs/mission.txt', 'lib/index.md', 'src/notes.txt'])('%s names no language', (file) => {
    expect(languageFromPath(file)).toBeUndefined()
  })
  it('resolves tags with scripts and regions', () => {
    expect(resolveLanguage('sr')).toMatchObject({tag: 'sr', script: 'Cyrl', franc: 'srp', name: 'Serbian'})
    expect(resolveLanguage('sr_latn')).toMatchObject({tag: 'sr-Latn', script: 'Latn'})
    expect(resolveLanguage('pt-br')).toMatchObject({tag: 'pt-BR', script: 'Latn', franc: 'por'})
    expect(resolveLanguage('ms')).toMatchObject({franc: 'zlm'})
    expect(() => resolveLanguage('xx')).toThrow(LanguageError)
    expect(() => resolveLanguage('english')).toThrow(/Unknown language tag `english`/)
  })
  it('knows which languages identification cannot tell apart', () => {
    expect(distinguishable('hrv', 'srp')).toBe(false)
    expect(distinguishable('zlm', 'ind')).toBe(false)
    expect(distinguishable('nob', 'nno')).toBe(false)
    expect(distinguishable('hrv', 'spa')).toBe(true)
    expect(distinguishable('srp', 'rus')).toBe(true)
  })
  it.each(SEEDS)('identifies the %s seed from its content', (lang) => {
    const decided = decideLanguage(read(`fixtures/iwca/${lang}.txt`), {path: '/tmp/000_82bff899b4c97e67.txt'})
    expect(decided).toMatchObject({source: 'content', language: {tag: lang}})
  })
  it('prefers --lang, then the config, then the file name', () => {
    const text = read('fixtures/iwca/ca.txt')
    expect(decideLanguage(text, {lang: 'es', configLang: 'fr', path: 'de.txt'})).toMatchObject({source: 'option', language: {tag: 'es'}})
    expect(decideLanguage(text, {configLang: 'fr', path: 'de.txt'})).toMatchObject({source: 'config', language: {tag: 'fr'}})
    expect(decideLanguage(text, {path: 'de.txt'})).toMatchObject({source: 'filename', language: {tag: 'de'}})
  })
})

describe('languages written in two scripts', () => {
  it('Kazakh and Uzbek accept their second script when the tag names none', () => {
    expect(resolveLanguage('kk')).toMatchObject({script: 'Cyrl', alsoWrittenIn: ['Latn']})
    expect(resolveLanguage('uz')).toMatchObject({script: 'Latn', alsoWrittenIn: ['Cyrl']})
    expect(resolveLanguage('kk-Cyrl').alsoWrittenIn).toBeUndefined()
    // Serbian keeps its official script: `sr-Latn` says Latin.
    expect(resolveLanguage('sr').alsoWrittenIn).toBeUndefined()
  })
  it('wrong-language takes Kazakh in Latin letters for Kazakh, unless the tag says Cyrillic', async () => {
    const source = 'Everyone has the right to education. Education shall be free, at least in the elementary and fundamental stages. Elementary education shall be compulsory.\n'
    // Long enough for language identification, which knows Kazakh in Cyrillic only.
    const translation = 'Árbir adamnyń bilim alýǵa quqyǵy bar. Bilim berý, eń bolmaǵanda bastaýysh jáne jalpy bilim berý kezeńinde, tegin bolýy tiis. Bastaýysh bilim mindetti bolýy tiis. ' +
      'Tehnikalyq jáne kásiptik bilim jalpyǵa qoljetimdi bolýy tiis, al joǵary bilim árkimniń qabiletine qaraı barlyǵyna birdeı qoljetimdi bolýy tiis.\n'
    const reasons = async (lang: string): Promise<string[]> =>
      (await check({source, translation, lang})).messages.filter((message) => message.ruleId === 'wrong-language').map((message) => message.reason)
    expect(await reasons('kk')).toEqual([])
    expect(await reasons('kk-Cyrl')).toEqual(['Expected Kazakh in Cyrillic script, found Latin script'])
  })
})
