/**
 * Whole sentences in the source language: `minSentenceWords` words or more
 * with an English function word the target lacks (sentences have function
 * words; a list of terms joined by the target's own, `socket relay e tcp
 * port forwarder`, is not a sentence of the source), three quarters of them
 * English and two fifths English words the target lacks or, without a target
 * dictionary, identified as English by language identification.
 *
 * Such a sentence has the rule's severity, but is a warning when it reads as
 * the title of a work (title case, or mostly the text of a link), which is
 * often kept in its language on purpose. A title the source writes the same
 * way (`The Art of Command Line`) is a name: not reported, and its words are
 * not judged either. The words of a reported sentence are not judged again.
 */
import type {Example, RuleContext} from '../../src/lint/rule.js'
import type {Unit, WordToken} from '../../src/document/index.js'
import {identifyAmong, resolveLanguage} from '../../src/language/index.js'
import {FUNCTION_WORDS, NAME_LINKS, inLink, judgeable, perSource, type Judge} from './shared.js'

export const examples: Example[] = [
  {
    title: 'An English sentence left behind (an error)',
    lang: 'es',
    source: 'We publish a journal every year for all of our members.\n',
    translation: 'Publicamos una revista para los socios. We publish a journal every year for all of our members.\n',
    messages: ['1:41: Unexpected English sentence, left untranslated']
  }
]

/** A whole sentence in the source language. */
export function checkSentence(context: RuleContext<{minSentenceWords: number}>, judge: Judge, words: WordToken[], sentence: Unit['sentences'][number], sourceFranc: string): 'reported' | 'title' | 'prose' {
  const candidates = words.filter((word) => judgeable(context, word))
  // A title written as in the source (`The Art of Command Line`): a name.
  const text = context.doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').replace(/[.:!?]$/, '').trim()
  if (candidates.length >= 2 && candidates.every((word) => /^\p{Lu}/u.test(word.value) || NAME_LINKS.has(word.value)) && sourceText(context).includes(text)) return 'title'
  if (candidates.length < context.options.minSentenceWords) return 'prose'
  // Sentences have function words; a list of terms joined by the target's
  // own (`socket relay e tcp port forwarder`) is not a sentence of the source.
  const functionWords = FUNCTION_WORDS[judge.sourceBase]
  if (functionWords && !candidates.some((word) => functionWords.has(word.value.toLowerCase()) && judge.foreign(word.value))) return 'prose'
  const englishWords = candidates.filter((word) => judge.english(word.value)).length
  if (englishWords / candidates.length < 0.75) return 'prose'
  if (judge.hasTarget()) {
    const foreign = candidates.filter((word) => judge.foreign(word.value)).length
    if (foreign / candidates.length < 0.4) return 'prose'
  } else {
    const text = candidates.map((word) => word.value).join(' ')
    if (identifyAmong(text, [sourceFranc, context.language.franc]) !== sourceFranc) return 'prose'
  }
  // The title of a work (`In The Real World Linked Lists Vs Arrays`, a
  // linked video or book) is often kept in its language on purpose.
  const capitals = candidates.filter((word) => /^\p{Lu}/u.test(word.value)).length
  const contentWords = candidates.filter((word) => !functionWords?.has(word.value.toLowerCase())).length
  const linked = candidates.filter((word) => inLink(context, word.start, word.end)).length
  const title = capitals >= TITLE_SHARE * Math.max(1, contentWords) || linked * 2 >= candidates.length
  context.report({
    reason: `Unexpected ${resolveLanguage(context.source?.language.tag ?? context.config.sourceLanguage).name} sentence, left untranslated`,
    start: sentence.start,
    end: sentence.end,
    ...(title ? {severity: 'warning', note: 'It reads as the title of a work, which may be kept in its language on purpose.'} : {})
  })
  return 'reported'
}

/** Share of a sentence's content words that are capitalised in a title. */
const TITLE_SHARE = 0.75

/** The source's text with runs of white space as one space. */
const sourceText = perSource((source) => source.doc.text.replace(/\s+/g, ' '), () => '')
