/**
 * The outline of a parsed document: its paragraphs, list items, headings,
 * sentences, words and numbers, in document order.
 * Rules read the outline (and the tree behind it); they never re-parse text.
 */
import type {SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Block, BlockKind, ParsedDocument} from './types.js'
import {blockSentences} from './prose.js'
import {NUMBER_SEPARATORS, normalizeNumber, isDigit, maskNumeronyms} from '../text/numbers.js'
import {overlaps} from '../text/ranges.js'

export interface WordToken {
  value: string
  start: number
  end: number
  /** Index of the sentence in its unit. */
  sentence: number
  /** Code, a URL or an e-mail address: not prose at all. */
  literal: boolean
  /**
   * Inside quotation marks: cited text (a message, a title), left as it is
   * on purpose. Its numbers and letters still count.
   */
  quoted: boolean
}

export interface NumberToken {
  /** Canonical value: ASCII digits, no grouping, `.` for decimals. */
  value: string
  /** The text as written. */
  raw: string
  start: number
  end: number
}

export interface SentenceInfo {
  start: number
  end: number
  /** Indexes into the unit's `words`. */
  words: [number, number]
}

export interface Unit {
  kind: BlockKind
  /** Position among the units of its kind (0-based). */
  index: number
  block: Block
  start: number
  end: number
  /** The prose as written in the file. */
  text: string
  sentences: SentenceInfo[]
  words: WordToken[]
  numbers: NumberToken[]
}

export interface Outline {
  units: Unit[]
  paragraphs: Unit[]
  items: Unit[]
  headings: Unit[]
}

const URL_CHAR = /[^\s<>"'()[\]{}]/u
const SCHEME_CHAR = /[a-z\d+.-]/i
const LOCAL_CHAR = /[\w.+-]/
const DOMAIN_CHAR = /[\w.-]/

/**
 * URLs (`https://…`, `www.…`) and e-mail addresses in a text, found in
 * linear time: each scan starts at a `://`, `www.` or `@` and never goes
 * back over text already taken (no regular expression that can backtrack
 * over a 10 MB line).
 */
export function findLinks(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let taken = 0
  const forward = (from: number, test: RegExp): number => {
    let end = from
    while (end < text.length && test.test(text[end]!)) end++
    return end
  }
  const markers: Array<[number, 'url' | 'www' | 'mail']> = []
  for (let index = text.indexOf('://'); index !== -1; index = text.indexOf('://', index + 3)) markers.push([index, 'url'])
  for (let index = text.indexOf('www.'); index !== -1; index = text.indexOf('www.', index + 4)) markers.push([index, 'www'])
  for (let index = text.indexOf('@'); index !== -1; index = text.indexOf('@', index + 1)) markers.push([index, 'mail'])
  markers.sort((a, b) => a[0] - b[0])
  for (const [index, kind] of markers) {
    if (index < taken) continue
    let start = index
    let end: number
    if (kind === 'url') {
      while (start > taken && index - start < 32 && SCHEME_CHAR.test(text[start - 1]!)) start--
      if (start === index || !/[a-z]/i.test(text[start]!)) continue
      end = forward(index + 3, URL_CHAR)
      if (end === index + 3) continue
    } else if (kind === 'www') {
      if (index > 0 && /[\w.]/.test(text[index - 1]!)) continue
      end = forward(index + 4, URL_CHAR)
    } else {
      while (start > taken && index - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--
      if (start === index) continue
      end = forward(index + 1, DOMAIN_CHAR)
      const domain = text.slice(index + 1, end).replace(/\.+$/, '')
      if (!/^[\w-]+(\.[\w-]+)+$/.test(domain)) continue
      end = index + 1 + domain.length
    }
    // A sentence's full stop or comma is not part of the address.
    while (end > start && /[.,;:!?]/.test(text[end - 1]!)) end--
    ranges.push([start, end])
    taken = end
  }
  return ranges
}

export function outline(doc: ParsedDocument): Outline {
  const units: Unit[] = []
  const counters: Record<BlockKind, number> = {paragraph: 0, item: 0, heading: 0}
  const literals = doc.literals.slice().sort((a, b) => a[0] - b[0])

  for (const block of doc.tree.children) {
    const text = doc.text.slice(block.start, block.end)
    const links: Array<[number, number]> = []
    for (const [start, end] of findLinks(text)) links.push([block.start + start, block.start + end])
    const inRanges = (start: number, end: number): boolean =>
      overlaps(links, start, end) || overlaps(literals, start, end)

    const unit: Unit = {
      kind: block.kind,
      index: counters[block.kind]++,
      block,
      start: block.start,
      end: block.end,
      text,
      sentences: [],
      words: [],
      numbers: []
    }
    for (const {shift, sentences, continues} of blockSentences(block)) {
      sentences.forEach((sentence, index) => {
        const start = sentence.position!.start.offset! + shift
        const end = sentence.position!.end.offset! + shift
        const previous = unit.sentences[unit.sentences.length - 1]
        // A chunk cut in the middle of a sentence: one sentence all the same.
        if (index === 0 && continues && previous) {
          collect(sentence.children, shift, unit, unit.sentences.length - 1, inRanges)
          previous.end = end
          previous.words[1] = unit.words.length
          return
        }
        const first = unit.words.length
        collect(sentence.children, shift, unit, unit.sentences.length, inRanges)
        unit.sentences.push({start, end, words: [first, unit.words.length]})
      })
    }
    units.push(unit)
  }

  return {
    units,
    paragraphs: units.filter((unit) => unit.kind === 'paragraph'),
    items: units.filter((unit) => unit.kind === 'item'),
    headings: units.filter((unit) => unit.kind === 'heading')
  }
}

function collect(
  children: SentenceContent[],
  shift: number,
  unit: Unit,
  sentenceIndex: number,
  inRanges: (start: number, end: number) => boolean
): void {
  // A number may span several nodes: `1`, `,`, `000` or `10`, NBSP, `000`.
  const quoted = quotedIndexes(children)
  let pending: NumberToken | undefined
  let pendingSeparator: {value: string; start: number; end: number} | undefined

  const flush = (): void => {
    if (pending) {
      pending.value = normalizeNumber(pending.raw)
      unit.numbers.push(pending)
    }
    pending = undefined
    pendingSeparator = undefined
  }

  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const start = child.position!.start.offset! + shift
    const end = child.position!.end.offset! + shift
    if (child.type === 'WordNode') {
      const value = toString(child)
      const literal = inRanges(start, end)
      unit.words.push({value, start, end, sentence: sentenceIndex, literal, quoted: quoted.has(index)})
      // Digits in URLs and code are not numbers of the prose.
      if (literal) {
        flush()
        continue
      }
      // Digit runs inside the word are numbers (`1983`, `COVID-19`, `3,5`).
      let offset = start
      let run = ''
      let runStart = start
      const push = (): void => {
        if (run === '') return
        // A run that starts the word continues a pending `1,` + `000` (or
        // `3,` + `5` when nothing stands between them; after a space only a
        // group of three digits continues the number).
        const touching = pendingSeparator !== undefined && pending !== undefined &&
          pending.end === pendingSeparator.start && pendingSeparator.end === start && !/\s/.test(pendingSeparator.value)
        // After a space, the number so far must read as digit groups (`10`,
        // `1 000`), so that `in 1983 300 guests` stays two numbers.
        const grouped = pendingSeparator === undefined || !/\s/.test(pendingSeparator.value) ||
          (pending !== undefined && /^\p{Nd}{1,3}(?:\s\p{Nd}{3})*$/u.test(pending.raw))
        if (pending && pendingSeparator && runStart === start && grouped && (touching || /^\p{Nd}{3}(?!\p{Nd})/u.test(run))) {
          pending.raw += pendingSeparator.value + run
          pending.end = runStart + run.length
          pendingSeparator = undefined
        } else {
          flush()
          pending = {value: '', raw: run, start: runStart, end: runStart + run.length}
        }
        run = ''
      }
      // The digits of a numeronym (`i18n`, `k8s`) are letters of a word.
      const scan = maskNumeronyms(value)
      for (const char of scan) {
        const separatorInside = run !== '' && NUMBER_SEPARATORS.has(char)
        if (isDigit(char) || (separatorInside && nextIsDigit(scan, offset - start + char.length))) {
          if (run === '') runStart = offset
          run += char
        } else {
          push()
          if (pending && !pendingSeparator) flush()
        }
        offset += char.length
      }
      push()
      // A number ends the word: it may go on after a separator node.
      if (pending && pending.end !== end) flush()
    } else if (pending && !pendingSeparator && (child.type === 'PunctuationNode' || child.type === 'WhiteSpaceNode') &&
      NUMBER_SEPARATORS.has(child.value) && child.value.length === 1) {
      pendingSeparator = {value: child.value, start, end}
    } else {
      flush()
    }
  }
  flush()
}

/** Quotation marks, opening to the closing marks that may end them. */
const QUOTES: Record<string, string[]> = {
  '"': ['"'], '“': ['”', '“'], '„': ['“', '”'], '«': ['»'], '»': ['«'], '‹': ['›'], '「': ['」'], '『': ['』'], '`': ['`']
}
/** Longest quotation, in words, taken as cited text. */
const MAX_QUOTED_WORDS = 12

/**
 * Indexes of the words inside quotation marks in a sentence: cited text
 * (`"Argument list too long"`, `«Use Option as Meta key»`), not prose. The
 * opening mark follows a space (or starts the sentence) and touches a word;
 * the closing mark touches the last word. Apostrophes are never taken for
 * quotation marks (`'n`, `l'`, `iba't`). Unlike nlcst-is-literal, a word
 * between commas (a list item) stays prose.
 */
function quotedIndexes(children: SentenceContent[]): Set<number> {
  const inside = new Set<number>()
  for (let index = 0; index < children.length; index++) {
    const open = children[index]!
    if (open.type !== 'PunctuationNode' || !(open.value in QUOTES)) continue
    const before = children[index - 1]
    if ((before && before.type !== 'WhiteSpaceNode' && before.type !== 'PunctuationNode') || children[index + 1]?.type !== 'WordNode') continue
    const closers = QUOTES[open.value]!
    let words = 0
    for (let close = index + 1; close < children.length && words <= MAX_QUOTED_WORDS; close++) {
      const node = children[close]!
      if (node.type === 'WordNode') words++
      else if (node.type === 'PunctuationNode' && closers.includes(node.value) && children[close - 1]?.type !== 'WhiteSpaceNode') {
        for (let k = index + 1; k < close; k++) if (children[k]!.type === 'WordNode') inside.add(k)
        index = close
        break
      }
    }
  }
  return inside
}

function nextIsDigit(value: string, index: number): boolean {
  const next = value.codePointAt(index)
  return next !== undefined && isDigit(String.fromCodePoint(next))
}

export {toString as nodeText}
