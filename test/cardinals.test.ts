/**
 * Chinese and Japanese small numbers stand for digits of the source before
 * a counter or `大` (the Big 4); elsewhere they are parts of words.
 */
import {describe, it, expect} from 'vitest'
import {cardinalsIn} from '../src/text/cardinals.js'
import {check} from '../src/index.js'

describe('cardinalsIn: Chinese numerals before 大', () => {
  it('reads 四大 as four and 十大 as ten', () => {
    expect(cardinalsIn('如何在四大科技巨头公司中找到工作', 'zh')).toEqual([{value: 4, text: '四', offset: 3}])
    expect(cardinalsIn('十大算法', 'zh')).toEqual([{value: 10, text: '十', offset: 0}])
  })
  it('takes no numeral inside a word (十分 very, 一大 a big)', () => {
    expect(cardinalsIn('十分重要', 'zh')).toEqual([])
    expect(cardinalsIn('一大步', 'zh')).toEqual([])
  })
  it('lets the Big 4 be 四大 in a translation', async () => {
    const result = await check({source: '- How to Get a Job at the Big 4:\n', translation: '- 如何在四大科技巨头公司中找到工作：\n', lang: 'zh', format: 'markdown'})
    expect(result.messages.filter((message) => message.ruleId === 'number-parity')).toEqual([])
  })
})
