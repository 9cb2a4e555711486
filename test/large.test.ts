/**
 * Giant inputs: a 10 MB file, a 10 MB single line, 100,000 list items and
 * 50,000 nested parentheses are checked completely, with exact positions.
 * Quadratic work on these would run for minutes and hit the test timeout;
 * the assertions check that nothing was cut short or misplaced, and the
 * structure the bounded memory rests on (no tree kept, chunked prose,
 * a banded alignment with a budget).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it, expect, beforeAll} from 'vitest'
import {checkFiles, type CheckFilesResult} from '../src/index.js'
import {parse, outline} from '../src/document/index.js'
import {CHUNK, proseChunks} from '../src/document/prose.js'
import {align, type AlignUnit} from '../src/compare/align.js'
import {location} from '../src/text/location.js'
import {iwca, textAt} from './helpers.js'

const source = path.join(iwca, 'en.txt')
const ca = fs.readFileSync(path.join(iwca, 'ca.txt'), 'utf8')
let directory: string
const inputs: Record<string, string> = {}

beforeAll(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-large-'))
  // The last copy changes the year: a copy of a paragraph brings the
  // source's numbers with it (no finding), a changed number does not.
  const copies = ca.repeat(Math.ceil(10_000_000 / ca.length))
  const last = copies.lastIndexOf('1983')
  inputs['huge.txt'] = copies.slice(0, last) + '1938' + copies.slice(last + 4)
  inputs['longline.txt'] = 'mot '.repeat(2_500_000) + '1999'
  inputs['bullets.txt'] = Array.from({length: 100_000}, (_, index) => `  • punt ${index}.\n`).join('')
  inputs['nesting.txt'] = '('.repeat(50_000) + 'IWCA 1983' + ')'.repeat(50_000)
  for (const [name, text] of Object.entries(inputs)) fs.writeFileSync(path.join(directory, name), text)
})

/** Every message lies inside the file and its `actual` is the text there. */
function expectExact(result: CheckFilesResult, name: string): void {
  const text = inputs[name]!
  const file = result.files.find((entry) => entry.path === name)!
  expect(file).toBeDefined()
  expect(file.messages.some((message) => message.ruleId === 'unreadable' || message.ruleId === 'internal-error')).toBe(false)
  for (const message of file.messages) {
    expect(message.offset).toBeGreaterThanOrEqual(0)
    expect(message.endOffset).toBeLessThanOrEqual(text.length)
    if (message.actual !== undefined) expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
  }
}

describe('giant inputs', () => {
  it('a 10 MB file is checked to its last line', async () => {
    const result = await checkFiles(['huge.txt'], {cwd: directory, source, config: {}})
    expectExact(result, 'huge.txt')
    const file = result.files[0]!
    expect(file.language).toBe('ca')
    // The carried-over English article is found in the last copy too.
    const lines = inputs['huge.txt']!.split('\n').length
    const articles = file.messages.filter((message) => message.ruleId === 'untranslated' && message.actual === 'a')
    expect(articles.length).toBeGreaterThan(0)
    const numbers = file.messages.filter((message) => message.ruleId === 'number-parity')
    expect(numbers.at(-1)).toMatchObject({actual: '1938'})
    expect(Math.max(...numbers.map((message) => message.line))).toBeGreaterThan(lines - 20)
  }, 120_000)

  it('a 10 MB single line is checked, with columns to its end', async () => {
    const result = await checkFiles(['longline.txt'], {cwd: directory, source, config: {}})
    expectExact(result, 'longline.txt')
    const file = result.files[0]!
    expect(file.messages.find((message) => message.ruleId === 'paragraph-count')?.reason).toMatch(/^Expected 3 paragraphs as in the source, found 1/)
    // The number at the very end is found, in place.
    expect(file.messages.find((message) => message.ruleId === 'number-parity')).toMatchObject({line: 1, column: 10_000_001, endColumn: 10_000_005, actual: '1999'})
  }, 120_000)

  it('100,000 list items are counted, each number in place', async () => {
    const result = await checkFiles(['bullets.txt'], {cwd: directory, source, config: {}})
    expectExact(result, 'bullets.txt')
    const file = result.files[0]!
    expect(file.messages.find((message) => message.ruleId === 'list-count')?.reason).toMatch(/^Expected 8 list items as in the source, found 100000/)
    // Every number but the source's own `1983` (an extra item with the
    // numbers of a source unit is that unit, moved).
    const numbers = file.messages.filter((message) => message.ruleId === 'number-parity')
    expect(numbers).toHaveLength(99_999)
    expect(numbers.some((message) => message.actual === '1983')).toBe(false)
    expect(numbers.at(-1)).toMatchObject({line: 100_000, actual: '99999'})
  }, 120_000)

  it('50,000 nested parentheses are prose like any other', async () => {
    const result = await checkFiles(['nesting.txt'], {cwd: directory, source, config: {}})
    expectExact(result, 'nesting.txt')
    // The IWCA inside is found: paragraph 1 keeps its term (the paragraphs
    // missing with the others' are paragraph-count's finding).
    const file = result.files[0]!
    expect(file.messages.filter((message) => message.ruleId === 'required-term')).toEqual([])
    expect(file.messages.find((message) => message.ruleId === 'paragraph-count')?.reason).toMatch(/^Expected 3 paragraphs as in the source, found 1/)
  })
})

describe('bounded memory on giant inputs', () => {
  it('the outline of plain text keeps no nlcst tree; the tree is built when asked for', () => {
    const doc = parse('Una frase. Una altra.\n\n• punt 1\n', 'text')
    const tree = outline(doc)
    expect(tree.units.map((unit) => unit.text)).toEqual(['Una frase. Una altra.', 'punt 1'])
    for (const block of doc.tree.children) expect(Object.getOwnPropertyDescriptor(block, 'children')?.get).toBeTypeOf('function')
    // Asked for, the tree has positions into the file.
    const sentence = doc.tree.children[0]!.children[0].children.filter((node) => node.type === 'SentenceNode')[1]!
    expect(textAt(doc.text, {line: sentence.position!.start.line, column: sentence.position!.start.column, endLine: sentence.position!.end.line, endColumn: sentence.position!.end.column})).toBe('Una altra.')
  })

  it('long prose is tokenised in chunks cut at white space, with exact offsets', () => {
    const text = 'Frase. ' + 'mot '.repeat(60_000) + 'fi. ' + 'x'.repeat(3 * CHUNK) + ' 😀'.repeat(10)
    const chunks = [...proseChunks(text, 0, text.length)]
    expect(chunks.length).toBeGreaterThan(4)
    let covered = 0
    for (const chunk of chunks) {
      // Between chunks there is only the white space where the cut was made.
      expect(text.slice(covered, chunk.shift)).toMatch(/^\s*$/)
      const sentences = chunk.sentences
      const end = sentences[sentences.length - 1]!.position!.end.offset! + chunk.shift
      // No chunk is much longer than CHUNK (a cut never splits a surrogate pair).
      expect(end - chunk.shift).toBeLessThanOrEqual(CHUNK + 1)
      covered = end
    }
    expect(covered).toBe(text.length)
    // A cut at white space inside a sentence joins it again in the outline.
    const tree = outline(parse('mot '.repeat(60_000) + 'fi.', 'text'))
    expect(tree.units[0]!.sentences).toHaveLength(1)
    expect(tree.units[0]!.words).toHaveLength(60_001)
  })

  it('alignment past its budget pairs units by index instead of filling a giant table', () => {
    const unit = (length: number): AlignUnit => ({length, anchors: [], cognates: [], sentences: 1})
    const source = Array.from({length: 10}, () => unit(40))
    const target = Array.from({length: 100_000}, () => unit(40))
    const links = align(source, target)
    expect(links).toHaveLength(100_000)
    expect(links.filter((link) => link.kind === 'match')).toHaveLength(10)
    expect(links.filter((link) => link.kind === 'extra')).toHaveLength(99_990)
  })

  it('columns on a long line with astral characters are right in any order', () => {
    const text = 'a😀'.repeat(1_000_000) + '\nb😀c'
    const loc = location(text)
    // Random order: a walk from the line start per lookup would take minutes.
    for (let k = 0; k < 20_000; k++) {
      const pair = (k * 7919) % 1_000_000
      expect(loc.toPoint(pair * 3).column).toBe(pair * 2 + 1)
    }
    expect(loc.toPoint(text.length)).toEqual({line: 2, column: 4, offset: text.length})
    // An offset inside a surrogate pair counts its first half as a column.
    expect(loc.toPoint(2).column).toBe(3)
  })
})
