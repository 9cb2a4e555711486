/**
 * What every rule shares: the source's required terms and where they occur,
 * the text that is protected from judgement (names, terms, URLs, code), and
 * the structural alignment of source and translation.
 */
import type {Outline, Unit, ParsedDocument} from '../document/index.js'
import type {Language} from '../language/index.js'
import type {TermSetting} from '../config/schema.js'
import {definitionAt, isAcronym, termMatcher, type TermMatch, type TermSpec} from '../text/terms.js'
import {align, lengthRatio, type AlignUnit} from './align.js'
import {addressesIn, firstAtOrAfter, type Address} from './addresses.js'
import {romanize} from '../text/scripts.js'
import type {Alignment, SourceView, TermOccurrences} from './types.js'
import {overlaps} from '../text/ranges.js'

/**
 * Acronyms written in the source (IWCA), in order of first appearance. Not
 * acronyms: words in capitals for emphasis (three or more in a row, as in
 * `THIS IS VERY IMPORTANT`), Roman numerals, and the capitals that start a
 * name (`IDeserve`).
 */
export function sourceAcronyms(outline: Outline): string[] {
  const seen = new Set<string>()
  for (const unit of outline.units) {
    const words = unit.words
    const heads = words.map((word) => (word.literal ? '' : acronymHead(word.value)))
    heads.forEach((head, index) => {
      if (!head || !isAcronym(head) || /^\d/.test(head) || isRomanNumeral(head)) return
      // Part of a run of capitalised words: emphasis, not a name.
      let run = 1
      for (let k = index - 1; k >= 0 && heads[k] && words[k]!.sentence === words[index]!.sentence; k--) run++
      for (let k = index + 1; k < heads.length && heads[k] && words[k]!.sentence === words[index]!.sentence; k++) run++
      if (run >= 3) return
      seen.add(head)
    })
  }
  return [...seen]
}

/** `IWCA` in `IWCA`, `IWCA's`, `IWCAs`, `IWCA-led`; nothing in `IDeserve`. */
function acronymHead(word: string): string | undefined {
  return /^([\p{Lu}\d]{2,})(?:s|['’]\p{L}{0,3}|[-:].*)?$/u.exec(word)?.[1]
}

function isRomanNumeral(value: string): boolean {
  return /^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/.test(value)
}

/**
 * The source's acronyms that it defines as names where it first uses them
 * (headings aside): `International Writing Centers Association (IWCA)`,
 * `IWCA (International …)`. Those are the terms a translation must keep,
 * unlike the acronyms a text merely uses (`JSON`), defines as phrases of its
 * language (`BFS (breadth-first search)`), or names in a title after using
 * them (`How CPU executes a program`, later `The Central Processing Unit
 * (CPU)`): translations may translate those.
 */
export function definedAcronyms(doc: ParsedDocument, outline: Outline, acronyms: string[]): string[] {
  const running = outline.units.filter((unit) => unit.kind !== 'heading')
  return acronyms.filter((acronym) => {
    const matcher = termMatcher({term: acronym, variants: [], transliterate: false}, 'Latn')
    const first = findInUnits(running, matcher.find).sort((a, b) => a.start - b.start)[0]
    return first !== undefined && definitionAt(doc.text, first.start, first.end)?.name === true
  })
}

export type TermSpecOf = TermSpec & {configured: boolean; required: boolean}

/**
 * Term specs for a target language: source acronyms plus configured terms.
 * Required are the acronyms the source defines (`defined`) and the
 * configured terms; the other acronyms are only known (protected, checked
 * for misspellings).
 */
export function termSpecs(acronyms: string[], settings: TermSetting[], language: Language, defined: readonly string[] = []): TermSpecOf[] {
  const specs = new Map<string, TermSpecOf>()
  for (const acronym of acronyms) specs.set(acronym, {term: acronym, variants: [], transliterate: true, configured: false, required: defined.includes(acronym)})
  for (const setting of settings) {
    const term = typeof setting === 'string' ? setting : setting.term
    const variants = typeof setting === 'string' ? [] : [
      ...(setting.variants?.[language.tag] ?? []),
      ...(language.tag !== language.base ? setting.variants?.[language.base] ?? [] : []),
      ...(setting.variants?.['*'] ?? [])
    ]
    const transliterate = typeof setting === 'string' ? true : setting.transliterate ?? true
    const existing = specs.get(term)
    specs.set(term, {
      term,
      variants: [...(existing?.variants ?? []), ...variants],
      transliterate,
      configured: existing ? existing.configured : true,
      required: true
    })
  }
  return [...specs.values()]
}

/** Occurrences of a matcher in the prose units of a document. */
export function findInUnits(units: Unit[], find: (text: string) => TermMatch[]): TermMatch[] {
  const found: TermMatch[] = []
  for (const unit of units) {
    for (const match of find(unit.text)) {
      found.push({start: unit.start + match.start, end: unit.start + match.end, value: match.value})
    }
  }
  return found
}

export function findTerms(
  specs: TermSpecOf[],
  language: Language,
  target: Outline,
  source: SourceView | undefined
): TermOccurrences[] {
  return specs.map((spec) => {
    const matcher = termMatcher(spec, language.script, language.base)
    const sourceMatcher = termMatcher({term: spec.term, variants: [], transliterate: false}, 'Latn')
    return {
      matcher,
      configured: spec.configured,
      required: spec.required,
      source: source ? findInUnits(source.outline.units, sourceMatcher.find) : [],
      target: findInUnits(target.units, matcher.find)
    }
  })
}

/**
 * Names written out before their acronym, as in `International Writing
 * Centers Association (IWCA)`: the run of capitalised words (with short
 * lower-case links such as `of`, `de`) that ends right before `(TERM)`.
 */
export function namesBeforeTerms(doc: ParsedDocument, terms: TermMatch[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const match of terms) {
    let index = match.start - 1
    while (index >= 0 && /[\s\u00a0]/.test(doc.text[index]!)) index--
    if (doc.text[index] !== '(') continue
    index--
    let start = -1
    let words = 0
    // Walk words backwards while they are capitalised or short links.
    for (;;) {
      while (index >= 0 && /[ \t\u00a0]/.test(doc.text[index]!)) index--
      let end = index + 1
      while (index >= 0 && /[\p{L}\p{M}'’\-]/u.test(doc.text[index]!)) index--
      const word = doc.text.slice(index + 1, end)
      if (word === '') break
      const capital = /^\p{Lu}/u.test(word)
      if (!capital && !(word.length <= 3 && words > 0)) break
      if (capital) {
        start = index + 1
        words++
      }
      if (words > 12) break
    }
    if (start !== -1 && words >= 2) ranges.push([start, match.start - 1])
  }
  return ranges
}

/** Literal occurrences of configured phrases (case-insensitive, linear). */
export function findPhrases(text: string, phrases: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const lower = text.toLowerCase()
  for (const phrase of phrases) {
    const needle = phrase.toLowerCase()
    if (needle === '') continue
    let from = 0
    for (;;) {
      const index = lower.indexOf(needle, from)
      if (index === -1) break
      ranges.push([index, index + needle.length])
      from = index + needle.length
    }
  }
  return ranges
}

/** A sorted, merged set of ranges with a fast overlap test. */
export function rangeSet(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])
  const merged: Array<[number, number]> = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return (start, end) => overlaps(merged, start, end)
}

function toAlignUnits(units: Unit[], anchors: (unit: Unit) => string[]): AlignUnit[] {
  const normalized = units.map((unit) => unit.text.replace(/\s+/g, ' ').trim())
  return units.map((unit, index) => {
    const entry: AlignUnit = {length: [...unit.text].length, anchors: anchors(unit), cognates: cognates(unit), sentences: unit.sentences.length}
    if (index > 0 && normalized[index] !== '' && normalized[index] === normalized[index - 1]) entry.duplicate = true
    return entry
  })
}

/** First four letters (romanised, without accents and doubled letters) of words of five letters or more. */
function cognates(unit: Unit): string[] {
  const keys: string[] = []
  for (const word of unit.words) {
    if (word.literal || [...word.value].length < 5) continue
    keys.push(cognateKey(word.value))
  }
  return keys
}

const cognateKeys = new Map<string, string>()

/** Accents and doubled letters vary between cognates: support, suport. */
function cognateKey(word: string): string {
  let key = cognateKeys.get(word)
  if (key === undefined) {
    key = romanize(word).replace(/(\p{L})\1/gu, '$1').slice(0, 4)
    if (cognateKeys.size > 100_000) cognateKeys.clear()
    cognateKeys.set(word, key)
  }
  return key
}

/** The addresses that Markdown links of each side point to, by where their text is. */
export interface LinkSides {
  source: readonly Address[]
  target: readonly Address[]
}

export function alignOutlines(source: Outline, target: Outline, terms: TermOccurrences[], addresses?: LinkSides): Alignment {
  // Matches are in document order: find a unit's by binary search, so the
  // cost is O((units + matches) × log matches), not units × matches.
  const byStart = (a: TermMatch, b: TermMatch): number => a.start - b.start
  const sorted = terms.map((occurrences) => ({term: occurrences.matcher.term, source: occurrences.source.slice().sort(byStart), target: occurrences.target.slice().sort(byStart)}))
  const anchors = (unit: Unit, side: 'source' | 'target'): string[] => {
    const list = unit.numbers.map((number) => `#${number.value}`)
    for (const occurrences of sorted) {
      const matches = occurrences[side]
      for (let index = firstAtOrAfter(matches, unit.start); index < matches.length && matches[index]!.start < unit.end; index++) {
        if (matches[index]!.end <= unit.end) list.push(`@${occurrences.term}`)
      }
    }
    // A link keeps its address in a translation: the unit that links to
    // it is the unit of the source that does (a list of talks and papers).
    if (addresses) for (const url of addressesIn(addresses[side], unit)) list.push(`>${url}`)
    return list
  }
  const kinds = {
    paragraph: [toAlignUnits(source.paragraphs, (unit) => anchors(unit, 'source')), toAlignUnits(target.paragraphs, (unit) => anchors(unit, 'target'))],
    item: [toAlignUnits(source.items, (unit) => anchors(unit, 'source')), toAlignUnits(target.items, (unit) => anchors(unit, 'target'))],
    heading: [toAlignUnits(source.headings, (unit) => anchors(unit, 'source')), toAlignUnits(target.headings, (unit) => anchors(unit, 'target'))]
  } as const
  // Kinds whose counts agree pair up one to one: their length ratio tells
  // how much longer this translation runs, for the kinds whose counts differ.
  const agreeing = Object.values(kinds).filter(([s, t]) => s.length === t.length && s.length > 0)
  const ratio = agreeing.length > 0 ? lengthRatio(agreeing.flatMap(([s]) => s), agreeing.flatMap(([, t]) => t)) : undefined
  const options = ratio === undefined ? {} : {ratio}
  const links = {
    paragraph: align(kinds.paragraph[0], kinds.paragraph[1], options),
    item: align(kinds.item[0], kinds.item[1], options),
    heading: align(kinds.heading[0], kinds.heading[1], options)
  }
  const sourceUnits = {paragraph: source.paragraphs, item: source.items, heading: source.headings}
  const targetUnits = {paragraph: target.paragraphs, item: target.items, heading: target.headings}
  const forward = new Map<Unit, Unit[]>()
  const backward = new Map<Unit, Unit[]>()
  for (const kind of ['paragraph', 'item', 'heading'] as const) {
    for (const link of links[kind]) {
      const s = link.source.map((index) => sourceUnits[kind][index]!)
      const t = link.target.map((index) => targetUnits[kind][index]!)
      for (const unit of t) backward.set(unit, s)
      for (const unit of s) forward.set(unit, t)
    }
  }
  return {
    ...links,
    sourceOf: (unit) => backward.get(unit) ?? [],
    targetOf: (unit) => forward.get(unit) ?? []
  }
}

/** Index of the first match that starts at or after `offset` (matches sorted by start). */
