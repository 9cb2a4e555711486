import {defineRule} from '../src/engine/rule.js'
import {checkCount} from '../src/engine/counts.js'

/**
 * The translation has as many headings as the source (Markdown `#`
 * headings; plain text has none), or as `expect.headings` in the config when
 * there is no source. A lost heading is a lost section title: readers of
 * the translation cannot find the section the source links to.
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
