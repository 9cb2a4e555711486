import {defineRule} from '../src/engine/rule.js'
import {checkCount} from '../src/engine/counts.js'

/**
 * The translation has as many list items (commitments) as the source, or as
 * `expect.listItems` in the config when there is no source.
 */
export default defineRule({
  id: 'list-count',
  description: 'The number of list items (commitments) matches the source.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Every commitment is translated',
      lang: 'ca',
      source: 'IWCA is committed to:\n\n• Supporting tutors.\n• Listening to members.\n',
      translation: 'IWCA es compromet a:\n\n• Donar suport als tutors.\n• Escoltar els membres.\n',
      messages: []
    },
    {
      title: 'A commitment is missing',
      lang: 'ca',
      source: 'IWCA is committed to:\n\n• Supporting tutors.\n• Publishing a journal every year.\n• Listening to members.\n',
      translation: 'IWCA es compromet a:\n\n• Donar suport als tutors.\n• Escoltar els membres.\n',
      messages: ['4:3: Expected 3 list items as in the source, found 2: commitment 2 of 3 is missing (source: `Publishing a journal every year.`)']
    }
  ],
  check(context) {
    checkCount(context, 'item', {singular: 'list item', plural: 'list items', noun: 'commitment'}, context.config.expect.listItems)
  }
})
