import {defineRule} from '../src/lint/rule.js'
import {checkCount} from '../src/lint/counts.js'

/**
 * The translation has as many headings as the source, or as
 * `expect.headings` in the config when there is no source. A lost heading is
 * a lost section title: readers of the translation cannot find the section
 * the source links to.
 *
 * - Markdown: `#` and underlined headings.
 * - Plain text: numbered label lines, such as `Article 1`, `Artículo 1.`,
 *   `1. artikla.` or `1. cikk`: a number (up to three digits) and one or two
 *   words, in either order, with at most a final full stop; alone in its
 *   block (after a blank line or at the start, before a blank line or
 *   directly before a line of prose) and followed by more text. A numbered
 *   line next to the number before or after it (across one blank line) is
 *   a list item (`1. Apples` / `2. Pears`); a label line directly followed
 *   by a line that starts with a bullet or a number is no heading either.
 *   The source's `Article 1` and the translation's `1. artikla.` are then
 *   both headings, and the paragraphs and list items count alike.
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
  id: 'heading-count',
  description: 'The number of headings matches the source.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Every heading is translated',
      lang: 'es',
      format: 'markdown',
      source: '# Mission\n\nWe support tutors.\n\n## Goals\n\nWe meet every year.\n',
      translation: '# Misión\n\nApoyamos a los tutores.\n\n## Objetivos\n\nNos reunimos cada año.\n',
      messages: []
    },
    {
      title: 'Numbered article headings in plain text, written as each language writes them',
      lang: 'fi',
      source: 'Article 1\n\nEveryone has the right to life.\n\nArticle 2\n\n1. No one may be held in slavery.\n2. No one may be tortured.\n',
      translation: '1. artikla.\n\nJokaisella on oikeus elämään.\n\n2. artikla.\n\n1. Ketään ei saa pitää orjana.\n2. Ketään ei saa kiduttaa.\n',
      messages: []
    },
    {
      title: 'A heading is missing',
      lang: 'es',
      format: 'markdown',
      source: '# Mission\n\nWe support tutors.\n\n## Goals\n\nWe meet every year.\n',
      translation: '# Misión\n\nApoyamos a los tutores.\n\nNos reunimos cada año.\n',
      messages: ['1:9: Expected 2 headings as in the source, found 1: heading 2 of 2 is missing (source: `Goals`)']
    }
  ],
  check(context) {
    checkCount(context, 'heading', context.config.expect.headings)
  }
})
