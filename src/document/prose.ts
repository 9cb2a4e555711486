/**
 * Prose into nlcst (retext's tree: paragraphs > sentences > words), with
 * positions into the original file.
 */
import type {Paragraph, Parent as NlcstParent, Nodes as NlcstNodes, Sentence} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import type {Location} from '../text/location.js'
import {HYPHENS} from '../text/hyphens.js'

const parser = new ParseLatin()

/** Every hyphen but the ASCII one (each a single UTF-16 unit). */
const OTHER_HYPHENS = new RegExp(`[${[...HYPHENS].filter((char) => char !== '-').join('')}]`, 'gu')

/**
 * parse-latin's paragraph of `value`, with every hyphen read as `-`: it
 * joins `будь-якої` into one word and keeps the `-` of `stam-,` with its
 * word, but splits at U+058A or U+FF0D and drops a final U+2010 from the
 * word. Every hyphen is one UTF-16 unit, so offsets do not move; the leaves
 * then get their text back as written (`будь‐якої`).
 */
function tokenize(value: string): Paragraph {
  OTHER_HYPHENS.lastIndex = 0
  if (!OTHER_HYPHENS.test(value)) return parser.tokenizeParagraph(value)
  const paragraph = parser.tokenizeParagraph(value.replace(OTHER_HYPHENS, '-'))
  const stack: NlcstNodes[] = [paragraph]
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('children' in node) {
      for (const child of (node as NlcstParent).children) stack.push(child)
    } else if ('value' in node && node.position) {
      node.value = value.slice(node.position.start.offset, node.position.end.offset)
    }
  }
  return paragraph
}

/**
 * Parse `text.slice(start, end)` as one paragraph and shift every position so
 * that it points into the whole file.
 */
export function parseProse(text: string, start: number, end: number, loc: Location): Paragraph {
  const paragraph = tokenize(text.slice(start, end))
  restamp(paragraph, start, loc)
  return paragraph
}

/** Longest stretch of prose tokenised at once (characters). */
export const CHUNK = 1 << 16

/** Sentences of one stretch of prose; their offsets are relative to `shift`. */
export interface ShiftedSentences {
  shift: number
  sentences: Sentence[]
  /** The first sentence goes on from the last one before (a chunk cut mid-sentence). */
  continues: boolean
}

/**
 * The sentences of `text.slice(start, end)` without building position
 * objects into the file: each chunk's offsets are relative to its `shift`.
 * Prose longer than CHUNK (a 10 MB line) is tokenised in chunks cut at white
 * space, so memory stays bounded by the chunk, not by the paragraph; a cut
 * may split a sentence that is longer than a chunk.
 */
export function * proseChunks(text: string, start: number, end: number): Generator<ShiftedSentences> {
  let from = start
  let continues = false
  while (from < end) {
    const [to, sentenceEnd] = cutAt(text, from, end)
    const paragraph = tokenize(text.slice(from, to))
    const sentences = paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode')
    yield {shift: from, sentences, continues}
    continues = !sentenceEnd
    from = to
  }
}

/**
 * Where a chunk that starts at `from` ends (after white space, never inside
 * a surrogate pair), and whether that is the end of a sentence.
 */
function cutAt(text: string, from: number, end: number): [number, boolean] {
  if (end - from <= CHUNK) return [end, true]
  const limit = from + CHUNK
  // Prefer the end of a sentence, then any white space, in the last quarter.
  let space = -1
  for (let index = limit; index > limit - (CHUNK >> 2); index--) {
    const code = text.charCodeAt(index - 1)
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0) {
      const before = text.charCodeAt(index - 2)
      if (before === 46 || before === 33 || before === 63) return [index, true]
      if (space === -1) space = index
    }
  }
  if (space !== -1) return [space, false]
  const code = text.charCodeAt(limit - 1)
  return [code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit, false]
}

/** Rewrite positions of a tree whose offsets are relative to `shift`. */
export function restamp(node: NlcstNodes | {position?: unknown; children?: unknown}, shift: number, loc: Location): void {
  const stack: Array<NlcstNodes> = [node as NlcstNodes]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (position && position.start.offset !== undefined && position.end.offset !== undefined) {
      current.position = {
        start: loc.toPoint(position.start.offset + shift),
        end: loc.toPoint(position.end.offset + shift)
      }
    }
    if ('children' in current) {
      const children = (current as NlcstParent).children
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }
}

const pending = new WeakMap<object, string>()

/**
 * Give a block its nlcst paragraph on first use: rules read the outline, so
 * the full tree, with a position object into the file on every node, is only
 * built when someone asks for `block.children`.
 */
export function lazyProse<T extends {start: number; end: number}>(block: T, text: string, loc: Location): T & {children: [Paragraph]} {
  pending.set(block, text)
  Object.defineProperty(block, 'children', {
    configurable: true,
    enumerable: true,
    get(this: T) {
      const children: [Paragraph] = [parseProse(text, this.start, this.end, loc)]
      pending.delete(this)
      Object.defineProperty(this, 'children', {value: children, enumerable: true, writable: true, configurable: true})
      return children
    }
  })
  return block as T & {children: [Paragraph]}
}

/**
 * The sentences of a block: from its tree when it was built (absolute
 * offsets, shift 0), else tokenised chunk by chunk without keeping a tree.
 */
export function * blockSentences(block: {start: number; end: number; children: [Paragraph]}): Generator<ShiftedSentences> {
  const text = pending.get(block)
  if (text !== undefined) {
    yield * proseChunks(text, block.start, block.end)
    return
  }
  yield {shift: 0, sentences: block.children[0].children.filter((child): child is Sentence => child.type === 'SentenceNode'), continues: false}
}
