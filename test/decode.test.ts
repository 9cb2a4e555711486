import {describe, it, expect} from 'vitest'
import {decode, firstInvalidUtf8} from '../src/document/decode.js'

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decode', () => {
  it('reads UTF-8 and strips a byte order mark', () => {
    expect(decode(utf8('Удружење 1983'))).toEqual({ok: true, text: 'Удружење 1983', encoding: 'utf-8'})
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('sí')]))).toEqual({ok: true, text: 'sí', encoding: 'utf-8-bom'})
  })
  it('reads UTF-16 LE and BE with a byte order mark', () => {
    const text = 'Donar suport 😀'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le.subarray(2)).swap16()
    expect(decode(le)).toEqual({ok: true, text, encoding: 'utf-16le'})
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ok: true, text, encoding: 'utf-16be'})
  })
  it('reports invalid UTF-8 with the byte offset', () => {
    const result = decode(Uint8Array.from([...utf8('abc'), 0xc3, 0x28, ...utf8('def')]))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toBe('Cannot read the file as text: invalid UTF-8 at byte 3')
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1)
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0) // a surrogate is not UTF-8
    expect(firstInvalidUtf8(utf8('ok 😀'))).toBe(7)
  })
  it('reports binary files', () => {
    const binary = new Uint8Array(1024)
    for (let index = 0; index < binary.length; index++) binary[index] = index % 7 === 0 ? 0 : index % 256
    const result = decode(binary)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/looks binary/)
  })
  it('keeps text with a stray NUL', () => {
    const text = `${'Text with one stray NUL. '.repeat(20)}\u0000 end`
    expect(decode(utf8(text))).toEqual({ok: true, text, encoding: 'utf-8'})
  })
  it('reads an empty file as empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ok: true, text: '', encoding: 'utf-8'})
  })
})
