import {describe, it, expect} from 'vitest'
import {parse, outline} from '../src/document/index.js'
import {check} from '../src/index.js'
import {read, textAt} from './helpers.js'
import {nodeText} from '../src/document/outline.js'

const units = (text: string, format: 'text' | 'markdown' = 'text') => outline(parse(text, format))

describe('plain text', () => {
  it('finds the paragraphs, items, sentences and the year of the English source', () => {
    const tree = units(read('fixtures/iwca/en.txt'))
    expect(tree.paragraphs).toHaveLength(3)
    expect(tree.items).toHaveLength(8)
    expect(tree.items.map((item) => item.block.marker)).toEqual(Array(8).fill('•'))
    expect(tree.paragraphs[1]!.sentences).toHaveLength(2)
    expect(tree.units.flatMap((unit) => unit.numbers.map((number) => number.value))).toEqual(['1983'])
    expect(tree.items[4]!.text.startsWith('Facilitating dialogue')).toBe(true)
  })
  it('takes -, *, +, 1. and 2) as bullets, and joins wrapped lines to their item', () => {
    const tree = units('Intro:\n\n- one\n* two\n  wrapped\n+ three\n1. four\n2) five\n\nAfter.\n')
    expect(tree.items.map((item) => item.text)).toEqual(['one', 'two\n  wrapped', 'three', 'four', 'five'])
    expect(tree.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Intro:', 'After.'])
  })
  it('keeps positions exact with CRLF, lone CR, tabs and astral characters', () => {
    const text = 'First 😀 line.\r\n\r\n\t• Item 😀 1983 here.\r• Second १९८३.\r\n'
    const doc = parse(text, 'text')
    const tree = outline(doc)
    expect(tree.items).toHaveLength(2)
    const [year, mathYear] = tree.units.flatMap((unit) => unit.numbers)
    expect(doc.location.toPoint(year!.start)).toMatchObject({line: 3, column: 11})
    expect(mathYear!.value).toBe('1983')
    expect(doc.location.toPoint(mathYear!.start)).toMatchObject({line: 4, column: 10})
  })
  it('reads numbers in other numeral systems and with grouping', () => {
    const tree = units('Years ١٩٨٣ and १९८३, counts 1,000 and 1.000 and 10\u00a0000, decimals 3,5 and 3.5.')
    expect(tree.units[0]!.numbers.map((number) => number.value)).toEqual(['1983', '1983', '1000', '1000', '10000', '3.5', '3.5'])
  })
})

describe('markdown', () => {
  it('finds headings, paragraphs and nested items; code is not prose', () => {
    const tree = units('# Title\n\nSome *text* with `code 42`.\n\n- one\n- two\n  - nested 3\n\n```\nnot 7 prose\n```\n', 'markdown')
    expect(tree.headings.map((unit) => unit.text)).toEqual(['Title'])
    expect(tree.paragraphs).toHaveLength(1)
    expect(tree.items.map((item) => [item.text, item.block.depth])).toEqual([['one', 1], ['two', 1], ['nested 3', 2]])
    expect(tree.units.flatMap((unit) => unit.numbers.map((number) => number.value))).toEqual(['3'])
    expect(tree.paragraphs[0]!.words.find((word) => word.value === 'code')?.literal ?? true).toBe(true)
  })
})

describe('positions in messages', () => {
  it('point into the original file with a BOM and CRLF', async () => {
    const source = read('fixtures/iwca/en.txt')
    const translation = `\ufeff${read('fixtures/iwca/ca.txt').replace('1983', '1938').replace(/\n/g, '\r\n')}`
    const result = await check({source, translation, lang: 'ca'})
    const message = result.messages.find((entry) => entry.ruleId === 'number-parity')!
    expect(message).toMatchObject({line: 1, actual: '1938'})
    expect(textAt(translation.slice(1), message)).toBe('1938')
  })
})

describe('links in prose', () => {
  it('finds URLs and e-mail addresses, without the sentence punctuation after them', async () => {
    const {findLinks} = await import('../src/document/outline.js')
    const text = 'See https://example.org/a?b=1, www.example.com. Or mail info@iwca.org; not a@b or ://x.'
    expect(findLinks(text).map(([start, end]) => text.slice(start, end))).toEqual(['https://example.org/a?b=1', 'www.example.com', 'info@iwca.org'])
  })
  it('stays linear on a long line without spaces', async () => {
    const {findLinks} = await import('../src/document/outline.js')
    // Quadratic scanning would take minutes on these; linear takes milliseconds.
    expect(findLinks('a'.repeat(2_000_000) + '@')).toEqual([])
    expect(findLinks('a@'.repeat(500_000))).toEqual([])
    expect(findLinks('a://'.repeat(500_000)).length).toBe(1)
  })
})

describe('numbers written with spaces', () => {
  it('groups thousands with a space, but keeps separate numbers apart', () => {
    const tree = units('We have 1 000 members and 100 000 readers, founded in 1983 300 guests came, items 1 2 3.')
    expect(tree.units[0]!.numbers.map((number) => number.value)).toEqual(['1000', '100000', '1983', '300', '1', '2', '3'])
  })
})

describe('numbered lines', () => {
  it('a paragraph that opens with a date is not a list item; a run of numbers is a list', () => {
    const tree = units('3. Oktober traf sich die IWCA in Berlin.\n\n15. svibnja je kraj.\n\nEs gab:\n\n1. Vorträge\n2. Workshops\n')
    expect(tree.paragraphs.map((unit) => unit.text)).toEqual(['3. Oktober traf sich die IWCA in Berlin.', '15. svibnja je kraj.', 'Es gab:'])
    expect(tree.items.map((unit) => unit.text)).toEqual(['Vorträge', 'Workshops'])
  })
})

describe('hyphens', () => {
  // U+2010, U+2011, U+FF0D, U+058A and the soft hyphen, as `-` would be.
  const text = '\ufeff😀 будь\u2010якої, bien\u2011être, x\uff0dy a\u058ab\r\n\r\nStam\u2010, streeks\u2010 en infor\u00admation.'
  it('join words as `-` does, and the words keep their text and exact offsets', () => {
    const words = units(text).units.flatMap((unit) => unit.words)
    expect(words.map((word) => word.value)).toEqual(['будь\u2010якої', 'bien\u2011être', 'x\uff0dy', 'a\u058ab', 'Stam\u2010', 'streeks\u2010', 'en', 'infor\u00admation'])
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.value)
    const ascii = units(text.replace(/[\u2010\u2011\uff0d\u058a\u00ad]/g, '-')).units.flatMap((unit) => unit.words)
    expect(words.map((word) => [word.start, word.end])).toEqual(ascii.map((word) => [word.start, word.end]))
  })
  it('the nlcst tree holds the text as written, with line and column positions', () => {
    const doc = parse(text, 'text')
    const sentence = doc.tree.children[0]!.children[0].children[0]!
    const word = sentence.type === 'SentenceNode' ? sentence.children.find((child) => child.type === 'WordNode' && /будь/.test(nodeText(child))) : undefined
    expect(word && nodeText(word)).toBe('будь\u2010якої')
    expect(word?.position?.start).toEqual(doc.location.toPoint(text.indexOf('будь')))
    expect(word?.position?.end).toEqual(doc.location.toPoint(text.indexOf(',')))
    const streeks = doc.tree.children[1]!.children[0].children[0]!
    expect(streeks.position?.start).toMatchObject({line: 3, column: 1})
  })
  it('start a list item as `-` does, but the soft hyphen (which is not seen)', () => {
    const tree = units('Intro:\n\n\u2010 one\n\u2011 two\n\uff0d three\n\n\u00ad not an item\n')
    expect(tree.items.map((item) => item.text)).toEqual(['one', 'two', 'three'])
    expect(tree.paragraphs.map((unit) => unit.text)).toEqual(['Intro:', '\u00ad not an item'])
  })
})

describe('numbered headings in plain text', () => {
  const kinds = (text: string) => units(text).units.map((unit) => `${unit.kind[0]} ${unit.text}`)
  it('a short label line alone in its block, before more text, is a heading: `Article 1` and `1. artikla.` alike', () => {
    expect(kinds('Article 1\n\nAll people are born free.\n\nArticle 2\n\nEveryone has the right to life.\n')).toEqual([
      'h Article 1', 'p All people are born free.', 'h Article 2', 'p Everyone has the right to life.'
    ])
    expect(kinds('1. artikla.\n\nKaikki ihmiset syntyvät vapaina.\n\n2. artikla.\n\nJokaisella on oikeus elämään.\n')).toEqual([
      'h 1. artikla.', 'p Kaikki ihmiset syntyvät vapaina.', 'h 2. artikla.', 'p Jokaisella on oikeus elämään.'
    ])
  })
  it('followed directly by its paragraph, without a blank line', () => {
    expect(kinds('1. cikk\nMinden ember szabadon születik.\n\n2. cikk\r\nMindenkinek joga van az élethez.')).toEqual([
      'h 1. cikk', 'p Minden ember szabadon születik.', 'h 2. cikk', 'p Mindenkinek joga van az élethez.'
    ])
  })
  it('label shapes: a number without a full stop, two words, marks, hyphens, a final full stop, a BOM', () => {
    for (const label of ['1 artikla', 'Kifungu cha 1', 'अनुच्छेद 1', 'Sous-section 2', 'Sous\u2010section 2', 'Artículo 1.', '\ufeffArticle 1']) {
      expect(units(`${label}\n\nText of the article.\n`).headings.map((unit) => unit.text), label).toEqual([label.replace('\ufeff', '')])
    }
  })
  it('label shapes of other languages: an ordinal indicator, a Roman numeral, an ordinal word, Chinese, Japanese and Korean', () => {
    for (const label of ['Artigo 1.°', 'Artigo 1º', 'Artigo I.', 'Artículo XXX', 'Article premier', 'Artículo primero', '제 1 조', '第一条', '第1条', '第十二條', 'IV.']) {
      expect(units(`${label}\n\nText of the article.\n`).headings.map((unit) => unit.text), label).toEqual([label])
    }
  })
  it('not a label: a number or an ordinal word alone, a Roman numeral or an ordinal word first, four words, other punctuation', () => {
    for (const line of ['1983', 'Second', 'I am here.', 'First steps', 'Article premier alinéa deux', 'Part 1,', '第1条の2項']) {
      expect(units(`${line}\n\nMore text here.\n`).headings, line).toEqual([])
    }
  })
  it('a numbered section title of more words is a heading; a numbered sentence, a question or a run of numbered lines is not', () => {
    for (const title of ['1. Who we are', '2.1 How we use your data', '3. Qu\'est-ce que nous collectons', '4) Rights, duties and remedies', '5 Changes to this policy, and how we announce them']) {
      expect(units(`${title}\n\nText of the section.\n`).headings.map((unit) => unit.text), title).toEqual([title])
    }
    for (const line of ['1. We collect your name and address.', '3. What do we collect?', '1. One two three four five six seven eight nine ten eleven', '2. Steps: install it']) {
      expect(units(`${line}\n\nText of the section.\n`).headings, line).toEqual([])
    }
    expect(kinds('1. Install the package first\n\n2. Configure the queue options\n\nText.\n')).toEqual(['i Install the package first', 'i Configure the queue options', 'p Text.'])
  })
  it('positions of a heading are exact, after indentation and with CRLF', () => {
    const text = 'Intro.\r\n\r\n  Article 😀 1\r\n\r\n  Article 2\r\nText.\r\n'
    const doc = parse(text, 'text')
    const heading = outline(doc).headings[0]!
    expect(text.slice(heading.start, heading.end)).toBe('Article 2')
    expect(heading.block.position.start).toMatchObject({line: 5, column: 3})
    expect(heading.block.position.end).toMatchObject({line: 5, column: 12})
  })
  it('not a label: three words, other punctuation, a long number, no number', () => {
    for (const line of ['15. svibnja je kraj.', 'Step 1: install', 'Founded 1983', 'Introduction', 'Article 1?']) {
      expect(units(`${line}\n\nMore text here.\n`).headings, line).toEqual([])
    }
  })
  it('not alone: after a line of text, or at the end of the text', () => {
    expect(kinds('We read:\nArticle 1\n\nText.\n')).toEqual(['p We read:\nArticle 1', 'p Text.'])
    expect(kinds('Text.\n\nArticle 9')).toEqual(['p Text.', 'p Article 9'])
    expect(kinds('Text.\n\nArticle 9\n\n\n')).toEqual(['p Text.', 'p Article 9'])
  })
  it('a line that starts with a bullet or a number right after it makes it part of a list or a paragraph, as before', () => {
    expect(kinds('Article 3\n1. Everyone may own property.\n2. No one may lose it.\n')).toEqual([
      'p Article 3', 'i Everyone may own property.', 'i No one may lose it.'
    ])
    expect(kinds('Article 3\n1 person in 10 owns property.\n\nText.\n')).toEqual(['p Article 3\n1 person in 10 owns property.', 'p Text.'])
    expect(kinds('Article 3\n• Everyone may own property.\n• No one may lose it.\n')).toEqual([
      'p Article 3', 'i Everyone may own property.', 'i No one may lose it.'
    ])
  })
  it('consecutive numbered lines are a list, also with blank lines between them', () => {
    expect(kinds('1. Apples\n\n2. Pears\n\n3. Plums\n\nText.\n')).toEqual(['i Apples', 'i Pears', 'i Plums', 'p Text.'])
    expect(kinds('Es gab:\n\n1. Vorträge\n2. Workshops\n\nText.\n')).toEqual(['p Es gab:', 'i Vorträge', 'i Workshops', 'p Text.'])
  })
  it('a heading followed by a list after a blank line; the list starts at depth 1', () => {
    const tree = units('• a\n  • b\n\nArticle 3\n\n  • Everyone may own property.\n  • No one may lose it.\n')
    expect(tree.units.map((unit) => `${unit.kind[0]} ${unit.text} ${unit.block.depth}`)).toEqual([
      'i a 1', 'i b 2', 'h Article 3 1', 'i Everyone may own property. 1', 'i No one may lose it. 1'
    ])
  })
})

describe('front matter', () => {
  it('is metadata, not a heading or a paragraph (YAML and TOML)', () => {
    for (const text of ['---\nl10n:\n  sourceCommit: abc1234\ntitle: Setup\n---\n\n# Installation\n\nInstallez-le.\n', '+++\ntitle = "Setup"\n+++\n\n# Installation\n\nInstallez-le.\n']) {
      const doc = parse(text, 'markdown')
      const units = outline(doc).units
      expect(units.map((unit) => `${unit.kind}:${doc.text.slice(unit.start, unit.end)}`)).toEqual(['heading:Installation', 'paragraph:Installez-le.'])
    }
  })

  it('keeps positions after it exact', async () => {
    const result = await check({translation: '---\ntitle: x\n---\n\nFundada en 1998.\n', source: 'Founded in 1999.\n', lang: 'es', format: 'markdown'})
    const message = result.messages.find((entry) => entry.ruleId === 'number-parity')
    expect(message?.line).toBe(5)
  })
})
