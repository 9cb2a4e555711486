import type {Paragraph} from 'nlcst'
import type {Root as MdastRoot} from 'mdast'
import type {Position} from 'unist'
import type {Location} from '../text/location.js'

export type Format = 'text' | 'markdown'

/** A block of prose: a paragraph, a list item or a heading. */
export type BlockKind = 'paragraph' | 'item' | 'heading'

/**
 * One block in the document tree. Its only child is the nlcst paragraph of
 * its prose (for plain text, built on first access); `start`/`end` are UTF-16
 * offsets of that prose in the file.
 */
export interface Block {
  type: 'block'
  kind: BlockKind
  start: number
  end: number
  /** Heading depth (1-6) or list nesting depth (1 = top level). */
  depth: number
  /** The bullet or number that introduced a list item (`•`, `-`, `1.`). */
  marker?: string
  position: Position
  children: [Paragraph]
}

/** The document tree: a unist root whose blocks hold nlcst prose. */
export interface DocRoot {
  type: 'root'
  children: Block[]
  position: Position
}

export interface ParsedDocument {
  text: string
  format: Format
  tree: DocRoot
  location: Location
  /** The Markdown syntax tree, for comment markers (Markdown only). */
  mdast?: MdastRoot
  /** Offsets of code and other literal regions (never prose). */
  literals: Array<[number, number]>
  /** Markdown links: their target and the offsets of their text. */
  links: Link[]
}

export interface Link {
  url: string
  start: number
  end: number
}
