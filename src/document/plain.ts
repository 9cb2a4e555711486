/**
 * Plain text: prose paragraphs separated by blank lines; list items are lines
 * that start with a bullet (`•`, `-`, `*`, `+`, `–`, …) or a number (`1.`,
 * `2)`). A line that follows an item without a blank line continues it.
 * Headings are numbered label lines (`Article 1`, `1. artikla.`, `1. cikk`,
 * `Artigo I.`, `第一条`) and numbered section titles (`1. Who we are`):
 * see `numberedHeading`.
 */
import type {Block} from './types.js'
import type {Location} from '../text/location.js'
import {lazyProse} from './prose.js'
import {HYPHENS} from '../text/hyphens.js'
import {romanValue} from '../text/roman.js'
import {isOrdinalWord} from '../text/ordinals.js'

/**
 * A bullet or number, then at least one space, then content. Every hyphen
 * (`-`, `‐`, `‑`, …) is a bullet, but the soft hyphen, which is not seen.
 */
const BULLET = new RegExp(`^([ \\t\\u00a0]*)([•◦▪▫‣⁃∙●○■□◆◇➢➤►▸✓✔*+–—${[...HYPHENS].filter((char) => char !== '\u00ad').join('').replace('-', '\\-')}]|(?:\\d{1,3}|[a-zA-Z])[.)])[ \\t\\u00a0]+(?=\\S)`)
const BLANK = /^[\s\u00a0\u200b\ufeff]*$/

/** A word of a label: letters and marks, with hyphens inside (`Kifungu`, `अनुच्छेद`, `Sous-section`). */
const LABEL_WORD = `\\p{L}[\\p{L}\\p{M}${HYPHENS.replace('-', '\\-')}]*`
/**
 * A numbered label, the whole line: one to three words and numbers, with
 * at least one number, and no punctuation but a final `.` (and a `.` or `)`
 * after a number at its start): `1. artikla.`, `1. cikk`, `Article 1`,
 * `Artículo 1.`, `Kifungu cha 1`, `Artigo 1.°`, `Artigo I.`, `Article
 * premier`, `제 1 조`, `第一条`, `第1条`. A number is digits (with an ordinal
 * indicator, `1.°`, `1º`), an uppercase Roman numeral, an ordinal word of
 * one of the languages of src/text/ordinals.ts, or a Chinese or Japanese
 * `第…条`. Not `15. svibnja je kraj.` (four words) nor `Step 1: install`.
 */
const LABEL_TOKEN = new RegExp(`^(?:${LABEL_WORD}|\\d{1,3}(?:\\.?[°ºª])?)$`, 'u')
const CJK_LABEL = /^第[\d０-９一二三四五六七八九十百〇零两兩]{1,6}[条條章节節款项項部篇编編回课課]$/u
/** A word of a section title: a label word, also with an apostrophe (`Qu'est-ce`) or a comma after it. */
const TITLE_WORD = new RegExp(`^(?:${LABEL_WORD}(?:['’]${LABEL_WORD})*|\\d{1,4}),?$`, 'u')
/** Most words in a numbered section title (`1. Who we are`, `2.1 How we use your data`). */
const TITLE_WORDS = 10

/**
 * A numbered section title of four words or more after its number
 * (`1. Who we are`, `2.1 What we collect and why`): words only (commas
 * between them), no final full stop (`15. svibnja je kraj.` is a sentence)
 * nor other sentence punctuation.
 */
function sectionTitle(tokens: string[], line: string): boolean {
  if (tokens.length > TITLE_WORDS + 1 || /[.!?:;]$/.test(line)) return false
  return tokens.slice(1).every((token) => TITLE_WORD.test(token))
}

/** The number that starts a label (`1. artikla.`: 1), 0 when another token is its number, undefined when the line is no label. */
function labelNumber(line: string): number | undefined {
  const trimmed = line.trim()
  const tokens = trimmed.replace(/\.$/, '').split(/[ \t\u00a0]+/)
  if (tokens[0] === '') return undefined
  const lead = /^(\d{1,3})(?:\.\d{1,3})*[.)]?$/.exec(tokens[0]!)
  if (tokens.length > 3) return lead && sectionTitle(tokens, trimmed) ? Number.parseInt(lead[1]!, 10) : undefined
  if (lead) tokens[0] = lead[1]!
  if (!tokens.every((token) => LABEL_TOKEN.test(token) || CJK_LABEL.test(token))) return undefined
  // Digits anywhere (`1. cikk`, `Article 1`, `제 1 조`); a Roman numeral or
  // an ordinal word only last (`Artigo I`, `Article premier`, not `I am
  // here`, `First steps`); alone, only `第一条` or a Roman numeral (`IV.`):
  // a year or a count on a line of its own is text.
  const last = tokens.length - 1
  const numeric = (token: string, index: number): boolean => tokens.length === 1
    ? CJK_LABEL.test(token) || romanValue(token) !== undefined
    : /^\d/.test(token) || (index === last && (romanValue(token) !== undefined || isOrdinalWord(token)))
  if (!tokens.some(numeric)) return undefined
  return /^\d/.test(tokens[0]!) && tokens.length > 1 ? Number.parseInt(tokens[0]!, 10) : 0
}
/** A line that starts with a number (`2.`, `2)`, `2 `): its number. */
const LEAD = /^[ \t\u00a0]*(\d{1,3})(?:[.)]|(?=[ \t\u00a0]))/
const TRAILING_SPACE = /[\s\u00a0\u200b\ufeff]+$/

interface Draft {
  kind: 'paragraph' | 'item' | 'heading'
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
  const near = (index: number, step: number): typeof lines[number] | undefined => {
    // The next non-blank line, across at most one blank line.
    for (let k = index + step, blanks = 0; k >= 0 && k < lines.length; k += step) {
      if (BLANK.test(lines[k]!.text)) {
        if (++blanks > 1) return undefined
        continue
      }
      return lines[k]
    }
    return undefined
  }
  const neighbour = (index: number, step: number): RegExpExecArray | null => near(index, step)?.bullet ?? null
  const ordinal = (marker: string): number => (/^\d/.test(marker) ? Number.parseInt(marker, 10) : marker.toLowerCase().charCodeAt(0) - 96)
  // Next to a bullet, or next to the number before or after it.
  const follows = (marker: string, other: RegExpExecArray | null, step: number): boolean =>
    other !== null && (!numbered(other[2]!) || ordinal(other[2]!) === ordinal(marker) + step)
  /**
   * A numbered heading: a label line (`1. artikla.`, `Article 1`, LABEL)
   * - alone in its block: at the start or after a blank line, and followed
   *   by a blank line or directly by a line of prose (a line that starts
   *   with a bullet or a number makes it part of a list, as before);
   * - followed by more text (a paragraph, or a list after a blank line);
   * - not in a run of numbers: no line just before it (across one blank
   *   line) starts with the number before its own, none just after with the
   *   number after it (`1. Vorträge` / `2. Workshops` is a list).
   * The source's `Article 1` and the translation's `1. artikla.` are both
   * headings, so their paragraphs and items count alike.
   */
  const numberedHeading = (index: number): boolean => {
    const own = labelNumber(lines[index]!.text)
    if (own === undefined) return false
    if (index > 0 && !BLANK.test(lines[index - 1]!.text)) return false
    const next = lines[index + 1]
    if (!next) return false
    if (BLANK.test(next.text)) {
      let k = index + 2
      while (k < lines.length && BLANK.test(lines[k]!.text)) k++
      if (k === lines.length) return false
    } else if (next.bullet || LEAD.test(next.text)) {
      return false
    }
    // `Article 1`: a label that does not start with its number starts no list.
    if (own === 0) return true
    const lead = (line: typeof lines[number] | undefined): number | undefined => {
      const match = line ? LEAD.exec(line.text) : null
      return match ? Number.parseInt(match[1]!, 10) : undefined
    }
    return lead(near(index, -1)) !== own - 1 && lead(near(index, 1)) !== own + 1
  }
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
      const contentEnd = lineStart + line.replace(TRAILING_SPACE, '').length
      if (numberedHeading(index)) {
        indents = []
        const leading = line.length - line.trimStart().length
        // Alone in its block: the line after it, even without a blank line, starts another.
        drafts.push({kind: 'heading', start: lineStart + leading, end: contentEnd, depth: 1})
        return
      }
      const bullet = isItem(index) ? entry.bullet : null
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
