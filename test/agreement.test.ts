/**
 * What other translations of the same source keep (src/compare/agreement.ts),
 * counted directly; test/untranslated.test.ts has the rule's use of it.
 */
import {describe, it, expect} from 'vitest'
import fc from 'fast-check'
import {Agreement, agreementGroup, buildAgreement, proseTerms, MIN_OTHERS, TERM_SHARE} from '../src/compare/agreement.js'

const sorted = (terms: Set<string>): string[] => [...terms].sort()

describe('proseTerms: lower-case words and pairs of the prose', () => {
  it('counts words and pairs separated by spaces only', () => {
    expect(sorted(proseTerms('un writing center\u00a0per tutti, shell script.\n'))).toEqual([
      'center', 'center per', 'per', 'per tutti', 'script', 'shell', 'shell script', 'tutti', 'un', 'un writing', 'writing', 'writing center'
    ])
  })

  it('a capitalised word is left out and breaks pairs', () => {
    expect(sorted(proseTerms('il Writing center di scrittura'))).toEqual(['center', 'center di', 'di', 'di scrittura', 'il', 'scrittura'])
  })

  it('pairs stop at sentence ends and line ends, in every script', () => {
    expect(sorted(proseTerms('shell. script! una? due\nlinea。 nuova！ frase？ fine'))).toEqual(
      ['due', 'linea', 'nuova', 'script', 'shell', 'una', 'fine', 'frase'].sort()
    )
  })

  it('leaves out code blocks, inline code and URLs (what is left out stands for a space)', () => {
    const text = [
      'testo prima',
      '```sh',
      'kept block',
      'second line',
      '```',
      'dopo il blocco',
      '~~~',
      'tilde block',
      '~~~',
      'con `inline code` e https://example.org/path/word e [link](./local/file.md) e <https://x.org/auto> e www.example.com/site'
    ].join('\n')
    expect(sorted(proseTerms(text))).toEqual(
      ['blocco', 'con', 'con e', 'dopo', 'dopo il', 'e', 'e e', 'il', 'il blocco', 'link', 'link e', 'prima', 'testo', 'testo prima'].sort()
    )
  })

  it('an unclosed code block runs to the end of the text', () => {
    expect(sorted(proseTerms('testo\n```\nkept code\nmore code'))).toEqual(['testo'])
  })

  it('leaves out sentences with two or more distinct English markers', () => {
    expect(sorted(proseTerms('We support the writing center and you. Il writing center.'))).toEqual(['center', 'writing', 'writing center'])
    // One marker, even twice, is not enough: `the` is also a word of other texts.
    expect(sorted(proseTerms('the shell, the socket.'))).toEqual(['shell', 'socket', 'the', 'the shell', 'the socket'])
  })

  it('words with combining marks are one word', () => {
    expect(sorted(proseTerms('cafe\u0301 nuovo'))).toEqual(['cafe\u0301', 'cafe\u0301 nuovo', 'nuovo'])
  })
})

describe('proseTerms with a vocabulary', () => {
  it('keeps exactly the terms of the vocabulary (property)', () => {
    const word = fc.constantFrom('writing', 'center', 'Writing', 'the', 'and', 'il', 'di', 'shell', 'script', 'café', 'x')
    const gap = fc.constantFrom(' ', '  ', '\u00a0', ', ', '. ', '\n', ' `code` ', ' (https://a.b) ')
    const text = fc.array(fc.tuple(word, gap), {maxLength: 30}).map((parts) => parts.map(([w, g]) => w + g).join(''))
    const vocabulary = fc.uniqueArray(fc.oneof(word.map((w) => w.toLowerCase()), fc.tuple(word, word).map(([a, b]) => `${a.toLowerCase()} ${b.toLowerCase()}`)), {maxLength: 20})
    fc.assert(fc.property(text, vocabulary, (value, known) => {
      // A vocabulary as the source's: with each pair, its two words.
      const set = new Set(known.flatMap((term) => [term, ...term.split(' ')]))
      expect(sorted(proseTerms(value, set))).toEqual(sorted(proseTerms(value)).filter((term) => set.has(term)))
    }), {numRuns: 500})
  })
})

describe('agreementGroup: one vote per language', () => {
  it('the language given, else the config, else the path, else the file itself', () => {
    expect(agreementGroup({lang: 'pt-BR', configLang: 'es', path: 'README.fr.md'})).toBe('pt-br')
    expect(agreementGroup({configLang: 'ES', path: 'README.fr.md'})).toBe('es')
    expect(agreementGroup({path: 'docs/README.fr.md'})).toBe('fr')
    expect(agreementGroup({path: 'docs/notes.md'})).toBe('file:docs/notes.md')
    expect(agreementGroup({})).toBe('file:')
  })
})

describe('buildAgreement', () => {
  const source = 'We use the shell and a `socket` at https://example.org/page here.\n\n```\ncode words\n```\n'

  it('counts the source’s words and pairs, per language group, sorted', () => {
    const data = buildAgreement(source, [
      {group: 'ca', text: 'Fem servir la shell, we use.'},
      {group: 'es', text: 'Usamos el shell here.'},
      {group: 'ca', text: 'Un altre: the shell.'},
      {group: 'fr', text: 'Nous utilisons le Shell. socket page code words'}
    ])
    expect(data.groups).toEqual(['ca', 'es', 'fr'])
    expect(data.kept).toEqual([
      ['here', [1]],
      ['shell', [0, 1]],
      ['the', [0]],
      ['the shell', [0]],
      ['use', [0]],
      ['we', [0]],
      ['we use', [0]]
    ])
  })

  it('the source’s pairs are only words with spaces between them', () => {
    const data = buildAgreement('writing, center. writing center', [{group: 'de', text: 'writing center'}, {group: 'it', text: 'center writing'}])
    expect(data.kept).toEqual([['center', [0, 1]], ['writing', [0, 1]], ['writing center', [0]]])
  })

  it('code and URLs of the source are not its vocabulary', () => {
    const data = buildAgreement('Run `make` in https://example.org/build.\n```\ninstall\n```\n', [{group: 'de', text: 'make build install in'}])
    expect(data.kept).toEqual([['in', [0]]])
  })
})

describe('Agreement', () => {
  const data = (keepers: number, others: number): ReturnType<typeof buildAgreement> => ({
    groups: ['it', ...Array.from({length: others}, (_, index) => `x${index}`)],
    kept: [['shell', Array.from({length: keepers}, (_, index) => index + 1)], ['strict mode', [0, 1, 2]], ['strict', [0, 1, 2]], ['mode', [1, 2]]]
  })

  it('a quarter of the other languages, and at least two, keep a term', () => {
    expect(MIN_OTHERS).toBe(2)
    expect(TERM_SHARE).toBe(0.25)
    expect(new Agreement(data(2, 8), 'it').verdict(['shell'])).toBe('term')
    expect(new Agreement(data(2, 9), 'it').verdict(['shell'])).toBe('translated')
    expect(new Agreement(data(3, 9), 'it').verdict(['Shell'])).toBe('term')
    expect(new Agreement(data(1, 2), 'it').verdict(['shell'])).toBe('translated')
    expect(new Agreement(data(2, 2), 'it').verdict(['shell'])).toBe('term')
  })

  it('fewer than two other languages say nothing', () => {
    expect(new Agreement(data(1, 1), 'it').verdict(['shell'])).toBe('unknown')
    expect(new Agreement(data(2, 2), 'it').verdict([])).toBe('unknown')
    // A group not among them: all the groups are others.
    expect(new Agreement({groups: ['de', 'fr'], kept: [['shell', [0, 1]]]}, 'it').verdict(['shell'])).toBe('term')
    expect(new Agreement({groups: ['de'], kept: [['shell', [0]]]}, 'it').verdict(['shell'])).toBe('unknown')
  })

  it('a phrase is a term when each pair of its words is one; its own language does not count', () => {
    const agreement = new Agreement(data(2, 2), 'it')
    // `strict mode` is kept by `it` itself and two others.
    expect(agreement.keptBy('strict mode')).toBe(2)
    expect(agreement.verdict(['strict', 'mode'])).toBe('term')
    expect(agreement.verdict(['shell', 'strict', 'mode'])).toBe('translated')
    expect(agreement.keptBy('mode')).toBe(2)
    expect(agreement.keptBy('unknown')).toBe(0)
    expect(new Agreement(data(2, 2), 'x0').keptBy('strict')).toBe(2)
  })
})
