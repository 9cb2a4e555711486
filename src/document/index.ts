import type {Format, ParsedDocument} from './types.js'
import {location} from '../text/location.js'
import {parsePlain} from './plain.js'
import {parseMarkdown} from './markdown.js'

export type {Block, BlockKind, DocRoot, Format, Link, ParsedDocument} from './types.js'
export {outline} from './outline.js'
export type {Outline, Unit, WordToken, NumberToken, SentenceInfo} from './outline.js'

/** Markdown by extension; everything else is plain text. */
export function formatOf(path: string | undefined): Format {
  return path && /\.(md|markdown|mdx|mkd|mdown)$/i.test(path) ? 'markdown' : 'text'
}

/** Parse decoded text into the document tree (blocks of nlcst prose). */
export function parse(text: string, format: Format): ParsedDocument {
  const loc = location(text)
  const end = loc.toPoint(text.length)
  const position = {start: loc.toPoint(0), end}
  if (format === 'markdown') {
    const {mdast, blocks, literals, links} = parseMarkdown(text, loc)
    return {text, format, location: loc, mdast, literals, links, tree: {type: 'root', children: blocks, position}}
  }
  return {text, format, location: loc, literals: [], links: [], tree: {type: 'root', children: parsePlain(text, loc), position}}
}
