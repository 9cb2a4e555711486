/**
 * What real README translations (Markdown) need: the false alarms and the
 * crash found by running translint over translated READMEs, each as a case.
 */
import {describe, it, expect} from 'vitest'
import {check, checkFiles} from '../src/index.js'
import {textAt} from './helpers.js'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const md = (source: string, translation: string, lang: string) => check({source, translation, lang, path: `README.${lang}.md`})

describe('Markdown translations of READMEs', () => {
  it('an unclosed bracket before a bare URL does not crash', async () => {
    const result = await md('Hello [world https://example.com\n', 'Hola [mundo https://example.com\n', 'es')
    expect(result.messages.filter((message) => message.severity === 'error')).toEqual([])
  })
  it('positions stay exact after entities, escapes and continuation lines', async () => {
    const translation = 'Un&nbsp;texte avec \\*des\\* mots et 1938.\n\n- un élément\n  qui continue en 1938.\n'
    const result = await md('A text with \\*some\\* words and 1983.\n\n- an item\n  that goes on in 1983.\n', translation, 'fr')
    const numbers = result.messages.filter((message) => message.ruleId === 'number-parity')
    expect(numbers.map((message) => [message.line, message.column, message.actual])).toEqual([[1, 36, '1938'], [4, 19, '1938']])
    for (const message of result.messages) if (message.actual !== undefined) expect(textAt(translation, message)).toBe(message.actual)
  })
  it('link texts kept as in the source, with the same target, are not untranslated', async () => {
    const result = await md(
      'Watch [Graph Algorithms (video)](https://example.com/graphs) first.\n',
      'Regardez [Graph Algorithms (video)](https://example.com/graphs) d’abord.\n',
      'fr'
    )
    expect(result.messages.filter((message) => message.ruleId === 'untranslated')).toEqual([])
  })
  it('words the source writes as code are identifiers, also without backticks', async () => {
    const result = await md('Use `grep` and `gawk` to search.\n', 'Utilisez grep et gawk pour chercher.\n', 'fr')
    expect(result.messages.filter((message) => ['untranslated', 'spelling'].includes(message.ruleId))).toEqual([])
  })
  it('quoted text is cited, not prose', async () => {
    const result = await md('It fails with "Argument list too long" here.\n', 'Gagal dengan pesan "Argument list too long" di sini.\n', 'id')
    expect(result.messages.filter((message) => message.ruleId === 'untranslated' && message.severity === 'error')).toEqual([])
  })
  it('digits inside URLs are not numbers of the prose', async () => {
    const result = await md('See https://example.com/a/16502 for details.\n', 'Voir https://example.com/b/99 pour les détails.\n', 'fr')
    expect(result.messages.filter((message) => message.ruleId === 'number-parity')).toEqual([])
  })
  it('words in capitals for emphasis are not required terms', async () => {
    const result = await md('THIS IS VERY IMPORTANT. I DON\'T RECOMMEND IT. Go LIVE with the NCTE.\n', 'DIT IS ERG BELANGRIJK. IK RAAD HET AF. Ga live met de NCTE.\n', 'nl')
    expect(result.messages.filter((message) => message.ruleId === 'required-term')).toEqual([])
  })
  it('names from the file name conventions of README translations', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-readme-'))
    const text = '# 标题\n\n这是一个翻译。\n'
    for (const name of ['README-cn.md', 'README-tw.md', 'README-ptbr.md', 'README-kh.md']) fs.writeFileSync(path.join(directory, name), text)
    const result = await checkFiles(['README-cn.md', 'README-tw.md', 'README-ptbr.md', 'README-kh.md'], {cwd: directory, config: {}})
    expect(result.files.map((file) => file.language)).toEqual(['zh-Hans', 'zh-Hant', 'pt-BR', 'km'])
  })
  it('Japanese mixes kana and kanji, and Latin next to them, without a finding', async () => {
    const result = await check({translation: 'サイズで分割する。S3には inode가 ありません。\n', lang: 'ja'})
    expect(result.messages.filter((message) => message.ruleId === 'mixed-script')).toEqual([])
  })
  it('a run of missing list items is one finding', async () => {
    const source = `Items:\n\n${Array.from({length: 12}, (_, index) => `- Item number ${index + 1} about something.`).join('\n')}\n`
    const translation = `Éléments :\n\n${Array.from({length: 3}, (_, index) => `- Élément numéro ${index + 1} sur quelque chose.`).join('\n')}\n`
    const result = await md(source, translation, 'fr')
    expect(result.messages.filter((message) => message.ruleId === 'list-count').map((message) => message.reason)).toEqual([
      'Expected 12 list items as in the source, found 3: list items 4–12 of 12 are missing (source: `Item number 4 about something.` … `Item number 12 about something.`)'
    ])
  })
})
