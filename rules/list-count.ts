import {defineRule} from '../src/lint/rule.js'
import {checkCount} from '../src/lint/counts.js'

/**
 * The translation has as many list items as the source, or as
 * `expect.listItems` in the config when there is no source. Messages name
 * the source's items `list item` unless the config's `names.listItem` calls
 * them otherwise (the IWCA mission statement's items are its commitments:
 * `"names": {"listItem": "commitment"}`).
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
  id: 'list-count',
  description: 'The number of list items matches the source.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Every list item is translated',
      lang: 'ca',
      source: 'IWCA is committed to:\n\n• Supporting tutors.\n• Listening to members.\n',
      translation: 'IWCA es compromet a:\n\n• Donar suport als tutors.\n• Escoltar els membres.\n',
      messages: []
    },
    {
      title: 'A list item is missing',
      lang: 'ca',
      source: 'IWCA is committed to:\n\n• Supporting tutors.\n• Publishing a journal every year.\n• Listening to members.\n',
      translation: 'IWCA es compromet a:\n\n• Donar suport als tutors.\n• Escoltar els membres.\n',
      messages: ['4:3: Expected 3 list items as in the source, found 2: list item 2 of 3 is missing (source: `Publishing a journal every year.`)']
    }
  ],
  check(context) {
    checkCount(context, 'item', context.config.expect.listItems)
  }
})
