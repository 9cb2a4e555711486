import {defineRule} from '../src/lint/rule.js'
import {checkCount} from '../src/lint/counts.js'

/**
 * The translation has as many prose paragraphs as the source (list items and
 * headings are counted by `list-count` and `heading-count`), or as
 * `expect.paragraphs`. `names.paragraph` in the config renames the source's
 * paragraphs in messages (`article 5 of 30 is missing`).
 *
 * Which units differ is found by aligning the two documents (lengths,
 * numbers, terms and the addresses of links). Links are evidence: a unit
 * called missing whose address the translation links to as often as the
 * source is not named (nor one called extra that the source links to, nor
 * two called merged that link apart). When a translation differs in more
 * than three places (it is behind a source that grew and changed), only the
 * differences that links confirm stay errors, the others are warnings, and
 * the count itself is one error.
 */
export default defineRule({
  id: 'paragraph-count',
  description: 'The number of prose paragraphs matches the source.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Every paragraph is translated',
      lang: 'af',
      source: 'The association was founded in 1983.\n\nIt supports writing centers.\n',
      translation: 'Die vereniging is in 1983 gestig.\n\nDit ondersteun skryfsentrums.\n',
      messages: []
    },
    {
      title: 'Two paragraphs merged into one',
      lang: 'af',
      source: 'The association was founded in 1983 by a small group of directors.\n\nIt supports writing centers.\n\nIt meets every year.\n',
      translation: 'Die vereniging is in 1983 deur ’n klein groep direkteure gestig. Dit ondersteun skryfsentrums.\n\nDit vergader elke jaar.\n',
      messages: ['1:1: Expected 3 paragraphs as in the source, found 2: paragraphs 1 and 2 of 3 appear merged into paragraph 1 (source: `The association was founded in 1983 by a small…` and `It supports writing centers.`)']
    }
  ],
  check(context) {
    checkCount(context, 'paragraph', context.config.expect.paragraphs)
  }
})
