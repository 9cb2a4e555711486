import {describe, it, expect} from 'vitest'
import {check} from '../src/index.js'
import {maskNumeronyms} from '../src/text/numbers.js'

describe('numeronyms are words, not numbers', () => {
  it('masks the digits between letters, keeping the length', () => {
    expect(maskNumeronyms('i18n')).toBe('i__n')
    expect(maskNumeronyms('k8s')).toBe('k_s')
    expect(maskNumeronyms('a11y,')).toBe('a__y,')
    expect(maskNumeronyms('CSE373')).toBe('CSE373')
    expect(maskNumeronyms('x86')).toBe('x86')
    expect(maskNumeronyms('1983')).toBe('1983')
  })
  it('a translation that writes `i18n` differently draws no number-parity error (the-art-of-command-line)', async () => {
    const result = await check({
      source: 'And know i18n routines can make sort or other commands run many times slower.\n',
      translation: 'Et sachez que les routines d’internationalisation peuvent ralentir sort ou d’autres commandes.\n',
      lang: 'fr'
    })
    expect(result.messages.filter((message) => message.ruleId === 'number-parity')).toEqual([])
  })
  it('a real number next to a numeronym is still checked', async () => {
    const result = await check({source: 'The i18n guide takes 15 minutes.\n', translation: 'Le guide i18n prend 51 minutes.\n', lang: 'fr'})
    expect(result.messages.filter((message) => message.ruleId === 'number-parity').map((message) => message.actual)).toEqual(['51'])
  })
})
