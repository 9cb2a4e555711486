import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import {loadConfig, ConfigError, checkFiles, check} from '../src/index.js'
import {iwca} from './helpers.js'

function tmp(files: Record<string, string>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-config-'))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    fs.writeFileSync(path.join(directory, name), content)
  }
  return directory
}

async function problem(config: string): Promise<string> {
  const directory = tmp({'translint.config.json': config})
  try {
    await loadConfig({cwd: directory})
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain(path.join(directory, 'translint.config.json'))
    return (error as Error).message.slice(path.join(directory, 'translint.config.json').length)
  }
  throw new Error('expected a ConfigError')
}

describe('configuration', () => {
  it('is found by walking up from the working directory', async () => {
    const directory = tmp({'translint.config.json': '{"source": "en.txt", "rules": {"wrong-language": "off"}}', 'a/b/.keep': ''})
    const config = await loadConfig({cwd: path.join(directory, 'a', 'b')})
    expect(config.file).toBe(path.join(directory, 'translint.config.json'))
    expect(config.source).toBe(path.join(directory, 'en.txt'))
    expect(config.rules['wrong-language']).toEqual({severity: 'off', options: {}})
    expect(config.rules['list-count']).toEqual({severity: 'error', options: {}})
  })
  it.each([
    ['{"rules": {"list-count": "error",}', /^: not valid JSON/],
    ['{"rules": {"no-such-rule": "error"}}', /^: `rules\.no-such-rule`: unknown rule `no-such-rule` \(known rules: list-count, /],
    ['{"rules": {"list-count": "fatal"}}', /^: `rules\.list-count`: /],
    ['{"source": 42}', /^: `source`: .*expected string/i],
    ['{"sources": "en.txt"}', /^: unknown key `sources`/],
    ['{"rules": {"untranslated": ["error", {"minWordLength": "3"}]}}', /^: `rules\.untranslated\.minWordLength`: /],
    ['{"rules": {"list-count": ["error", {"x": 1}]}}', /^: `rules\.list-count`: rule `list-count` takes no options/],
    ['{"languages": {"a.txt": "klingon"}}', /^: `languages\.a\.txt`: Unknown language tag `klingon`/],
    ['{"dictionaries": {"ca": "./nope/ca"}}', /^: `dictionaries\.ca`: dictionary `\.\/nope\/ca` not found/],
    ['{"words": {"ca": ["."]}}', /^: `words\.ca\.0`: not a file: `\.`/],
    ['{"allow": {"xx-yy": ["a"]}}', /^: `allow\.xx-yy`: Unknown language tag `xx-yy`/],
    ['{"names": {"item": "commitment"}}', /^: `names`: unknown key `item`/],
    ['{"names": {"listItem": ""}}', /^: `names\.listItem`: /],
    ['{"names": {"paragraph": {"plural": "articles"}}}', /^: `names\.paragraph`: /]
  ])('rejects %s naming the file and the key', async (config, pattern) => {
    expect(await problem(config)).toMatch(pattern)
  })
  it('takes language tags in any case (sr-latn = sr-Latn)', async () => {
    const directory = tmp({'translint.config.json': JSON.stringify({allow: {'ca-es': ['empowerment']}, terms: [{term: 'IWCA', variants: {'SR-latn': ['IVCA']}}]})})
    const config = await loadConfig({cwd: directory})
    expect(config.allow).toEqual({'ca-ES': ['empowerment']})
    expect(config.terms).toEqual([{term: 'IWCA', variants: {'sr-Latn': ['IVCA']}}])
  })
  it('maps files to languages with paths and globs relative to the config', async () => {
    const directory = tmp({
      'translint.config.json': JSON.stringify({source: 'en.txt', files: ['t/*.txt'], languages: {'t/mission-a.txt': 'ca', 't/*-b.txt': 'af'}}),
      'en.txt': fs.readFileSync(path.join(iwca, 'en.txt'), 'utf8'),
      't/mission-a.txt': fs.readFileSync(path.join(iwca, 'ca.txt'), 'utf8'),
      't/mission-b.txt': fs.readFileSync(path.join(iwca, 'af.txt'), 'utf8')
    })
    const result = await checkFiles([], {cwd: directory})
    expect(result.files.map((file) => [file.path, file.language, file.languageSource])).toEqual([
      ['t/mission-a.txt', 'ca', 'config'],
      ['t/mission-b.txt', 'af', 'config']
    ])
  })
  it('turns rules off and sets expectations without a source', async () => {
    const directory = tmp({
      'translint.config.json': JSON.stringify({expect: {listItems: 9, paragraphs: 3, numbers: ['1983', '2024']}, rules: {untranslated: 'off'}}),
      'ca.txt': fs.readFileSync(path.join(iwca, 'ca.txt'), 'utf8')
    })
    const result = await checkFiles(['ca.txt'], {cwd: directory})
    expect(result.files[0]!.messages.map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([
      'number-parity: Expected the number `2024` (`expect.numbers`), found none',
      'list-count: Expected 9 list items (`expect.listItems`), found 8'
    ])
  })
  it('names the source\'s units as the config says, with the plural given or made with an s', async () => {
    const directory = tmp({'translint.config.json': JSON.stringify({names: {listItem: 'commitment', paragraph: {singular: 'article', plural: 'articles'}, heading: {singular: 'part'}}})})
    const config = await loadConfig({cwd: directory})
    expect(config.names).toEqual({
      listItem: {singular: 'commitment', plural: 'commitments'},
      paragraph: {singular: 'article', plural: 'articles'},
      heading: {singular: 'part', plural: 'parts'}
    })
    expect((await loadConfig({cwd: tmp({'translint.config.json': '{}'})})).names).toBeUndefined()
  })
})

describe('names of units in messages', () => {
  const source = 'Intro.\n\nSecond.\n\nThird.\n\n• Supporting tutors.\n• Publishing a journal every year.\n• Listening to members.\n• Meeting every year.\n'
  const reasons = async (translation: string, config: Record<string, unknown>, rule: string): Promise<string[]> =>
    (await check({source, translation, lang: 'ca', config})).messages.filter((message) => message.ruleId === rule).map((message) => message.reason)
  const oneMissing = 'Intro.\n\nSegon.\n\nTercer.\n\n• Donar suport als tutors.\n• Escoltar els membres.\n• Reunir-se cada any.\n'
  it('are generic by default', async () => {
    expect(await reasons(oneMissing, {}, 'list-count')).toEqual([
      'Expected 4 list items as in the source, found 3: list item 2 of 4 is missing (source: `Publishing a journal every year.`)'
    ])
  })
  it('come from `names`, singular and plural, for the source\'s units only', async () => {
    const config = {names: {listItem: 'commitment', paragraph: {singular: 'article', plural: 'articlez'}}}
    expect(await reasons(oneMissing, config, 'list-count')).toEqual([
      'Expected 4 list items as in the source, found 3: commitment 2 of 4 is missing (source: `Publishing a journal every year.`)'
    ])
    const merged = 'Intro.\n\nSegon.\n\nTercer.\n\n• Donar suport als tutors.\n• Publicar una revista cada any i escoltar els membres.\n• Reunir-se cada any.\n'
    expect(await reasons(merged, config, 'list-count')).toEqual([
      expect.stringMatching(/: commitments 2 and 3 of 4 appear merged into list item 2 \(source: /)
    ])
    const noParagraphs = '• Donar suport als tutors.\n• Publicar una revista cada any.\n• Escoltar els membres.\n• Reunir-se cada any.\n'
    expect(await reasons(noParagraphs, config, 'paragraph-count')).toEqual([
      expect.stringMatching(/^Expected 3 paragraphs as in the source, found 0: articlez 1–3 of 3 are missing/)
    ])
    const result = await check({source, translation: oneMissing, lang: 'ca', config})
    expect(result.messages.find((message) => message.ruleId === 'list-count')?.cause?.reason).toBe('commitment in the source')
  })
})
