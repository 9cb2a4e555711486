/**
 * franc's `francAll`, the same scores in the same order, computed faster.
 *
 * franc measures a text against each language model (its 300 most common
 * trigrams, by rank) as the sum, over the text's distinct trigrams, of
 * `|count - rank - 1|` when the model has the trigram and 300 when it does
 * not. A 2 KB text has about a thousand distinct trigrams, most of them in
 * no model, so franc spends its time adding 300s: for the ~110 Latin-script
 * languages that is over 100,000 lookups per text, a quarter of a project
 * run (docs/performance.md). The same sum is `300 × distinct + Σ (|count -
 * rank - 1| - 300)` over the model's trigrams that the text has: with the
 * models inverted (trigram → languages and ranks), one lookup per distinct
 * trigram of the text, all languages at once, in integers, so the result
 * is identical. A property test compares this with franc on random text.
 */
import {expressions} from 'franc/expressions.js'
import {data} from 'franc/data.js'

/** franc's limits: it reads 2,048 characters, and a missing trigram costs 300. */
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

/**
 * One script's models inverted: for each trigram, the languages whose model
 * has it and its rank there, as pairs in a flat array.
 */
interface ScriptIndex {
  codes: string[]
  postings: Map<string, number[]>
}

const indexes = new Map<string, ScriptIndex>()

/** The models of one script, in franc's order (built on first use). */
function indexOf(script: string): ScriptIndex {
  let index = indexes.get(script)
  if (index) return index
  index = {codes: [], postings: new Map()}
  for (const [code, serialized] of Object.entries(data[script]!)) {
    const language = index.codes.push(code) - 1
    // As franc builds them: a repeated trigram keeps its first rank.
    const ranked: Record<string, number> = {}
    const trigrams = serialized.split('|')
    for (let rank = trigrams.length - 1; rank >= 0; rank--) ranked[trigrams[rank]!] = rank
    for (const [trigram, rank] of Object.entries(ranked)) {
      const list = index.postings.get(trigram)
      if (list) list.push(language, rank)
      else index.postings.set(trigram, [language, rank])
    }
  }
  indexes.set(script, index)
  return index
}

/**
 * How often each trigram occurs in the text, as franc's trigram-utils
 * counts them: punctuation and digits (U+0021 to U+0040) and runs of white
 * space become one space, the text is trimmed, lowercased and padded with a
 * space on both sides.
 */
export function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const counts = new Map<string, number>()
  for (let index = 0; index + 3 <= cleaned.length; index++) {
    const trigram = cleaned.slice(index, index + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}

/** The script (franc's name) most of the text is written in, as franc decides it. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1
  let top: string | undefined
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0
    if (count > topCount) {
      topCount = count
      top = script
    }
  }
  return [top, topCount]
}

/**
 * Every language franc knows in the text's script, with its score (1 for
 * the closest, lower for the others), best first: what `francAll(value,
 * {minLength})` returns.
 */
export function francScores(value: string, minLength = 10): Array<[string, number]> {
  if (!value || value.length < minLength) return [['und', 1]]
  value = value.slice(0, MAX_LENGTH)
  const [script, share] = topScript(value)
  if (!script || !(script in data)) return [[!script || share === 0 ? 'und' : script, 1]]

  const counts = trigramCounts(value)
  const {codes, postings} = indexOf(script)
  const sums = new Array<number>(codes.length).fill(0)
  for (const [trigram, count] of counts) {
    const list = postings.get(trigram)
    if (!list) continue
    for (let at = 0; at < list.length; at += 2) {
      let difference = count - list[at + 1]! - 1
      if (difference < 0) difference = -difference
      const language = list[at]!
      sums[language] = sums[language]! + difference - MAX_DIFFERENCE
    }
  }
  const distinct = counts.size
  const distances = codes.map((code, language): [string, number] => [code, MAX_DIFFERENCE * distinct + sums[language]!])
  distances.sort((a, b) => a[1] - b[1])

  const min = distances[0]![1]
  const max = value.length * MAX_DIFFERENCE - min
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0
  return distances
}
