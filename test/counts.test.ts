/**
 * The count rules (list-count, paragraph-count, heading-count) name the
 * units that differ. Links are evidence: a unit whose address the other
 * side links to is not missing, and past a few differences only the ones
 * the links confirm are errors.
 */
import {describe, it, expect} from 'vitest'
import {check} from '../src/index.js'

const letters = 'abcdefghij'.split('')
/** A list item about topic `key`, in English or Catalan, with a link or without. */
const item = (key: string, english: boolean, link: boolean): string => {
  const text = english ? `Talk ${key} about the topic number ${key}` : `Xerrada ${key} sobre el tema ${key}`
  return link ? `- [${text}](https://example.com/${key})\n` : `- ${text}\n`
}

async function listCount(source: string, translation: string): Promise<string[]> {
  const result = await check({source, translation, lang: 'ca', format: 'markdown'})
  return result.messages.filter((message) => message.ruleId === 'list-count').map((message) => `${message.line}:${message.column} ${message.severity} ${message.reason}`)
}

describe('count rules: links as evidence', () => {
  it('calls no units merged that link apart', async () => {
    // The translation lacks `c`, and its `d` runs long: by lengths `c` and
    // `d` look merged, but `d` links to `d` only.
    const source = letters.map((key) => item(key, true, true)).join('')
    const translation = letters.filter((key) => key !== 'c').map((key) => key === 'd'
      ? `- [Xerrada d sobre el tema d, amb moltes més paraules que l'original per explicar-ho tot](https://example.com/d)\n`
      : item(key, false, true)).join('')
    expect(await listCount(source, translation)).toEqual(['9:4 error Expected 10 list items as in the source, found 9'])
  })

  const source = letters.map((key) => item(key, true, true)).join('')

  it('names no unit as missing that the translation links to elsewhere', async () => {
    // `b` moved to the end, `j` left out: pairing by lengths would call `a` missing.
    const translation = [...letters.filter((key) => key !== 'b' && key !== 'j'), 'b'].map((key) => item(key, false, true)).join('')
    expect(await listCount(source, translation)).toEqual(['9:4 error Expected 10 list items as in the source, found 9'])
  })

  it('still names a missing unit whose address the translation lacks', async () => {
    const translation = letters.filter((key) => key !== 'e').map((key) => item(key, false, true)).join('')
    expect(await listCount(source, translation)).toEqual([
      '5:4 error Expected 10 list items as in the source, found 9: list item 5 of 10 is missing (source: `Talk e about the topic number e`)'
    ])
  })

  it('names no unit as extra that the source links to', async () => {
    const translation = [...letters, 'a'].map((key, index) => item(key, false, index < 10)).join('').replace('- Xerrada a sobre el tema a\n', '')
    const withCopy = translation + item('c', false, true)
    const messages = await listCount(source, withCopy)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^11:4 error Expected 10 list items as in the source, found 11(: list item 11 has no counterpart|$)/)
  })
})

describe('count rules: a translation that drifted from its source', () => {
  // Links on every item but b, d and f.
  const linked = (key: string): boolean => !['b', 'd', 'f'].includes(key)
  const source = letters.map((key) => item(key, true, linked(key))).join('')

  it('keeps errors for the differences that links confirm and warns about the others', async () => {
    const translation = letters.filter((key) => !['b', 'd', 'f', 'h'].includes(key)).map((key) => item(key, false, linked(key))).join('')
    const messages = await listCount(source, translation)
    expect(messages.filter((message) => message.includes(' error '))).toEqual([
      '5:4 error Expected 10 list items as in the source, found 6: list item 8 of 10 is missing (source: `Talk h about the topic number h`)'
    ])
    expect(messages.filter((message) => message.includes(' warning '))).toHaveLength(3)
  })

  it('says the count once as an error when no difference is confirmed', async () => {
    // Three items without links left out, one without a link added.
    const translation = letters.filter((key) => !['b', 'd', 'f'].includes(key)).map((key) => item(key, false, linked(key))).join('') + item('z', false, false)
    const messages = await listCount(source, translation)
    expect(messages.filter((message) => message.includes(' error '))).toEqual(['2:4 error Expected 10 list items as in the source, found 8'])
    expect(messages.filter((message) => message.includes(' warning ')).length).toBeGreaterThan(0)
  })

  it('keeps every difference an error when there are only a few', async () => {
    const translation = letters.filter((key) => !['b', 'd', 'f'].includes(key)).map((key) => item(key, false, linked(key))).join('')
    const messages = await listCount(source, translation)
    expect(messages).toHaveLength(3)
    expect(messages.every((message) => message.includes(' error '))).toBe(true)
  })

  it('takes no evidence from links within the page, whose anchors a translation translates', async () => {
    const keys = 'abcdefghijkl'.split('')
    const words = (key: string): string => ' and more'.repeat(keys.indexOf(key) % 4)
    const toc = (chosen: string[], english: boolean): string => chosen.map((key) => english
      ? `- [Topic ${key} of the guide${words(key)}](#topic-${key})\n`
      : `- [Tema ${key} de la guia${words(key).replaceAll('and more', 'i més')}](#tema-${key})\n`).join('')
    const messages = await listCount(toc(keys, true), toc(keys.filter((key) => !['b', 'e', 'h', 'k'].includes(key)), false))
    expect(messages.filter((message) => message.includes(' error '))).toEqual([expect.stringMatching(/ error Expected 12 list items as in the source, found 8$/)])
    expect(messages.filter((message) => message.includes(' warning ')).length).toBeGreaterThan(3)
  })
})
