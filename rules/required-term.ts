import {defineRule, excerpt, type RuleContext, type SourceView, type TermOccurrences} from '../src/lint/rule.js'
import {editDistance, isAcronym, parenthesized, termMatcher, type TermMatch} from '../src/text/terms.js'
import {findInUnits} from '../src/compare/analyze.js'
import type {Unit} from '../src/document/index.js'

/**
 * Terms a translation must keep, in any accepted form: as written, as a
 * configured variant, transliterated into the target's own alphabet (ИВЦА
 * in Serbian, ІВЦА in Ukrainian, never a letter of another language's
 * alphabet), or as the translation's own form where it defines the term
 * (`Organisation du traité de l'Atlantique nord (OTAN)` for `North Atlantic
 * Treaty Organization (NATO)`). Elided and inflected forms count (`l'IWCA`,
 * `IWCA-ом`, `IWCA:n`).
 *
 * Which terms are required:
 *
 * - Required (an error when a translation has fewer than the source, at the
 *   aligned paragraph or item that lost one): the configured `terms`, and
 *   the acronyms the source defines as names where it first uses them:
 *   `International Writing Centers Association (IWCA)` or `IWCA
 *   (International Writing Centers Association)`, the initials of the
 *   capitalised words spelling the acronym.
 * - Only known: every other acronym of the source (`JSON`, `IDE`, `SSH` in
 *   a README of shell tips, `BFS (breadth-first search)`, defined as a
 *   phrase a translation may translate). A translation may write these out
 *   or translate them (`IDE` as 統合開発環境); they are reported only when
 *   misspelled: a word of the same length one letter off (swapped or
 *   changed, `JOSN`) where the aligned text of the source has the acronym
 *   and the translation lacks it.
 *
 * A misspelling is a capitalised word one edit (two from six letters) away
 * from a form of an acronym of four letters or more. Never a misspelling: a
 * word the source itself uses (`EXIT` is not a misspelled `EXIF` when the
 * source writes `EXIT`), a form of another term, and the plural in capitals
 * (`MOOCS`). A paragraph or item missing from the translation is reported by
 * the count rules, not again here for its terms.
 */
export default defineRule({
  id: 'required-term',
  description: 'Acronyms, names and configured terms of the source survive translation.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Transliterated and elided forms count',
      lang: 'sr',
      source: 'The International Writing Centers Association (IWCA) supports tutors. IWCA meets yearly.\n',
      translation: 'Међународно удружење центара за писање (ИВЦА) подржава туторе. Са ИВЦА-ом се састајемо сваке године.\n',
      messages: []
    },
    {
      title: 'Each language writes its own letters (Ukrainian І, not Serbian И)',
      lang: 'uk',
      source: 'The International Writing Centers Association (IWCA) supports tutors.\n',
      translation: 'Міжнародна асоціація центрів письма (ІВЦА) підтримує наставників.\n',
      messages: []
    },
    {
      title: "The translation's own form of a defined acronym",
      lang: 'fr',
      source: 'The North Atlantic Treaty Organization (NATO) met in Brussels. NATO agreed.\n',
      translation: "L'Organisation du traité de l'Atlantique nord (OTAN) s'est réunie à Bruxelles. L'OTAN a accepté.\n",
      messages: []
    },
    {
      title: 'An acronym the source only uses may be translated',
      lang: 'de',
      source: 'Open the project in an IDE.\n',
      translation: 'Öffne das Projekt in einer Entwicklungsumgebung.\n',
      messages: []
    },
    {
      title: 'Another word of the source is no misspelling',
      lang: 'fr',
      source: 'Run the cleanup on EXIT. Read the EXIF data.\n',
      translation: 'Lancez le nettoyage sur EXIT. Lisez les métadonnées.\n',
      messages: []
    },
    {
      title: 'A misspelled acronym',
      lang: 'fr',
      source: 'The International Writing Centers Association (IWCA) supports tutors.\n',
      translation: "L'Association internationale des centres d'écriture (IWAC) soutient les tuteurs.\n",
      messages: ['1:54: Unexpected `IWAC`, expected `IWCA` (a term of the source that must survive translation)']
    },
    {
      title: 'A misspelled acronym that the source only uses',
      lang: 'fr',
      source: 'Save the settings as JSON.\n',
      translation: 'Enregistrez les réglages en JOSN.\n',
      messages: ['1:29: Unexpected `JOSN`, expected `JSON` (an acronym the source uses)']
    },
    {
      title: 'A dropped acronym',
      lang: 'fr',
      source: 'The International Writing Centers Association (IWCA) supports tutors. IWCA meets yearly.\n',
      translation: "L'Association internationale des centres d'écriture (IWCA) soutient les tuteurs. L'association se réunit chaque année.\n",
      messages: ['1:1: Expected `IWCA` 2 times as in the source, found 1 (missing here: `IWCA meets yearly.`)']
    }
  ],
  check(context) {
    const {outline, alignment, source} = context
    // A form of another term is never a misspelling of this one, nor is a
    // word the source itself uses (`EXIT` is no misspelling of `EXIF`).
    const allForms = new Set(context.terms.flatMap((occurrences) => occurrences.matcher.forms))
    const used = source ? sourceWords(source) : new Set<string>()
    for (const occurrences of context.terms) {
      const term = occurrences.matcher.term
      const near = nearMisses(context, occurrences, (head) => allForms.has(head) || used.has(head.toLowerCase()))

      for (const miss of near) {
        // Name the accepted form closest to what was written (ИВЦА for ИВАЦ).
        const forms = [...occurrences.matcher.forms].sort((a, b) => editDistance(a, miss.value) - editDistance(b, miss.value))
        const which = occurrences.required ? 'a term that must survive translation' : 'an acronym it uses'
        context.report({
          reason: forms[0] === term
            ? `Unexpected \`${miss.value}\`, expected \`${term}\` (${occurrences.required ? 'a term of the source that must survive translation' : 'an acronym the source uses'})`
            : `Unexpected \`${miss.value}\`, expected \`${forms[0]}\` (the source's \`${term}\`, ${which})`,
          start: miss.start,
          end: miss.end,
          expected: forms
        })
      }

      // Acronyms the source only uses may be written out or translated
      // (`IDE` as 統合開発環境): only the defined and configured ones count.
      if (!occurrences.required) continue
      const own = ownForms(context, occurrences, used)
      const matches = own.length === 0 ? occurrences.target : [...occurrences.target, ...findOwn(context, own, occurrences.target)]
      // As often as the source writes it (a defined acronym is in the source
      // at least once), and a configured term at least once.
      const wanted = Math.max(1, occurrences.source.length)
      const found = matches.length
      if (found >= wanted) continue
      const accepted = [...occurrences.matcher.forms, ...own]
      const forms = accepted.map((form) => `\`${form}\``).join(' or ')

      // Point at the aligned units that lost occurrences. A unit missing
      // from the translation is the count rules' finding, not this one's.
      // Occurrences in the source mean a source, and with it an alignment.
      if (occurrences.source.length > 0) {
        for (const unit of source!.outline.units) {
          const inSource = within(occurrences.source, [unit])
          const targets = alignment!.targetOf(unit)
          if (targets.length === 0) continue
          const inTarget = within(matches, targets)
          const nearInTarget = within(near, targets)
          if (inTarget.length + nearInTarget.length >= inSource.length) continue
          const sentence = sentenceWith(unit, inSource[inTarget.length]!.start)
          const place = targets[0]!
          context.report({
            reason: `Expected ${forms} ${times(wanted)} as in the source, found ${found} (missing here: \`${excerpt(sentence, 60)}\`)`,
            start: place.start,
            end: place.start,
            expected: accepted,
            cause: {start: inSource[0]!.start, end: inSource[0]!.end, reason: 'term in the source'}
          })
        }
      } else if (near.length === 0) {
        // A configured term that the source lacks (or no source): wanted once, found none.
        const first = outline.units[0]
        context.report({
          reason: `Expected ${forms}, found none (a required term)`,
          start: first ? first.start : 0,
          end: first ? first.start : 0,
          expected: accepted
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

/** The places among `places` that lie inside one of `units`. */
function within<T extends {start: number; end: number}>(places: T[], units: Unit[]): T[] {
  return places.filter((place) => units.some((unit) => place.start >= unit.start && place.end <= unit.end))
}

const wordCache = new WeakMap<SourceView, Set<string>>()

/** The words of the source, lower-cased, and the capitals that start them (`iwca` for `IWCA's`). */
function sourceWords(source: SourceView): Set<string> {
  let words = wordCache.get(source)
  if (!words) {
    words = new Set()
    for (const unit of source.outline.units) {
      for (const word of unit.words) {
        words.add(word.value.toLowerCase())
        const head = /^[\p{Lu}\d]+/u.exec(word.value)?.[0]
        if (head) words.add(head.toLowerCase())
      }
    }
    wordCache.set(source, words)
  }
  return words
}

/**
 * Capitalised words one edit away from an acronym term: `IWAC` for `IWCA`.
 * Not misspellings: words `taken` (another term's form, a word of the
 * source) and the plural in capitals (`MOOCS`). For a term the translation
 * need not keep, only a word of the same length (a letter swapped or
 * changed, not `ZIP` for `GZIP`), where the aligned text of the source has
 * the term and the translation lacks it.
 */
function nearMisses(context: RuleContext, occurrences: TermOccurrences, taken: (head: string) => boolean): Miss[] {
  // Two or three capitals are one letter away from too many other acronyms.
  if (!isAcronym(occurrences.matcher.term) || [...occurrences.matcher.term].length < 4) return []
  const {forms} = occurrences.matcher
  const {required} = occurrences
  const misses: Miss[] = []
  for (const unit of context.outline.units) {
    if (!required && !lacksTerm(context, occurrences, unit)) continue
    for (const word of unit.words) {
      if (word.literal) continue
      const head = /^[\p{Lu}\d]+/u.exec(word.value.replace(/^\p{L}{1,3}['’]/u, ''))?.[0]
      if (!head || !isAcronym(head)) continue
      const offset = word.value.indexOf(head)
      const start = word.start + offset
      if (occurrences.target.some((match) => match.start <= start && match.end > start)) continue
      if (taken(head) || forms.some((form) => head === `${form}S`)) continue
      const limit = head.length >= 6 ? 2 : 1
      const slack = required ? limit : 0
      if (forms.some((form) => Math.abs(form.length - head.length) <= slack && editDistance(form, head, limit) <= limit)) {
        misses.push({value: head, start, end: start + head.length})
      }
    }
  }
  return misses
}

/** Whether the source text aligned with a translation unit has more of the term than the translation there. */
function lacksTerm(context: RuleContext, occurrences: TermOccurrences, unit: Unit): boolean {
  // Only a source has terms that are not required, and with it comes an alignment.
  const sources = context.alignment!.sourceOf(unit)
  const targets = [...new Set(sources.flatMap((candidate) => context.alignment!.targetOf(candidate)))]
  return within(occurrences.source, sources).length > within(occurrences.target, targets).length
}

/**
 * The translation's own forms of a term, learned where the source writes it
 * in parentheses after its expansion: `Knuth-Morris-Pratt (KMP)` translated
 * `नुथ-मॉरिस-प्रैट (केएमपी)` teaches केएमपी, `North Atlantic Treaty
 * Organization (NATO)` translated `… (OTAN)` teaches OTAN. The form is in
 * the same parenthesis of the aligned unit (or of a unit next to it, as long
 * documents drift) with as many parentheses: an acronym, or a word of a
 * script without capitals (Devanagari, Bengali); neither a word of the
 * source nor a misspelling of a form (`(IWAC)` teaches nothing), and
 * written no more often than the source writes the term. A word such as
 * `(Association)` in place of `(IWCA)` is no form of it.
 */
function ownForms(context: RuleContext, occurrences: TermOccurrences, used: Set<string>): string[] {
  // Occurrences in the source mean a source, and with it an alignment.
  if (occurrences.source.length === 0) return []
  const source = context.source!
  const alignment = context.alignment!
  const {forms, term} = occurrences.matcher
  const units = context.outline.units
  const learned = new Set<string>()
  for (const unit of source.outline.units) {
    if (within(occurrences.source, [unit]).length === 0) continue
    const ours = parenthesized(unit.text)
    const slot = ours.findIndex(([start, end]) => {
      const content = unit.text.slice(start, end).trim()
      return content.startsWith(term) && /^\p{Ll}*$/u.test(content.slice(term.length))
    })
    if (slot === -1) continue
    const aligned = alignment.targetOf(unit)[0]
    if (!aligned) continue
    const at = units.indexOf(aligned)
    for (const distance of [0, 1, -1, 2, -2, 3, -3]) {
      const target = units[at + distance]
      if (!target) continue
      const theirs = parenthesized(target.text)
      if (theirs.length !== ours.length) continue
      const [from, to] = theirs[slot]!
      // The translation keeps the term there: nothing to learn.
      if (occurrences.target.some((match) => match.start >= target.start + from && match.end <= target.start + to)) break
      const value = target.text.slice(from, to).trim()
      if (!isAcronym(value) && !/^[\p{Lo}\p{M}]+$/u.test(value)) continue
      if ([...value].length > 30 || used.has(value.toLowerCase())) continue
      const limit = value.length >= 6 ? 2 : 1
      if (forms.some((form) => editDistance(form, value, limit) <= limit)) continue
      if (findOwn(context, [value], []).length > occurrences.source.length) continue
      learned.add(value)
      break
    }
  }
  return [...learned]
}

/** Where the translation writes its own forms of a term, outside the matches of its other forms. */
function findOwn(context: RuleContext, own: string[], taken: TermMatch[]): TermMatch[] {
  // The first form again among the variants is found once, as the term.
  const matcher = termMatcher({term: own[0]!, variants: own, transliterate: false}, context.language.script)
  return findInUnits(context.outline.units, matcher.find).filter((match) => !taken.some((other) => other.start < match.end && match.start < other.end))
}

function sentenceWith(unit: Unit, offset: number): string {
  const sentence = unit.sentences.find((candidate) => offset >= candidate.start && offset < candidate.end)
  return sentence ? unit.text.slice(sentence.start - unit.start, sentence.end - unit.start) : unit.text
}
