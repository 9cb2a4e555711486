import {z} from 'zod'
import {defineRule, excerpt, type RuleContext} from '../src/engine/rule.js'
import type {Unit, WordToken} from '../src/parse/index.js'
import {identifyAmong, resolveLanguage} from '../src/language/index.js'
import {kinOf} from '../src/language/kin.js'
import {scriptOf, lookalikeOf} from '../src/text/scripts.js'
import type {Speller} from '../src/dictionaries/index.js'
import {personalWords} from '../src/dictionaries/personal.js'

/**
 * Source-language (English) text left behind in a translation: whole
 * sentences, phrases (`writing center`) and single words that are words of
 * the source language but not of the target language.
 *
 * - A word counts as English when the English dictionary knows it and the
 *   target dictionary does not (`a` is Catalan, `tutors` is Afrikaans).
 * - Without a target dictionary, a phrase counts as English when its words
 *   are English and also appear in the aligned part of the source; single
 *   words are then not judged, and one note says so.
 * - Sentences are judged with both dictionaries and language identification.
 * - Protected text is never reported: required terms, names written out
 *   before them (`International Writing Centers Association (IWCA)`), the
 *   config's `protect` phrases, `allow` and `words` lists, URLs and code.
 * - Through alignment: an English article carried over right after a shared
 *   anchor (`(IWCA), a Consell …` for `(IWCA), a National Council …`).
 */
const options = z.strictObject({
  minSentenceWords: z.number().int().positive().default(5).describe('Shortest sentence, in words, judged as a whole.'),
  minWordLength: z.number().int().positive().default(3).describe('Shortest single word reported.')
})

type Options = z.infer<typeof options>

/** Articles of source languages: copied after a shared anchor, they are calques. */
const ARTICLES: Record<string, string[]> = {
  en: ['a', 'an', 'the'],
  fr: ['le', 'la', 'les', 'un', 'une'],
  de: ['der', 'die', 'das', 'ein', 'eine'],
  es: ['el', 'la', 'los', 'las', 'un', 'una']
}

export default defineRule<Options>({
  id: 'untranslated',
  description: 'No source-language sentence, phrase or word is left untranslated.',
  defaultSeverity: 'error',
  needsSource: false,
  options,
  examples: [
    {
      title: 'A translation with the English name of the organisation',
      lang: 'af',
      source: 'The International Writing Centers Association (IWCA) supports tutors.\n',
      translation: 'Die International Writing Centres Association (IWCA) ondersteun tutors.\n',
      messages: []
    },
    {
      title: 'An English phrase left behind',
      lang: 'tl',
      source: 'We support writing center directors.\n',
      translation: 'Sinusuportahan namin ang mga direktor ng writing center.\n',
      messages: ['1:42: Unexpected English phrase `writing center`, left untranslated']
    },
    {
      title: 'An English word left behind',
      lang: 'ca',
      source: 'We support empowerment.\n',
      translation: "Donem suport a l'empowerment de les comunitats.\n",
      messages: ["1:18: Unexpected English word `empowerment`, left untranslated (not a word in Catalan)"]
    },
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
  ],
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
    let judge = new Judge(english, target ? [target] : [], allowed, sourceLanguage.script)
    if (target && kinOf(language).length > 0 && needsKin(context, judge)) {
      const kin: Speller[] = []
      for (const tag of kinOf(language)) {
        const speller = await context.resources.speller(resolveLanguage(tag))
        if (speller) kin.push(speller)
      }
      judge = new Judge(english, [target, ...kin], allowed, sourceLanguage.script)
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
        if (checkSentence(context, judge, words, sentence, sourceLanguage.franc)) continue
        checkWords(context, judge, words, sourceWords, Boolean(target))
      }
    }
    checkArticles(context, sourceLanguage.base)
  }
})

/** Decides, with caches, whether words belong to the source or target language. */
class Judge {
  private readonly cache = new Map<string, number>()
  constructor(
    private readonly englishSpeller: Speller | undefined,
    /** The target language's speller, then its kin. */
    private readonly targetSpellers: Speller[],
    private readonly allowed: Set<string>,
    private readonly script: string
  ) {}

  /** A word of the source language that the target language does not have. */
  foreign(word: string): boolean {
    return this.verdict(word) === 2
  }

  /**
   * Unknown to both dictionaries but written in the aligned source
   * (`transformative`): English only next to a word that is surely English,
   * since a cognate (German `transformative`) is spelled the same.
   */
  weak(word: string, inSource: boolean): boolean {
    return inSource && this.hasTarget() && [...word].length >= 4 && this.verdict(word) === 1
  }

  /** 0: not foreign; 1: unknown to both dictionaries; 2: English and not a target word (cached). */
  verdict(word: string): number {
    let verdict = this.cache.get(word)
    if (verdict === undefined) {
      verdict = this.compute(word)
      this.cache.set(word, verdict)
    }
    return verdict
  }

  /** A word the source language's dictionary knows. */
  english(word: string): boolean {
    const speller = this.englishSpeller
    if (!speller || !this.sourceScript(word)) return false
    return speller.correct(word) || speller.correct(word.toLowerCase())
  }

  hasTarget(): boolean {
    return this.targetSpellers.length > 0
  }

  private sourceScript(word: string): boolean {
    return /^[\p{L}'’]+$/u.test(word) && [...word].every((char) => scriptOf(char) === this.script || char === "'" || char === '’')
  }

  private compute(word: string): number {
    if (this.allowed.has(word.toLowerCase())) return 0
    if (!this.sourceScript(word)) return 0
    for (const speller of this.targetSpellers) {
      if (speller.correct(word) || speller.correct(word.toLowerCase())) return 0
    }
    return this.english(word) ? 2 : 1
  }
}

/**
 * Words of the source units aligned with a translation unit: all of them
 * (lower-cased), and those the source writes in lower case.
 */
function sourceWordsOf(context: RuleContext<Options>, unit: Unit): SourceWords {
  const units = context.alignment?.sourceOf(unit) ?? []
  const words = units.flatMap((source) => source.words.map((word) => word.value))
  return {
    all: new Set(words.map((word) => word.toLowerCase())),
    lower: new Set(words.filter((word) => word === word.toLowerCase())),
    bigrams: sourceBigrams(context)
  }
}

const wordCache = new WeakMap<object, Set<string>>()

/** Every word of the source, lower-cased (once per source). */
function allSourceWords(context: RuleContext<Options>): Set<string> {
  const source = context.source
  if (!source) return new Set()
  let words = wordCache.get(source)
  if (!words) {
    words = new Set()
    for (const unit of source.outline.units) for (const word of unit.words) words.add(word.value.toLowerCase())
    wordCache.set(source, words)
  }
  return words
}

const bigramCache = new WeakMap<object, Set<string>>()

/** Pairs of consecutive words anywhere in the source, lower-cased. */
function sourceBigrams(context: RuleContext<Options>): Set<string> {
  const source = context.source
  if (!source) return new Set()
  let bigrams = bigramCache.get(source)
  if (!bigrams) {
    bigrams = new Set()
    for (const unit of source.outline.units) {
      unit.words.forEach((word, index) => {
        const next = unit.words[index + 1]
        if (next && next.sentence === word.sentence) bigrams!.add(`${word.value.toLowerCase()} ${next.value.toLowerCase()}`)
      })
    }
    bigramCache.set(source, bigrams)
  }
  return bigrams
}

interface SourceWords {
  /** Every word, lower-cased. */
  all: Set<string>
  /** Words the source writes in lower case. */
  lower: Set<string>
  /** Pairs of consecutive words of the source, lower-cased (`writing center`). */
  bigrams: Set<string>
}

function judgeable(context: RuleContext<Options>, word: WordToken): boolean {
  return !word.literal && !word.quoted && !context.isProtected(word.start, word.end) && /\p{L}/u.test(word.value)
}

/** A whole sentence in the source language. */
function checkSentence(context: RuleContext<Options>, judge: Judge, words: WordToken[], sentence: Unit['sentences'][number], sourceFranc: string): boolean {
  const candidates = words.filter((word) => judgeable(context, word))
  if (candidates.length < context.options.minSentenceWords) return false
  const englishWords = candidates.filter((word) => judge.english(word.value)).length
  if (englishWords / candidates.length < 0.75) return false
  if (judge.hasTarget()) {
    const foreign = candidates.filter((word) => judge.foreign(word.value)).length
    if (foreign / candidates.length < 0.4) return false
  } else {
    const text = candidates.map((word) => word.value).join(' ')
    if (identifyAmong(text, [sourceFranc, context.language.franc]) !== sourceFranc) return false
  }
  context.report({
    reason: `Unexpected ${context.source?.language.name ?? 'English'} sentence, left untranslated`,
    start: sentence.start,
    end: sentence.end
  })
  return true
}

/**
 * The parts of a word that are judged: hyphenated words by their parts
 * (`pag-sponsor`), without elisions and clitics (`l'empowerment`, `iba't`).
 */
function partsOf(word: string): Array<{value: string; offset: number; index: number}> {
  const parts: Array<{value: string; offset: number; index: number}> = []
  let offset = 0
  word.split('-').forEach((whole, index) => {
    const prefix = /^\p{L}{1,3}['’]/u.exec(whole)?.[0].length ?? 0
    const suffix = /['’]\p{L}{1,2}$/u.exec(whole.slice(prefix))?.[0].length ?? 0
    const value = whole.slice(prefix, whole.length - suffix)
    if (value !== '') parts.push({value, offset: offset + prefix, index})
    offset += whole.length + 1
  })
  return parts
}

/**
 * Whether some word or part could be judged differently with the related
 * languages' dictionaries: unknown to the target's, and English or written
 * somewhere in the source (a superset of the aligned source).
 */
function needsKin(context: RuleContext<Options>, judge: Judge): boolean {
  const sourceWords = allSourceWords(context)
  const open = (value: string): boolean => {
    const verdict = judge.verdict(value)
    return verdict === 2 || (verdict === 1 && sourceWords.has(value.toLowerCase()))
  }
  for (const unit of context.outline.units) {
    for (const word of unit.words) {
      if (open(word.value) || partsOf(word.value).some((part) => open(part.value))) return true
    }
  }
  return false
}

interface Piece {
  value: string
  start: number
  end: number
  /** Whether only whitespace separates this piece from the previous one. */
  joined: boolean
  capital: boolean
  first: boolean
}

/** Phrases and single words in the source language. */
function checkWords(context: RuleContext<Options>, judge: Judge, words: WordToken[], source: SourceWords, hasTarget: boolean): void {
  // Hyphenated words are judged by their parts (`pag-sponsor`).
  const pieces: Piece[] = []
  let previousEnd = -1
  words.forEach((word, index) => {
    if (!judgeable(context, word)) {
      previousEnd = -1
      return
    }
    const between = previousEnd === -1 ? 'x' : context.doc.text.slice(previousEnd, word.start)
    for (const {value, offset, index: partIndex} of partsOf(word.value)) {
      pieces.push({
        value,
        start: word.start + offset,
        end: word.start + offset + value.length,
        joined: partIndex === 0 ? /^[ \t\u00a0]+$/.test(between) : false,
        capital: /^\p{Lu}/u.test(value),
        first: index === 0 && partIndex === 0
      })
    }
    previousEnd = word.end
  })

  const inSource = (piece: Piece): boolean => source.all.has(piece.value.toLowerCase())
  // Words the target language shares with English still belong to an
  // English phrase when the source has the same pair of words.
  // Short function words (Dutch `is`, Catalan `a`) never extend a phrase.
  const continues = (left: Piece, right: Piece): boolean =>
    right.joined && [...left.value].length >= 4 && [...right.value].length >= 4 && judge.english(left.value) && judge.english(right.value) &&
    source.bigrams.has(`${left.value.toLowerCase()} ${right.value.toLowerCase()}`)
  const strong = (piece: Piece): boolean => judge.foreign(piece.value) && (hasTarget || inSource(piece))
  const english = (piece: Piece): boolean => strong(piece) || judge.weak(piece.value, inSource(piece))

  let index = 0
  while (index < pieces.length) {
    if (!english(pieces[index]!)) {
      index++
      continue
    }
    let start = index
    while (start > 0 && continues(pieces[start - 1]!, pieces[start]!)) start--
    let end = index + 1
    while (end < pieces.length && pieces[end]!.joined && (english(pieces[end]!) || continues(pieces[end - 1]!, pieces[end]!))) end++
    const run = pieces.slice(start, end)
    index = end
    if (!run.some(strong)) continue
    // Runs of capitalised words are names (`New York`), and so is a single
    // capitalised word inside a sentence, unless the aligned source writes
    // the same words in lower case (German capitalises `Writing Centers`).
    if (run.every((piece) => piece.capital && !piece.first) && !run.every((piece) => source.lower.has(piece.value.toLowerCase()))) continue
    // Without a target dictionary, two short words (Danish `forum for`) are
    // too often the target language's own: a pair needs a longer word.
    if (run.length === 2 && !hasTarget && run.every((piece) => [...piece.value].length < 6)) continue
    if (run.length >= 2) {
      context.report({
        reason: `Unexpected ${context.source?.language.name ?? 'English'} phrase \`${context.doc.text.slice(run[0]!.start, run[run.length - 1]!.end)}\`, left untranslated`,
        start: run[0]!.start,
        end: run[run.length - 1]!.end
      })
      continue
    }
    const piece = run[0]!
    if (!hasTarget || piece.value.length < context.options.minWordLength) continue
    context.report({
      reason: `Unexpected ${context.source?.language.name ?? 'English'} word \`${piece.value}\`, left untranslated (not a word in ${context.language.name})`,
      start: piece.start,
      end: piece.end
    })
  }
}

/**
 * An article of the source copied right after an anchor both texts share:
 * source `(IWCA), a National Council …`, translation `(IWCA), a Consell …`.
 * The article is matched through alignment (the same anchor, the same
 * punctuation, the article in the same place), so it is found even when the
 * target language has a word spelled the same way.
 */
function checkArticles(context: RuleContext<Options>, sourceBase: string): void {
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
          reason: `Unexpected \`${copied.value}\` after \`${anchor}\`: the English article of the source (\`${excerpt(source.doc.text.slice(article.start, sentenceEnd(unit, article.start)), 40)}\`) carried over`,
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
