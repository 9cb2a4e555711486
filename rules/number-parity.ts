import {defineRule, excerpt, type RuleContext} from '../src/lint/rule.js'
import type {NumberToken, Outline, ParsedDocument, Unit} from '../src/document/index.js'
import {namesRadix, normalizeNumber} from '../src/text/numbers.js'
import {romanValue, NUMERAL_LABELS} from '../src/text/roman.js'
import {ordinalsIn} from '../src/text/ordinals.js'
import {cardinalsIn} from '../src/text/cardinals.js'

/**
 * Every number of the source (the founding year, counts, dates) appears in
 * the aligned part of the translation, and the translation adds none. What
 * counts is the value, not how often it is said: `3 volte più veloce e
 * corto` keeps both `3X` of `3X faster and 3X less code`, and a title
 * repeated in the language after the English link adds nothing. Digits
 * of any numeral system count (`١٩٨٣` = `1983`); grouping and decimal marks
 * may follow the target language (`1,000` = `1.000` = `1 000`).
 *
 * Where one side has a number in digits, the other may write it as a Roman
 * numeral (`Artigo XXX.` for `Article 30`), as an ordinal word of its
 * language (`Article premier` for `Article 1`, `segunda` for `2nd`,
 * `第二个域` for `field 2`; `src/text/ordinals.ts`) or, from two to ten, as
 * a cardinal word (`trois fois` and `三倍` for `3X`;
 * `src/text/cardinals.ts`). A year spelled out is still a finding.
 *
 * A Roman numeral is uppercase, valid and a word of its own, and counts
 * only after a word like `Article`, `Artigo`, `Capítulo` or `Part`, as a
 * marker starting the unit (`I.`), or in a heading (a single letter only as
 * the whole heading): the pronoun `I`, the language `C`, `CLI` and a `V` or
 * `X` in prose stay words, and a year written `MCMLXXXIII` is a finding.
 * English ordinals count after `the`, `its`, … or in a title (`Sixth
 * Edition`), not as adverbs (`sort first by`). A word that the other side
 * writes the same way (`C`, `CLI`), or a number word of the same value on
 * the other side (`third` and `troisième`), stands for no digits.
 *
 * Not numbers at all: numeronyms and identifiers (`i18n`, `l10n`, `k8s`,
 * `CS61B`), code, URLs and e-mail addresses (on both sides), and the base of
 * a numeral system in Chinese and Japanese (`16進`, hexadecimal). Digits at
 * the end of a name (`ext4`, `IEEE754`, a user name `hwhung0111`) and a
 * literal in another base (`0x40`) need no counterpart, but stand for the
 * same number written apart on the other side (`CSE373`, `সিএসই 373`). A number
 * that the source writes as code in the aligned part (`{1..20}`), or
 * anywhere when units were lost or added, may stand in the translation's
 * prose.
 *
 * Numbers go with their unit: a translation unit that links to the same
 * address as a source unit, or keeps its text as it is, is that unit
 * wherever the alignment put it (a reordered list), and an extra unit that
 * has the numbers of a source unit (a moved list item) brings only the
 * others.
 */
export default defineRule({
  id: 'number-parity',
  description: 'Every number of the source appears in the translation, unchanged.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'The year survives, in any digits',
      lang: 'ar',
      source: 'The association was founded in 1983.\n',
      translation: 'تأسست الجمعية في عام ١٩٨٣.\n',
      messages: []
    },
    {
      title: 'A changed year',
      lang: 'ca',
      source: 'The association was founded in 1983.\n',
      translation: "L'associació es va fundar el 1938.\n",
      messages: ['1:30: Unexpected number `1938`, expected `1983` as in the source']
    },
    {
      title: 'Numbers swapped between paragraphs',
      lang: 'ca',
      source: 'We work in 12 countries.\n\nWe have 30 members.\n',
      translation: 'Treballem en 30 països.\n\nTenim 12 membres.\n',
      messages: [
        '1:14: Unexpected number `30`, expected `12` as in the source',
        '3:7: Unexpected number `12`, expected `30` as in the source'
      ]
    },
    {
      title: 'Roman numerals for the numbers of the source',
      lang: 'pt',
      source: 'Article 1. All human beings are born free and equal in dignity and rights.\n\n' +
        'Article 30. Nothing in this Declaration may be interpreted as implying any right to destroy these rights.\n',
      translation: 'Artigo I. Todos os seres humanos nascem livres e iguais em dignidade e em direitos.\n\n' +
        'Artigo XXX. Nenhuma disposição da presente Declaração pode ser interpretada como o reconhecimento de qualquer direito de destruir estes direitos.\n',
      messages: []
    },
    {
      title: 'An ordinal word for a number',
      lang: 'fr',
      source: 'Article 1. All human beings are born free and equal in dignity and rights.\n',
      translation: 'Article premier. Tous les êtres humains naissent libres et égaux en dignité et en droits.\n',
      messages: []
    },
    {
      title: 'A Roman numeral of another number',
      lang: 'pt',
      source: 'Article 3. Everyone has the right to life, liberty and security of person.\n',
      translation: 'Artigo II. Todo indivíduo tem direito à vida, à liberdade e à segurança pessoal.\n',
      messages: ['1:1: Expected the number `3` here as in the source (`Article 3. Everyone has the right to life, liberty and…`), found none']
    },
    {
      title: 'Numeronyms are words',
      lang: 'ca',
      source: 'Our i18n and l10n teams meet every week.\n',
      translation: "Els nostres equips d'internacionalització i de localització es reuneixen cada setmana.\n",
      messages: []
    },
    {
      title: 'Numbers in links and code are not prose',
      lang: 'ca',
      format: 'markdown',
      source: 'Read [the guide](https://example.com/v2/page-17) and run `make -j4`.\n',
      translation: 'Llegiu [la guia](https://example.com/v3/pagina-18) i executeu `make -j8`.\n',
      messages: []
    },
    {
      title: 'A small number spelled out',
      lang: 'fr',
      source: 'This is probably 3X faster than the same code in Python.\n',
      translation: "C'est probablement trois fois plus rapide que le même code en Python.\n",
      messages: []
    },
    {
      title: 'A year spelled out',
      lang: 'ca',
      source: 'The association was founded in 1983.\n',
      translation: "L'associació es va fundar el mil nou-cents vuitanta-tres.\n",
      messages: ['1:1: Expected the number `1983` here as in the source (`The association was founded in 1983.`), found none']
    }
  ],
  check(context) {
    const {source, alignment, outline} = context
    if (!source || !alignment) {
      checkExpected(context)
      return
    }
    const sourceValues = new Set(source.outline.units.flatMap((unit) => unit.numbers.map((number) => number.value)))
    const targetValues = new Set(outline.units.flatMap((unit) => unit.numbers.map((number) => number.value)))

    const literals = source.doc.literals.slice().sort((a, b) => a[0] - b[0])
    const sourceCode = lazy(() => new Set(codeNumbers(source.outline.units, source.doc.text, literals)))
    const sourceByValue = lazy(() => unitsByValue(source.outline.units))
    const targetByValue = lazy(() => unitsByValue(outline.units))
    // A unit that links to the same address as a source unit, or keeps its
    // text as it is, is its translation, wherever the alignment put it (a
    // reordered list).
    const sourceAnchors = anchorsOf(source.doc, source.outline.units)
    const targetAnchors = anchorsOf(context.doc, outline.units)
    const sourceByAnchor = byAnchor(sourceAnchors)
    const targetByAnchor = byAnchor(targetAnchors)
    /** Whether the counterparts of `unit` (by anchors that name one source unit) have a number `value`. */
    const counterpartHas = (unit: Unit, value: string, own: Map<Unit, string[]>, others: Map<string, Unit[]>): boolean =>
      (own.get(unit) ?? []).some((anchor) => sourceByAnchor.get(anchor)?.length === 1 &&
        (others.get(anchor) ?? []).some((other) => other.numbers.some((number) => number.value === value)))

    for (const kind of KINDS) {
      const sourceUnits = unitsOf(source.outline, kind)
      const targetUnits = unitsOf(outline, kind)
      // Numbers may move between units only when units were lost, added,
      // merged or split; when every unit pairs up, each pair must agree.
      const restructured = alignment[kind].some((link) => link.kind !== 'match')
      for (const link of alignment[kind]) {
        const s = link.source.map((index) => sourceUnits[index]!)
        const t = link.target.map((index) => targetUnits[index]!)
        // Units without a counterpart are for the count rules, except that
        // an extra unit must not bring numbers of its own.
        if (t.length === 0) continue
        const expected = s.flatMap((unit) => unit.numbers)
        const found = t.flatMap((unit) => unit.numbers)
        // A Roman numeral or an ordinal word of one side may stand for a
        // number the other side writes in digits (`Artigo XXX` for `Article 30`).
        const sourceWords = wordNumbers(s, source.language.base)
        const targetWords = wordNumbers(t, context.language.base)
        pairWords(sourceWords, targetWords, s, t)
        pairWords(targetWords, sourceWords, t, s)
        // A value is kept when the other side has it, however often it says
        // it (`3X faster and 3X less code`: `3 volte più veloce e corto`; a
        // title repeated in the language after the English link). Digits at
        // the end of a name (`ext4`, `IEEE754`, `hwhung0111`) need no
        // counterpart, but stand for a number the other side writes apart
        // (`CSE373` and `সিএসই 373`).
        const expectedValues = new Set(expected.map((number) => number.value))
        const foundValues = new Set(found.map((number) => number.value))
        // `16進` (hexadecimal) is a word, not a number to keep.
        const missing = standIns(expected.filter((number) => !foundValues.has(number.value) && !inName(source.doc.text, number)), targetWords)
          .filter((number, index, all) => !namesRadix(source.doc.text, number.end) && all.findIndex((other) => other.value === number.value) === index)
        const unexpected = standIns(found.filter((number) => !expectedValues.has(number.value) && !inName(context.doc.text, number)), sourceWords)
          .filter((number) => !namesRadix(context.doc.text, number.end))
        // The source writes it as code here (`{1..20}`): the translation left out the backticks.
        const code = codeNumbers(s, source.doc.text, literals)
        const shared = s.length === 0 ? closest(unexpected, sourceByValue()) : []
        for (const number of unexpected) {
          if (take(code, number.value)) continue
          if (counterpartHas(t.find((unit) => unit.numbers.includes(number))!, number.value, targetAnchors, sourceByAnchor)) continue
          // A number the source has elsewhere moved (also out of its code,
          // `{1..20}`): a structural matter.
          if (restructured && (sourceValues.has(number.value) || sourceCode().has(number.value)) && s.length > 0) continue
          // An extra unit with the numbers of a source unit (`1048 - 1140`)
          // is that unit, moved: only numbers it does not share are its own
          // (`shared` is empty for the other units).
          if (take(shared, number.value)) continue
          const replaced = missing.shift()
          context.report({
            reason: replaced
              ? `Unexpected number \`${number.raw}\`, expected \`${replaced.raw}\` as in the source`
              : `Unexpected number \`${number.raw}\`: the source has no such number here`,
            start: number.start,
            end: number.end,
            expected: replaced ? [replaced.raw] : []
          })
        }
        for (const number of missing) {
          const owner = s.find((unit) => unit.numbers.includes(number))!
          if (counterpartHas(owner, number.value, sourceAnchors, targetByAnchor)) continue
          // Present elsewhere in the translation: moved, not lost.
          if (restructured && targetValues.has(number.value)) {
            // (Not in `t`: `missing` has only values that `found` lacks.)
            const elsewhere = countOf(outline.units, number.value) >= countOf(source.outline.units, number.value)
            if (elsewhere || movedUnit(owner, number.value, targetUnits, t[0]!.index, targetByValue())) continue
          }
          const place = placeFor(owner, number, t)
          context.report({
            reason: `Expected the number \`${number.raw}\` here as in the source (\`${excerpt(sentenceOf(owner, number), 60)}\`), found none`,
            start: place.start,
            end: place.end,
            expected: [number.raw],
            cause: {start: number.start, end: number.end, reason: 'number in the source'}
          })
        }
      }
    }
  }
})

const KINDS = ['paragraph', 'item', 'heading'] as const

/** How far (in units of a kind) a number may have moved with a misaligned unit. */
const NEAR = 64

function unitsOf(tree: Outline, kind: (typeof KINDS)[number]): Unit[] {
  return kind === 'item' ? tree.items : kind === 'paragraph' ? tree.paragraphs : tree.headings
}

/**
 * What identifies each unit in the other document: the addresses it links
 * to (Markdown links, by where their text is) and its text, when long
 * enough to be kept as it is on purpose (a title left in English).
 */
function anchorsOf(doc: ParsedDocument, units: Unit[]): Map<Unit, string[]> {
  const result = new Map<Unit, string[]>()
  for (const unit of units) {
    const key = unit.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    if (key.split(' ').length >= 4) result.set(unit, [`text ${key}`])
  }
  for (const link of doc.links) {
    // The last unit that starts at or before the link, by binary search.
    let low = 0
    let high = units.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (units[mid]!.start <= link.start) low = mid + 1
      else high = mid
    }
    const unit = units[low - 1]
    if (!unit || link.start >= unit.end) continue
    const list = result.get(unit) ?? []
    list.push(`link ${link.url}`)
    result.set(unit, list)
  }
  return result
}

/** The units of each anchor. */
function byAnchor(anchors: Map<Unit, string[]>): Map<string, Unit[]> {
  const result = new Map<string, Unit[]>()
  for (const [unit, keys] of anchors) {
    for (const key of new Set(keys)) {
      const list = result.get(key) ?? []
      list.push(unit)
      result.set(key, list)
    }
  }
  return result
}

/**
 * The number values of the source unit that shares the most of `numbers`
 * (of equals, the one found first), or none.
 */
function closest(numbers: NumberToken[], byValue: Map<string, Unit[]>): string[] {
  let best: Unit | undefined
  let bestShared = 0
  const candidates = new Set(numbers.flatMap((number) => byValue.get(number.value) ?? []))
  for (const unit of candidates) {
    const count = unit.numbers.length - difference(unit.numbers, numbers).length
    if (count > bestShared) {
      best = unit
      bestShared = count
    }
  }
  return best?.numbers.map((number) => number.value) ?? []
}

/** A value computed when first asked for. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/** The units with each number value. */
function unitsByValue(units: Unit[]): Map<string, Unit[]> {
  const result = new Map<string, Unit[]>()
  for (const unit of units) {
    for (const value of new Set(unit.numbers.map((number) => number.value))) {
      const list = result.get(value) ?? []
      list.push(unit)
      result.set(value, list)
    }
  }
  return result
}

/** Remove one `value` from `pool`; whether there was one. */
function take(pool: string[], value: string): boolean {
  const index = pool.indexOf(value)
  if (index === -1) return false
  pool.splice(index, 1)
  return true
}

/** The numbers written in the code spans of units (`{1..20}`: 1, 20). */
function codeNumbers(units: Unit[], text: string, literals: Array<[number, number]>): string[] {
  const values: string[] = []
  for (const unit of units) {
    // The first code span that ends inside or after the unit, by binary search.
    let low = 0
    let high = literals.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (literals[mid]![1] <= unit.start) low = mid + 1
      else high = mid
    }
    for (let index = low; index < literals.length && literals[index]![0] < unit.end; index++) {
      const [start, end] = literals[index]!
      for (const [digits] of text.slice(start, end).matchAll(/\p{Nd}+/gu)) values.push(normalizeNumber(digits))
    }
  }
  return values
}

/** Without a source: `expect.numbers` must each appear somewhere. */
function checkExpected(context: RuleContext<unknown>): void {
  const wanted = context.config.expect.numbers ?? []
  const present = new Set(context.outline.units.flatMap((unit) => unit.numbers.map((number) => number.value)))
  for (const value of wanted) {
    if (present.has(value)) continue
    context.report({
      reason: `Expected the number \`${value}\` (\`expect.numbers\`), found none`,
      start: 0,
      end: 0,
      expected: [value]
    })
  }
}

/** A number written as a Roman numeral, an ordinal or a small cardinal word. */
interface WordNumber {
  value: string
  /** As written, in lowercase: `xxx`, `premier`, `第二`. */
  text: string
  /** Paired with a word of the other side, or standing for digits: used. */
  used?: boolean
}

/**
 * Pair the word numbers of one side with what the other side writes the
 * same way: the same word (the language `C`, a title kept in English), or a
 * word number of the same value (`third` and `troisième`). Only the word
 * numbers left over may stand for digits of the other side. A word that
 * one side has more often than the other (`Part C … C` for `C`) is a copy
 * only as often as the other side has it; the others are numerals.
 */
function pairWords(words: WordNumber[], others: WordNumber[], units: Unit[], otherUnits: Unit[]): void {
  if (words.length === 0) return
  const own = wordCounts(units)
  const other = wordCounts(otherUnits)
  const numerals = new Map<string, number>()
  for (const word of words) if (!word.used) numerals.set(word.text, (numerals.get(word.text) ?? 0) + 1)
  for (const [text, count] of numerals) {
    // The other side's copies of the word go first to the same words that
    // are no numerals here (`第二` is part of a word: none).
    let copies = (other.get(text) ?? 0) - Math.max(0, (own.get(text) ?? 0) - count)
    for (const word of words) {
      if (copies <= 0) break
      if (word.used || word.text !== text) continue
      word.used = true
      copies--
      const same = others.find((candidate) => !candidate.used && candidate.text === text)
      if (same) same.used = true
    }
  }
  for (const word of words) {
    if (word.used) continue
    const match = others.find((candidate) => !candidate.used && candidate.value === word.value)
    if (match) {
      word.used = true
      match.used = true
    }
  }
}

/** How often each word occurs in units, in lowercase and without a final full stop. */
function wordCounts(units: Unit[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const unit of units) {
    for (const word of unit.words) {
      const key = word.value.replace(/\.$/, '').toLowerCase()
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}

/** The numbers (unmatched digits of one side) that no unpaired word number of the other side stands for. */
function standIns(numbers: NumberToken[], words: WordNumber[]): NumberToken[] {
  return numbers.filter((number) => {
    const word = words.find((candidate) => !candidate.used && candidate.value === number.value)
    if (!word) return true
    word.used = true
    return false
  })
}

/** Roman numerals, ordinals and small cardinals of units, outside code and URLs. */
function wordNumbers(units: Unit[], language: string): WordNumber[] {
  const found: WordNumber[] = []
  for (const unit of units) {
    unit.words.forEach((word, index) => {
      if (word.literal) return
      // `I.` is one word for the parser (an initial).
      const core = word.value.replace(/\.$/, '')
      const roman = romanValue(core)
      const previous = neighbour(unit, index, -1)
      if (roman !== undefined) {
        if (numeralPlace(unit, index, previous, core)) found.push({value: String(roman), text: core.toLowerCase()})
        return
      }
      const words = [...ordinalsIn(word.value, language, previous, neighbour(unit, index, 1)), ...cardinalsIn(word.value, language)]
      for (const number of words) found.push({value: String(number.value), text: number.text.toLowerCase()})
    })
  }
  return found
}

/**
 * Where a Roman numeral is one: after a label (`Article I`, `Capítulo V`),
 * as a marker starting the unit (`I.`, `IV)`), or in a heading (`Sorting
 * II`; a single letter only as the whole heading). Elsewhere it is a word
 * (`CLI`, `CD`, the pronoun `I`, the language `C`), and a year written
 * `MCMLXXXIII` in prose is a finding.
 */
function numeralPlace(unit: Unit, index: number, previous: string | undefined, numeral: string): boolean {
  const word = unit.words[index]!
  if (previous !== undefined && NUMERAL_LABELS.has(previous.toLowerCase())) return true
  if (index === 0 && (word.value.endsWith('.') || /^[.)]/.test(unit.text.slice(word.end - unit.start)))) return true
  return unit.kind === 'heading' && (numeral.length > 1 || unit.words.length === 1)
}

/**
 * The word next to a unit's word (`step` -1 before it, 1 after it) when
 * only spaces stand between them (`Article I`, `Sixth Edition`).
 */
function neighbour(unit: Unit, index: number, step: -1 | 1): string | undefined {
  const other = unit.words[index + step]
  if (!other) return undefined
  const [first, second] = step === 1 ? [unit.words[index]!, other] : [other, unit.words[index]!]
  if (/\S/.test(unit.text.slice(first.end - unit.start, second.start - unit.start))) return undefined
  return other.value
}

/**
 * Whether a number is the end of a name: digits right after Latin letters
 * or an underscore (`ext4`, `CSE373`, `IEEE754`, `x86_64`, a user name
 * `hwhung0111`), and a literal in another base (`0x40`). Digits before letters stay numbers with a unit (`128K`,
 * `3X`, `64bit`), and so do digits after a hyphen (`COVID-19`) or after
 * letters of other scripts (`第3章`).
 */
function inName(text: string, number: NumberToken): boolean {
  if (/[A-Za-z_]/.test(text[number.start - 1] ?? '')) return true
  // The `0` of a hexadecimal, binary or octal literal (`0x40`, `0b1010`).
  return number.raw === '0' && /^[xXbBoO][\da-fA-F]/.test(text.slice(number.end, number.end + 2))
}

/** Tokens of `a` whose values are not matched one-for-one in `b`. */
function difference(a: NumberToken[], b: NumberToken[]): NumberToken[] {
  const pool = new Map<string, number>()
  for (const token of b) pool.set(token.value, (pool.get(token.value) ?? 0) + 1)
  const result: NumberToken[] = []
  for (const token of a) {
    const left = pool.get(token.value) ?? 0
    if (left > 0) pool.set(token.value, left - 1)
    else result.push(token)
  }
  return result
}

/**
 * Whether the source unit `owner` with the number `value` moved to another
 * translation unit (a translation that lacks parts of the source is paired
 * off by a few units, or moves a part): one that has all its numbers, when
 * they are telling (`2-3 minutes … (23 videos)`), or most of its words (a
 * title kept in English, `Sedgewick - Tries (3 videos)`): three words or
 * more anywhere, two near `index` in `units`.
 */
function movedUnit(owner: Unit, value: string, units: Unit[], index: number, byValue: Map<string, Unit[]>): boolean {
  const candidates = byValue.get(value) ?? []
  // Four digits or more tell a unit (`2-3 … (23 videos)`, `1200 cards`).
  const telling = owner.numbers.reduce((digits, number) => digits + number.value.length, 0) >= 4
  if (telling && candidates.some((unit) => difference(owner.numbers, unit.numbers).length === 0)) return true
  const words = wordsOf(owner)
  if (words.size < 2) return false
  const near = new Set(units.slice(Math.max(0, index - NEAR), index + NEAR + 1))
  return candidates.some((unit) => {
    if (words.size < 3 && !near.has(unit)) return false
    const theirs = wordsOf(unit)
    let shared = 0
    for (const word of words) if (theirs.has(word)) shared++
    return shared >= words.size * 0.6
  })
}

/** The words of four letters or more of a unit's prose (`Boyer-Moore`: two), in lowercase. */
function wordsOf(unit: Unit): Set<string> {
  const words = new Set<string>()
  for (const word of unit.words) {
    if (word.literal) continue
    for (const part of word.value.toLowerCase().split(/[^\p{L}]+/u)) if ([...part].length >= 4) words.add(part)
  }
  return words
}

function countOf(units: Unit[], value: string): number {
  let count = 0
  for (const unit of units) for (const number of unit.numbers) if (number.value === value) count++
  return count
}

function sentenceOf(unit: Unit, number: NumberToken): string {
  const sentence = unit.sentences.find((candidate) => number.start >= candidate.start && number.end <= candidate.end)
  return sentence ? unit.text.slice(sentence.start - unit.start, sentence.end - unit.start) : unit.text
}

/**
 * Where a missing number belongs in the translation: the sentence with the
 * same index as the source's sentence when the counts agree, else the unit.
 */
function placeFor(owner: Unit, number: NumberToken, targets: Unit[]): {start: number; end: number} {
  const target = targets[0]!
  const index = owner.sentences.findIndex((candidate) => number.start >= candidate.start && number.end <= candidate.end)
  if (targets.length === 1 && owner.sentences.length === target.sentences.length && index !== -1) {
    const sentence = target.sentences[index]!
    return {start: sentence.start, end: sentence.end}
  }
  return {start: target.start, end: target.end}
}
