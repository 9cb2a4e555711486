import {z} from 'zod'
import {defineRule} from '../src/lint/rule.js'
import {resolveLanguage} from '../src/language/index.js'
import {kinOf} from '../src/language/kin.js'
import type {Speller} from '../src/dictionaries/index.js'
import {personalWords} from '../src/dictionaries/personal.js'
import {Judge, needsKin} from './untranslated/shared.js'
import {checkSentence, examples as sentenceExamples} from './untranslated/sentences.js'
import {checkWords, sourceWordsOf, examples as wordExamples} from './untranslated/words.js'
import {checkArticles, examples as articleExamples} from './untranslated/articles.js'

/**
 * Source-language (English) text left behind in a translation: whole
 * sentences, phrases (`writing center`) and single words that are words of
 * the source language but not of the target language, and the source's
 * articles carried over. Three detectors run in turn, one module each in
 * `rules/untranslated/`.
 *
 * - A word counts as English when the English dictionary knows it and the
 *   target dictionary does not (`a` is Catalan, `tutors` is Afrikaans).
 * - Without a target dictionary, a phrase counts as English when its words
 *   are English and also appear in the aligned part of the source; single
 *   words are then not judged, and one note says so.
 * - Protected text is never reported: required terms, names written out
 *   before them (`International Writing Centers Association (IWCA)`), the
 *   config's `protect` phrases, `allow` and `words` lists, URLs and code.
 *
 * Severity follows the evidence: the rule's severity for text surely left
 * untranslated, a warning for what may be kept on purpose (a loanword, a
 * term of the field, the title of a work, a gloss): each detector says
 * when.
 */
const options = z.strictObject({
  minSentenceWords: z.number().int().positive().default(5).describe('Shortest sentence, in words, judged as a whole.'),
  minWordLength: z.number().int().positive().default(3).describe('Shortest single word reported.')
})

type Options = z.infer<typeof options>

/** The detectors, in the order `check` runs them; the rule's examples are theirs, and the docs show each module's doc comment and examples. */
export const detectors = [
  {file: 'untranslated/sentences.ts', examples: sentenceExamples},
  {file: 'untranslated/words.ts', examples: wordExamples},
  {file: 'untranslated/articles.ts', examples: articleExamples}
]

export default defineRule<Options>({
  id: 'untranslated',
  description: 'No source-language sentence, phrase or word is left untranslated.',
  defaultSeverity: 'error',
  needsSource: false,
  options,
  examples: detectors.flatMap((detector) => detector.examples),
  async check(context) {
    const sourceTag = context.source?.language.tag ?? context.config.sourceLanguage
    const sourceLanguage = resolveLanguage(sourceTag)
    const {language} = context
    if (language.base === sourceLanguage.base) return

    const english = await context.resources.speller(sourceLanguage)
    const target = await context.resources.speller(language)
    const allowed = personalWords(context.config, language)
    // Related languages' dictionaries only change the verdict on a word the
    // target's dictionary does not know and that is English or written in
    // the source: load them only when the translation has such a word. When
    // it has none, the judge without them gives the same verdicts.
    let judge = new Judge(english, target ? [target] : [], allowed, sourceLanguage.script, sourceLanguage.base)
    if (target && kinOf(language).length > 0 && needsKin(context, judge)) {
      const kin: Speller[] = []
      for (const tag of kinOf(language)) {
        const speller = await context.resources.speller(resolveLanguage(tag))
        if (speller) kin.push(speller)
      }
      judge = new Judge(english, [target, ...kin], allowed, sourceLanguage.script, sourceLanguage.base)
    }

    if (!english) {
      context.report({
        reason: `No ${sourceLanguage.name} dictionary: untranslated words and phrases are not checked`,
        start: 0,
        end: 0,
        severity: 'info',
        note: `Install \`dictionary-${sourceLanguage.base}\` or set \`dictionaries.${sourceLanguage.tag}\` in the config.`
      })
      return
    }
    if (!target) {
      context.report({
        reason: `No ${language.name} dictionary: single untranslated words are not checked, only sentences and phrases`,
        start: 0,
        end: 0,
        severity: 'info',
        note: `Install \`dictionary-${language.base}\` or set \`dictionaries.${language.tag}\` in the config to check single words.`
      })
    }

    for (const unit of context.outline.units) {
      const sourceWords = sourceWordsOf(context, unit)
      for (const sentence of unit.sentences) {
        const words = unit.words.slice(sentence.words[0], sentence.words[1])
        if (checkSentence(context, judge, words, sentence, sourceLanguage.franc) !== 'prose') continue
        await checkWords(context, judge, words, sourceWords, target)
      }
    }
    checkArticles(context, sourceLanguage.base)
  }
})
