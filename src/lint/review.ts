/**
 * What the review page (`--format html`) shows of a file: the source and
 * the translation as texts, their units (paragraphs, list items, headings)
 * and the alignment between them as rows in reading order. Built by the
 * engine when asked (`review: true`); plain data, so that it crosses into
 * and out of worker threads.
 */
import type {Outline, Unit} from '../document/index.js'
import type {Alignment} from '../compare/types.js'
import type {LinkKind} from '../compare/align.js'

export interface ReviewUnit {
  kind: Unit['kind']
  /** UTF-16 offsets of the unit's prose in its decoded text. */
  start: number
  end: number
}

export interface ReviewRow {
  kind: Unit['kind']
  /** How the units pair up: `match`, `missing` (no translation), `extra` (no source), `merged`, `split`… */
  link: LinkKind
  /** Indexes into the source's units, in order (empty for `extra`). */
  source: number[]
  /** Indexes into the translation's units (empty for `missing`). */
  target: number[]
}

export interface ReviewSide {
  text: string
  units: ReviewUnit[]
}

export interface Review {
  /** Null when the file was checked without a source: one column. */
  source: (ReviewSide & {path: string | null; language: string}) | null
  translation: ReviewSide
  rows: ReviewRow[]
}

function sideOf(text: string, tree: Outline): ReviewSide {
  return {text, units: tree.units.map((unit) => ({kind: unit.kind, start: unit.start, end: unit.end}))}
}

/**
 * The alignment as rows in reading order: pairs in the order of both texts,
 * a missing unit where it stands in the source, an extra one where it
 * stands in the translation.
 */
export function reviewOf(source: {text: string; outline: Outline; path?: string; language: string} | undefined, translation: {text: string; outline: Outline}, alignment: Alignment | undefined): Review {
  if (!source || !alignment) {
    return {
      source: null,
      translation: sideOf(translation.text, translation.outline),
      rows: translation.outline.units.map((unit, position) => ({kind: unit.kind, link: 'match', source: [], target: [position]}))
    }
  }
  const sourcePosition = new Map(source.outline.units.map((unit, position) => [unit, position]))
  const targetPosition = new Map(translation.outline.units.map((unit, position) => [unit, position]))
  const byKind = {paragraph: 'paragraphs', item: 'items', heading: 'headings'} as const
  const rows: ReviewRow[] = []
  for (const kind of ['paragraph', 'item', 'heading'] as const) {
    for (const link of alignment[kind]) {
      rows.push({
        kind,
        link: link.kind,
        source: link.source.map((index) => sourcePosition.get(source.outline[byKind[kind]][index]!)!).sort((a, b) => a - b),
        target: link.target.map((index) => targetPosition.get(translation.outline[byKind[kind]][index]!)!).sort((a, b) => a - b)
      })
    }
  }
  // Merge two orders: rows with a source by the source's order, rows with
  // a translation by the translation's; a row that has both comes once.
  const bySource = rows.filter((row) => row.source.length > 0).sort((a, b) => a.source[0]! - b.source[0]!)
  const byTarget = rows.filter((row) => row.target.length > 0).sort((a, b) => a.target[0]! - b.target[0]!)
  const ordered: ReviewRow[] = []
  const placed = new Set<ReviewRow>()
  let s = 0
  let t = 0
  while (s < bySource.length || t < byTarget.length) {
    const a = bySource[s]
    const b = byTarget[t]
    if (a && placed.has(a)) s++
    else if (b && placed.has(b)) t++
    else if (a && a.target.length === 0) {
      ordered.push(a)
      placed.add(a)
    } else if (b && b.source.length === 0) {
      ordered.push(b)
      placed.add(b)
    } else {
      const next = a ?? b!
      ordered.push(next)
      placed.add(next)
    }
  }
  return {
    source: {...sideOf(source.text, source.outline), path: source.path ?? null, language: source.language},
    translation: sideOf(translation.text, translation.outline),
    rows: ordered
  }
}
