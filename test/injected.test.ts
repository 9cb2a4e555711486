/**
 * Every kind of defect, injected programmatically into every translation we
 * have (the four seeds and eight languages the rules were not tuned for), is
 * caught by the rule that owns it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import {check} from '../src/index.js'
import {root, read, errors} from './helpers.js'

const source = read('fixtures/iwca/en.txt')
const english = source.split('\n')

const translations: Array<[string, string]> = [
  ...(['sr', 'tl', 'ca', 'af'] as const).map((lang): [string, string] => [lang, read(`fixtures/iwca/${lang}.txt`)]),
  ...fs.readdirSync(path.join(root, 'fixtures', 'languages')).filter((name) => name.endsWith('.txt')).sort()
    .map((name): [string, string] => [name.replace('.txt', ''), read('fixtures/languages', name)])
]

const lines = (text: string): string[] => text.split('\n')
const bullets = (text: string): number[] => lines(text).flatMap((line, index) => (/^\s*•/.test(line) ? [index] : []))
const term = (lang: string): string => (lang === 'sr' ? 'ИВЦА' : 'IWCA')

/** The nth occurrence (0-based) of `needle` replaced. */
function replaceNth(text: string, needle: string, nth: number, by: string): string {
  let from = 0
  for (let count = 0; ; count++) {
    const index = text.indexOf(needle, from)
    if (index === -1) throw new Error(`no occurrence ${nth} of ${needle}`)
    if (count === nth) return text.slice(0, index) + by + text.slice(index + needle.length)
    from = index + needle.length
  }
}

interface Defect {
  name: string
  rule: string
  /** The reason must match this. */
  says?: RegExp
  inject(text: string, lang: string): string
}

const defects: Defect[] = [
  {
    name: 'a deleted commitment',
    rule: 'list-count',
    says: /commitment 5 of 8 is missing \(source: `Facilitating dialogue/,
    inject: (text) => lines(text).filter((_, index) => index !== bullets(text)[4]).join('\n')
  },
  {
    name: 'a duplicated commitment',
    rule: 'list-count',
    says: /list item 4 has no counterpart in the source/,
    inject: (text) => lines(text).flatMap((line, index) => (index === bullets(text)[2] ? [line, line] : [line])).join('\n')
  },
  {
    name: 'two merged commitments',
    rule: 'list-count',
    says: /commitments 3 and 4 of 8 appear merged into list item 3/,
    inject: (text) => {
      const [third, fourth] = [bullets(text)[2]!, bullets(text)[3]!]
      const all = lines(text)
      all[third] = `${all[third]!.trimEnd()} ${all[fourth]!.replace(/^\s*•\s*/, '')}`
      return all.filter((_, index) => index !== fourth).join('\n')
    }
  },
  {
    name: 'a dropped paragraph',
    rule: 'paragraph-count',
    says: /paragraph 2 of 3 is missing/,
    inject: (text) => lines(text).filter((_, index) => index !== 2 && index !== 3).join('\n')
  },
  {
    name: 'two merged paragraphs',
    rule: 'paragraph-count',
    says: /paragraphs 1 and 2 of 3 appear merged into paragraph 1/,
    inject: (text) => {
      const all = lines(text)
      return [`${all[0]!.trimEnd()} ${all[2]}`, ...all.slice(3)].join('\n')
    }
  },
  {name: 'a changed year', rule: 'number-parity', says: /Unexpected number `1938`, expected `1983`/, inject: (text) => text.replace('1983', '1938')},
  {name: 'a dropped year', rule: 'number-parity', says: /Expected the number `1983` here/, inject: (text) => text.replace(/\s*1983/, '')},
  {name: 'a year in Roman numerals', rule: 'number-parity', says: /Expected the number `1983` here/, inject: (text) => text.replace('1983', 'MCMLXXXIII')},
  {name: 'a dropped acronym', rule: 'required-term', says: /Expected .* 4 times as in the source, found 3/, inject: (text, lang) => replaceNth(text, term(lang), 1, lang === 'sr' ? 'Удружење' : 'X')},
  {
    name: 'a misspelled acronym',
    rule: 'required-term',
    says: /^Unexpected `(IWAC|ИВАЦ)`, expected `(IWCA|ИВЦА)`/,
    inject: (text, lang) => replaceNth(text, term(lang), 2, lang === 'sr' ? 'ИВАЦ' : 'IWAC')
  },
  {
    name: 'an English sentence',
    rule: 'untranslated',
    says: /^Unexpected English sentence, left untranslated/,
    inject: (text) => {
      const all = lines(text)
      const index = bullets(text)[6]!
      all[index] = english[bullets(source)[6]!]!
      return all.join('\n')
    }
  },
  {
    name: 'an English phrase',
    rule: 'untranslated',
    // A phrase with English function words is English text, an error even
    // without other translations to compare with.
    says: /^Unexpected English phrase `your writing center`/,
    inject: (text) => {
      const all = lines(text)
      const index = bullets(text)[0]!
      all[index] = all[index]!.replace(/(\S+)(\s*)$/, '$1 your writing center$2')
      return all.join('\n')
    }
  },
  {
    name: 'an English word',
    rule: 'untranslated',
    says: /^Unexpected English word `thoughtfulness`/,
    inject: (text) => {
      const all = lines(text)
      const index = bullets(text)[1]!
      // An English derivation (`-ness`): never a loanword, so an error. In
      // parentheses it would gloss a translated word, a warning.
      all[index] = all[index]!.replace(/(\S+)(\s*)$/, '$1 thoughtfulness$2')
      return all.join('\n')
    }
  },
  {
    name: 'look-alike letters of the other script',
    rule: 'mixed-script',
    says: /^Unexpected `.+` mixing (Cyrillic and Latin|Latin and Cyrillic) letters, expected `/,
    inject: (text, lang) => {
      // Swap one letter inside a long word of paragraph 2.
      const all = lines(text)
      const cyrillic = lang === 'sr' || lang === 'ru'
      const word = /\p{L}{8,}/u.exec(all[2]!.slice(40))![0]
      const swapped = cyrillic ? word.replace(/[аое]/, (char) => ({а: 'a', о: 'o', е: 'e'})[char]!) : word.replace(/[aoe]/, (char) => ({a: 'а', o: 'о', e: 'е'})[char]!)
      expect(swapped).not.toBe(word)
      all[2] = all[2]!.replace(word, swapped)
      return all.join('\n')
    }
  }
]

describe.each(translations)('%s', (lang, text) => {
  it.each(defects.map((defect) => [defect.name, defect] as const))('catches %s', async (_, defect) => {
    const broken = defect.inject(text, lang)
    expect(broken).not.toBe(text)
    const result = await check({source, translation: broken, lang, config: {names: {listItem: 'commitment'}}})
    const found = errors(result, defect.rule)
    expect(found.length, `${defect.rule} on ${lang}`).toBeGreaterThan(0)
    if (defect.says) expect(found.map((message) => message.reason)).toEqual(expect.arrayContaining([expect.stringMatching(defect.says)]))
  })
  it('catches a file in another language', async () => {
    // Declared as this language, written in another one.
    const other = translations.find(([candidate]) => candidate !== lang && !(['hr', 'sr'].includes(candidate) && ['hr', 'sr'].includes(lang)) && candidate !== 'af' && candidate !== 'nl')!
    const result = await check({source, translation: other[1], lang})
    expect(errors(result, 'wrong-language').map((message) => message.reason)).toEqual([expect.stringMatching(/^Expected .+, found /)])
  })
})
