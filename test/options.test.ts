import {describe, it, expect} from 'vitest'
import {check} from '../src/index.js'
import {read, errors} from './helpers.js'

const source = read('fixtures/iwca/en.txt')

describe('configuration reaches the rules', () => {
  it('allow: per-language words are not reported as untranslated', async () => {
    const translation = read('fixtures/iwca/tl.txt')
    const found = (result: Awaited<ReturnType<typeof check>>): Array<string | undefined> =>
      result.messages.filter((message) => message.ruleId === 'untranslated').map((message) => message.actual)
    const before = found(await check({source, translation, lang: 'tl'}))
    expect(before).toContain('forum')
    expect(before).toContain('tutor')
    const after = found(await check({source, translation, lang: 'tl', config: {allow: {tl: ['forum', 'Tutor']}}}))
    expect(after).not.toContain('forum')
    expect(after).not.toContain('tutor')
    expect(after).toContain('writing center')
  })
  it('protect: configured phrases stay in English', async () => {
    const translation = read('fixtures/iwca/tl.txt')
    const result = await check({source, translation, lang: 'tl', config: {protect: ['writing center']}})
    expect(errors(result, 'untranslated').map((message) => message.actual)).not.toContain('writing center')
  })
  it('terms: configured variants are accepted, and configured terms are required', async () => {
    const translation = 'Удружење УДЦА основано је 1983. УДЦА подржава центре.\n'
    const english = 'The association UDCA was founded in 1983. UDCA supports centers.\n'
    expect(errors(await check({source: english, translation, lang: 'sr'}), 'required-term')).toEqual([])
    const withVariant = await check({source: english, translation: translation.replace(/УДЦА/g, 'ЮДСИЕЙ'), lang: 'sr', config: {terms: [{term: 'UDCA', variants: {sr: ['ЮДСИЕЙ']}}]}})
    expect(errors(withVariant, 'required-term')).toEqual([])
    const required = await check({translation: 'Text without the name of the project anywhere in it.\n', lang: 'en', config: {terms: ['translint']}})
    expect(errors(required, 'required-term').map((message) => message.reason)).toEqual(['Expected `translint`, found none (a required term)'])
  })
  it('rules: severities and options apply', async () => {
    const translation = read('fixtures/iwca/tl.txt')
    const warned = await check({source, translation, lang: 'tl', config: {rules: {untranslated: 'warning'}}})
    expect(errors(warned, 'untranslated')).toEqual([])
    expect(warned.warnings).toBeGreaterThan(10)
    const long = await check({source, translation, lang: 'tl', config: {rules: {untranslated: ['error', {minWordLength: 9}]}}})
    const kept = long.messages.filter((message) => message.ruleId === 'untranslated').map((message) => message.actual)
    expect(kept).not.toContain('tutor')
    expect(kept).toContain('practitioner')
    const off = await check({source, translation, lang: 'tl', config: {rules: {untranslated: 'off'}}})
    expect(off.messages.filter((message) => message.ruleId === 'untranslated')).toEqual([])
  })
})

describe('untranslated without a dictionary of the target language', () => {
  it('finds English sentences and phrases and says single words need the dictionary', async () => {
    const english = 'We support writing center directors and tutors.\n\nWe publish a journal every year for all of our members.\n'
    const swahili = 'Tunasaidia wakurugenzi wa writing center na wakufunzi.\n\nWe publish a journal every year for all of our members.\n'
    const result = await check({source: english, translation: swahili, lang: 'sw'})
    expect(result.messages.filter((message) => message.ruleId === 'untranslated').map((message) => [message.severity, message.reason])).toEqual([
      ['info', 'No Swahili dictionary: single untranslated words are not checked, only sentences and phrases'],
      // Two English nouns, with neither a dictionary nor other translations
      // to weigh them: perhaps a kept term, a warning.
      ['warning', 'Unexpected English phrase `writing center`, left untranslated'],
      ['error', 'Unexpected English sentence, left untranslated']
    ])
  })
})

describe('wrong-language and languages identification cannot tell apart', () => {
  const croatian = read('fixtures/languages/hr.txt')
  it.each(['hr', 'bs', 'sr-Latn'])('Croatian declared as %s is not wrong', async (lang) => {
    expect(errors(await check({source, translation: croatian, lang}), 'wrong-language')).toEqual([])
  })
  it('Russian declared as Serbian is wrong', async () => {
    const result = await check({source, translation: read('fixtures/languages/ru.txt'), lang: 'sr'})
    expect(errors(result, 'wrong-language').map((message) => message.reason)).toEqual(['Expected Serbian, found Russian (language identification)'])
  })
  it('Serbian in Latin letters declared as Serbian (Cyrillic) is a script error', async () => {
    const result = await check({source, translation: croatian, lang: 'sr'})
    expect(errors(result, 'wrong-language').map((message) => message.reason)).toEqual(['Expected Serbian in Cyrillic script, found Latin script'])
  })
})
