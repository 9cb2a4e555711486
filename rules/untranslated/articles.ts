/**
 * The source language's article carried over, found through alignment: an
 * article right after an anchor both texts share (a term: `IWCA`), with
 * the same punctuation between, before a capitalised name that the
 * translation translates (`(IWCA), a Consell …` for `(IWCA), a National
 * Council …`). Matched against the source, it is found even when the target
 * language has a word spelled the same way; before an ordinary word, that
 * word is the target language's own (Catalan `IWCA, a tot el món`).
 */
import {excerpt, type Example, type RuleContext} from '../../src/lint/rule.js'
import type {Unit, WordToken} from '../../src/document/index.js'
import {lookalikeOf} from '../../src/text/scripts.js'

export const examples: Example[] = [
  {
    title: 'The same letter as a word of the target language',
    lang: 'ca',
    source: 'The IWCA, a global network, meets every year.\n',
    translation: "L'IWCA, a tot el món, es reuneix cada any.\n",
    messages: []
  },
  {
    title: 'An English article carried over after a shared anchor',
    lang: 'ca',
    source: 'The association (IWCA), a National Council affiliate, supports tutors.\n',
    translation: "L'associació (IWCA), a Consell Nacional filial, dona suport als tutors.\n",
    messages: ['1:22: Unexpected `a` after `(IWCA),`: the English article of the source (`a National Council affiliate`) carried over']
  }
]

/** Articles of source languages: copied after a shared anchor, they are calques. */
const ARTICLES: Record<string, string[]> = {
  en: ['a', 'an', 'the'],
  fr: ['le', 'la', 'les', 'un', 'une'],
  de: ['der', 'die', 'das', 'ein', 'eine'],
  es: ['el', 'la', 'los', 'las', 'un', 'una']
}

/**
 * An article of the source copied right after an anchor both texts share:
 * source `(IWCA), a National Council …`, translation `(IWCA), a Consell …`.
 * The article is matched through alignment (the same anchor, the same
 * punctuation, the article in the same place), so it is found even when the
 * target language has a word spelled the same way.
 */
export function checkArticles(context: RuleContext<unknown>, sourceBase: string): void {
  const {source, alignment} = context
  const articles = ARTICLES[sourceBase]
  if (!source || !alignment || !articles) return
  const squeeze = (text: string): string => text.replace(/[\s\u00a0]+/g, '')
  const latin = (word: string): string => [...word].map((char) => lookalikeOf(char, 'Cyrl', 'Latn') ?? lookalikeOf(char, 'Grek', 'Latn') ?? char).join('')

  for (const occurrences of context.terms) {
    const sourceMatches = occurrences.source
    for (const unit of source.outline.units) {
      const targets = alignment.targetOf(unit)
      if (targets.length !== 1) continue
      const target = targets[0]!
      const inSource = sourceMatches.filter((match) => match.start >= unit.start && match.end <= unit.end)
      const inTarget = occurrences.target.filter((match) => match.start >= target.start && match.end <= target.end)
      inSource.forEach((match, k) => {
        const counterpart = inTarget[k]
        if (!counterpart) return
        const sourceNext = nextWords(unit, match.end, 2)
        const targetNext = nextWords(target, counterpart.end, 2)
        const article = sourceNext[0]
        const copied = targetNext[0]
        if (!article || !copied || !articles.includes(article.value.toLowerCase())) return
        if (latin(copied.value).toLowerCase() !== article.value.toLowerCase()) return
        const sourceGap = squeeze(source.doc.text.slice(match.end, article.start))
        const targetGap = squeeze(context.doc.text.slice(counterpart.end, copied.start))
        if (sourceGap !== targetGap) return
        // The article stands before a name (`a National Council` → `a Consell
        // Nacional`), and the name is translated: the next words differ. A
        // target word spelled like the article before an ordinary word is
        // the target language's own (`IWCA, a tot el món`).
        if (!sourceNext[1] || !targetNext[1] || sourceNext[1].value === targetNext[1].value) return
        if (!/^\p{Lu}/u.test(sourceNext[1].value) || !/^\p{Lu}/u.test(targetNext[1].value)) return
        const anchor = context.doc.text.slice(counterpart.start - (context.doc.text[counterpart.start - 1] === '(' ? 1 : 0), counterpart.end) + context.doc.text.slice(counterpart.end, copied.start).trim()
        context.report({
          reason: `Unexpected \`${copied.value}\` after \`${anchor}\`: the ${source.language.name} article of the source (\`${excerpt(source.doc.text.slice(article.start, sentenceEnd(unit, article.start)), 40)}\`) carried over`,
          start: copied.start,
          end: copied.end,
          cause: {start: article.start, end: article.end, reason: 'article in the source'}
        })
      })
    }
  }
}

function nextWords(unit: Unit, offset: number, count: number): WordToken[] {
  const result: WordToken[] = []
  for (const word of unit.words) {
    if (word.start >= offset) {
      result.push(word)
      if (result.length === count) break
    }
  }
  return result
}

function sentenceEnd(unit: Unit, offset: number): number {
  // Up to the next comma or the end of the sentence.
  const sentence = unit.sentences.find((candidate) => offset >= candidate.start && offset < candidate.end)
  const end = sentence ? sentence.end : unit.end
  const text = unit.text.slice(offset - unit.start, end - unit.start)
  const comma = text.search(/[,;:]/)
  return comma === -1 ? end : offset + comma
}
