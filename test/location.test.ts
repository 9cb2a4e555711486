import {describe, it, expect} from 'vitest'
import fc from 'fast-check'
import {location} from '../src/text/location.js'

describe('location', () => {
  it('counts LF, CRLF and lone CR as one line break each', () => {
    const loc = location('a\nb\r\nc\rd')
    expect(loc.lines).toBe(4)
    expect(loc.toPoint(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(loc.toPoint(2)).toEqual({line: 2, column: 1, offset: 2})
    expect(loc.toPoint(5)).toEqual({line: 3, column: 1, offset: 5})
    expect(loc.toPoint(7)).toEqual({line: 4, column: 1, offset: 7})
  })
  it('counts an astral character as one column and a tab as one', () => {
    const loc = location('😀\tx')
    expect(loc.toPoint(3)).toEqual({line: 1, column: 3, offset: 3})
    expect(loc.toOffset(1, 3)).toBe(3)
  })
  it('round-trips offsets at code point boundaries', () => {
    fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 60}), (text) => {
      const loc = location(text)
      let offset = 0
      for (const char of text) {
        const point = loc.toPoint(offset)
        expect(loc.toOffset(point.line, point.column)).toBe(offset)
        offset += char.length
      }
    }), {seed: 42, numRuns: 200})
  })
})
