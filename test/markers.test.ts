import {describe, it, expect} from 'vitest'
import {check} from '../src/index.js'

const source = '# Mission\n\nFounded in 1983.\n\nMeets in 2024.\n\nGrew in 2025.\n'

async function reasons(translation: string): Promise<string[]> {
  const result = await check({source, translation, lang: 'ca', path: 'README.ca.md'})
  return result.messages.filter((message) => message.ruleId === 'number-parity').map((message) => `${message.line}: ${message.actual}`)
}

describe('comment markers in Markdown', () => {
  it('reports without markers', async () => {
    expect(await reasons('# Missió\n\nFundada el 1938.\n\nEs reuneix el 2042.\n\nVa créixer el 2052.\n')).toEqual(['3: 1938', '5: 2042', '7: 2052'])
  })
  it('disable and enable a rule for a stretch', async () => {
    expect(await reasons('# Missió\n\n<!-- translint-disable number-parity -->\n\nFundada el 1938.\n\nEs reuneix el 2042.\n\n<!-- translint-enable number-parity -->\n\nVa créixer el 2052.\n'))
      .toEqual(['11: 2052'])
  })
  it('disable-next-line silences only the next line', async () => {
    expect(await reasons('# Missió\n\n<!-- translint-disable-next-line number-parity -->\nFundada el 1938.\n\nEs reuneix el 2042.\n\nVa créixer el 2052.\n'))
      .toEqual(['6: 2042', '8: 2052'])
  })
  it('a marker for another rule changes nothing', async () => {
    expect(await reasons('# Missió\n\n<!-- translint-disable-next-line list-count -->\nFundada el 1938.\n\nEs reuneix el 2042.\n\nVa créixer el 2052.\n'))
      .toEqual(['4: 1938', '6: 2042', '8: 2052'])
  })
  it('a misspelled rule id silences nothing and is reported', async () => {
    const translation = '# Missió\n\n<!-- translint-disable numbr-parity -->\n\nFundada el 1938.\n\n<!-- translint-disable-next-line list-cuont -->\nEs reuneix el 2042.\n\nVa créixer el 2052.\n'
    expect(await reasons(translation)).toEqual(['5: 1938', '8: 2042', '10: 2052'])
    const result = await check({source, translation, lang: 'ca', path: 'README.ca.md'})
    expect(result.messages.filter((message) => message.ruleId === 'unknown-rule').map((message) => `${message.line}:${message.column} ${message.severity} ${message.reason}`)).toEqual([
      '3:1 warning Unexpected rule `numbr-parity` in a comment marker: no rule has this id, so nothing is silenced',
      '7:1 warning Unexpected rule `list-cuont` in a comment marker: no rule has this id, so nothing is silenced'
    ])
  })
  it('a marker without rule ids applies to every rule', async () => {
    expect(await reasons('# Missió\n\n<!-- translint-disable -->\n\nFundada el 1938.\n\nEs reuneix el 2042.\n\nVa créixer el 2052.\n')).toEqual([])
  })
})
