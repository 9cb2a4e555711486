/**
 * Every rule, in the order they run and report. A rule's id is its file name.
 */
import type {Rule} from '../src/lint/rule.js'
import listCount from './list-count.js'
import paragraphCount from './paragraph-count.js'
import headingCount from './heading-count.js'
import numberParity from './number-parity.js'
import requiredTerm from './required-term.js'
import untranslated from './untranslated.js'
import spelling from './spelling.js'
import mixedScript from './mixed-script.js'
import wrongLanguage from './wrong-language.js'
import stale from './stale.js'

export const rules: ReadonlyArray<Rule<any>> = [
  listCount,
  paragraphCount,
  headingCount,
  numberParity,
  requiredTerm,
  untranslated,
  spelling,
  mixedScript,
  wrongLanguage,
  stale
]
