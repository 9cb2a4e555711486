/**
 * Properties that hold for any input: the engine never throws, every
 * message points inside the file at the text it quotes, runs are
 * deterministic, and a translation checked against itself draws no
 * structural error. A fixed seed runs in `npm test`; `npm run fuzz` runs a
 * larger randomised campaign (FUZZ_RUNS, FUZZ_SEED).
 */
import {describe, it, expect} from 'vitest'
import fc from 'fast-check'
import {check, type FileResult} from '../src/index.js'
import {read, textAt, SEEDS} from './helpers.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 40)
const SEED = process.env.FUZZ_SEED === undefined ? 20261127 : Number(process.env.FUZZ_SEED)
const settings = {numRuns: RUNS, ...(Number.isNaN(SEED) ? {} : {seed: SEED}), endOnFailure: true}
const source = read('fixtures/iwca/en.txt')
const STRUCTURAL = ['list-count', 'paragraph-count', 'number-parity', 'required-term']

/** Text as files really get it: any code point, lines, bullets, Markdown, scripts. */
const pieces = fc.oneof(
  fc.string({unit: 'binary', maxLength: 12}),
  fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\t', '  • ', '- ', '1. ', '# ', '**', '`', '[', '](', ')', '<!-- translint-disable -->', '\u0000', '\ufeff', '\u200b', '\u0301', '😀', '𝟙𝟡𝟠𝟛', 'IWCA', 'ИВЦА', '1983', '1,000', 'écriture', 'писање', 'שלום', 'مرحبا', 'writing center', "l'IWCA", 'https://x.org/a', '"quoted text"')
)
const documents = fc.array(pieces, {maxLength: 60}).map((parts) => parts.join(''))

function invariants(text: string, result: FileResult): void {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = clean.split(/\r\n|\r|\n/)
  for (const message of result.messages) {
    expect(message.line).toBeGreaterThanOrEqual(1)
    expect(message.line).toBeLessThanOrEqual(lines.length)
    expect(message.endLine).toBeGreaterThanOrEqual(message.line)
    expect(message.endLine).toBeLessThanOrEqual(lines.length)
    expect(message.column).toBeGreaterThanOrEqual(1)
    expect(message.column).toBeLessThanOrEqual([...lines[message.line - 1]!].length + 1)
    expect(message.endColumn).toBeLessThanOrEqual([...lines[message.endLine - 1]!].length + 1)
    expect(message.offset).toBeLessThanOrEqual(message.endOffset)
    expect(message.endOffset).toBeLessThanOrEqual(clean.length)
    if (message.actual !== undefined) {
      expect(textAt(clean, message)).toBe(message.actual)
      expect(clean.slice(message.offset, message.endOffset)).toBe(message.actual)
    }
  }
}

describe('properties of the engine', () => {
  it('any text: no throw, messages inside the file quoting it, same output twice', async () => {
    await fc.assert(fc.asyncProperty(documents, fc.constantFrom('ca', 'sr', 'en', 'ja', 'ar'), fc.constantFrom('a.txt', 'a.md'), async (text, lang, path) => {
      const first = await check({source, translation: text, lang, path})
      invariants(text, first)
      const second = await check({source, translation: text, lang, path})
      expect(second).toEqual(first)
    }), settings)
  })

  it('mutated seeds: no throw, messages inside the file quoting it', async () => {
    const seeds = SEEDS.map((lang) => [lang, read(`fixtures/iwca/${lang}.txt`)] as const)
    const mutation = fc.record({
      seed: fc.constantFrom(...seeds),
      at: fc.nat(),
      length: fc.nat({max: 200}),
      insert: fc.oneof(documents, fc.constant(''))
    })
    await fc.assert(fc.asyncProperty(mutation, async ({seed: [lang, text], at, length, insert}) => {
      const start = at % (text.length + 1)
      const mutated = text.slice(0, start) + insert + text.slice(start + length)
      const result = await check({source, translation: mutated, lang})
      invariants(mutated, result)
    }), settings)
  })

  it('a translation checked against itself draws no structural error', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(documents, fc.constantFrom(...SEEDS.map((lang) => read(`fixtures/iwca/${lang}.txt`)))), fc.constantFrom('a.txt', 'a.md'), async (text, path) => {
      const result = await check({source: text, translation: text, lang: 'en', path})
      expect(result.messages.filter((message) => STRUCTURAL.includes(message.ruleId) && message.severity === 'error')).toEqual([])
    }), settings)
  })
})
