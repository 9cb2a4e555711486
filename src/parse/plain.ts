/**
 * Plain text: prose paragraphs separated by blank lines; list items are lines
 * that start with a bullet (`•`, `-`, `*`, `+`, `–`, …) or a number (`1.`,
 * `2)`). A line that follows an item without a blank line continues it.
 */
import type {Block} from './types.js'
import type {Location} from '../text/location.js'
import {lazyProse} from './prose.js'
import {HYPHENS} from '../text/hyphens.js'

/**
 * A bullet or number, then at least one space, then content. Every hyphen
 * (`-`, `‐`, `‑`, …) is a bullet, but the soft hyphen, which is not seen.
 */
const BULLET = new RegExp(`^([ \\t\\u00a0]*)([•◦▪▫‣⁃∙●○■□◆◇➢➤►▸✓✔*+–—${[...HYPHENS].filter((char) => char !== '\u00ad').join('').replace('-', '\\-')}]|(?:\\d{1,3}|[a-zA-Z])[.)])[ \\t\\u00a0]+(?=\\S)`)
const BLANK = /^[\s\u00a0\u200b\ufeff]*$/
const TRAILING_SPACE = /[\s\u00a0\u200b\ufeff]+$/

interface Draft {
  kind: 'paragraph' | 'item'
  start: number
  end: number
  depth: number
  marker?: string
}

export function parsePlain(text: string, loc: Location): Block[] {
  const drafts: Draft[] = []
  let current: Draft | undefined
  // Indents of the open list levels, for nesting depth.
  let indents: number[] = []

  // Lines first: a number (`3.`) starts an item only in a run of items or
  // as the first of a list (`1.`), so that a paragraph opening with a date
  // (`3. Oktober …`, `15. svibnja …`) stays a paragraph.
  const lines: Array<{start: number; end: number; text: string; bullet: RegExpExecArray | null}> = []
  const newline = /\r\n|\r|\n/g
  let lineStart = 0
  while (lineStart <= text.length) {
    newline.lastIndex = lineStart
    const match = newline.exec(text)
    const lineEnd = match ? match.index : text.length
    const line = text.slice(lineStart, lineEnd)
    lines.push({start: lineStart, end: lineEnd, text: line, bullet: BLANK.test(line) ? null : BULLET.exec(line)})
    if (!match) break
    lineStart = match.index + match[0].length
  }
  const numbered = (marker: string): boolean => /^(?:\d{1,3}|[a-zA-Z])[.)]$/.test(marker)
  const first = (marker: string): boolean => /^(?:0*1|a|A)[.)]$/.test(marker)
  const neighbour = (index: number, step: number): RegExpExecArray | null => {
    // The next non-blank line, across at most one blank line.
    for (let k = index + step, blanks = 0; k >= 0 && k < lines.length; k += step) {
      if (BLANK.test(lines[k]!.text)) {
        if (++blanks > 1) return null
        continue
      }
      return lines[k]!.bullet
    }
    return null
  }
  const ordinal = (marker: string): number => (/^\d/.test(marker) ? Number.parseInt(marker, 10) : marker.toLowerCase().charCodeAt(0) - 96)
  // Next to a bullet, or next to the number before or after it.
  const follows = (marker: string, other: RegExpExecArray | null, step: number): boolean =>
    other !== null && (!numbered(other[2]!) || ordinal(other[2]!) === ordinal(marker) + step)
  const isItem = (index: number): boolean => {
    const bullet = lines[index]!.bullet
    if (!bullet) return false
    const marker = bullet[2]!
    if (!numbered(marker)) return true
    return first(marker) || follows(marker, neighbour(index, -1), -1) || follows(marker, neighbour(index, 1), 1)
  }

  lines.forEach((entry, index) => {
    const line = entry.text
    lineStart = entry.start
    if (BLANK.test(line)) {
      current = undefined
    } else {
      const bullet = isItem(index) ? entry.bullet : null
      const contentEnd = lineStart + line.replace(TRAILING_SPACE, '').length
      if (bullet) {
        const indent = bullet[1]!.length
        while (indents.length > 0 && indent < indents[indents.length - 1]!) indents.pop()
        if (indents.length === 0 || indent > indents[indents.length - 1]!) indents.push(indent)
        current = {
          kind: 'item',
          start: lineStart + bullet[0].length,
          end: contentEnd,
          depth: indents.length,
          marker: bullet[2]!
        }
        drafts.push(current)
      } else if (current) {
        current.end = contentEnd
      } else {
        indents = []
        const leading = line.length - line.trimStart().length
        current = {kind: 'paragraph', start: lineStart + leading, end: contentEnd, depth: 0}
        drafts.push(current)
      }
    }
  })

  return drafts.map((draft) => {
    const block: Omit<Block, 'children'> = {
      type: 'block',
      kind: draft.kind,
      start: draft.start,
      end: draft.end,
      depth: draft.depth,
      position: {start: loc.toPoint(draft.start), end: loc.toPoint(draft.end)}
    }
    if (draft.marker !== undefined) block.marker = draft.marker
    return lazyProse(block, text, loc)
  })
}
