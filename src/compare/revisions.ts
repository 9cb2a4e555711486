/**
 * What changed between two versions of one document (the source as a
 * translation last followed it, and the source now): the units
 * (paragraphs, list items, headings) added, removed and changed, in the
 * order of the document. The `stale` rule names them.
 *
 * Units are lined up by a longest common subsequence of their texts (kind
 * and text equal once whitespace, case and Markdown emphasis are set
 * aside), so a reflowed paragraph or a `*` that became `_` is no change.
 * Between two units kept as they were, a removed unit and an added unit of
 * the same kind that share enough of their words are one changed unit
 * (paired by a small alignment of their own); the others stay removed and
 * added. The subsequence is exact while the part that differs (after the
 * common start and end) has at most `maxCells` pairs of units (a table of
 * 2 bytes a pair); past that, units whose text occurs once on each side
 * anchor it (patience diff) and the parts between are compared the same
 * way, or, with no anchor left, taken as removed and added (`exact` is then
 * false).
 */
import type {Outline, Unit} from '../document/index.js'

/** One difference, with units of the previous and of the current outline. */
export type Revision =
  | {type: 'added'; current: Unit; preceding: Unit | undefined; following: Unit | undefined}
  | {type: 'removed'; previous: Unit; preceding: Unit | undefined; following: Unit | undefined}
  | {type: 'changed'; previous: Unit; current: Unit; similarity: number}

/**
 * `preceding` and `following` are where an added or removed unit is in the
 * current outline: the nearest current units before and after it that were
 * there before too (unchanged or changed); undefined at the start or end.
 */
export interface Revisions {
  /** The differences in document order (a removed unit where it was). */
  changes: Revision[]
  /** Units that are the same in both. */
  unchanged: number
  /** Whether the alignment is a longest common subsequence (false: approximated for a huge difference). */
  exact: boolean
}

export interface RevisionOptions {
  /** Least similarity (0–1) of a removed and an added unit taken as one changed unit (default 0.5). */
  similar?: number
  /** Most pairs of units compared exactly (default 4,000,000: 8 MB). */
  maxCells?: number
}

const SIMILAR = 0.5
const MAX_CELLS = 4_000_000
/** Most pairs of removed and added units weighed against each other in one place; past it they pair in order. */
const MAX_PAIRING_CELLS = 250_000
/** How deep the anchored comparison of a huge difference may recurse. */
const MAX_DEPTH = 64

/** A unit's text as compared: whitespace, case and Markdown emphasis and code marks set aside. */
export function unitText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[*`]+/g, '')
    .replace(/(^|[^\p{L}\p{N}_])_+|_+(?=[^\p{L}\p{N}_]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

type Bag = Map<string, number>

const bags = new WeakMap<Unit, Bag>()

function tokens(unit: Unit): Bag {
  const known = bags.get(unit)
  if (known) return known
  const bag: Bag = new Map()
  for (const word of unit.words) {
    const value = word.value.toLowerCase()
    bag.set(value, (bag.get(value) ?? 0) + 1)
  }
  bags.set(unit, bag)
  return bag
}

function bigrams(text: string): Bag {
  const bag: Bag = new Map()
  const chars = [...text]
  for (let index = 0; index + 1 < chars.length; index++) {
    const pair = chars[index]! + chars[index + 1]!
    bag.set(pair, (bag.get(pair) ?? 0) + 1)
  }
  return bag
}

/** The Dice coefficient of two multisets. */
function dice(a: Bag, b: Bag): number {
  let sizeA = 0
  let sizeB = 0
  let shared = 0
  for (const count of a.values()) sizeA += count
  for (const [key, count] of b) {
    sizeB += count
    shared += Math.min(count, a.get(key) ?? 0)
  }
  return sizeA + sizeB === 0 ? 1 : (2 * shared) / (sizeA + sizeB)
}

/**
 * How alike two units are (0–1): the share of words (numbers included)
 * they have in common (Dice), and for short units (three words or fewer, where one
 * corrected word is most of it) of letter pairs too. Units of different
 * kinds are not alike.
 */
export function similarity(a: Unit, b: Unit): number {
  if (a.kind !== b.kind) return 0
  const words = dice(tokens(a), tokens(b))
  if (Math.min(a.words.length, b.words.length) > 3) return words
  return Math.max(words, dice(bigrams(unitText(a.text)), bigrams(unitText(b.text))))
}

/** Compare two versions of one document's outline. */
export function diffOutlines(previous: Outline, current: Outline, options: RevisionOptions = {}): Revisions {
  const similar = options.similar ?? SIMILAR
  const maxCells = options.maxCells ?? MAX_CELLS
  const ids = new Map<string, number>()
  const idOf = (unit: Unit): number => {
    const key = `${unit.kind}\u0000${unitText(unit.text)}`
    let id = ids.get(key)
    if (id === undefined) {
      id = ids.size
      ids.set(key, id)
    }
    return id
  }
  const a = Int32Array.from(previous.units, idOf)
  const b = Int32Array.from(current.units, idOf)
  const state = {exact: true}
  const pairs = commonPairs(a, b, maxCells, state)

  type Entry = Revision | {type: 'kept'; current: Unit}
  const entries: Entry[] = []
  let i = 0
  let j = 0
  for (const [pi, pj] of [...pairs, [a.length, b.length] as const]) {
    if (pi > i || pj > j) entries.push(...pairUp(previous.units.slice(i, pi), current.units.slice(j, pj), similar))
    if (pi < a.length) entries.push({type: 'kept', current: current.units[pj]!})
    i = pi + 1
    j = pj + 1
  }

  // Where the added and removed units are: their nearest neighbours that were there before.
  let last: Unit | undefined
  for (const entry of entries) {
    if (entry.type === 'added' || entry.type === 'removed') entry.preceding = last
    else last = entry.current
  }
  last = undefined
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!
    if (entry.type === 'added' || entry.type === 'removed') entry.following = last
    else last = entry.current
  }
  const changes = entries.filter((entry): entry is Revision => entry.type !== 'kept')
  return {changes, unchanged: pairs.length, exact: state.exact}
}

/**
 * The units removed and added between two kept ones: pairs of the same kind
 * similar enough are changed units, chosen to be most alike in all (an
 * alignment of their own), the others removed (first) and added.
 */
function pairUp(removed: Unit[], added: Unit[], similar: number): Revision[] {
  const none = {preceding: undefined, following: undefined}
  const n = removed.length
  const m = added.length
  if (n === 0 || m === 0) {
    return [...removed.map((unit) => ({type: 'removed' as const, previous: unit, ...none})), ...added.map((unit) => ({type: 'added' as const, current: unit, ...none}))]
  }
  const out: Revision[] = []
  if (n * m > MAX_PAIRING_CELLS) {
    // Too many to weigh against each other: the k-th removed unit of a kind pairs with the k-th added one.
    const pending = new Map<string, Unit[]>()
    for (const unit of removed) pending.set(unit.kind, [...(pending.get(unit.kind) ?? []), unit])
    const paired = new Map<Unit, {previous: Unit; score: number}>()
    const taken = new Set<Unit>()
    for (const unit of added) {
      const candidate = pending.get(unit.kind)?.shift()
      if (!candidate) continue
      const score = similarity(candidate, unit)
      if (score >= similar) {
        paired.set(unit, {previous: candidate, score})
        taken.add(candidate)
      }
    }
    for (const unit of removed) if (!taken.has(unit)) out.push({type: 'removed', previous: unit, ...none})
    for (const unit of added) {
      const pair = paired.get(unit)
      out.push(pair ? {type: 'changed', previous: pair.previous, current: unit, similarity: pair.score} : {type: 'added', current: unit, ...none})
    }
    return out
  }
  const width = m + 1
  const score = new Float64Array((n + 1) * width)
  const alike = new Float64Array(n * m)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const value = removed[i]!.kind === added[j]!.kind ? similarity(removed[i]!, added[j]!) : 0
      alike[i * m + j] = value
      const skip = Math.max(score[(i + 1) * width + j]!, score[i * width + j + 1]!)
      score[i * width + j] = value >= similar ? Math.max(skip, score[(i + 1) * width + j + 1]! + value) : skip
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    const value = alike[i * m + j]!
    const here = score[i * width + j]!
    if (value >= similar && here === score[(i + 1) * width + j + 1]! + value) {
      out.push({type: 'changed', previous: removed[i]!, current: added[j]!, similarity: value})
      i++
      j++
    } else if (score[(i + 1) * width + j]! >= score[i * width + j + 1]!) {
      out.push({type: 'removed', previous: removed[i++]!, ...none})
    } else {
      out.push({type: 'added', current: added[j++]!, ...none})
    }
  }
  while (i < n) out.push({type: 'removed', previous: removed[i++]!, ...none})
  while (j < m) out.push({type: 'added', current: added[j++]!, ...none})
  return out
}

/**
 * Index pairs of a longest common subsequence of two sequences of ids, in
 * order: exact while the part between the common start and end has at most
 * `maxCells` pairs, else anchored on ids that occur once on each side.
 */
export function commonPairs(a: ArrayLike<number>, b: ArrayLike<number>, maxCells = MAX_CELLS, state = {exact: true}): Array<[number, number]> {
  const pairs: Array<[number, number]> = []

  const match = (a0: number, a1: number, b0: number, b1: number, depth: number): void => {
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) pairs.push([a0++, b0++])
    const tail: Array<[number, number]> = []
    while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) tail.push([--a1, --b1])
    if (a0 < a1 && b0 < b1) {
      if ((a1 - a0) * (b1 - b0) <= maxCells) table(a0, a1, b0, b1)
      else anchored(a0, a1, b0, b1, depth)
    }
    for (let index = tail.length - 1; index >= 0; index--) pairs.push(tail[index]!)
  }

  const table = (a0: number, a1: number, b0: number, b1: number): void => {
    const n = a1 - a0
    const m = b1 - b0
    const width = m + 1
    // Lengths never exceed the shorter side.
    const length = Math.min(n, m) < 0xffff ? new Uint16Array((n + 1) * width) : new Uint32Array((n + 1) * width)
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        length[i * width + j] = a[a0 + i] === b[b0 + j]
          ? length[(i + 1) * width + j + 1]! + 1
          : Math.max(length[(i + 1) * width + j]!, length[i * width + j + 1]!)
      }
    }
    let i = 0
    let j = 0
    while (i < n && j < m) {
      if (a[a0 + i] === b[b0 + j]) pairs.push([a0 + i++, b0 + j++])
      else if (length[(i + 1) * width + j]! >= length[i * width + j + 1]!) i++
      else j++
    }
  }

  const anchored = (a0: number, a1: number, b0: number, b1: number, depth: number): void => {
    state.exact = false
    if (depth >= MAX_DEPTH) return
    const seen = new Map<number, {a: number; b: number}>()
    for (let i = a0; i < a1; i++) {
      const entry = seen.get(a[i]!)
      if (entry) entry.a++
      else seen.set(a[i]!, {a: 1, b: 0})
    }
    const positionInB = new Map<number, number>()
    for (let j = b0; j < b1; j++) {
      const entry = seen.get(b[j]!)
      if (!entry) continue
      entry.b++
      positionInB.set(b[j]!, j)
    }
    const candidates: Array<[number, number]> = []
    for (let i = a0; i < a1; i++) {
      const entry = seen.get(a[i]!)!
      if (entry.a === 1 && entry.b === 1) candidates.push([i, positionInB.get(a[i]!)!])
    }
    // The longest run of unique pairs in order on both sides (patience sorting).
    const tops: number[] = []
    const back = new Int32Array(candidates.length).fill(-1)
    for (let k = 0; k < candidates.length; k++) {
      const value = candidates[k]![1]
      let low = 0
      let high = tops.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (candidates[tops[middle]!]![1] < value) low = middle + 1
        else high = middle
      }
      if (low > 0) back[k] = tops[low - 1]!
      tops[low] = k
    }
    const anchors: Array<[number, number]> = []
    for (let k = tops.length > 0 ? tops[tops.length - 1]! : -1; k !== -1; k = back[k]!) anchors.push(candidates[k]!)
    anchors.reverse()
    let i = a0
    let j = b0
    for (const [ai, bj] of anchors) {
      match(i, ai, j, bj, depth + 1)
      pairs.push([ai, bj])
      i = ai + 1
      j = bj + 1
    }
    if (anchors.length > 0) match(i, a1, j, b1, depth + 1)
  }

  match(0, a.length, 0, b.length, 0)
  return pairs
}
