/**
 * Closed compounds: Afrikaans, Dutch, German and the Scandinavian languages
 * write compounds as one word (`skryfsentrumdirekteure` = skryf + sentrum +
 * direkteure), and their word lists cannot hold them all. A word is accepted
 * when it splits into dictionary words, with the language's linking
 * elements between them (`magsdinamika` = mag + s + dinamika).
 */
import type {Speller} from './backend.js'

export interface CompoundRules {
  /** Letters that may join two parts (`s` in magsdinamika, `e` in …). */
  linking: string[]
  /** Shortest part, in letters. */
  minPart: number
  /**
   * Endings the word list leaves out but the language adds to a listed stem
   * (Afrikaans attributive `-de`: verteenwoordig → verteenwoordigde).
   */
  inflections?: string[]
}

/** Languages that write compounds closed, with their linking elements. */
export const COMPOUNDS: Record<string, CompoundRules> = {
  af: {linking: ['s', 'e', 'ens', 'er'], minPart: 3, inflections: ['de', 'te', 'e', 's']},
  nl: {linking: ['s', 'e', 'en'], minPart: 3},
  de: {linking: ['s', 'es', 'n', 'en', 'e', 'er', 'ens'], minPart: 3},
  sv: {linking: ['s'], minPart: 3},
  da: {linking: ['s', 'e'], minPart: 3},
  nb: {linking: ['s', 'e'], minPart: 3},
  nn: {linking: ['s', 'e'], minPart: 3},
  no: {linking: ['s', 'e'], minPart: 3},
  fy: {linking: ['s', 'e'], minPart: 3}
}

/**
 * Whether `word` is a compound of words the speller knows. The last part
 * carries the inflection and is checked as written; earlier parts are
 * stems. Memoised per speller; cost O(length²) lookups at worst.
 */
export function isCompound(word: string, speller: Speller, rules: CompoundRules, memo = new Map<string, boolean>()): boolean {
  const lower = word.toLowerCase()
  if ([...lower].length < rules.minPart * 2) return false
  const known = (part: string): boolean => speller.correct(part) || isInflected(part, speller, rules)

  const splits = (rest: string): boolean => {
    const cached = memo.get(rest)
    if (cached !== undefined) return cached
    let result = false
    // `rest` must be a known word, or a known head followed by more parts.
    if (rest.length >= rules.minPart && known(rest)) result = true
    for (let cut = rules.minPart; !result && cut <= rest.length - rules.minPart; cut++) {
      const head = rest.slice(0, cut)
      if (!known(head)) continue
      const tail = rest.slice(cut)
      if (splits(tail)) result = true
      for (const link of rules.linking) {
        if (result) break
        if (tail.startsWith(link) && tail.length - link.length >= rules.minPart && splits(tail.slice(link.length))) result = true
      }
    }
    memo.set(rest, result)
    return result
  }

  // The whole word is not a compound of itself.
  for (let cut = rules.minPart; cut <= lower.length - rules.minPart; cut++) {
    const head = lower.slice(0, cut)
    if (!known(head)) continue
    const tail = lower.slice(cut)
    if (splits(tail)) return true
    for (const link of rules.linking) {
      if (tail.startsWith(link) && tail.length - link.length >= rules.minPart && splits(tail.slice(link.length))) return true
    }
  }
  return false
}

/** A listed stem with one of the language's endings: `verteenwoordig` + `de`. */
export function isInflected(word: string, speller: Speller, rules: CompoundRules): boolean {
  for (const ending of rules.inflections ?? []) {
    if (word.endsWith(ending) && word.length - ending.length >= rules.minPart && speller.correct(word.slice(0, -ending.length))) return true
  }
  return false
}

/**
 * A truncated compound part, as in `stam-, streeks- en nasionale`: the part
 * before the hyphen is a word, or a word plus a linking element.
 */
export function isTruncatedPart(part: string, speller: Speller, rules: CompoundRules | undefined): boolean {
  const lower = part.toLowerCase()
  if (speller.correct(lower) || speller.correct(part)) return true
  if (!rules) return false
  for (const link of rules.linking) {
    if (lower.endsWith(link) && lower.length - link.length >= rules.minPart && speller.correct(lower.slice(0, -link.length))) return true
  }
  return isCompound(lower, speller, rules)
}
