/**
 * Structural alignment of source and translation units of one kind
 * (paragraph i to paragraph i, item j to item j).
 *
 * Equal counts align one to one. When counts differ, a Gale–Church style
 * dynamic programme over unit lengths (plus shared numbers and terms as
 * anchors) finds which units are missing, extra, merged or split. The
 * programme runs in a band around the diagonal, so its cost is
 * O(n × (|n − m| + band)); past a budget it falls back to pairing by index.
 */

export type LinkKind = 'match' | 'missing' | 'extra' | 'merged' | 'split'

export interface Link {
  kind: LinkKind
  /** Indexes of source units (empty for `extra`). */
  source: number[]
  /** Indexes of translation units (empty for `missing`). */
  target: number[]
}

export interface AlignUnit {
  /** Length of the prose in characters. */
  length: number
  /** Anchors: numbers and terms that survive translation. */
  anchors: string[]
  /** Cognate keys: the first four letters of longer words (`memb` in members, membres). */
  cognates: string[]
  /** Number of sentences: translations mostly keep them. */
  sentences: number
  /** The same text as the unit before it: a duplicate, extra by nature. */
  duplicate?: boolean
}

export interface AlignOptions {
  /**
   * Expected length of a translation unit per source character, when known
   * from other units (e.g. from list items whose counts agree).
   */
  ratio?: number
}

const BAND = 8
/** Cells of the table at most; past it, units pair up by index. */
const BUDGET = 1_000_000
const GAP = 3
const MERGE = 3
const COGNATE_WEIGHT = 1.5
const SENTENCE_WEIGHT = 0.8

export function align(source: AlignUnit[], target: AlignUnit[], options: AlignOptions = {}): Link[] {
  const n = source.length
  const m = target.length
  if (n === m) return source.map((_, index) => ({kind: 'match', source: [index], target: [index]}))
  const width = Math.abs(n - m) + BAND
  if ((n + 1) * (2 * width + 1) > BUDGET) return byIndex(n, m)

  // How much longer the translation runs: from units that are known to pair
  // up when the caller knows them, else the median over units paired from
  // the start and from the end (totals are biased by the very unit that is
  // missing).
  return program(source, target, width, options.ratio ?? lengthRatio(source, target)).links ?? byIndex(n, m)
}

/** Steps of the table: how many source and target units each consumes. */
const NONE = 0
const MATCH = 1
const MISSING = 2
const EXTRA = 3
const MERGED = 4
const SPLIT = 5
const STEPS: ReadonlyArray<{kind: LinkKind; source: number; target: number} | undefined> = [
  undefined,
  {kind: 'match', source: 1, target: 1},
  {kind: 'missing', source: 1, target: 0},
  {kind: 'extra', source: 0, target: 1},
  {kind: 'merged', source: 2, target: 1},
  {kind: 'split', source: 1, target: 2}
]

function program(source: AlignUnit[], target: AlignUnit[], width: number, ratio: number): {cost: number; links?: Link[]} {
  const n = source.length
  const m = target.length

  const lengthCost = (s: number, t: number): number => {
    const expected = (s + 1) * ratio
    return Math.abs(Math.log((t + 1) / expected)) * 2.5
  }
  const anchorCost = (a: string[], b: string[]): number => {
    if (a.length === 0 && b.length === 0) return 0
    const set = new Set(b)
    let shared = 0
    for (const anchor of a) if (set.has(anchor)) shared++
    return -shared * 0.8 + (a.length + b.length - 2 * shared) * 0.4
  }
  const union = (units: AlignUnit[]): AlignUnit => ({
    length: units.reduce((sum, unit) => sum + unit.length, 0),
    anchors: units.flatMap((unit) => unit.anchors),
    cognates: units.flatMap((unit) => unit.cognates),
    sentences: units.reduce((sum, unit) => sum + unit.sentences, 0)
  })
  // Pairs of neighbours, built once each (a merge in the source, a split in
  // the translation), not once per cell of the table.
  const sourcePairs = new Map<number, AlignUnit>()
  const targetPairs = new Map<number, AlignUnit>()
  const sourcePair = (i: number): AlignUnit => {
    let pair = sourcePairs.get(i)
    if (!pair) sourcePairs.set(i, (pair = union([source[i - 2]!, source[i - 1]!])))
    return pair
  }
  const targetPair = (j: number): AlignUnit => {
    let pair = targetPairs.get(j)
    if (!pair) targetPairs.set(j, (pair = union([target[j - 2]!, target[j - 1]!])))
    return pair
  }
  const pairCost = (s: AlignUnit, t: AlignUnit): number =>
    lengthCost(s.length, t.length) + anchorCost(s.anchors, t.anchors) - COGNATE_WEIGHT * dice(s.cognates, t.cognates) +
    SENTENCE_WEIGHT * Math.abs(s.sentences - t.sentences)

  // Banded table in typed arrays: row i keeps the 2 × width + 1 columns
  // around the diagonal j ≈ i × m / n.
  const row = 2 * width + 1
  const center = (i: number): number => Math.round((i * m) / Math.max(n, 1))
  const cell = (i: number, j: number): number => {
    const column = j - center(i) + width
    return column < 0 || column >= row || j < 0 || j > m ? -1 : i * row + column
  }
  const cost = new Float64Array((n + 1) * row).fill(Infinity)
  const back = new Uint8Array((n + 1) * row)
  cost[cell(0, 0)] = 0

  for (let i = 0; i <= n; i++) {
    const low = Math.max(0, center(i) - width)
    const high = Math.min(m, center(i) + width)
    for (let j = low; j <= high; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let step = NONE
      const consider = (pi: number, pj: number, value: number, kind: number): void => {
        if (pi < 0 || pj < 0) return
        const index = cell(pi, pj)
        if (index === -1) return
        const previous = cost[index]!
        if (previous + value < best) {
          best = previous + value
          step = kind
        }
      }
      if (i > 0 && j > 0) consider(i - 1, j - 1, pairCost(source[i - 1]!, target[j - 1]!), MATCH)
      if (i > 0) consider(i - 1, j, GAP, MISSING)
      if (j > 0) consider(i, j - 1, target[j - 1]!.duplicate ? 0 : GAP, EXTRA)
      if (i > 1 && j > 0) consider(i - 2, j - 1, MERGE + pairCost(sourcePair(i), target[j - 1]!), MERGED)
      if (i > 0 && j > 1) consider(i - 1, j - 2, MERGE + pairCost(source[i - 1]!, targetPair(j)), SPLIT)
      if (step !== NONE) {
        const index = cell(i, j)
        cost[index] = best
        back[index] = step
      }
    }
  }

  const last = cell(n, m)
  if (last === -1 || back[last] === NONE) return {cost: Infinity}
  const links: Link[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const step = STEPS[back[cell(i, j)]!]!
    const pi = i - step.source
    const pj = j - step.target
    links.push({kind: step.kind, source: range(pi, i), target: range(pj, j)})
    i = pi
    j = pj
  }
  return {cost: cost[last]!, links: links.reverse()}
}


/**
 * How much longer the translation's units are than the source's. Totals are
 * biased by the very unit that is missing or extra, so take the median ratio
 * of units paired from the start and from the end.
 */
export function lengthRatio(source: AlignUnit[], target: AlignUnit[]): number {
  const logs: number[] = []
  const pairs = Math.min(source.length, target.length)
  for (let index = 0; index < pairs; index++) {
    logs.push(Math.log((target[index]!.length + 1) / (source[index]!.length + 1)))
    logs.push(Math.log((target[target.length - 1 - index]!.length + 1) / (source[source.length - 1 - index]!.length + 1)))
  }
  if (logs.length === 0) return 1
  logs.sort((a, b) => a - b)
  const middle = logs.length >> 1
  const median = logs.length % 2 === 1 ? logs[middle]! : (logs[middle - 1]! + logs[middle]!) / 2
  return Math.exp(median)
}

const sets = new WeakMap<string[], Set<string>>()
function setOf(keys: string[]): Set<string> {
  let set = sets.get(keys)
  if (!set) sets.set(keys, (set = new Set(keys)))
  return set
}

/** Dice coefficient of two key sets (0 when both are empty). */
function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const left = setOf(a)
  const right = setOf(b)
  let shared = 0
  for (const key of left) if (right.has(key)) shared++
  return (2 * shared) / (left.size + right.size)
}

function byIndex(n: number, m: number): Link[] {
  const links: Link[] = []
  for (let index = 0; index < Math.max(n, m); index++) {
    if (index < n && index < m) links.push({kind: 'match', source: [index], target: [index]})
    else if (index < n) links.push({kind: 'missing', source: [index], target: []})
    else links.push({kind: 'extra', source: [], target: [index]})
  }
  return links
}

function range(from: number, to: number): number[] {
  const result: number[] = []
  for (let index = from; index < to; index++) result.push(index)
  return result
}
