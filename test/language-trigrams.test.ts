import fs from 'node:fs'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import fc from 'fast-check'
import {francAll} from 'franc'
import {asDictionary} from 'trigram-utils'
import {francScores, trigramCounts} from '../src/language/trigrams.js'

const dir = path.join(import.meta.dirname, '..', 'fixtures')
const texts = [
  ...fs.readdirSync(path.join(dir, 'languages')).filter((name) => name.endsWith('.txt')).map((name) => path.join(dir, 'languages', name)),
  ...fs.readdirSync(path.join(dir, 'iwca')).filter((name) => name.endsWith('.txt')).map((name) => path.join(dir, 'iwca', name))
].map((file) => fs.readFileSync(file, 'utf8'))

describe('francScores', () => {
  it('gives what franc gives on every fixture, whole and in pieces', () => {
    for (const text of texts) {
      expect(francScores(text, 20)).toEqual(francAll(text, {minLength: 20}))
      for (let start = 0; start < text.length; start += 701) {
        const piece = text.slice(start, start + 300)
        expect(francScores(piece, 20)).toEqual(francAll(piece, {minLength: 20}))
      }
    }
  })

  it('gives what franc gives on mixed and random text (property)', () => {
    const piece = fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({min: 0, max: 3000}))
      .map(([text, start, length]) => text.slice(start % text.length, (start % text.length) + length))
    const noise = fc.string({unit: 'grapheme', maxLength: 200})
    const sample = fc.array(fc.oneof(piece, noise, fc.constantFrom('', ' ', '123', 'Ελληνικά', 'ไทย', '한국어')), {minLength: 1, maxLength: 4})
      .map((parts) => parts.join(' '))
    fc.assert(fc.property(sample, fc.integer({min: 0, max: 30}), (text, minLength) => {
      expect(francScores(text, minLength)).toEqual(francAll(text, {minLength}))
    }), {numRuns: 300})
  })

  it('counts trigrams as trigram-utils does (property)', () => {
    const text = fc.oneof(fc.string({unit: 'grapheme', maxLength: 100}), fc.string({unit: fc.constantFrom('a', 'B', ' ', '\t', '\n', '1', '!', '@', 'é', 'Ω', '\u00a0', '\u2028', '-', 'İ'), maxLength: 60}))
    fc.assert(fc.property(text, (value) => {
      expect(Object.fromEntries(trigramCounts(value))).toEqual({...asDictionary(value)})
    }), {numRuns: 1000})
  })

  it('reads 2,048 characters, as franc does', () => {
    const french = texts.find((text) => /associació|l'/i.test(text))!
    const long = `${french} ${'zzzz qqqq '.repeat(400)}`
    expect(francScores(long)).toEqual(francAll(long))
    expect(francScores(long)[0]![0]).toBe(francAll(long.slice(0, 2048))[0]![0])
  })

  it('returns und for short or letterless text', () => {
    expect(francScores('abc', 20)).toEqual([['und', 1]])
    expect(francScores('1234567890 1234567890', 10)).toEqual(francAll('1234567890 1234567890'))
  })
})
