import {describe, it, expect} from 'vitest'
import {check, type LintMessage} from '../src/index.js'
import {romanValue, NUMERAL_LABELS} from '../src/text/roman.js'
import {ordinalsIn, cjkValue, expandForms, wordTables} from '../src/text/ordinals.js'
import {cardinalsIn} from '../src/text/cardinals.js'
import {maskNumeronyms, namesRadix} from '../src/text/numbers.js'
import {brief, textAt} from './helpers.js'

interface Case {
  source?: string
  translation: string
  lang: string
  format?: 'text' | 'markdown'
  sourceLang?: string
  config?: {expect: {numbers: string[]}}
}

async function numberMessages(options: Case): Promise<LintMessage[]> {
  const result = await check(options)
  return result.messages.filter((message) => message.ruleId === 'number-parity')
}

async function findings(options: Case): Promise<string[]> {
  return (await numberMessages(options)).map(brief)
}

describe('romanValue', () => {
  it.each([
    ['I', 1], ['II', 2], ['III', 3], ['IV', 4], ['V', 5], ['VI', 6], ['IX', 9], ['X', 10], ['XIV', 14],
    ['XXX', 30], ['XL', 40], ['L', 50], ['XC', 90], ['C', 100], ['CD', 400], ['D', 500], ['CM', 900],
    ['M', 1000], ['MCMLXXXIII', 1983], ['MMMCMXCIX', 3999]
  ])('%s is %i', (word, value) => {
    expect(romanValue(word)).toBe(value)
  })
  it.each(['', 'IIII', 'VX', 'IC', 'XXXX', 'MMMM', 'iv', 'xxx', 'Iv', 'IVI', 'A', 'I.', 'CLIX9'])('%j is not a numeral', (word) => {
    expect(romanValue(word)).toBeUndefined()
  })
})

describe('ordinals', () => {
  it.each([
    ['en', 'third', 3, 'the'], ['fr', 'Première', 1, undefined], ['fr', 'deuxième', 2, undefined], ['es', 'tercera', 3, undefined],
    ['pt', 'primeiro', 1, undefined], ['pt', 'décima', 10, undefined], ['it', 'prima', 1, undefined], ['it', 'terzo', 3, undefined],
    ['ca', 'segona', 2, undefined], ['de', 'ersten', 1, undefined], ['de', 'Dritte', 3, undefined], ['de', 'achtes', 8, undefined],
    ['nl', 'eerste', 1, undefined], ['af', 'vyfde', 5, undefined], ['ro', 'doilea', 2, undefined], ['pl', 'drugiego', 2, undefined],
    ['cs', 'druhého', 2, undefined], ['sk', 'tretí', 3, undefined], ['ru', 'второму', 2, undefined], ['uk', 'першому', 1, undefined],
    ['bg', 'третия', 3, undefined], ['el', 'δεύτερη', 2, undefined], ['sv', 'tredje', 3, undefined], ['tr', 'ikinci', 2, undefined],
    ['id', 'ketiga', 3, undefined], ['ko', '둘째', 2, undefined], ['kk', 'екінші', 2, undefined], ['uz', 'uchinchi', 3, undefined],
    ['ar', 'الثانية', 2, undefined], ['fa', 'ششم', 6, undefined], ['he', 'שלישית', 3, undefined], ['hi', 'चौथा', 4, undefined],
    ['mr', 'दुसरा', 2, undefined], ['ur', 'چھٹا', 6, undefined], ['bn', 'চতুর্থ', 4, undefined], ['vi', 'tư', 4, 'thứ']
  ])('%s %s is %i', (language, word, value, previous) => {
    expect(ordinalsIn(word, language, previous)).toEqual([{value, text: word, offset: 0}])
  })
  it('knows only its own language', () => {
    expect(ordinalsIn('premier', 'en')).toEqual([])
    expect(ordinalsIn('premier', 'xx')).toEqual([])
    expect(ordinalsIn('premiers', 'fr')).toEqual([])
    // A gap in the table (Swedish `andra` is mostly "other") is no ordinal.
    expect(ordinalsIn('andra', 'sv')).toEqual([])
    expect(ordinalsIn('', 'sv')).toEqual([])
  })
  it('takes English ordinals after a determiner or in a title, not as adverbs', () => {
    expect(ordinalsIn('first', 'en')).toEqual([])
    expect(ordinalsIn('first', 'en', 'sort', 'by')).toEqual([])
    expect(ordinalsIn('first', 'en', 'The')).toEqual([{value: 1, text: 'first', offset: 0}])
    expect(ordinalsIn('Sixth', 'en', undefined, 'Edition')).toEqual([{value: 6, text: 'Sixth', offset: 0}])
    expect(ordinalsIn('sixth', 'en', undefined, 'Edition')).toEqual([])
    expect(ordinalsIn('Sixth', 'en', undefined, 'edition')).toEqual([])
    expect(ordinalsIn('Sixth', 'en')).toEqual([])
    expect(ordinalsIn('First', 'en', undefined, 'X')).toEqual([])
  })
  it('takes Vietnamese ordinals after thứ only', () => {
    expect(ordinalsIn('hai', 'vi')).toEqual([])
    expect(ordinalsIn('hai', 'vi', 'Thứ')).toEqual([{value: 2, text: 'hai', offset: 0}])
  })
  it('finds 第 and a numeral in Chinese and Japanese words', () => {
    expect(ordinalsIn('以第二个域为主关键字', 'zh')).toEqual([{value: 2, text: '第二', offset: 1}])
    expect(ordinalsIn('第一和第十二', 'zh')).toEqual([{value: 1, text: '第一', offset: 0}, {value: 12, text: '第十二', offset: 3}])
    expect(ordinalsIn('第三章', 'ja')).toEqual([{value: 3, text: '第三', offset: 0}])
    expect(ordinalsIn('第一百', 'zh')).toEqual([])
    expect(ordinalsIn('第二十一', 'zh')).toEqual([{value: 21, text: '第二十一', offset: 0}])
    expect(ordinalsIn('第一二', 'zh')).toEqual([])
    expect(ordinalsIn('第二', 'ko')).toEqual([])
    expect(ordinalsIn('一', 'zh')).toEqual([])
  })
  it.each([['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['二十一', 21], ['九十九', 99], ['两', 2], ['兩', 2]])('%s is %i', (numeral, value) => {
    expect(cjkValue(numeral)).toBe(value)
  })
  it.each(['一二', '十十', '', '百', '二十一十'])('%j is no numeral up to 99', (numeral) => {
    expect(cjkValue(numeral)).toBeUndefined()
  })
  it('expands the endings of a stem', () => {
    expect(expandForms('erst{e,er,en}')).toEqual(['erste', 'erster', 'ersten'])
    expect(expandForms('first')).toEqual(['first'])
    expect(expandForms('{a}')).toEqual(['{a}'])
  })
  it('builds a table per language, once', () => {
    const table = wordTables({xx: '| b{c,d} |  e  f '})
    expect(table('xx')).toEqual(new Map([['bc', 2], ['bd', 2], ['e', 3], ['f', 3]]))
    expect(table('xx')).toBe(table('xx'))
    expect(table('yy')).toBeUndefined()
  })
  it('labels are lowercase words', () => {
    expect(NUMERAL_LABELS.has('artigo')).toBe(true)
    expect(NUMERAL_LABELS.has('capítulo')).toBe(true)
    expect(NUMERAL_LABELS.has('del')).toBe(false)
  })
})

describe('cardinals', () => {
  it.each([
    ['en', 'three', 3], ['fr', 'Trois', 3], ['es', 'dos', 2], ['pt', 'duas', 2], ['it', 'dieci', 10], ['ca', 'dues', 2],
    ['de', 'zwei', 2], ['nl', 'drie', 3], ['ru', 'двух', 2], ['pl', 'trzy', 3], ['hi', 'तीन', 3], ['fa', 'دو', 2]
  ])('%s %s is %i', (language, word, value) => {
    expect(cardinalsIn(word, language)).toEqual([{value, text: word, offset: 0}])
  })
  it('leaves out one and the words that are mostly something else', () => {
    expect(cardinalsIn('one', 'en')).toEqual([])
    expect(cardinalsIn('un', 'fr')).toEqual([])
    expect(cardinalsIn('neuf', 'fr')).toEqual([])
    expect(cardinalsIn('sei', 'it')).toEqual([])
    expect(cardinalsIn('three', 'xx')).toEqual([])
  })
  it('reads Chinese and Japanese numerals before a counter', () => {
    expect(cardinalsIn('快三倍且代码量少三倍', 'zh')).toEqual([{value: 3, text: '三', offset: 1}, {value: 3, text: '三', offset: 8}])
    expect(cardinalsIn('两个', 'zh')).toEqual([{value: 2, text: '两', offset: 0}])
    expect(cardinalsIn('二十年', 'zh')).toEqual([{value: 20, text: '二十', offset: 0}])
    expect(cardinalsIn('三つ', 'ja')).toEqual([{value: 3, text: '三', offset: 0}])
    expect(cardinalsIn('第二个', 'zh')).toEqual([])
    expect(cardinalsIn('一个', 'zh')).toEqual([])
    expect(cardinalsIn('十分', 'zh')).toEqual([])
    expect(cardinalsIn('三十一二个', 'zh')).toEqual([])
  })
})

describe('numeronyms and radix words', () => {
  it.each([
    ['i18n', 'i__n'], ['l10n-ready', 'l__n-ready'], ['a11y', 'a__y'], ['K8s', 'K_s'], ['CS61B', 'CS__B'],
    ['i18nの', 'i__nの'], ['5tmPvSe7xXQ', '_tmPvSe_xXQ'], ['CSE373', 'CSE373'], ['x86', 'x86'], ['8VMs', '8VMs'],
    ['1NF', '1NF'], ['第3章', '第3章'], ['COVID-19', 'COVID-19'], ['3,5', '3,5'], ['2nd', '2nd']
  ])('%s scans as %s', (word, masked) => {
    expect(maskNumeronyms(word)).toBe(masked)
  })
  it('knows the base of a numeral system', () => {
    expect(namesRadix('16進と10進', 2)).toBe(true)
    expect(namesRadix('16进制', 2)).toBe(true)
    expect(namesRadix('16 進', 2)).toBe(false)
    expect(namesRadix('16', 2)).toBe(false)
  })
})

describe('number-parity: Roman numerals', () => {
  it('reads Artigo I. … Artigo XXX. as Article 1 … Article 30', async () => {
    const source = Array.from({length: 30}, (_, index) => `Article ${index + 1}. Everyone has rights.\n`).join('\n')
    const numerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX',
      'XXI', 'XXII', 'XXIII', 'XXIV', 'XXV', 'XXVI', 'XXVII', 'XXVIII', 'XXIX', 'XXX']
    const translation = numerals.map((numeral) => `Artigo ${numeral}. Todos têm direitos.\n`).join('\n')
    expect(await findings({source, translation, lang: 'pt'})).toEqual([])
    // Swapped: both places say so.
    const swapped = translation.replace('Artigo II.', 'Artigo XX.').replace('Artigo XXI.', 'Artigo II.')
    expect(await findings({source, translation: swapped, lang: 'pt'})).toHaveLength(2)
  })
  it('takes a single letter after a label, as a marker or as a heading', async () => {
    expect(await findings({source: 'Chapter 5 is long.\n', translation: 'El capítulo V es largo.\n', lang: 'es'})).toEqual([])
    expect(await findings({source: '1. Introduction to the rules.\n', translation: 'I. Introducción a las reglas.\n', lang: 'es'})).toEqual([])
    expect(await findings({source: '5) Final rules of the game.\n', translation: 'V) Reglas finales del juego.\n', lang: 'es'})).toEqual([])
    expect(await findings({source: '# 5\n\nThe rules.\n', translation: '# V\n\nLas reglas.\n', lang: 'es', format: 'markdown'})).toEqual([])
  })
  it('leaves single letters in prose alone', async () => {
    expect(await findings({source: 'Version 5 is out.\n', translation: 'Ya salió la versión V.\n', lang: 'es'}))
      .toEqual(['1:1: Expected the number `5` here as in the source (`Version 5 is out.`), found none'])
    expect(await findings({source: 'In 1 year we grew a lot.\n', translation: 'I think we grew a lot.\n', lang: 'en'}))
      .toEqual(['1:1: Expected the number `1` here as in the source (`In 1 year we grew a lot.`), found none'])
    // A marker is followed by its full stop or parenthesis.
    expect(await findings({source: '5 rules of the game.\n', translation: 'V reglas del juego.\n', lang: 'es'})).toHaveLength(1)
    // A heading of more than the numeral.
    expect(await findings({source: '# 5 rules\n\nThe rules.\n', translation: '# V reglas\n\nLas reglas.\n', lang: 'es', format: 'markdown'})).toHaveLength(1)
    // A label followed by punctuation, not by the letter.
    expect(await findings({source: 'Chapter 5, in short.\n', translation: 'Capítulo, V en breve.\n', lang: 'es'})).toHaveLength(1)
  })
  it('takes numerals of several letters in prose for words, in headings for numbers', async () => {
    expect(await findings({source: 'It was founded in 1983.\n', translation: 'Es va fundar el MCMLXXXIII.\n', lang: 'ca'}))
      .toEqual(['1:1: Expected the number `1983` here as in the source (`It was founded in 1983.`), found none'])
    const source = '# Sorting 2\n\nThe rules.\n'
    expect(await findings({source, translation: '# Ordenació II\n\nLes regles.\n', lang: 'ca', format: 'markdown'})).toEqual([])
    expect(await findings({source: '# Sorting 1\n\nThe rules.\n', translation: '# Ordenació I bis\n\nLes regles.\n', lang: 'ca', format: 'markdown'})).toHaveLength(1)
    expect(await findings({source: 'The 20th century.\n', translation: 'O século XX.\n', lang: 'pt'})).toEqual([])
  })
  it('does not take a word the source has as it is (the language C, an acronym)', async () => {
    expect(await findings({source: 'Part 151 is the CLI.\n', translation: 'La Part CLI és la CLI.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Part 151 of the CLI.\n', translation: 'La Part CLI.\n', lang: 'ca'}))
      .toEqual(['1:1: Expected the number `151` here as in the source (`Part 151 of the CLI.`), found none'])
    // One `C` is the language of the source; the other, after `Part`, is 100.
    expect(await findings({source: 'Part 100 is about the C language.\n', translation: 'La Part C tracta del llenguatge C.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Part 100 is about the language.\n', translation: 'La Part C tracta del llenguatge C.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Part 100 is about C and C.\n', translation: 'La Part C tracta de C.\n', lang: 'ca'})).toHaveLength(1)
  })
  it('reads a Roman numeral of the source as the digits of the translation', async () => {
    expect(await findings({source: 'Chapter IV covers trees.\n', translation: 'El capítol 4 tracta dels arbres.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'I. Introduction to the rules.\n', translation: '1. Introducció a les regles.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'This chapter covers trees.\n', translation: 'El capítol 4 tracta dels arbres.\n', lang: 'ca'}))
      .toEqual(['1:12: Unexpected number `4`: the source has no such number here'])
    // The pronoun `I` of the source is no 1.
    expect(await findings({source: 'I have it.\n', translation: 'El tinc 1.\n', lang: 'ca'}))
      .toEqual(['1:9: Unexpected number `1`: the source has no such number here'])
  })
  it('pairs numerals of the same value on both sides first', async () => {
    // `II` of the source is the `II` of the translation, not the missing 2.
    expect(await findings({source: 'Part II has 2 chapters.\n', translation: 'La Part II té capítols.\n', lang: 'ca'})).toHaveLength(1)
    expect(await findings({source: 'Part II has chapters.\n', translation: 'La Part II té 2 capítols.\n', lang: 'ca'})).toHaveLength(1)
  })
  it('ignores numerals in code and URLs', async () => {
    expect(await findings({source: 'Article 30 applies.\n', translation: 'Vegeu `XXX` a https://example.com/XXX aquí.\n', lang: 'ca', format: 'markdown'})).toHaveLength(1)
  })
})

describe('number-parity: ordinal words', () => {
  it('reads Article premier as Article 1', async () => {
    const messages = await findings({source: 'Article 1. All human beings are born free.\n', translation: 'Article premier. Tous les êtres humains naissent libres.\n', lang: 'fr'})
    expect(messages).toEqual([])
  })
  it('reads ordinals for fields, in French and Chinese', async () => {
    const source = 'Sort by field 2, then by field 1.\n'
    expect(await findings({source, translation: 'Triez par le deuxième champ, puis par le premier.\n', lang: 'fr'})).toEqual([])
    expect(await findings({source, translation: '以第二个域为主关键字，第一个域为次关键字。\n', lang: 'zh'})).toEqual([])
  })
  it('takes no English adverb for an ordinal', async () => {
    const source = 'Sort first by field 2, then by field 1.\n'
    expect(await findings({source, translation: "Triez d'abord par le deuxième champ, puis par le premier.\n", lang: 'fr'})).toEqual([])
  })
  it('pairs ordinals of both sides before they stand for digits', async () => {
    // `premier` is "the first field", so the second `deuxième` (an error of
    // the translator) leaves field 1 missing.
    const source = 'Sort by field 2, then by field 1; the first field wins.\n'
    const translation = 'Triez par le deuxième champ, puis par le deuxième ; le premier champ gagne.\n'
    expect(await findings({source, translation, lang: 'fr'}))
      .toEqual(['1:1: Expected the number `1` here as in the source (`Sort by field 2, then by field 1; the first field wins.`), found none'])
  })
  it('reads an ordinal of the source as the digits of the translation', async () => {
    expect(await findings({source: 'Cracking the Coding Interview, Sixth Edition.\n', translation: 'Cracking the Coding Interview, 6a edició.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Cracking the Coding Interview, a sixth edition.\n', translation: 'Cracking the Coding Interview, una 6a edició.\n', lang: 'ca'})).toHaveLength(1)
  })
  it('reads abbreviated ordinals as their digits', async () => {
    expect(await findings({source: 'The 1st and 2nd editions.\n', translation: 'La 1.ª y la 2º edición, y el 3er libro.\n', lang: 'es'}))
      .toEqual(['1:30: Unexpected number `3`: the source has no such number here'])
  })
})

describe('number-parity: small numbers spelled out', () => {
  it('reads trois fois and 三倍 as 3X', async () => {
    const source = 'Summing the third column is probably 3X faster and 3X less code.\n'
    expect(await findings({source, translation: 'Additionner la troisième colonne est probablement trois fois plus rapide et trois fois plus court.\n', lang: 'fr'})).toEqual([])
    expect(await findings({source, translation: '计算第三列可能快三倍且代码量少三倍。\n', lang: 'zh'})).toEqual([])
    // The third column is `troisième`: it stands for none of the 3X.
    expect(await findings({source, translation: 'Additionner la troisième colonne est probablement trois fois plus rapide et plus court.\n', lang: 'fr'})).toHaveLength(1)
  })
  it('takes no article for one', async () => {
    expect(await findings({source: 'We have 1 office.\n', translation: 'Tenim una oficina.\n', lang: 'ca'}))
      .toEqual(['1:1: Expected the number `1` here as in the source (`We have 1 office.`), found none'])
  })
  it('reads a number the source spells out as the digits of the translation', async () => {
    expect(await findings({source: 'Flashcards of two types.\n', translation: 'Targetes de 2 tipus.\n', lang: 'ca'})).toEqual([])
  })
})

describe('number-parity: numeronyms', () => {
  it('does not count i18n, l10n, k8s', async () => {
    const source = 'Know that i18n, l10n and k8s routines can be slow.\n'
    expect(await findings({source, translation: 'Sachez que les routines i18n, l10n et k8s peuvent être lentes.\n', lang: 'fr'})).toEqual([])
    expect(await findings({source, translation: "Sachez que l'internationalisation peut être lente.\n", lang: 'fr'})).toEqual([])
    expect(await findings({source: 'Internationalization can be slow.\n', translation: 'i18nの処理は遅い。\n', lang: 'ja'})).toEqual([])
  })
})

describe('number-parity: code and URLs', () => {
  it('does not count numbers in URLs', async () => {
    expect(await findings({source: 'Read https://example.com/v2/page-17 now.\n', translation: 'Llegiu https://example.com/v3/page-18 ara.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Read <https://example.com/v2/page-17> now.\n', translation: 'Llegiu <https://example.com/v3/page-18> ara.\n', lang: 'ca', format: 'markdown'})).toEqual([])
    expect(await findings({source: 'Read [the guide](https://example.com/v2/page-17).\n', translation: 'Llegiu [la guia](https://example.com/v3/page-18).\n', lang: 'ca', format: 'markdown'})).toEqual([])
    expect(await findings({source: 'Write to team42@example.com now.\n', translation: 'Escriviu a equip7@example.com ara.\n', lang: 'ca'})).toEqual([])
  })
  it('does not count numbers in inline code or code blocks', async () => {
    expect(await findings({source: 'Run `sleep 5` now.\n', translation: 'Executeu `sleep 10` ara.\n', lang: 'ca', format: 'markdown'})).toEqual([])
    expect(await findings({source: 'Run this:\n\n```\nsleep 5\n```\n', translation: 'Executeu això:\n\n```\nsleep 10\n```\n', lang: 'ca', format: 'markdown'})).toEqual([])
  })
  it('lets the translation write the code of the source as prose', async () => {
    const translation = 'Un rang com {1..20} no es pot escriure.\n'
    expect(await findings({source: 'A range like `{1..20}` cannot be written.\n', translation, lang: 'ca', format: 'markdown'})).toEqual([])
    expect(await findings({source: 'A range cannot be written.\n', translation, lang: 'ca', format: 'markdown'})).toEqual([
      '1:14: Unexpected number `1`: the source has no such number here',
      '1:17: Unexpected number `20`: the source has no such number here'
    ])
    // Each number of the code once.
    expect(await findings({source: 'A range like `{1..20}` is long.\n', translation: 'Un rang com {1..20} o {1..20} és llarg.\n', lang: 'ca', format: 'markdown'})).toHaveLength(2)
  })
  it('lets prose stand only for the code of its own paragraph', async () => {
    const source = 'Wait a minute.\n\nRun `sleep 5` now.\n\nThen wait again.\n'
    const translation = 'Espereu 5 segons.\n\nExecuteu `sleep 5` ara.\n\nDesprés espereu 5 segons més.\n'
    expect(await findings({source, translation, lang: 'ca', format: 'markdown'})).toEqual([
      '1:9: Unexpected number `5`: the source has no such number here',
      '5:17: Unexpected number `5`: the source has no such number here'
    ])
  })
  it('finds the code of an item written before its nested list', async () => {
    const source = '- Run `sleep 5` to wait:\n  - `sleep 10` waits longer.\n'
    expect(await findings({source, translation: '- Executeu sleep 5 per esperar:\n  - `sleep 10` espera més.\n', lang: 'ca', format: 'markdown'})).toEqual([])
    expect(await findings({source, translation: '- Executeu sleep 6 per esperar:\n  - `sleep 10` espera més.\n', lang: 'ca', format: 'markdown'}))
      .toEqual(['1:18: Unexpected number `6`: the source has no such number here'])
  })
  it('does not take the digits of 16進 (hexadecimal) for a number', async () => {
    expect(await findings({source: 'Use `hd` for simple hex dumps.\n', translation: '単純な16進ダンプには`hd`。\n', lang: 'ja', format: 'markdown'})).toEqual([])
    expect(await findings({source: '単純な16進ダンプには`hd`。\n', sourceLang: 'ja', translation: 'Use `hd` for simple hex dumps.\n', lang: 'en', format: 'markdown'})).toEqual([])
    expect(await findings({source: 'Use `hd` for simple hex dumps.\n', translation: '単純な16ダンプには`hd`。\n', lang: 'ja', format: 'markdown'})).toHaveLength(1)
  })
})

describe('number-parity: units found by their links and text', () => {
  const source = '- [Sorting talks](https://a.example/sort) (5 videos)\n- [Graph talks](https://b.example/graph) (3 videos)\n'
  it('compares a moved item with the source item of the same link', async () => {
    const translation = '- [Xerrades de grafs](https://b.example/graph) (3 vídeos)\n- [Xerrades d\'ordenació](https://a.example/sort) (5 vídeos)\n'
    expect(await findings({source, translation, lang: 'ca', format: 'markdown'})).toEqual([])
  })
  it('still reports a changed number in an item of the same link', async () => {
    const translation = '- [Xerrades de grafs](https://b.example/graph) (4 vídeos)\n- [Xerrades d\'ordenació](https://a.example/sort) (5 vídeos)\n'
    expect(await findings({source, translation, lang: 'ca', format: 'markdown'})).toHaveLength(2)
  })
  it('reports moved items without links', async () => {
    const translation = '- Xerrades de grafs (3 vídeos)\n- Xerrades d\'ordenació (5 vídeos)\n'
    expect(await findings({source, translation, lang: 'ca', format: 'markdown'})).toEqual([
      '1:22: Unexpected number `3`, expected `5` as in the source',
      '2:25: Unexpected number `5`, expected `3` as in the source'
    ])
  })
  it('finds a moved item by a link whose item has several numbers', async () => {
    const source = '- [Sorting](https://a.example/sort): 5 videos, 90 minutes\n- [Graphs](https://b.example/graph): 3 videos, 40 minutes\n'
    const translation = '- [Grafs](https://b.example/graph): 3 vídeos, 40 minuts\n- [Ordenació](https://a.example/sort): 5 vídeos, 90 minuts\n'
    expect(await findings({source, translation, lang: 'ca', format: 'markdown'})).toEqual([])
  })
  it('finds a moved item by a short relative link', async () => {
    const source = '- [Sorting](/sort): 5 videos\n- [Graphs](/graph): 3 videos\n'
    expect(await findings({source, translation: '- [Grafs](/graph): 3 vídeos\n- [Ordenació](/sort): 5 vídeos\n', lang: 'ca', format: 'markdown'})).toEqual([])
  })
  it('finds a moved item that links to its address twice', async () => {
    const source = '- [Sorting](https://a.example/sort) ([slides](https://a.example/sort)): 5 videos\n- [Graphs](https://b.example/graph) ([slides](https://b.example/graph)): 3 videos\n'
    const translation = '- [Grafs](https://b.example/graph) ([diapositives](https://b.example/graph)): 3 vídeos\n- [Ordenació](https://a.example/sort) ([diapositives](https://a.example/sort)): 5 vídeos\n'
    expect(await findings({source, translation, lang: 'ca', format: 'markdown'})).toEqual([])
  })
  it('needs a link that names one source item', async () => {
    const twice = '- [Sorting talks](https://a.example/all) (5 videos)\n- [Graph talks](https://a.example/all) (3 videos)\n'
    const translation = '- [Xerrades de grafs](https://a.example/all) (3 vídeos)\n- [Xerrades d\'ordenació](https://a.example/all) (5 vídeos)\n'
    expect(await findings({source: twice, translation, lang: 'ca', format: 'markdown'})).toHaveLength(2)
  })
  it('finds an item kept in English by its text', async () => {
    const english = '- Sorting talks from the course (5 videos)\n- Graph talks from the course (3 videos)\n'
    const translation = '- Graph talks from the course (3 videos)\n- Sorting talks from the course (5 videos)\n'
    expect(await findings({source: english, translation, lang: 'ca', format: 'markdown'})).toEqual([])
    const short = '- Sorting (5 videos)\n- Graphs (3 videos)\n'
    expect(await findings({source: short, translation: '- Graphs (3 videos)\n- Sorting (5 videos)\n', lang: 'ca', format: 'markdown'})).toHaveLength(2)
  })
  it('finds an item of four words kept in English by its text', async () => {
    const source = '- Sorting talks (5 videos)\n- Graph talks (3 videos)\n'
    expect(await findings({source, translation: '- Graph talks (3 videos)\n- Sorting talks (5 videos)\n', lang: 'ca', format: 'markdown'})).toEqual([])
  })
  it('reports the numbers of an extra paragraph that the source does not have', async () => {
    const source = 'The association was founded in 1983.\n\nIt meets every year.\n'
    const translation = "L'associació es va fundar el 1983.\n\nDes del 2024 també publica un butlletí.\n\nEs reuneix cada any.\n"
    expect(await findings({source, translation, lang: 'ca'})).toEqual(['3:9: Unexpected number `2024`: the source has no such number here'])
  })
  it('takes an extra unit for a copy of the source unit whose numbers it has, not of a longer one that shares one', async () => {
    const source = 'Read pages 1048 to 1140 of the book.\n\nPage 1048 has 7 figures and 9 tables.\n'
    const first = 'Llegiu les pàgines 1048 a 1140 del llibre.\n\n'
    const second = 'La pàgina 1048 té 7 figures i 9 taules.\n'
    expect(await findings({source, translation: first + first + second, lang: 'ca'})).toEqual([])
    expect(await findings({source, translation: first + second + '\n' + first, lang: 'ca'})).toEqual([])
  })
  it('takes an extra unit for the copy of the source unit that shares most of its numbers, the first of equals', async () => {
    // The extra paragraph has 1048 of the first paragraph and 10 of the
    // second: it is a copy of the first, and its 10 is its own.
    const source = 'Read pages 1048 to 1140 of the book.\n\nWe meet on Mondays at 10 in the library.\n'
    const translation = 'Llegiu les pàgines 1048 a 1140 del llibre.\n\nLlegiu la pàgina 1048 a les 10.\n\nEns trobem els dilluns a les 10 a la biblioteca.\n'
    expect(await findings({source, translation, lang: 'ca'})).toEqual(['3:29: Unexpected number `10`: the source has no such number here'])
  })
  it('lets an extra unit bring only numbers the source does not have together', async () => {
    const source = 'Read pages 1048 to 1140 of the book.\n\nWe meet on Mondays at the library.\n'
    const repeated = 'Llegiu les pàgines 1048 a 1140 del llibre.\n\nLlegiu les pàgines 1048 a 1140 del llibre.\n\nEns trobem els dilluns a la biblioteca.\n'
    expect(await findings({source, translation: repeated, lang: 'ca'})).toEqual([])
    const changed = 'Llegiu les pàgines 1048 a 1140 del llibre.\n\nLlegiu les pàgines 1048 a 1200 del llibre.\n\nEns trobem els dilluns a la biblioteca.\n'
    expect(await findings({source, translation: changed, lang: 'ca'})).toEqual(['3:27: Unexpected number `1200`: the source has no such number here'])
  })
})

describe('number-parity: units moved away from their place', () => {
  // The translation lacks the last items of the source and has one of its
  // own in the second place: the alignment pairs the second items, and the
  // source's second item is translated at the end.
  const list = (items: string[]): string => items.map((item) => `- ${item}\n`).join('')
  const source = (item: string, filler: string[] = []): string =>
    list(['Sort the list in 2 steps', item, 'Read the notes of the course', 'Watch the talks about graphs', 'Practise the problems every day', ...filler, 'Write the code by hand, every day', 'Sleep well'])
  const translation = (item: string, filler: string[] = []): string =>
    list(['Ordeneu la llista', 'Una llista de lectures recomanades per a tothom', 'Llegiu les notes del curs', 'Mireu les xerrades sobre grafs', 'Practiqueu els problemes cada dia', ...filler, item])
  const sorted = '1:3: Expected the number `2` here as in the source (`Sort the list in 2 steps`), found none'
  it('finds a unit by all its numbers when they are telling', async () => {
    const item = 'Series of 2-3 minutes short subject videos (23 videos)'
    expect(await findings({source: source(item), translation: translation('Sèrie de vídeos curts de 2-3 minuts (23 vídeos)'), lang: 'ca', format: 'markdown'})).toEqual([sorted])
    expect(await findings({source: source(item), translation: translation('Sèrie de vídeos curts de 2-3 minuts (22 vídeos)'), lang: 'ca', format: 'markdown'})).toEqual([
      sorted,
      '2:3: Expected the number `23` here as in the source (`Series of 2-3 minutes short subject videos (23 videos)`), found none',
      '2:3: Expected the number `2` here as in the source (`Series of 2-3 minutes short subject videos (23 videos)`), found none',
      '6:40: Unexpected number `22`: the source has no such number here'
    ])
  })
  it('finds a unit by all its numbers also when the aligned unit has some of them', async () => {
    const item = '2-3-4 Trees (aka 2-4 trees)'
    const wrong = (moved: string): string => translation(moved).replace('Una llista de lectures recomanades per a tothom', '2-3 arbres de cerca')
    expect(await findings({source: source(item), translation: wrong('Arbres 2-3-4 (o arbres 2-4)'), lang: 'ca', format: 'markdown'})).toEqual([])
    // The moved unit must have every number as often: `Arbres 2-3-4` lacks the second 2 and 4.
    expect(await findings({source: source(item), translation: wrong('Arbres 2-3-4'), lang: 'ca', format: 'markdown'}))
      .toEqual([
        '1:3: Expected the number `2` here as in the source (`Sort the list in 2 steps`), found none',
        '2:3: Expected the number `4` here as in the source (`2-3-4 Trees (aka 2-4 trees)`), found none'
      ])
    expect(await findings({source: source(item), translation: wrong('Arbres 2-3-5 (o arbres 2-5)'), lang: 'ca', format: 'markdown'})).toEqual([
      '2:3: Expected the number `4` here as in the source (`2-3-4 Trees (aka 2-4 trees)`), found none',
      '6:14: Unexpected number `5`: the source has no such number here',
      '6:28: Unexpected number `5`: the source has no such number here'
    ])
  })
  it('takes a number the source writes as code anywhere for a moved unit written as prose', async () => {
    const item = 'A range like `{1..20}` cannot be written with variables'
    expect(await findings({source: source(item), translation: translation('Un rang com {1..20} no es pot escriure amb variables'), lang: 'ca', format: 'markdown'})).toEqual([sorted])
    expect(await findings({source: source(item), translation: translation('Un rang com {1..30} no es pot escriure amb variables'), lang: 'ca', format: 'markdown'}))
      .toEqual([sorted, '6:19: Unexpected number `30`: the source has no such number here'])
  })
  it('finds a unit kept in English by most of its words', async () => {
    const item = 'Sedgewick - Tries and more (3 videos)'
    const three = (text: string): string => text.replace('in 2 steps', 'in 2 or 3 steps')
    expect(await findings({source: three(source(item)), translation: translation('Sedgewick - Tries and more (3 vídeos)'), lang: 'ca', format: 'markdown'}))
      .toEqual([
        '1:3: Expected the number `2` here as in the source (`Sort the list in 2 or 3 steps`), found none',
        '1:3: Expected the number `3` here as in the source (`Sort the list in 2 or 3 steps`), found none'
      ])
    expect(await findings({source: three(source(item)), translation: translation('Sedgewick - Arbres (3 vídeos)'), lang: 'ca', format: 'markdown'}))
      .toContain('2:3: Expected the number `3` here as in the source (`Sedgewick - Tries and more (3 videos)`), found none')
    // Three of five words are enough (60 %), two are not.
    const five = 'Sedgewick - Tries and Suffix Arrays (3 videos)'
    expect(await findings({source: three(source(five)), translation: translation('Sedgewick - Tries i arrays de sufixos (3 vídeos)'), lang: 'ca', format: 'markdown'}))
      .toHaveLength(2)
    expect(await findings({source: three(source(five)), translation: translation('Sedgewick - Tries i vectors de sufixos (3 vídeos)'), lang: 'ca', format: 'markdown'}))
      .toContain('2:3: Expected the number `3` here as in the source (`Sedgewick - Tries and Suffix Arrays (3 videos)`), found none')
  })
  it('looks for a unit of two words nearby only, of three anywhere', async () => {
    const filler = (english: boolean, count: number): string[] =>
      Array.from({length: count}, (_, index) => `${english ? 'Item' : 'Element'} ${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))} ${english ? 'of the list' : 'de la llista'}`)
    const check = async (item: string, count: number): Promise<string[]> => {
      const text = (english: boolean): string[] => [english ? 'Sort the list in 4 steps' : 'Ordeneu la llista', english ? item : 'Llistes curtes', ...filler(english, count)]
      return findings({source: list([...text(true), 'Sleep well', 'Rest more']), translation: list([...text(false), item]), lang: 'ca', format: 'markdown'})
    }
    expect(await check('Boyer-Moore 4', 10)).toHaveLength(1)
    expect(await check('Boyer-Moore 4', 80)).toContain('2:3: Expected the number `4` here as in the source (`Boyer-Moore 4`), found none')
    expect(await check('Boyer-Moore Horspool 4', 80)).toHaveLength(1)
  })
})

describe('number-parity: real findings stay', () => {
  it('reports a missing number with its place and the source', async () => {
    const translation = "L'associació es va fundar el 1983 i té membres.\n"
    const [message, ...rest] = await numberMessages({source: 'The association was founded in 1983 and has 30 members.\n', translation, lang: 'ca'})
    expect(rest).toEqual([])
    expect(message!.reason).toBe('Expected the number `30` here as in the source (`The association was founded in 1983 and has 30 members.`), found none')
    expect(message!.expected).toEqual(['30'])
    expect(message!.actual).toBe(translation.trim())
    expect(message!.cause).toMatchObject({line: 1, column: 45, endColumn: 47, reason: 'number in the source'})
  })
  it('reports a changed number at the number', async () => {
    const translation = 'Tenim 31 membres.\n'
    const [message] = await numberMessages({source: 'We have 30 members.\n', translation, lang: 'ca'})
    expect(message!.reason).toBe('Unexpected number `31`, expected `30` as in the source')
    expect(message!.expected).toEqual(['30'])
    expect(textAt(translation, message!)).toBe('31')
    expect(message!.actual).toBe('31')
  })
})

describe('number-parity: how often a number is said, and names that end in digits', () => {
  it('keeps a number that the translation says once where the source says it twice', async () => {
    const source = 'Summing all numbers in a column (probably 3X faster and 3X less code than Python).\n'
    expect(await findings({source, translation: 'Sommare tutti i numeri di una colonna (probabilmente 3 volte più veloce e corto che in Python).\n', lang: 'it'})).toEqual([])
    // A number of the source that is not there at all is still missing, once.
    expect(await findings({source, translation: 'Sommare tutti i numeri di una colonna (probabilmente più veloce e corto che in Python).\n', lang: 'it'}))
      .toEqual(['1:1: Expected the number `3` here as in the source (`Summing all numbers in a column (probably 3X faster and 3X…`), found none'])
  })
  it('keeps a number that the translation says twice (a title repeated in the language after the link)', async () => {
    const source = '- [Discrete Mathematics Part 1 by Sarada Herke (5 videos)](https://example.com/list)\n'
    const translation = '- [Discrete Mathematics Part 1 by Sarada Herke (5 videos)](https://example.com/list) (Matemática Discreta Parte 1 por Sarada Herke - 5 vídeos)\n'
    expect(await findings({source, translation, lang: 'pt', format: 'markdown'})).toEqual([])
    expect(await findings({source, translation: translation.replace('Parte 1', 'Parte 2'), lang: 'pt', format: 'markdown'}))
      .toEqual(['1:113: Unexpected number `2`: the source has no such number here'])
  })
  it('takes digits at the end of a name for part of the name', async () => {
    const source = 'Use `fallocate` (ext4, xfs, btrfs and ocfs2 filesystems) or read the IEEE754 standard.\n'
    expect(await findings({source, translation: 'Utilitzeu `fallocate` (sistemes de fitxers xfs i btrfs) o llegiu la norma de coma flotant.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Thanks to our contributors.\n', translation: 'Gràcies a @hwhung0111 i als altres col·laboradors.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Packages exist for x86_64 and aarch64.\n', translation: 'Hi ha paquets per a PC i per a ARM.\n', lang: 'ca'})).toEqual([])
    // The same name written apart still counts as its number.
    expect(await findings({source: 'Watch CSE373 - Lecture 19.\n', translation: 'Mireu সিএসই 373 - Lecture 19.\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Watch CSE 373 - Lecture 19.\n', translation: 'Mireu CSE373 - Lecció 19.\n', lang: 'ca'})).toEqual([])
  })
  it('takes a literal in another base for a name', async () => {
    const source = 'Please drop me a note at josh (0x40) holloway.com. Thank you!\n'
    expect(await findings({source, translation: 'Escriviu-me, si us plau. Gràcies!\n', lang: 'ca'})).toEqual([])
    expect(await findings({source: 'Set the flags to 0b1010.\n', translation: 'Poseu les marques a 0o12.\n', lang: 'ca'})).toEqual([])
    // A zero of its own is a number.
    expect(await findings({source: 'Set the flag to 0 to turn it off.\n', translation: 'Desactiveu la marca.\n', lang: 'ca'}))
      .toEqual(['1:1: Expected the number `0` here as in the source (`Set the flag to 0 to turn it off.`), found none'])
  })
  it('keeps the first number of a size written with an x (4x4), not taken for a literal in another base', async () => {
    expect(await findings({source: 'Draw a 4x4 grid.\n', translation: 'Dibuixeu una graella de 5x5.\n', lang: 'ca'}))
      .toEqual(['1:25: Unexpected number `5`, expected `4` as in the source'])
    expect(await findings({source: 'Draw a 4x4 grid.\n', translation: 'Dibuixeu una graella de 4x4.\n', lang: 'ca'})).toEqual([])
  })
  it('keeps a number with its unit, after a hyphen and after letters of other scripts', async () => {
    expect(await findings({source: 'Know about the 128K limit.\n', translation: 'Coneixeu el límit.\n', lang: 'ca'}))
      .toEqual(['1:1: Expected the number `128` here as in the source (`Know about the 128K limit.`), found none'])
    expect(await findings({source: 'During COVID-19 we met online.\n', translation: 'Durant la COVID ens vam trobar en línia.\n', lang: 'ca'})).toHaveLength(1)
    expect(await findings({source: 'Read chapter 3.\n', translation: '阅读第4章。\n', lang: 'zh'})).toEqual(['1:4: Unexpected number `4`, expected `3` as in the source'])
  })
})

describe('number-parity: without a source', () => {
  it('wants no number without `expect.numbers`', async () => {
    expect(await findings({translation: "L'associació es va fundar el 1983.\n", lang: 'ca'})).toEqual([])
  })
  it('wants each number of `expect.numbers` somewhere in the translation', async () => {
    const translation = "# Declaració\n\nL'associació es va fundar el 1983.\n\n- Té 30 membres.\n"
    const config = {expect: {numbers: ['1983', '30', '2024']}}
    const messages = await numberMessages({translation, lang: 'ca', format: 'markdown', config})
    expect(messages.map(brief)).toEqual(['1:1: Expected the number `2024` (`expect.numbers`), found none'])
    expect(messages[0]!.expected).toEqual(['2024'])
    expect(await findings({translation, lang: 'ca', format: 'markdown', config: {expect: {numbers: ['30', '1983']}}})).toEqual([])
  })
})

describe('number-parity: paragraphs of several sentences', () => {
  const source = 'We were founded in 1983. We have 30 members.\n'
  it('points at the sentence that lost the number and quotes the source sentence', async () => {
    const translation = 'Vam ser fundats el 1983. Tenim membres.\n'
    const [message, ...rest] = await numberMessages({source, translation, lang: 'ca'})
    expect(rest).toEqual([])
    expect(brief(message!)).toBe('1:26: Expected the number `30` here as in the source (`We have 30 members.`), found none')
    expect(textAt(translation, message!)).toBe('Tenim membres.')
    expect(message!.cause).toMatchObject({line: 1, column: 34, endColumn: 36, reason: 'number in the source'})
  })
  it('finds the sentence of a number that starts or ends it', async () => {
    expect(await findings({source: 'We were founded in 1983. 30 members joined us.\n', translation: "Vam ser fundats el 1983. Se'ns van unir membres.\n", lang: 'ca'}))
      .toEqual(['1:26: Expected the number `30` here as in the source (`30 members joined us.`), found none'])
    expect(await findings({source: 'Founded in 1983. Members: 30\n', translation: 'Fundada el 1983. Membres: molts\n', lang: 'ca'}))
      .toEqual(['1:18: Expected the number `30` here as in the source (`Members: 30`), found none'])
  })
  it('points at the whole paragraph when the sentences do not pair up', async () => {
    const translation = 'Vam ser fundats el 1983, i tenim membres.\n'
    const [message] = await numberMessages({source, translation, lang: 'ca'})
    expect(brief(message!)).toBe('1:1: Expected the number `30` here as in the source (`We have 30 members.`), found none')
    expect(textAt(translation, message!)).toBe(translation.trim())
  })
  it('points at the first sentence when it lost the number', async () => {
    const translation = 'Vam ser fundats fa temps. Tenim 30 membres.\n'
    const [message] = await numberMessages({source, translation, lang: 'ca'})
    expect(brief(message!)).toBe('1:1: Expected the number `1983` here as in the source (`We were founded in 1983.`), found none')
    expect(textAt(translation, message!)).toBe('Vam ser fundats fa temps.')
  })
})

describe('number-parity: numbers that move when paragraphs are lost', () => {
  const source = 'The association was founded in 1983 and has 30 members.\n\nIt works in 12 countries.\n\nIt meets every year.\n'
  const moved = "L'associació es va fundar el 1983.\n\nTreballa en 12 països i té 30 membres.\n\nEs reuneix cada any.\n"
  it('reports a number moved to the next paragraph when every paragraph pairs up', async () => {
    const messages = await numberMessages({source, translation: moved, lang: 'ca', format: 'markdown'})
    expect(messages.map(brief)).toEqual([
      '1:1: Expected the number `30` here as in the source (`The association was founded in 1983 and has 30 members.`), found none',
      '3:28: Unexpected number `30`: the source has no such number here'
    ])
    expect(messages[1]!.expected).toEqual([])
  })
  it('takes it for moved when a paragraph of the source is lost (a matter for paragraph-count)', async () => {
    // The lost paragraph takes its own number with it: paragraph-count reports it.
    const lost = source + '\nIts journal appears 4 times a year.\n'
    expect(await findings({source: lost, translation: moved, lang: 'ca', format: 'markdown'})).toEqual([])
    // A number that is nowhere in the translation is still missing.
    expect(await findings({source: lost, translation: moved.replace(' i té 30 membres', ''), lang: 'ca', format: 'markdown'}))
      .toEqual(['1:1: Expected the number `30` here as in the source (`The association was founded in 1983 and has 30 members.`), found none'])
    // And a number that is nowhere in the source is new, where it is.
    expect(await findings({source: lost, translation: moved.replace('30 membres', '40 membres'), lang: 'ca', format: 'markdown'}))
      .toEqual([
        '1:1: Expected the number `30` here as in the source (`The association was founded in 1983 and has 30 members.`), found none',
        '3:28: Unexpected number `40`: the source has no such number here'
      ])
  })
})
