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
const BUDGET = 4_000_000
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

  // Banded table: row i keeps columns around the diagonal j ≈ i × m / n.
  const center = (i: number): number => Math.round((i * m) / Math.max(n, 1))
  const cost = new Map<number, number>()
  const back = new Map<number, [number, number, LinkKind]>()
  const key = (i: number, j: number): number => i * (m + 1) + j
  const inBand = (i: number, j: number): boolean => j >= 0 && j <= m && Math.abs(j - center(i)) <= width
  cost.set(key(0, 0), 0)

  for (let i = 0; i <= n; i++) {
    const low = Math.max(0, center(i) - width)
    const high = Math.min(m, center(i) + width)
    for (let j = low; j <= high; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let step: [number, number, LinkKind] | undefined
      const consider = (pi: number, pj: number, value: number, kind: LinkKind): void => {
        if (pi < 0 || pj < 0 || !inBand(pi, pj)) return
        const previous = cost.get(key(pi, pj))
        if (previous === undefined) return
        if (previous + value < best) {
          best = previous + value
          step = [pi, pj, kind]
        }
      }
      if (i > 0 && j > 0) consider(i - 1, j - 1, pairCost(source[i - 1]!, target[j - 1]!), 'match')
      if (i > 0) consider(i - 1, j, GAP, 'missing')
      if (j > 0) consider(i, j - 1, target[j - 1]!.duplicate ? 0 : GAP, 'extra')
      if (i > 1 && j > 0) consider(i - 2, j - 1, MERGE + pairCost(sourcePair(i), target[j - 1]!), 'merged')
      if (i > 0 && j > 1) consider(i - 1, j - 2, MERGE + pairCost(source[i - 1]!, targetPair(j)), 'split')
      if (step) {
        cost.set(key(i, j), best)
        back.set(key(i, j), step)
      }
    }
  }

  if (!back.has(key(n, m))) return {cost: Infinity}
  const links: Link[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [pi, pj, kind] = back.get(key(i, j))!
    const sourceIndexes = range(pi, i)
    const targetIndexes = range(pj, j)
    links.push({kind, source: sourceIndexes, target: targetIndexes})
    i = pi
    j = pj
  }
  return {cost: cost.get(key(n, m))!, links: links.reverse()}
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
