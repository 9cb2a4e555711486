import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import {loadConfig, ConfigError, checkFiles} from '../src/index.js'
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
    ['{"allow": {"xx-yy": ["a"]}}', /^: `allow\.xx-yy`: Unknown language tag `xx-yy`/]
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
})
