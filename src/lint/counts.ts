/**
 * Shared by `list-count`, `paragraph-count` and `heading-count`: compare the
 * number of units of one kind with the source (through the alignment, naming
 * what is missing, extra, merged or split) or with an expected count from the
 * config.
 */
import type {ParsedDocument, Unit} from '../document/index.js'
import type {UnitName} from '../config/schema.js'
import type {RuleContext} from './rule.js'
import {excerpt} from './rule.js'
import type {Link} from '../compare/align.js'
import {addressCounts, addressesIn, type Address} from '../compare/addresses.js'

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
  const weigh = evidence(source.doc, doc)
  // Runs of missing (or extra) units are one finding, not one per unit.
  const groups: Array<{kind: Link['kind']; last: number; s: Unit[]; t: Unit[]; verdict: Verdict}> = []
  for (let position = 0; position < links.length; position++) {
    const link = links[position]!
    if (link.kind === 'match') continue
    let last = position
    if (link.kind === 'missing' || link.kind === 'extra') {
      while (last + 1 < links.length && links[last + 1]!.kind === link.kind) last++
    }
    const group = links.slice(position, last + 1)
    const s = group.flatMap((entry) => entry.source.map((index) => sourceUnits[index]!))
    const t = group.flatMap((entry) => entry.target.map((index) => target[index]!))
    // The links say otherwise: the alignment lost its way in a long list
    // that changed elsewhere, and would name the wrong units.
    const verdict = weigh(link.kind, s, t)
    if (verdict !== 'contradicted') groups.push({kind: link.kind, last, s, t, verdict})
    position = last
  }
  // Past a few differences (a translation behind a source that grew and
  // changed), the alignment still counts right but may name the wrong
  // units: a difference that the links confirm stays an error, the others
  // are warnings, and the count itself is an error of its own.
  const drifted = groups.length > DRIFT
  let errors = 0

  for (const {kind: linkKind, last, s, t, verdict} of groups) {
    const cause = s.length > 0 ? {start: s[0]!.start, end: s[s.length - 1]!.end, reason: `${noun.singular} in the source`} : undefined
    let reason: string
    let place: {start: number; end: number}
    if (linkKind === 'missing') {
      const first = s[0]!
      reason = s.length === 1
        ? `${headline}: ${noun.singular} ${first.index + 1} of ${n} is missing (source: ${quote(first)})`
        : `${headline}: ${noun.plural} ${first.index + 1}–${s[s.length - 1]!.index + 1} of ${n} are missing (source: ${quote(first)} … ${quote(s[s.length - 1]!)})`
      place = gapPlace(links, last, target, doc.text.length)
    } else if (linkKind === 'extra') {
      const first = t[0]!
      reason = t.length === 1
        ? `${headline}: ${words.singular} ${first.index + 1} has no counterpart in the source (${quote(first)})`
        : `${headline}: ${words.plural} ${first.index + 1}–${t[t.length - 1]!.index + 1} have no counterpart in the source (${quote(first)} … ${quote(t[t.length - 1]!)})`
      place = {start: first.start, end: t[t.length - 1]!.end}
    } else if (linkKind === 'merged') {
      const unit = t[0]!
      reason = `${headline}: ${noun.plural} ${s[0]!.index + 1} and ${s[1]!.index + 1} of ${n} appear merged into ${words.singular} ${unit.index + 1} (source: ${quote(s[0]!)} and ${quote(s[1]!)})`
      place = unit
    } else {
      reason = `${headline}: ${noun.singular} ${s[0]!.index + 1} of ${n} appears split into ${words.plural} ${t[0]!.index + 1} and ${t[1]!.index + 1} (source: ${quote(s[0]!)})`
      place = {start: t[0]!.start, end: t[1]!.end}
    }
    const uncertain = drifted && verdict !== 'confirmed'
    const report = {reason, start: place.start, end: place.end, expected: s.slice(0, 20).map((unit) => excerpt(unit.text, 80)), ...(uncertain ? {severity: 'warning' as const} : {})}
    context.report(cause ? {...report, cause} : report)
    if (!uncertain) errors++
  }

  if (errors === 0) {
    // The count is certain where the units named are not: said once, at
    // the first difference (or the last unit).
    const first = groups[0]
    const place = first?.t[0] ?? (first?.kind === 'missing' ? gapPlace(links, first.last, target, doc.text.length) : target[target.length - 1])
    context.report({reason: headline, start: place ? place.start : 0, end: place ? place.end : 0})
  }
}

/** Differences in more than this many places: the translation has drifted from its source. */
const DRIFT = 3

type Verdict = 'contradicted' | 'confirmed' | 'unknown'

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

/**
 * What the links of the units say about a difference the alignment found.
 * Contradicted: a unit called missing whose addresses the translation links
 * to as often as the source (it is there, elsewhere), one called extra whose
 * addresses the source has as often, two units called merged (or one
 * split) that link while the unit of the other side does not link to both.
 * Confirmed: a unit called
 * missing (or extra) links to an address that the other side has fewer
 * times, a merged unit links to both units' addresses. Units without links,
 * and links within the page (`#networking`, whose anchor is translated),
 * give no evidence.
 */
function evidence(sourceDoc: Pick<ParsedDocument, 'links'>, targetDoc: Pick<ParsedDocument, 'links'>): (kind: Link['kind'], s: Unit[], t: Unit[]) => Verdict {
  const outward = (links: readonly Address[]): Address[] => links.filter((link) => !link.url.startsWith('#'))
  const sourceOut = outward(sourceDoc.links)
  const targetOut = outward(targetDoc.links)
  if (sourceOut.length === 0 || targetOut.length === 0) return () => 'unknown'
  const sides = {
    source: {links: sourceOut, counts: addressCounts(sourceOut)},
    target: {links: targetOut, counts: addressCounts(targetOut)}
  }
  type Side = keyof typeof sides
  const opposite = (side: Side): Side => (side === 'source' ? 'target' : 'source')
  /** For each unit, whether the other side links to each of its addresses as often (undefined without links). */
  const kept = (units: Unit[], side: Side): Array<boolean | undefined> => {
    const own = sides[side]
    const other = sides[opposite(side)]
    return units.map((unit) => {
      const urls = addressesIn(own.links, unit)
      if (urls.length === 0) return undefined
      return urls.every((url) => (other.counts.get(url) ?? 0) >= (own.counts.get(url) ?? 0))
    })
  }
  /** Whether a unit of one side links to an address of a unit of the other. */
  const shares = (unit: Unit, side: Side, other: Unit): boolean => {
    const urls = new Set(addressesIn(sides[opposite(side)].links, other))
    return addressesIn(sides[side].links, unit).some((url) => urls.has(url))
  }
  return (kind, s, t) => {
    if (kind === 'missing' || kind === 'extra') {
      const verdicts = kind === 'missing' ? kept(s, 'source') : kept(t, 'target')
      if (verdicts.every((verdict) => verdict === true)) return 'contradicted'
      return verdicts.some((verdict) => verdict === false) ? 'confirmed' : 'unknown'
    }
    // Two units of one side are one unit of the other only if it links to both.
    const [pair, side, one] = kind === 'merged' ? [s, 'source' as const, t[0]!] : [t, 'target' as const, s[0]!]
    if (shares(pair[0]!, side, one) && shares(pair[1]!, side, one)) return 'confirmed'
    // All three link, but not the one to both: they are not one unit.
    const linked = pair.every((unit) => addressesIn(sides[side].links, unit).length > 0) && addressesIn(sides[opposite(side)].links, one).length > 0
    return linked || kept(pair, side).every((verdict) => verdict === true) ? 'contradicted' : 'unknown'
  }
}

