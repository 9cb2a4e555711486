/**
 * Languages that share most of their vocabulary with a target language: a
 * word one of them knows is not left-behind English (Afrikaans `tutors` is
 * missing from the af_ZA word list but is Dutch, and Afrikaans).
 */
import type {Language} from './index.js'

const KIN: Record<string, string[]> = {
  af: ['nl'],
  nb: ['nn', 'da'],
  nn: ['nb', 'da'],
  no: ['nb', 'nn'],
  da: ['nb'],
  gl: ['pt'],
  bs: ['hr', 'sr-Latn'],
  hr: ['sr-Latn'],
  'sr-Latn': ['hr'],
  cnr: ['sr-Latn', 'hr']
}

/** Tags of the kin of a language (empty when it has none). */
export function kinOf(language: Language): string[] {
  return KIN[language.tag] ?? KIN[language.base] ?? []
}
