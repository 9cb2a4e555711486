/**
 * The term helpers of src/text/terms.ts: transliteration tables (one per
 * language, each in its own alphabet), the matcher, acronyms, definitions
 * and edit distance.
 */
import {describe, it, expect} from 'vitest'
import {definitionAt, editDistance, isAcronym, parenthesized, spells, termMatcher, transliterationTable} from '../src/text/terms.js'

/** Capital letters of each alphabet (the oracle the tables are checked against). */
const ALPHABETS: Record<string, string> = {
  sr: 'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ',
  mk: 'АБВГДЃЕЖЗЅИЈКЛЉМНЊОПРСТЌУФХЦЧЏШ',
  ru: 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
  uk: 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ',
  bg: 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ',
  be: 'АБВГДЕЁЖЗІЙКЛМНОПРСТУЎФХЦЧШЫЬЭЮЯ',
  kk: 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ',
  el: 'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ'
}

const COMMON = {
  A: ['А'], B: ['Б'], C: ['Ц', 'К', 'С'], D: ['Д'], F: ['Ф'], K: ['К'], L: ['Л'], M: ['М'], N: ['Н'], O: ['О'],
  P: ['П'], Q: ['К'], R: ['Р'], S: ['С'], T: ['Т'], V: ['В'], X: ['КС', 'Х'], Z: ['З']
}

const TABLES: Record<string, Record<string, string[]>> = {
  sr: {...COMMON, E: ['Е', 'И'], G: ['Г', 'Џ', 'ДЖ'], H: ['Х'], I: ['И', 'АЈ'], J: ['Ј', 'Џ', 'ДЖ'], U: ['У', 'ЈУ'], W: ['В'], Y: ['И', 'Ј']},
  mk: {...COMMON, E: ['Е', 'И'], G: ['Г', 'Џ'], H: ['Х'], I: ['И', 'АЈ'], J: ['Џ', 'Ј'], U: ['У', 'ЈУ'], W: ['В'], Y: ['И', 'Ј']},
  ru: {...COMMON, E: ['Е', 'Э', 'И'], G: ['Г', 'ДЖ'], H: ['Х', 'Г'], I: ['И', 'АЙ'], J: ['ДЖ', 'Й'], U: ['У', 'Ю'], W: ['В', 'У'], Y: ['И', 'Й', 'Ы']},
  uk: {...COMMON, E: ['Е', 'Є', 'І'], G: ['Г', 'Ґ', 'ДЖ'], H: ['Х', 'Г'], I: ['І', 'И', 'АЙ'], J: ['ДЖ', 'Й'], U: ['У', 'Ю'], W: ['В', 'У'], Y: ['И', 'І', 'Й']},
  bg: {...COMMON, E: ['Е', 'И'], G: ['Г', 'ДЖ'], H: ['Х'], I: ['И', 'АЙ'], J: ['ДЖ', 'Й'], U: ['У', 'Ю'], W: ['В', 'У'], Y: ['И', 'Й']},
  be: {...COMMON, E: ['Э', 'Е'], G: ['Г', 'ДЖ'], H: ['Г', 'Х'], I: ['І', 'АЙ'], J: ['ДЖ', 'Й'], U: ['У', 'Ю'], W: ['В', 'Ў'], Y: ['І', 'Ы', 'Й']},
  kk: {...COMMON, E: ['Е', 'Э', 'И'], G: ['Г', 'Ғ', 'ДЖ'], H: ['Х', 'Һ'], I: ['И', 'І', 'АЙ'], J: ['ДЖ', 'Й'], Q: ['Қ', 'К'], U: ['У', 'Ұ', 'Ү', 'Ю'], W: ['В', 'У'], Y: ['И', 'Й', 'Ы', 'І']}
}

const FALLBACK = {...COMMON, E: ['Е'], G: ['Г'], H: ['Х'], I: ['И'], J: ['ДЖ'], U: ['У'], W: ['В'], Y: ['И']}

const GREEK = {
  A: ['Α'], B: ['Β', 'ΜΠ'], C: ['Κ', 'Σ', 'ΤΣ'], D: ['Δ', 'ΝΤ'], E: ['Ε', 'Η'], F: ['Φ'], G: ['Γ', 'ΤΖ'],
  H: ['Χ', 'Η'], I: ['Ι', 'Η'], J: ['ΤΖ', 'Ι'], K: ['Κ'], L: ['Λ'], M: ['Μ'], N: ['Ν'], O: ['Ο', 'Ω'], P: ['Π'],
  Q: ['Κ'], R: ['Ρ'], S: ['Σ'], T: ['Τ'], U: ['ΟΥ', 'Υ'], V: ['Β'], W: ['Β', 'ΟΥ'], X: ['Ξ', 'Χ'], Y: ['Υ', 'Ι'],
  Z: ['Ζ']
}

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const letters = (table: Record<string, readonly string[]>): string[] => Object.values(table).flatMap((options) => options.flatMap((option) => [...option]))
/** The form suggested for a term (the last form: the transliteration). */
const suggested = (term: string, script: string, lang?: string): string => termMatcher({term, variants: [], transliterate: true}, script, lang).forms.at(-1)!
const found = (term: string, text: string, script: string, lang?: string, variants: string[] = []): string[] =>
  termMatcher({term, variants, transliterate: true}, script, lang).find(text).map((match) => match.value)

describe('transliteration tables', () => {
  it.each(Object.keys(TABLES))('%s has its own table, every Latin capital mapped', (lang) => {
    const table = transliterationTable('Cyrl', lang)!
    expect(table).toEqual(TABLES[lang])
    expect(Object.keys(table).sort().join('')).toBe(LATIN)
  })
  it.each(Object.keys(TABLES))('%s: only letters of its own alphabet', (lang) => {
    for (const letter of letters(transliterationTable('Cyrl', lang)!)) expect(ALPHABETS[lang], `${lang} ${letter}`).toContain(letter)
  })
  it('Greek has one table, in Greek letters, whatever the language', () => {
    expect(transliterationTable('Grek', 'el')).toEqual(GREEK)
    expect(transliterationTable('Grek')).toEqual(GREEK)
    for (const letter of letters(GREEK)) expect(ALPHABETS.el).toContain(letter)
  })
  it('other Cyrillic languages get the conservative common table, in letters every table alphabet shares', () => {
    expect(transliterationTable('Cyrl', 'mn')).toEqual(FALLBACK)
    expect(transliterationTable('Cyrl')).toEqual(FALLBACK)
    expect(transliterationTable('Cyrl', 'toString')).toEqual(FALLBACK)
    const shared = ['sr', 'mk', 'ru', 'uk', 'bg'].map((lang) => ALPHABETS[lang]!)
    for (const letter of letters(FALLBACK)) for (const alphabet of shared) expect(alphabet).toContain(letter)
  })
  it('no table for other scripts', () => {
    expect(transliterationTable('Latn', 'sr')).toBeUndefined()
    expect(transliterationTable('Arab', 'ar')).toBeUndefined()
  })
  it("never suggests another language's letters", () => {
    const serbianOnly = /[ЈЉЊЋЏ]/u
    for (const lang of ['ru', 'uk', 'bg', 'be', 'kk']) expect(letters(TABLES[lang]!).join('')).not.toMatch(serbianOnly)
    expect(letters(TABLES.ru!).join('')).not.toMatch(/[ІЇЄҐ]/u)
    expect(letters(TABLES.uk!).join('')).not.toMatch(/[ЫЭЁЪ]/u)
    expect(letters(TABLES.sr!).join('')).not.toMatch(/[ЙЫЭЮЯІ]/u)
    expect(letters(TABLES.be!).join('')).not.toMatch(/И/u)
  })
})

describe('suggested forms, in the alphabet of the language', () => {
  it.each([
    ['sr', 'IWCA', 'ИВЦА'], ['sr', 'JSON', 'ЈСОН'], ['sr', 'JDK', 'ЈДК'],
    ['mk', 'JSON', 'ЏСОН'], ['mk', 'IWCA', 'ИВЦА'],
    ['ru', 'IWCA', 'ИВЦА'], ['ru', 'JSON', 'ДЖСОН'], ['ru', 'JDK', 'ДЖДК'],
    ['uk', 'IWCA', 'ІВЦА'], ['uk', 'JSON', 'ДЖСОН'],
    ['bg', 'JSON', 'ДЖСОН'], ['bg', 'IWCA', 'ИВЦА'],
    ['be', 'IWCA', 'ІВЦА'], ['be', 'HEX', 'ГЭКС'],
    ['kk', 'IWCA', 'ИВЦА'], ['kk', 'SQL', 'СҚЛ'],
    ['mn', 'JSON', 'ДЖСОН'], ['mn', 'YAML', 'ИАМЛ'],
    ['el', 'IWCA', 'ΙΒΚΑ'], ['el', 'JSON', 'ΤΖΣΟΝ']
  ])('%s: %s as %s', (lang, term, form) => {
    expect(suggested(term, lang === 'el' ? 'Grek' : 'Cyrl', lang)).toBe(form)
  })
  it('digits stay as written', () => {
    expect(suggested('CS50', 'Cyrl', 'ru')).toBe('ЦС50')
  })
  it('no transliterated form in Latin script, or when transliteration is off', () => {
    expect(termMatcher({term: 'IWCA', variants: [], transliterate: true}, 'Latn', 'sr').forms).toEqual(['IWCA'])
    expect(termMatcher({term: 'IWCA', variants: ['IVCA'], transliterate: false}, 'Cyrl', 'sr').forms).toEqual(['IWCA', 'IVCA'])
    expect(found('IWCA', 'ИВЦА', 'Cyrl', 'sr').length).toBe(1)
    expect(termMatcher({term: 'IWCA', variants: [], transliterate: false}, 'Cyrl', 'sr').find('ИВЦА')).toEqual([])
  })
  it('forms are unique', () => {
    expect(termMatcher({term: 'IWCA', variants: ['ИВЦА', 'IWCA'], transliterate: true}, 'Cyrl', 'sr').forms).toEqual(['IWCA', 'ИВЦА'])
  })
})

describe('transliterations accepted, per language', () => {
  it.each([
    ['sr', 'IWCA', 'ИВЦА'], ['sr', 'JSON', 'ЈСОН'], ['sr', 'JSON', 'ЏСОН'], ['sr', 'JSON', 'ДЖСОН'], ['sr', 'IBM', 'АЈБМ'], ['sr', 'UNIX', 'ЈУНИКС'],
    ['mk', 'JSON', 'ЏСОН'], ['mk', 'JSON', 'ЈСОН'], ['mk', 'GNU', 'ЏНУ'],
    ['ru', 'JSON', 'ДЖСОН'], ['ru', 'JSON', 'ЙСОН'], ['ru', 'HTML', 'ГТМЛ'], ['ru', 'EU', 'ЭЮ'], ['ru', 'YAML', 'ЫАМЛ'], ['ru', 'IBM', 'АЙБМ'], ['ru', 'WWW', 'УУУ'],
    ['uk', 'IWCA', 'ІВЦА'], ['uk', 'IWCA', 'ИВЦА'], ['uk', 'GNU', 'ҐНУ'], ['uk', 'EU', 'ЄУ'], ['uk', 'YAML', 'ІАМЛ'], ['uk', 'HTML', 'ГТМЛ'],
    ['bg', 'JSON', 'ЙСОН'], ['bg', 'UNIX', 'ЮНИКС'], ['bg', 'WWW', 'УУУ'], ['bg', 'IBM', 'АЙБМ'],
    ['be', 'IWCA', 'ІЎЦА'], ['be', 'EU', 'ЕУ'], ['be', 'YAML', 'ЫАМЛ'], ['be', 'HTML', 'ХТМЛ'],
    ['kk', 'QA', 'КА'], ['kk', 'HTML', 'ҺТМЛ'], ['kk', 'GNU', 'ҒНҰ'], ['kk', 'UN', 'ҮН'], ['kk', 'IBM', 'ІБМ'], ['kk', 'YAML', 'ІАМЛ'],
    ['mn', 'XML', 'КСМЛ'], ['mn', 'XML', 'ХМЛ'], ['mn', 'CD', 'КД'], ['mn', 'CD', 'СД'],
    ['el', 'IWCA', 'ΙΒΚΑ'], ['el', 'BBC', 'ΜΠΜΠΣ'], ['el', 'DJ', 'ΝΤΙ'], ['el', 'USA', 'ΟΥΣΑ'], ['el', 'WHO', 'ΟΥΗΩ'], ['el', 'XY', 'ΧΙ'], ['el', 'CG', 'ΤΣΤΖ']
  ])('%s: %s as %s', (lang, term, form) => {
    expect(found(term, `x ${form} y`, lang === 'el' ? 'Grek' : 'Cyrl', lang)).toEqual([form])
  })
  it.each([
    ['ru', 'JSON', 'ЈСОН'], ['ru', 'IWCA', 'ІВЦА'], ['ru', 'JSON', 'ЏСОН'],
    ['uk', 'JSON', 'ЈСОН'], ['uk', 'EU', 'ЭУ'],
    ['sr', 'JSON', 'ЙСОН'], ['sr', 'YAML', 'ЫАМЛ'], ['sr', 'EU', 'ЭУ'], ['sr', 'UNIX', 'ЮНИКС'],
    ['bg', 'JSON', 'ЈСОН'], ['bg', 'IWCA', 'ІВЦА'],
    ['be', 'IWCA', 'ИВЦА'],
    ['mk', 'JSON', 'ДЖСОН'], ['mk', 'JSON', 'ЙСОН'],
    ['mn', 'JSON', 'ЙСОН'], ['mn', 'JSON', 'ЈСОН'], ['mn', 'EU', 'ИУ']
  ])("%s: %s not as %s (another language's letters)", (lang, term, form) => {
    expect(found(term, `x ${form} y`, 'Cyrl', lang)).toEqual([])
  })
})

describe('termMatcher', () => {
  it('finds an acronym with lower-case endings and elisions, not inside longer capitals', () => {
    expect(found('IWCA', "l'IWCA, IWCAs, IWCA-ом, IWCA:n", 'Latn')).toEqual(['IWCA', 'IWCA', 'IWCA', 'IWCA'])
    expect(found('IWCA', 'IWCAS XIWCA IWCA2 2IWCA aIWCA', 'Latn')).toEqual([])
    expect(found('IWCA', 'IWCA', 'Latn')).toEqual(['IWCA'])
  })
  it('a word term needs word boundaries on both sides', () => {
    expect(found('translint', 'translint. translints retranslint Translint', 'Latn')).toEqual(['translint'])
    expect(found('translint', 'use translint', 'Latn')).toEqual(['translint'])
  })
  it('a letter outside the basic plane before the term is a letter', () => {
    expect(found('IWCA', '\u{1D400}IWCA', 'Latn')).toEqual([])
    expect(found('IWCA', '😀IWCA', 'Latn')).toEqual(['IWCA'])
  })
  it('a letter outside the basic plane after a word term is a letter', () => {
    expect(found('translint', 'translint\u{1D400}', 'Latn')).toEqual([])
    expect(found('translint', 'translint😀', 'Latn')).toEqual(['translint'])
  })
  it('finds variants, each place once, in order, skipping empty ones', () => {
    const matcher = termMatcher({term: 'IWCA', variants: ['', 'ИВЦА', 'IWCA'], transliterate: false}, 'Cyrl', 'sr')
    expect(matcher.find('ИВЦА и IWCA')).toEqual([{start: 0, end: 4, value: 'ИВЦА'}, {start: 7, end: 11, value: 'IWCA'}])
  })
  it('a transliteration is found once, also next to a literal form, with its positions', () => {
    expect(termMatcher({term: 'IWCA', variants: [], transliterate: true}, 'Cyrl', 'sr').find('(ИВЦА) ИВЦА-ом IWCA ИВЦАБ')).toEqual([
      {start: 1, end: 5, value: 'ИВЦА'},
      {start: 7, end: 11, value: 'ИВЦА'},
      {start: 15, end: 19, value: 'IWCA'}
    ])
  })
  it('a transliteration backtracks over letters with several options', () => {
    // C is Ц, К or С; the match tries each.
    expect(found('CCC', 'СКЦ', 'Cyrl', 'ru')).toEqual(['СКЦ'])
    expect(found('XS', 'КСС', 'Cyrl', 'ru')).toEqual(['КСС'])
    expect(found('XS', 'КС', 'Cyrl', 'ru')).toEqual([])
  })
  it('a configured variant that is also the transliteration is found once', () => {
    expect(termMatcher({term: 'IWCA', variants: ['ИВЦА'], transliterate: true}, 'Cyrl', 'sr').find('О ИВЦА.')).toEqual([{start: 2, end: 6, value: 'ИВЦА'}])
  })
  it('full-width parentheses are boundaries (Chinese)', () => {
    expect(termMatcher({term: 'IWCA', variants: [], transliterate: true}, 'Latn').find('国际写作中心协会（IWCA）是一个组织。')).toEqual([{start: 9, end: 13, value: 'IWCA'}])
  })
  it('a transliteration needs a boundary before it', () => {
    expect(found('IWCA', 'АИВЦА', 'Cyrl', 'sr')).toEqual([])
    expect(found('IWCA', 'аИВЦА', 'Cyrl', 'sr')).toEqual([])
  })
  it('a word term is not transliterated', () => {
    expect(termMatcher({term: 'Writing', variants: [], transliterate: true}, 'Cyrl', 'sr').forms).toEqual(['Writing'])
  })
})

describe('isAcronym', () => {
  it.each([
    ['IWCA', true], ['CS50', true], ['ИВЦА', true], ['ΙΒΚΑ', true], ['AB', true], ['ABCDEFGHIJKL', true],
    ['A', false], ['A1', false], ['12', false], ['ABCDEFGHIJKLM', false], ['Iwca', false], ['IW-CA', false], ['', false],
    // Digits anywhere, 9 included; a titlecase letter (Croatian ǅ) starts a word, it is no capital.
    ['ISO9001', true], ['ǅA', false]
  ])('%s: %s', (word, expected) => {
    expect(isAcronym(word)).toBe(expected)
  })
})

describe('editDistance', () => {
  it.each([
    ['IWCA', 'IWCA', 0], ['IWCA', 'IWAC', 1], ['IWCA', 'IWXA', 1], ['IWCA', 'IWC', 1], ['IWCA', 'IWCAA', 1],
    ['IWCA', 'WICA', 1], ['ABCD', 'BADC', 2], ['', 'AB', 2], ['AB', '', 2], ['EXIF', 'EXIT', 1], ['CA', 'AC', 1], ['ABC', 'CBA', 2],
    // A swap counts once only when both letters are swapped as they were.
    ['IWCA', 'IWAX', 2], ['JSON', 'SXON', 2], ['WICA', 'AWCI', 3]
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
  })
  it('stops early past the limit of length difference', () => {
    expect(editDistance('A', 'ABCDEF', 2)).toBe(3)
    expect(editDistance('A', 'ABC', 2)).toBe(2)
    expect(editDistance('A', 'ABCDE')).toBe(4)
    expect(editDistance('A', 'ABCD')).toBe(3)
  })
})

describe('definitionAt', () => {
  const at = (text: string, acronym: string): ReturnType<typeof definitionAt> => {
    const start = text.indexOf(acronym)
    return definitionAt(text, start, start + acronym.length)
  }
  it('an expansion before the acronym, as a name', () => {
    expect(at('The International Writing Centers Association (IWCA), an affiliate', 'IWCA')).toEqual({expansion: 'International Writing Centers Association', name: true})
    expect(at('use [Windows Subsystem for Linux (WSL)](https://x.org)', 'WSL')).toEqual({expansion: 'Windows Subsystem for Linux', name: true})
    expect(at('Knuth-Morris-Pratt (KMP):', 'KMP')).toEqual({expansion: 'Knuth-Morris-Pratt', name: true})
    expect(at('JavaScript Object Notation (JSON)', 'JSON')).toEqual({expansion: 'JavaScript Object Notation', name: true})
    expect(at("Writing Centers' Association ( WCA )", 'WCA')).toEqual({expansion: "Writing Centers' Association", name: true})
    // Digits of the acronym are no letters to spell.
    expect(at('Harvard teaches Computer Science 50 (CS50) online.', 'CS50')).toEqual({expansion: 'Computer Science 50', name: true})
  })
  it('a capital that only starts the sentence makes no name', () => {
    expect(at('Breadth-first search (BFS) visits neighbours first.', 'BFS')).toEqual({expansion: 'Breadth-first search', name: false})
  })
  it('an expansion after the acronym', () => {
    expect(at('IWCA (International Writing Centers Association) meets', 'IWCA')).toEqual({expansion: 'International Writing Centers Association', name: true})
    expect(at('BFS(breadth-first search) and DFS', 'BFS')).toEqual({expansion: 'breadth-first search', name: false})
    expect(at('IWCA ( International Writing Centers Association ) meets', 'IWCA')).toEqual({expansion: 'International Writing Centers Association', name: true})
    expect(at('MOOCs (massive open online courses)', 'MOOC')).toEqual({expansion: 'massive open online courses', name: false})
  })
  it('a plural acronym and a phrase', () => {
    expect(at('Massive Open Online Courses (MOOCs) are free', 'MOOC')).toEqual({expansion: 'Massive Open Online Courses', name: true})
    expect(at('a massive open online course (MOOC)', 'MOOC')).toEqual({expansion: 'massive open online course', name: false})
  })
  it('the shortest expansion that spells the acronym', () => {
    expect(at('The Central Processing Unit (CPU)', 'CPU')?.expansion).toBe('Central Processing Unit')
  })
  it('not a definition', () => {
    expect(at('The writing center (IWCA)', 'IWCA')).toBeUndefined()
    expect(at('Use JSON (see below)', 'JSON')).toBeUndefined()
    expect(at('JSON (JavaScript Object Notation, a format)', 'JSON')).toBeUndefined()
    expect(at('JSON (JavaScript Object Notation', 'JSON')).toBeUndefined()
    expect(at('JSON ()', 'JSON')).toBeUndefined()
    expect(at('International Writing Centers Association (IWCA', 'IWCA')).toBeUndefined()
    expect(at('International Writing Centers Association IWCA)', 'IWCA')).toBeUndefined()
    expect(at('International Writing Centers Association (IWCA-ом)', 'IWCA')).toBeUndefined()
    expect(at('International Writing Centers Association.\n(IWCA)', 'IWCA')).toBeUndefined()
    expect(at('Adobe (A)', 'A')).toBeUndefined()
    expect(at('IWCA', 'IWCA')).toBeUndefined()
    expect(at('(IWCA)', 'IWCA')).toBeUndefined()
  })
  it('looks back at most three words more than the acronym has letters', () => {
    expect(at('Alpha Beta of the a an (AB)', 'AB')).toBeUndefined()
    expect(at('Alpha Beta of the an (AB)', 'AB')).toEqual({expansion: 'Alpha Beta of the an', name: true})
  })
  it('an expansion after the acronym is read within 200 characters', () => {
    expect(at(`AB (Alpha${' '.repeat(180)}Beta)`, 'AB')).toEqual({expansion: 'Alpha Beta', name: true})
    expect(at(`AB (Alpha${' '.repeat(200)}Beta)`, 'AB')).toBeUndefined()
  })
})

describe('spells', () => {
  const S = (acronym: string, expansion: string): boolean => spells([...acronym], expansion.split(' '))
  it.each([
    ['IWCA', 'International Writing Centers Association', true],
    ['WSL', 'Windows Subsystem for Linux', true],
    ['JSON', 'JavaScript Object Notation', true],
    ['JS', 'JavaScript', true],
    ['KMP', 'Knuth-Morris-Pratt', true],
    ['BFS', 'breadth-first search', true],
    ['NCTE', 'National Council of Teachers of English', true],
    ['CS', 'Computer Science 50', true],
    ['AFO', 'And For Of', true],
    ['MOOC', "Massive Open Online Course's", true],
    ['IWCA', 'International Writing Centers', false],
    ['IWC', 'International Writing Centers Association', false],
    ['WSL', 'Windows Subsystem under Linux', false],
    ['JSON', 'Javascript Object Notation', false],
    ['JN', 'JavaScript Object Notation', false],
    ['JSO', 'JavaScript SOAP', true],
    ['JSX', 'JavaScript SOAP', false],
    ['AB', 'Alpha -Beta', true],
    ['AB', 'Alpha', false],
    ['AB', '', false]
  ])('%s by %s: %s', (acronym, expansion, expected) => {
    expect(S(acronym, expansion)).toBe(expected)
  })
  it('letters compare in capitals', () => {
    expect(spells(['i', 'w'], ['international', 'writing'])).toBe(true)
  })
})

describe('parenthesized', () => {
  it.each([
    ['Association (IWCA), a (b (c)) d', [[13, 17], [23, 28]]],
    ['广度优先搜索（BFS）和（DFS）', [[7, 10], [13, 16]]],
    ['(unclosed', []],
    ['stray) (a)', [[8, 9]]],
    ['()', [[1, 1]]],
    ['no parentheses', []]
  ])('%s', (text, groups) => {
    expect(parenthesized(text)).toEqual(groups)
  })
})
