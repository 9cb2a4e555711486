/**
 * What the other translations of the same source keep. When most
 * translations of a technical README write `shell`, `socket` or `strict
 * mode` as the source does, those are the field's terms, kept on purpose;
 * when every other translation translates `writing center`, a translation
 * that keeps it has left English behind. The `untranslated` rule weighs a
 * word or phrase by this evidence.
 *
 * The count is cheap and approximate by design:
 * - each translation's prose is read with regular expressions (code, URLs
 *   and HTML left out), and only the source's own words and pairs of words
 *   are counted, so memory stays bounded by the source's vocabulary;
 * - translations count per language (three broken copies of the Tagalog
 *   file are one vote), and a translation's own language is not one of
 *   its "others";
 * - only words written in lower case count: capitalised ones are names
 *   (`International Writing Centres Association`) or German nouns, and
 *   their evidence is weak;
 * - sentences that are themselves English (two or more distinctive English
 *   function words: `the`, `and`, `you`, …) are left out: an unfinished
 *   translation keeps every word of its English sentences, and those are
 *   not its terms.
 */
import {languageFromPath} from '../language/index.js'

/** Counts over a run's translations; plain data, copied to worker threads. */
export interface AgreementData {
  /** One key per language counted (`ca`, or `file:<path>` when unknown). */
  groups: string[]
  /** Source word or pair of words (lower case, one space) → indexes of the groups that keep it. */
  kept: Array<[string, number[]]>
}

/** Fewest other languages for their agreement to count as evidence. */
export const MIN_OTHERS = 2
/** Share of the other languages that must keep a word for it to be a term. */
export const TERM_SHARE = 0.25

/** A fenced code block, to its closing fence or, unclosed, to the end of the text (not of a line: `m`). */
const CODE_BLOCK = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|(?![\s\S]))/gm
const INLINE_CODE = /(`+)[^`\n]*?\1/g
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s)\]>"']+|\]\([^)\n]*\)|<[^>\n]+>|\bwww\.[^\s)\]>"']+/gi
const SENTENCE = /[^.!?。！？\n]+/gu
const WORD = /[\p{L}\p{M}]+/gu
const GAP = /^[ \t\u00a0]+$/
/** English function words that no other language writes the same way. */
const ENGLISH_MARKERS = new Set(['the', 'and', 'you', 'your', 'with', 'this', 'that', 'which', 'what', 'are', 'from', 'these', 'those', 'would', 'should'])

/**
 * Lower-case words and pairs of lower-case words (only spaces between) of
 * the prose of a text, without the sentences that read as English. With a
 * vocabulary, only those in it: the others are never counted, and a pair is
 * in the vocabulary only if both its words are (so most pairs are never
 * built: a 10,000-page project spends a third less in agreement).
 */
export function proseTerms(text: string, vocabulary?: ReadonlySet<string>): Set<string> {
  const prose = text.replace(CODE_BLOCK, '\n').replace(INLINE_CODE, ' ').replace(URL, ' ')
  const terms = new Set<string>()
  for (const sentence of prose.matchAll(SENTENCE)) {
    const words = [...sentence[0].matchAll(WORD)]
    const markers = new Set(words.map((word) => word[0]).filter((word) => ENGLISH_MARKERS.has(word)))
    if (markers.size >= 2) continue
    let previous: {value: string; end: number; known: boolean} | undefined
    for (const match of words) {
      const value = match[0]
      if (value !== value.toLowerCase()) {
        previous = undefined
        continue
      }
      const known = !vocabulary || vocabulary.has(value)
      if (known) terms.add(value)
      if (previous && known && previous.known && GAP.test(sentence[0].slice(previous.end, match.index))) {
        const pair = `${previous.value} ${value}`
        if (!vocabulary || vocabulary.has(pair)) terms.add(pair)
      }
      previous = {value, end: match.index + value.length, known}
    }
  }
  return terms
}

/** Words and pairs of words of the source's whole prose (lower-cased), what the counts are kept for. */
function vocabularyOf(sourceText: string): Set<string> {
  const prose = sourceText.replace(CODE_BLOCK, '\n').replace(INLINE_CODE, ' ').replace(URL, ' ')
  const vocabulary = new Set<string>()
  let previous: {value: string; end: number} | undefined
  for (const match of prose.matchAll(WORD)) {
    const value = match[0].toLowerCase()
    vocabulary.add(value)
    if (previous && GAP.test(prose.slice(previous.end, match.index))) vocabulary.add(`${previous.value} ${value}`)
    previous = {value, end: match.index + match[0].length}
  }
  return vocabulary
}

/** The language group of a translation: its tag when known without reading it, else the file itself. */
export function agreementGroup(file: {path?: string; lang?: string; configLang?: string}): string {
  const tag = file.lang ?? file.configLang ?? (file.path ? languageFromPath(file.path)?.tag : undefined)
  return tag ? tag.toLowerCase() : `file:${file.path ?? ''}`
}

/**
 * Count, for each word and pair of words of the source's prose, which
 * languages' translations keep it.
 */
export function buildAgreement(sourceText: string, translations: Iterable<{group: string; text: string}>): AgreementData {
  const vocabulary = vocabularyOf(sourceText)
  const groups: string[] = []
  const indexes = new Map<string, number>()
  const kept = new Map<string, Set<number>>()
  for (const {group, text} of translations) {
    let index = indexes.get(group)
    if (index === undefined) {
      index = groups.length
      groups.push(group)
      indexes.set(group, index)
    }
    for (const term of proseTerms(text, vocabulary)) {
      let set = kept.get(term)
      if (!set) kept.set(term, (set = new Set()))
      set.add(index)
    }
  }
  const entries: Array<[string, number[]]> = [...kept.entries()].map(([term, set]) => [term, [...set].sort((a, b) => a - b)])
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return {groups, kept: entries}
}

/** What the other translations say about a word or phrase that this translation keeps. */
export type Verdict = 'term' | 'translated' | 'unknown'

/** Lookup over agreement data for one translation of the run. */
export class Agreement {
  private readonly kept: Map<string, number[]>
  private readonly own: number
  private readonly others: number
  /** `group`: this translation's language group (`agreementGroup`). */
  constructor(data: AgreementData, group: string) {
    this.kept = new Map(data.kept)
    this.own = data.groups.indexOf(group)
    this.others = data.groups.length - (this.own === -1 ? 0 : 1)
  }

  /**
   * `term` when at least a quarter of the other languages (and at least
   * two) keep it too; `translated` when there are at least two other
   * languages and fewer keep it; `unknown` with fewer than two. A phrase is
   * a term when each of its pairs of words is one.
   */
  verdict(words: string[]): Verdict {
    if (this.others < MIN_OTHERS || words.length === 0) return 'unknown'
    const lower = words.map((word) => word.toLowerCase())
    const keys = lower.length === 1 ? lower : lower.slice(1).map((word, index) => `${lower[index]} ${word}`)
    const needed = Math.max(MIN_OTHERS, this.others * TERM_SHARE)
    return keys.every((key) => this.keptBy(key) >= needed) ? 'term' : 'translated'
  }

  /** Other languages that keep a word or pair. */
  keptBy(key: string): number {
    const groups = this.kept.get(key) ?? []
    return groups.length - (groups.includes(this.own) ? 1 : 0)
  }
}
