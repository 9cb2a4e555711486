/**
 * Markdown through micromark and mdast (CommonMark, front matter and GFM):
 * headings, paragraphs and list items become blocks; their prose becomes
 * nlcst through mdast-util-to-nlcst, so inline code is a literal and link
 * targets never count as prose.
 */
import type {Root as MdastRoot, Nodes as MdastNodes, Parents as MdastParents} from 'mdast'
import {fromMarkdown, type Extension as TreeExtension} from 'mdast-util-from-markdown'
import type {Extension as SyntaxExtension} from 'micromark-util-types'
import {frontmatter} from 'micromark-extension-frontmatter'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseLatin} from 'parse-latin'
import {VFile} from 'vfile'
import type {Paragraph, Sentence, Nodes as NlcstNodes} from 'nlcst'
import type {Block, BlockKind, Link} from './types.js'
import type {Location} from '../text/location.js'
import {restamp} from './prose.js'

// Front matter (`---` YAML, `+++` TOML) is metadata, never prose: Hugo,
// Docusaurus and MDN pages start with it (`l10n.sourceCommit`).
const FRONT_MATTER: Array<'yaml' | 'toml'> = ['yaml', 'toml']

/**
 * GFM (what remark-gfm adds), construct by construct, each with what a text
 * must contain for it to find anything. A construct costs time on every
 * character (literal autolinks most: they look at every letter that could
 * start an address), so a text is parsed with those it can use only: a
 * translated docs page without URLs or tables parses in half the time, to
 * the same tree (a property test compares it with remark-gfm).
 */
const GFM: Array<{needs: RegExp; syntax: SyntaxExtension; tree: TreeExtension | TreeExtension[]}> = [
  {needs: /https?:\/\/|www\.|@/i, syntax: gfmAutolinkLiteral(), tree: gfmAutolinkLiteralFromMarkdown()},
  {needs: /\[\^/, syntax: gfmFootnote(), tree: gfmFootnoteFromMarkdown()},
  {needs: /~/, syntax: gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown()},
  // A table's delimiter row has a pipe or, with one column, a colon (`:-:`).
  {needs: /\||:-|-:/, syntax: gfmTable(), tree: gfmTableFromMarkdown()},
  {needs: /\[[\sxX]\]/, syntax: gfmTaskListItem(), tree: gfmTaskListItemFromMarkdown()}
]

const parsers = new Map<number, {extensions: SyntaxExtension[]; mdastExtensions: Array<TreeExtension | TreeExtension[]>}>()

/** The mdast of a Markdown text: CommonMark, front matter and the GFM it uses. */
export function markdownTree(text: string): MdastRoot {
  let key = 0
  GFM.forEach((construct, index) => {
    if (construct.needs.test(text)) key |= 1 << index
  })
  let options = parsers.get(key)
  if (!options) {
    const used = GFM.filter((_, index) => key & (1 << index))
    options = {
      extensions: [frontmatter(FRONT_MATTER), ...used.map((construct) => construct.syntax)],
      mdastExtensions: [frontmatterFromMarkdown(FRONT_MATTER), ...used.map((construct) => construct.tree)]
    }
    parsers.set(key, options)
  }
  return fromMarkdown(text, options)
}

/** Node types that never hold prose of their own. */
const IGNORE = ['list', 'code', 'html', 'table', 'definition', 'footnoteDefinition', 'yaml', 'toml']

export interface MarkdownResult {
  mdast: MdastRoot
  blocks: Block[]
  literals: Array<[number, number]>
  links: Link[]
}

export function parseMarkdown(text: string, loc: Location): MarkdownResult {
  const mdast = markdownTree(text)
  const file = new VFile({value: text})
  const blocks: Block[] = []
  const literals: Array<[number, number]> = []
  const links: Link[] = []

  const visit = (node: MdastNodes, listDepth: number): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') {
      if (start !== undefined && end !== undefined) literals.push([start, end])
      return
    }
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'listItem') {
      const kind: BlockKind = node.type === 'heading' ? 'heading' : node.type === 'listItem' ? 'item' : 'paragraph'
      const block = toBlock(node, kind, kind === 'heading' ? (node as {depth: number}).depth : kind === 'item' ? listDepth : 0)
      if (block) blocks.push(block)
      if (node.type === 'listItem') {
        for (const child of node.children) {
          if (child.type === 'list') visit(child, listDepth)
          else if (child.type === 'code' || child.type === 'html') visit(child, listDepth)
        }
      }
      collectInlineLiterals(node)
      return
    }
    if ('children' in node) {
      for (const child of (node as MdastParents).children) visit(child as MdastNodes, node.type === 'list' ? listDepth + 1 : listDepth)
    }
  }

  const collectInlineLiterals = (node: MdastNodes): void => {
    if (node.type === 'link' && node.children.length > 0) {
      const start = node.children[0]!.position?.start.offset
      const end = node.children[node.children.length - 1]!.position?.end.offset
      if (start !== undefined && end !== undefined) links.push({url: node.url, start, end})
    }
    if (node.type === 'inlineCode' || node.type === 'html') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) literals.push([start, end])
      return
    }
    if ('children' in node && node.type !== 'list') {
      for (const child of (node as MdastParents).children) collectInlineLiterals(child as MdastNodes)
    }
  }

  const toBlock = (node: MdastNodes, kind: BlockKind, depth: number): Block | undefined => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    const root = toNlcst(node, file, ParseLatin, {ignore: IGNORE})
    // The prose of a block is one nlcst paragraph: merge what came out.
    const sentences = root.children.flatMap((child) => (child.type === 'ParagraphNode' ? child.children : []))
      .filter((sentence): sentence is Sentence => sentence.type === 'SentenceNode')
    if (sentences.length === 0) return undefined
    reposition(sentences, text, start, end)
    const first = sentences[0]!.position!.start.offset!
    const last = sentences[sentences.length - 1]!.position!.end.offset!
    const paragraph: Paragraph = {
      type: 'ParagraphNode',
      children: sentences,
      position: {start: {line: 0, column: 0, offset: first}, end: {line: 0, column: 0, offset: last}}
    }
    restamp(paragraph, 0, loc)
    const block: Block = {
      type: 'block',
      kind,
      start: first,
      end: last,
      depth,
      position: {start: loc.toPoint(first), end: loc.toPoint(last)},
      children: [paragraph]
    }
    if (kind === 'item') {
      const marker = /^\s*([*+-]|\d{1,9}[.)])/.exec(text.slice(start, Math.min(end, start + 12)))
      if (marker) block.marker = marker[1]!
    }
    return block
  }

  visit(mdast, 0)
  restampMdast(mdast, loc)
  return {mdast, blocks, literals, links}
}

/**
 * Put every nlcst node where its text really is. mdast-util-to-nlcst places
 * text by counting characters of decoded values, so positions drift after
 * an entity (`&nbsp;`), a backslash escape (`\*`) or a continuation line's
 * indent, and nodes may come without a position at all. Walk the leaves in
 * order and find each one's text in the file from where the previous one
 * ended; a leaf that is not written literally (an entity) gets an empty
 * place there. Parents span their children.
 */
function reposition(sentences: Sentence[], text: string, blockStart: number, blockEnd: number): void {
  let cursor = blockStart
  const place = (node: NlcstNodes, start: number, end: number): void => {
    node.position = {start: {line: 0, column: 0, offset: start}, end: {line: 0, column: 0, offset: end}}
  }
  const fix = (node: NlcstNodes): [number, number] | undefined => {
    if ('children' in node) {
      let first: number | undefined
      let last = cursor
      for (const child of node.children as NlcstNodes[]) {
        const range = fix(child)
        if (!range) continue
        first ??= range[0]
        last = range[1]
      }
      if (first === undefined) {
        place(node, cursor, cursor)
        return undefined
      }
      place(node, first, last)
      return [first, last]
    }
    const value = 'value' in node ? node.value : ''
    const reported = node.position?.start.offset
    let at = -1
    if (value !== '') {
      if (reported !== undefined && reported >= cursor && text.startsWith(value, reported)) at = reported
      else {
        const found = text.indexOf(value, cursor)
        if (found !== -1 && found + value.length <= blockEnd) at = found
      }
    }
    if (at === -1) {
      place(node, cursor, cursor)
      return undefined
    }
    cursor = at + value.length
    place(node, at, cursor)
    return [at, cursor]
  }
  for (const sentence of sentences) fix(sentence)
}

/** Give the Markdown tree the same line/column convention as messages. */
function restampMdast(tree: MdastRoot, loc: Location): void {
  restamp(tree as never, 0, loc)
}

