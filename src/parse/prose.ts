/**
 * Prose into nlcst (retext's tree: paragraphs > sentences > words), with
 * positions into the original file.
 */
import type {Paragraph, Parent as NlcstParent, Nodes as NlcstNodes} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import type {Location} from '../text/location.js'

const parser = new ParseLatin()

/**
 * Parse `text.slice(start, end)` as one paragraph and shift every position so
 * that it points into the whole file.
 */
export function parseProse(text: string, start: number, end: number, loc: Location): Paragraph {
  const paragraph = parser.tokenizeParagraph(text.slice(start, end))
  restamp(paragraph, start, loc)
  return paragraph
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
