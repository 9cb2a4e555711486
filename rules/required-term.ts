import {defineRule, excerpt, type TermOccurrences} from '../src/engine/rule.js'
import {editDistance, isAcronym} from '../src/text/terms.js'
import type {Unit} from '../src/parse/index.js'

/**
 * Terms that must survive translation: the acronyms and names of the source
 * (IWCA) and the configured `terms`, in any accepted form: as written, as a
 * configured variant, or transliterated (ИВЦА for Serbian Cyrillic). Elided
 * and inflected forms count (`l'IWCA`, `IWCA-ом`, `IWCA:n`).
 */
export default defineRule({
  id: 'required-term',
  description: 'Acronyms, names and configured terms of the source survive translation.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Transliterated and elided forms count',
      lang: 'sr',
      source: 'The IWCA supports tutors. IWCA meets yearly.\n',
      translation: 'ИВЦА подржава туторе. ИВЦА-ом се састаје сваке године.\n',
      messages: []
    },
    {
      title: 'A misspelled acronym',
      lang: 'fr',
      source: 'The IWCA supports tutors.\n',
      translation: "L'IWAC soutient les tuteurs.\n",
      messages: ["1:3: Unexpected `IWAC`, expected `IWCA` (a term of the source that must survive translation)"]
    },
    {
      title: 'A dropped acronym',
      lang: 'fr',
      source: 'The IWCA supports tutors. IWCA meets yearly.\n',
      translation: "L'IWCA soutient les tuteurs. L'association se réunit chaque année.\n",
      messages: ['1:1: Expected `IWCA` 2 times as in the source, found 1 (missing here: `IWCA meets yearly.`)']
    }
  ],
  check(context) {
    const {outline, alignment, source} = context
    // A form of another term is never a misspelling of this one.
    const allForms = new Set(context.terms.flatMap((occurrences) => occurrences.matcher.forms))
    for (const occurrences of context.terms) {
      const term = occurrences.matcher.term
      const near = nearMisses(context.outline.units, occurrences, allForms)

      for (const miss of near) {
        // Name the accepted form closest to what was written (ИВЦА for ИВАЦ).
        const forms = [...occurrences.matcher.forms].sort((a, b) => editDistance(a, miss.value) - editDistance(b, miss.value))
        context.report({
          reason: forms[0] === term
            ? `Unexpected \`${miss.value}\`, expected \`${term}\` (a term of the source that must survive translation)`
            : `Unexpected \`${miss.value}\`, expected \`${forms[0]}\` (the source's \`${term}\`, a term that must survive translation)`,
          start: miss.start,
          end: miss.end,
          expected: forms
        })
      }

      const wanted = source && !occurrences.configured ? occurrences.source.length : Math.max(1, occurrences.source.length)
      const found = occurrences.target.length
      if (found >= wanted) continue
      const forms = occurrences.matcher.forms.map((form) => `\`${form}\``).join(' or ')

      // Point at the aligned units that lost occurrences.
      let reported = 0
      if (source && alignment) {
        for (const unit of source.outline.units) {
          const inSource = occurrences.source.filter((match) => match.start >= unit.start && match.end <= unit.end)
          if (inSource.length === 0) continue
          const targets = alignment.targetOf(unit)
          if (targets.length === 0) continue
          const inTarget = occurrences.target.filter((match) => targets.some((target) => match.start >= target.start && match.end <= target.end))
          const nearInTarget = near.filter((miss) => targets.some((target) => miss.start >= target.start && miss.end <= target.end))
          if (inTarget.length + nearInTarget.length >= inSource.length) continue
          const sentence = sentenceWith(unit, inSource[inTarget.length]!.start)
          const place = targets[0]!
          context.report({
            reason: `Expected ${forms} ${times(wanted)} as in the source, found ${found} (missing here: \`${excerpt(sentence, 60)}\`)`,
            start: place.start,
            end: place.start,
            expected: occurrences.matcher.forms,
            cause: {start: inSource[0]!.start, end: inSource[0]!.end, reason: 'term in the source'}
          })
          reported++
        }
      }
      if (reported === 0 && near.length === 0) {
        const first = outline.units[0]
        context.report({
          reason: wanted === 1 && found === 0
            ? `Expected ${forms}, found none (a required term)`
            : `Expected ${forms} ${times(wanted)} as in the source, found ${found}`,
          start: first ? first.start : 0,
          end: first ? first.start : 0,
          expected: occurrences.matcher.forms
        })
      }
    }
  }
})

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`
}

interface Miss {
  value: string
  start: number
  end: number
}

/** Capitalised words one edit away from an acronym term: `IWAC` for `IWCA`. */
function nearMisses(units: Unit[], occurrences: TermOccurrences, allForms: Set<string>): Miss[] {
  // Two or three capitals are one letter away from too many other acronyms.
  if (!isAcronym(occurrences.matcher.term) || [...occurrences.matcher.term].length < 4) return []
  const forms = occurrences.matcher.forms
  const misses: Miss[] = []
  for (const unit of units) {
    for (const word of unit.words) {
      if (word.literal) continue
      const head = /^[\p{Lu}\d]+/u.exec(word.value.replace(/^\p{L}{1,3}['’]/u, ''))?.[0]
      if (!head || !isAcronym(head)) continue
      const offset = word.value.indexOf(head)
      const start = word.start + offset
      if (occurrences.target.some((match) => match.start <= start && match.end > start)) continue
      if (allForms.has(head)) continue
      const limit = head.length >= 6 ? 2 : 1
      if (forms.some((form) => Math.abs(form.length - head.length) <= limit && editDistance(form, head, limit) <= limit)) {
        misses.push({value: head, start, end: start + head.length})
      }
    }
  }
  return misses
}

function sentenceWith(unit: Unit, offset: number): string {
  const sentence = unit.sentences.find((candidate) => offset >= candidate.start && offset < candidate.end)
  return sentence ? unit.text.slice(sentence.start - unit.start, sentence.end - unit.start) : unit.text
}
