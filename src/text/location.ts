/**
 * Offsets into the decoded text to line and column as an editor shows them.
 *
 * - Lines end at LF, CRLF or a lone CR.
 * - Columns count Unicode code points from 1: an astral character (an emoji,
 *   a CJK extension character) is one column, a tab is one column.
 * - A byte order mark is stripped while decoding, so it never counts.
 *
 * Offsets are UTF-16 indices into the decoded string (what JavaScript uses).
 */

export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column in code points. */
  column: number
  /** 0-based UTF-16 offset into the decoded text. */
  offset: number
}

export interface Location {
  toPoint(offset: number): Point
  /** Offset of a line/column pair, or `undefined` when outside the text. */
  toOffset(line: number, column: number): number | undefined
  /** Number of lines. */
  readonly lines: number
}

/** The offset where each line starts (lines end at LF, CRLF or a lone CR). */
export function lineStarts(text: string): number[] {
  const starts: number[] = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) {
      starts.push(index + 1)
    } else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++
      starts.push(index + 1)
    }
  }
  return starts
}

/** The 0-based line of `offset`, given the lines' `starts`. */
export function lineIndex(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return low
}

export function location(text: string): Location {
  const starts = lineStarts(text)

  // Fast path: without surrogates a column is a UTF-16 distance.
  const astral = /[\uD800-\uDFFF]/.test(text)

  const lineOf = (offset: number): number => lineIndex(starts, offset)

  // With surrogates, a column is the UTF-16 distance minus the surrogate
  // pairs before it. Pairs are counted once per block of text, so a column
  // costs at most one block's walk, in any order, on any line length.
  const BLOCK = 1024
  const pairsAtBlock = astral ? countPairs() : undefined

  function countPairs(): Int32Array {
    const counts = new Int32Array(Math.floor(text.length / BLOCK) + 1)
    let pairs = 0
    for (let index = 0; index <= text.length; index++) {
      if (index % BLOCK === 0) counts[index / BLOCK] = pairs
      if (isPair(index)) pairs++
    }
    return counts
  }

  function isPair(index: number): boolean {
    const code = text.charCodeAt(index)
    if (code < 0xd800 || code > 0xdbff) return false
    const next = text.charCodeAt(index + 1)
    return next >= 0xdc00 && next <= 0xdfff
  }

  /** Surrogate pairs that lie wholly before `offset`. */
  function pairsBefore(offset: number): number {
    const block = Math.floor(offset / BLOCK)
    let pairs = pairsAtBlock![block]!
    let index = block * BLOCK
    // A pair that straddles the block's start is counted in `pairsAtBlock`:
    // skip its second half, or take it back when `offset` splits it.
    if (index > 0 && isPair(index - 1)) {
      if (offset <= index) pairs--
      else index++
    }
    for (; index + 1 < offset; index++) {
      if (isPair(index)) {
        pairs++
        index++
      }
    }
    return pairs
  }

  function columnOf(lineStart: number, offset: number): number {
    if (!astral) return offset - lineStart + 1
    return offset - lineStart - (pairsBefore(offset) - pairsBefore(lineStart)) + 1
  }

  return {
    lines: starts.length,
    toPoint(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length))
      const line = lineOf(clamped)
      return {line: line + 1, column: columnOf(starts[line]!, clamped), offset: clamped}
    },
    toOffset(line, column) {
      const start = starts[line - 1]
      if (start === undefined || column < 1) return undefined
      const end = line < starts.length ? starts[line]! : text.length
      let offset = start
      let current = 1
      while (current < column && offset < end) {
        const code = text.charCodeAt(offset)
        offset += code >= 0xd800 && code <= 0xdbff ? 2 : 1
        current++
      }
      return current === column ? offset : undefined
    }
  }
}
