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
  it('a marker without rule ids applies to every rule', async () => {
    expect(await reasons('# Missió\n\n<!-- translint-disable -->\n\nFundada el 1938.\n\nEs reuneix el 2042.\n\nVa créixer el 2052.\n')).toEqual([])
  })
})
