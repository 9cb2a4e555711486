/**
 * Shared by `list-count`, `paragraph-count` and `heading-count`: compare the
 * number of units of one kind with the source (through the alignment, naming
 * what is missing, extra, merged or split) or with an expected count from the
 * config.
 */
import type {Unit} from '../parse/index.js'
import type {UnitName} from '../config/schema.js'
import type {RuleContext} from './rule.js'
import {excerpt} from './rule.js'
import type {Link} from './align.js'

type Kind = 'item' | 'paragraph' | 'heading'

const UNITS = {item: 'items', paragraph: 'paragraphs', heading: 'headings'} as const
const EXPECT_KEYS = {item: 'expect.listItems', paragraph: 'expect.paragraphs', heading: 'expect.headings'} as const
const NAME_KEYS = {item: 'listItem', paragraph: 'paragraph', heading: 'heading'} as const
/** What the counts call each kind of unit (and the source's units, unless `names` in the config says otherwise). */
const GENERIC: Record<Kind, UnitName> = {
  item: {singular: 'list item', plural: 'list items'},
  paragraph: {singular: 'paragraph', plural: 'paragraphs'},
  heading: {singular: 'heading', plural: 'headings'}
}

export function checkCount(context: RuleContext<unknown>, kind: Kind, expected: number | undefined): void {
  const words = GENERIC[kind]
  // The source's units by the config's name for them (`commitment`).
  const noun = context.config.names?.[NAME_KEYS[kind]] ?? words
  const target = context.outline[UNITS[kind]]
  const {doc} = context
  const source = context.source
  const alignment = context.alignment

  if (!source || !alignment) {
    if (expected === undefined || expected === target.length) return
    const last = target[target.length - 1]
    const key = EXPECT_KEYS[kind]
    context.report({
      reason: `Expected ${expected} ${expected === 1 ? words.singular : words.plural} (\`${key}\`), found ${target.length}`,
      start: last ? last.start : 0,
      end: last ? last.end : 0
    })
    return
  }

  const sourceUnits = source.outline[UNITS[kind]]
  const n = sourceUnits.length
  const m = target.length
  if (n === m) return
  const headline = `Expected ${n} ${n === 1 ? words.singular : words.plural} as in the source, found ${m}`
  const quote = (unit: Unit): string => `\`${excerpt(unit.text)}\``
  const links = alignment[kind]
  let reported = 0

  for (let position = 0; position < links.length; position++) {
    const link = links[position]!
    if (link.kind === 'match') continue
    // A run of missing (or extra) units is one finding, not one per unit.
    let last = position
    if (link.kind === 'missing' || link.kind === 'extra') {
      while (last + 1 < links.length && links[last + 1]!.kind === link.kind) last++
    }
    const group = links.slice(position, last + 1)
    const s = group.flatMap((entry) => entry.source.map((index) => sourceUnits[index]!))
    const t = group.flatMap((entry) => entry.target.map((index) => target[index]!))
    const cause = s.length > 0 ? {start: s[0]!.start, end: s[s.length - 1]!.end, reason: `${noun.singular} in the source`} : undefined
    let reason: string
    let place: {start: number; end: number}
    if (link.kind === 'missing') {
      const first = s[0]!
      reason = s.length === 1
        ? `${headline}: ${noun.singular} ${first.index + 1} of ${n} is missing (source: ${quote(first)})`
        : `${headline}: ${noun.plural} ${first.index + 1}–${s[s.length - 1]!.index + 1} of ${n} are missing (source: ${quote(first)} … ${quote(s[s.length - 1]!)})`
      place = gapPlace(links, last, target, doc.text.length)
    } else if (link.kind === 'extra') {
      const first = t[0]!
      reason = t.length === 1
        ? `${headline}: ${words.singular} ${first.index + 1} has no counterpart in the source (${quote(first)})`
        : `${headline}: ${words.plural} ${first.index + 1}–${t[t.length - 1]!.index + 1} have no counterpart in the source (${quote(first)} … ${quote(t[t.length - 1]!)})`
      place = {start: first.start, end: t[t.length - 1]!.end}
    } else if (link.kind === 'merged') {
      const unit = t[0]!
      reason = `${headline}: ${noun.plural} ${s[0]!.index + 1} and ${s[1]!.index + 1} of ${n} appear merged into ${words.singular} ${unit.index + 1} (source: ${quote(s[0]!)} and ${quote(s[1]!)})`
      place = unit
    } else {
      reason = `${headline}: ${noun.singular} ${s[0]!.index + 1} of ${n} appears split into ${words.plural} ${t[0]!.index + 1} and ${t[1]!.index + 1} (source: ${quote(s[0]!)})`
      place = {start: t[0]!.start, end: t[1]!.end}
    }
    const report = {reason, start: place.start, end: place.end, expected: s.slice(0, 20).map((unit) => excerpt(unit.text, 80))}
    context.report(cause ? {...report, cause} : report)
    reported++
    position = last
  }

  if (reported === 0) {
    const last = target[target.length - 1]
    context.report({reason: headline, start: last ? last.start : 0, end: last ? last.end : 0})
  }
}

/**
 * Where a missing unit should be: an empty place right before the next
 * translation unit, or right after the previous one at the end.
 */
function gapPlace(links: Link[], position: number, target: Unit[], length: number): {start: number; end: number} {
  for (let index = position + 1; index < links.length; index++) {
    const next = links[index]!.target[0]
    if (next !== undefined) return {start: target[next]!.start, end: target[next]!.start}
  }
  for (let index = position - 1; index >= 0; index--) {
    const previous = links[index]!.target
    const last = previous[previous.length - 1]
    if (last !== undefined) return {start: target[last]!.end, end: target[last]!.end}
  }
  return {start: 0, end: Math.min(0, length)}
}
