import {describe, it, expect} from 'vitest'
import {check} from '../src/index.js'

const mixed = async (translation: string, lang: string): Promise<string[]> =>
  (await check({translation, lang})).messages.filter((message) => message.ruleId === 'mixed-script').map((message) => message.actual ?? '')

// Cases from real README translations (coding-interview-university,
// the-art-of-command-line): variables and names are not look-alike letters.
describe('mixed-script on real translations', () => {
  it('a Latin `c` standing for the preposition `с` between Russian words is reported', async () => {
    expect(await mixed('Удалите элемент c конца списка.\n', 'ru')).toEqual(['c'])
  })
  it('a Latin letter inside a Ukrainian word is reported', async () => {
    expect(await mixed('Це cортування злиттям.\n', 'uk')).toEqual(['cортування'])
  })
  it('single-letter variables are not look-alikes', async () => {
    expect(await mixed('Удалите элемент по индексу x из списка.\n', 'ru')).toEqual([])
    expect(await mixed('Функция hash(k, m) возвращает число.\n', 'ru')).toEqual([])
    expect(await mixed('Что было сложнее всего на [работа x / проект y]?\n', 'ru')).toEqual([])
  })
  it('a letter that is no glyph twin (`k` for `к`) is a variable even between words', async () => {
    expect(await mixed('Храните последние k запросов.\n', 'ru')).toEqual([])
  })
  it('a foreign word with a suffix of the language is written so on purpose', async () => {
    expect(await mixed('Жобаны gitпен басқарыңыз.\n', 'kk')).toEqual([])
  })
  it('an acronym in Latin letters is a name', async () => {
    expect(await mixed('Використовуйте API сервера.\n', 'uk')).toEqual([])
  })
  it('a Latin word that converts to a Russian one is reported only between Russian words', async () => {
    expect(await mixed('Статья How To Use Git здесь.\n', 'ru')).toEqual([])
  })
})
