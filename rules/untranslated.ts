import {z} from 'zod'
import {defineRule, excerpt, type RuleContext} from '../src/lint/rule.js'
import type {Unit, WordToken} from '../src/document/index.js'
import {identifyAmong, resolveLanguage} from '../src/language/index.js'
import {kinOf} from '../src/language/kin.js'
import {scriptOf, lookalikeOf} from '../src/text/scripts.js'
import type {Speller} from '../src/dictionaries/index.js'
import {personalWords} from '../src/dictionaries/personal.js'
import {splitHyphens} from '../src/text/hyphens.js'
import {MIN_OTHERS, type Agreement} from '../src/compare/agreement.js'
import {visit} from 'unist-util-visit'

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
 *
 * Severity follows the evidence (the rule's severity, else a warning):
 * - a sentence (five words or more, with an English function word the
 *   target lacks) is the rule's severity, but a warning when it reads as
 *   the title of a work (title case, or mostly the text of a link);
 * - a phrase with an English function word the target lacks (`Join the
 *   chat at`) is the rule's severity; a phrase of nouns (`writing center`)
 *   only when copied from the aligned source and, with two or more other
 *   languages given (`others` in `check`, the other files in a run), they
 *   translate the phrase and each of its words, or, without them, it has
 *   three words or more and the target has a dictionary; else a warning;
 * - a single word is a warning (perhaps a loanword: `feedback`), but the
 *   rule's severity when it is an English derivation of 8 letters or more
 *   (`empowerment`, `scholarship`, `underrepresented`), unless next to an
 *   English word the target shares (`web development`) or kept by two other
 *   languages; a target word without its accents (French `operations`) is
 *   left to the spelling rule;
 * - English in parentheses (a gloss: `слой сети (network layer)`), in
 *   Markdown emphasis (`*out of the box*`) or in link text is a warning.
 *
 * Not reported: a word or phrase kept by a quarter or more (and two or more)
 * of the other languages, a term of the field (`shell`); identifiers (`SSH`,
 * `iOS`, `GitHub`), words the source writes only capitalised inside
 * sentences (`Docker`), runs of capitalised words (`The Art of Command
 * Line`), titles of the source's headings, emoji shortcodes
 * (`:disappointed:`) and affixes of three letters or fewer in hyphenated
 * words (Tagalog `nag-iisa`; `pag-sponsor` is judged by `sponsor`).
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
      title: 'An English sentence left behind (an error)',
      lang: 'es',
      source: 'We publish a journal every year for all of our members.\n',
      translation: 'Publicamos una revista para los socios. We publish a journal every year for all of our members.\n',
      messages: ['1:41: Unexpected English sentence, left untranslated']
    },
    {
      title: 'Two English nouns left behind (a warning: no other translations to say whether they are a term)',
      lang: 'tl',
      source: 'We support writing center directors.\n',
      translation: 'Sinusuportahan namin ang mga direktor ng writing center.\n',
      messages: ['1:42: Unexpected English phrase `writing center`, left untranslated']
    },
    {
      title: 'An English derivation left behind (an error: `-ment` words are not borrowed)',
      lang: 'ca',
      source: 'We support empowerment.\n',
      translation: "Donem suport a l'empowerment de les comunitats.\n",
      messages: ["1:18: Unexpected English word `empowerment`, left untranslated (not a word in Catalan)"]
    },
    {
      title: 'A technical loanword (a warning)',
      lang: 'es',
      source: 'We ask our tutors for feedback.\n',
      translation: 'Pedimos feedback a nuestros tutores.\n',
      messages: ['1:9: Unexpected English word `feedback`, left untranslated (not a word in Spanish)']
    },
    {
      title: 'An English gloss in parentheses (a warning)',
      lang: 'ru',
      source: 'The network layer moves packets.\n',
      translation: 'Слой сети (network layer) передаёт пакеты.\n',
      messages: ['1:12: Unexpected English phrase `network layer`, left untranslated']
    },
    {
      title: 'A hyphenated word is judged by its parts, but not its short affixes (a warning for `sponsor`)',
      lang: 'tl',
      source: 'The sponsor is alone.\n',
      translation: 'Ang pag-sponsor ay nag-iisa.\n',
      messages: ['1:9: Unexpected English word `sponsor`, left untranslated (not a word in Tagalog)']
    },
    {
      title: 'Identifiers and names: all capitals, inner capitals, words the source capitalises',
      lang: 'it',
      source: 'Use SSH on iOS with GitHub and Docker.\n',
      translation: 'Usa SSH su iOS con GitHub e Docker.\n',
      messages: []
    },
    {
      title: 'The title of a heading of the source',
      lang: 'it',
      format: 'markdown',
      source: '# The Art of Command Line\n\nMaster the command line.\n',
      translation: '# The Art of Command Line (Traduzione Italiana)\n\nImpara a usare la riga di comando.\n',
      messages: []
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

/**
 * A made-up word per script. A dictionary that accepts it accepts every word
 * of that script (the Ukrainian one drops Latin letters before checking) and
 * says nothing about whether a word in it is English.
 */
const NONSENSE: Record<string, string> = {Latn: 'xqzvkjwq'}

/** Decides, with caches, whether words belong to the source or target language. */
class Judge {
  private readonly cache = new Map<string, number>()
  /** The target spellers that tell the source script's words apart. */
  private readonly readers: Speller[]
  constructor(
    private readonly englishSpeller: Speller | undefined,
    /** The target language's speller, then its kin. */
    private readonly targetSpellers: Speller[],
    private readonly allowed: Set<string>,
    private readonly script: string,
    /** The source language's base tag (`en`). */
    readonly sourceBase: string
  ) {
    const nonsense = NONSENSE[script]
    this.readers = targetSpellers.filter((speller) => nonsense === undefined || !speller.correct(nonsense))
  }

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
    // Also capitalised: the second part of a German compound (`und
    // -manipulation`) is a noun written in lower case.
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1)
    for (const speller of this.readers) {
      if (speller.correct(word) || speller.correct(word.toLowerCase()) || speller.correct(capitalised)) return 0
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
  const aligned = new Set<string>()
  for (const source of units) {
    source.words.forEach((word, index) => {
      const next = source.words[index + 1]
      if (next && next.sentence === word.sentence) aligned.add(`${word.value.toLowerCase()} ${next.value.toLowerCase()}`)
    })
  }
  return {
    aligned,
    all: new Set(words.map((word) => word.toLowerCase())),
    lower: new Set(words.filter((word) => word === word.toLowerCase())),
    bigrams: sourceBigrams(context),
    names: sourceNames(context)
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

/**
 * Words whose shape says they are names or identifiers, not prose: all
 * capitals (`SSH`, `EXIT`), a capital inside (`iOS`, `GitHub`), or a word
 * that the source writes only capitalised and not at the start of a
 * sentence (`Docker`, `Spotlight`), also when the translation starts a
 * sentence with it.
 */
function shaped(piece: Piece, source: SourceWords): boolean {
  if (/^\p{Lu}{2,}$/u.test(piece.value) || /\p{Ll}\p{Lu}/u.test(piece.value)) return true
  return piece.capital && source.names.has(piece.value.toLowerCase())
}

const nameCache = new WeakMap<object, Set<string>>()

/** Words the source writes capitalised inside sentences and never in lower case (lower-cased). */
function sourceNames(context: RuleContext<Options>): Set<string> {
  const source = context.source
  if (!source) return new Set()
  let names = nameCache.get(source)
  if (!names) {
    const capital = new Set<string>()
    const lower = new Set<string>()
    for (const unit of source.outline.units) {
      unit.words.forEach((word, index) => {
        const value = word.value
        if (word.literal) return
        if (/^\p{Ll}/u.test(value)) lower.add(value.toLowerCase())
        else if (/^\p{Lu}/u.test(value) && index > 0 && unit.words[index - 1]!.sentence === word.sentence) capital.add(value.toLowerCase())
      })
    }
    names = new Set([...capital].filter((word) => !lower.has(word)))
    nameCache.set(source, names)
  }
  return names
}

interface SourceWords {
  /** Pairs of consecutive words of the aligned source units, lower-cased. */
  aligned: Set<string>
  /** Words the source writes only capitalised inside sentences (lower-cased). */
  names: Set<string>
  /** Every word, lower-cased. */
  all: Set<string>
  /** Words the source writes in lower case. */
  lower: Set<string>
  /** Pairs of consecutive words of the source, lower-cased (`writing center`). */
  bigrams: Set<string>
}

function judgeable(context: RuleContext<Options>, word: WordToken): boolean {
  return !word.literal && !word.quoted && !context.isProtected(word.start, word.end) && /\p{L}/u.test(word.value) && !shortcode(context.doc.text, word)
}

/** An emoji shortcode (`:disappointed:`, `:+1:`): markup, not a word. */
function shortcode(text: string, word: WordToken): boolean {
  return text[word.start - 1] === ':' && text[word.end] === ':' && /^[\p{Ll}\d_+-]+$/u.test(word.value)
}

/** A whole sentence in the source language. */
function checkSentence(context: RuleContext<Options>, judge: Judge, words: WordToken[], sentence: Unit['sentences'][number], sourceFranc: string): 'reported' | 'title' | 'prose' {
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

/** Whether [start, end) is inside the text of a Markdown link (the title of a linked resource). */
function inLink(context: RuleContext<Options>, start: number, end: number): boolean {
  return context.doc.links.some((link) => link.start <= start && end <= link.end)
}

/**
 * The parts of a word that are judged: hyphenated words by their parts
 * (`pag-sponsor`), without elisions and clitics (`l'empowerment`, `iba't`).
 */
function partsOf(word: string): Array<{value: string; offset: number; index: number}> {
  const parts: Array<{value: string; offset: number; index: number}> = []
  const wholes = splitHyphens(word)
  let offset = 0
  wholes.forEach((whole, index) => {
    const prefix = ELISION.exec(whole)?.[0].length ?? 0
    const suffix = /['’]\p{L}{1,2}$/u.exec(whole.slice(prefix))?.[0].length ?? 0
    const value = whole.slice(prefix, whole.length - suffix)
    // A short part of a hyphenated word is an affix or a particle of the
    // target language (Tagalog `nag-iisa`, `pag-sponsor`), not a word.
    const affix = wholes.length > 1 && [...value].length <= MAX_AFFIX
    if (value !== '' && !affix) parts.push({value, offset: offset + prefix, index})
    offset += whole.length + 1
  })
  return parts
}

/**
 * An elided article, preposition or conjunction before a word: up to three
 * letters (`l’`, `d’`, `all’`, `qu’`), the Italian articulated prepositions
 * of four or five (`dell’`, `dall’`, `nell’`, `sull’`, `coll’`, `pell’`,
 * `quell’`, `bell’`, `sant’`) and the French conjunctions (`jusqu’`,
 * `lorsqu’`, `puisqu’`, `quoiqu’`, `presqu’`, `quelqu’`).
 */
const ELISION = /^(?:\p{L}{1,3}|[dns]ell|dall|sull|coll|pell|quell|bell|sant|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu)['’]/iu

/** Longest part of a hyphenated word that is taken for an affix (`nag-`, `-ng`). */
const MAX_AFFIX = 3

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
async function checkWords(context: RuleContext<Options>, judge: Judge, words: WordToken[], source: SourceWords, target: Speller | undefined): Promise<void> {
  const hasTarget = target !== undefined
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

  const titles = titleRanges(context)
  const inSource = (piece: Piece): boolean => source.all.has(piece.value.toLowerCase())
  // Words the target language shares with English still belong to an
  // English phrase when the source has the same pair of words.
  // Short function words (Dutch `is`, Catalan `a`) never extend a phrase.
  const continues = (left: Piece, right: Piece): boolean =>
    right.joined && [...left.value].length >= 4 && [...right.value].length >= 4 && judge.english(left.value) && judge.english(right.value) &&
    source.bigrams.has(`${left.value.toLowerCase()} ${right.value.toLowerCase()}`)
  const strong = (piece: Piece): boolean => !shaped(piece, source) && judge.foreign(piece.value) && (hasTarget || inSource(piece))
  const english = (piece: Piece): boolean => strong(piece) || (!shaped(piece, source) && judge.weak(piece.value, inSource(piece)))

  let index = 0
  while (index < pieces.length) {
    if (!english(pieces[index]!)) {
      index++
      continue
    }
    let start = index
    while (start > 0 && continues(pieces[start - 1]!, pieces[start]!)) start--
    let end = index + 1
    // A word both languages have, between English words, belongs to the
    // English text (`Join the chat at` in German, which has `Chat`).
    const bridges = (at: number): boolean =>
      judge.english(pieces[at]!.value) && at + 1 < pieces.length && pieces[at + 1]!.joined && english(pieces[at + 1]!)
    while (end < pieces.length && pieces[end]!.joined && (english(pieces[end]!) || continues(pieces[end - 1]!, pieces[end]!) || bridges(end))) end++
    const run = pieces.slice(start, end)
    index = end
    if (!run.some(strong)) continue
    // Runs of capitalised words are names (`New York`, `The Art of Command
    // Line`), and so is a single capitalised word inside a sentence, unless
    // the aligned source writes the same words in lower case (German
    // capitalises `Writing Centers`).
    if (nameLike(run) && !run.every((piece) => source.lower.has(piece.value.toLowerCase()))) continue
    // Part of a title the source writes the same way (`The Art of Command
    // Line (Traduzione Italiana)`).
    if (titles.some(([a, b]) => a <= run[0]!.start && run[run.length - 1]!.end <= b)) continue
    // Without a target dictionary, two short words (Danish `forum for`) are
    // too often the target language's own: a pair needs a longer word.
    if (run.length === 2 && !hasTarget && run.every((piece) => [...piece.value].length < 6)) continue
    const language = resolveLanguage(context.source?.language.tag ?? context.config.sourceLanguage).name
    // Most other translations of the source keep these words too: a term
    // of the field (`shell`, `socket`, `strict mode`), kept on purpose.
    const others = context.agreement?.verdict(run.map((piece) => piece.value)) ?? 'unknown'
    if (others === 'term') continue
    if (run.length >= 2) {
      // English in parentheses glosses a translated term (`слой сети
      // (network layer)`), and emphasis marks a foreign expression used on
      // purpose (`*out of the box*`): uncertain.
      // So does the text of a link: the title of a linked work (`Design
      // patterns for humans`), often kept in the work's language.
      const start = run[0]!.start
      const end = run[run.length - 1]!.end
      const marked = enclosed(context.doc.text, start, end) || inEmphasis(context, start, end) || inLink(context, start, end)
      const certain = !marked && phraseIsCertain(run, judge, others, hasTarget, context.agreement, source)
      const text = context.doc.text.slice(run[0]!.start, run[run.length - 1]!.end)
      context.report({
        reason: `Unexpected ${language} phrase \`${text}\`, left untranslated`,
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        ...(certain ? {} : {severity: 'warning', note: UNCERTAIN_PHRASE})
      })
      continue
    }
    const piece = run[0]!
    if (!hasTarget || piece.value.length < context.options.minWordLength) continue
    // A single word may be a loanword the dictionary lacks: a warning,
    // unless its English derivation says it was never borrowed.
    const marked = enclosed(context.doc.text, piece.start, piece.end) || inEmphasis(context, piece.start, piece.end) || inLink(context, piece.start, piece.end)
    // Next to a word English shares with the target, it is part of a kept
    // compound (`web development`); kept by two other languages, a term.
    const beside = [pieces[index - 2], pieces[index]].some((other, k) =>
      other !== undefined && (k === 0 ? piece.joined : other.joined) && [...other.value].length >= 3 &&
      !FUNCTION_WORDS[judge.sourceBase]?.has(other.value.toLowerCase()) && judge.english(other.value))
    const sharedByOthers = context.agreement !== undefined && context.agreement.keptBy(piece.value.toLowerCase()) >= MIN_OTHERS
    const certain = !marked && !beside && !sharedByOthers && judge.sourceBase === 'en' && englishDerivation(piece.value)
    // A target word without its accents (`operations` for `opérations`) is
    // the spelling rule's to report.
    if (certain && target && await misspelled(context, target, piece.value)) continue
    context.report({
      reason: `Unexpected ${language} word \`${piece.value}\`, left untranslated (not a word in ${context.language.name})`,
      start: piece.start,
      end: piece.end,
      ...(certain ? {} : {severity: 'warning', note: UNCERTAIN_WORD})
    })
  }
}

/** Whether the target's dictionary suggests the same word with other accents or case (a misspelling, not English). */
async function misspelled(context: RuleContext<Options>, target: Speller, word: string): Promise<boolean> {
  const here = (): string[] => target.suggest(word)
  const suggestions = context.resources.suggest ? await context.resources.suggest(context.language, word, here) : here()
  const bare = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  return suggestions.some((suggestion) => bare(suggestion) === bare(word))
}

/** Shortest word whose ending is taken as evidence of an English derivation. */
const MIN_DERIVED = 8

/**
 * An English word built with an English suffix (`empowerment`,
 * `scholarship`, `underrepresented`, `collaboration`, `thoughtfulness`,
 * `powerful`, `really`). Languages borrow English roots (`shell`, `socket`,
 * `debug`, and their `-ing` forms: `Debugging`, `Logging`), rarely such
 * derivations: they have their own (`apoderament`, `beca`,
 * `infrarepresentados`). The target's dictionary has been asked first.
 */
function englishDerivation(word: string): boolean {
  return [...word].length >= MIN_DERIVED && /(?:ment|ments|ship|ships|ness|nesses|ful|ly|ed|ation|ations)$/u.test(word.toLowerCase())
}

const UNCERTAIN_WORD = 'A single word may be a loanword that the dictionary lacks: if the language uses it, add it to `allow` in the config.'
const UNCERTAIN_PHRASE = 'No other translation in this run says whether this is a term of the field: if it is kept on purpose, add it to `protect` in the config.'

/**
 * English function words: a phrase that has one (`Join the chat at`) is
 * English text, not a term of the field (terms are nouns and their
 * modifiers: `stack trace`, `writing center`).
 */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'a', 'about', 'after', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been', 'before', 'but', 'by', 'can',
    'could', 'do', 'does', 'each', 'every', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'here', 'his', 'how', 'if', 'in', 'into',
    'is', 'it', 'its', 'may', 'might', 'more', 'most', 'must', 'no', 'not', 'of', 'on', 'only', 'or', 'our', 'out', 'over', 'shall',
    'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those',
    'through', 'to', 'under', 'up', 'very', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will',
    'with', 'would', 'you', 'your'
  ])
}

/** Words of a phrase that are lower case and connect names (`The Art of Command Line`). */
const NAME_LINKS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'])

/**
 * A run of capitalised words, with lower-case linking words inside (`The
 * Art of Command Line`), not starting a sentence: a name or a title.
 */
function nameLike(run: Piece[]): boolean {
  const first = run[0]!
  const last = run[run.length - 1]!
  if (first.first || !first.capital || !last.capital) return false
  return run.every((piece) => piece.capital || NAME_LINKS.has(piece.value))
}

/**
 * Whether an English phrase is surely untranslated text (an error) rather
 * than perhaps a term kept on purpose (a warning): it has an English
 * function word that the target language does not have, or three words or
 * more, or the other translations of the run translate it.
 */
function phraseIsCertain(run: Piece[], judge: Judge, others: 'translated' | 'unknown', hasTarget: boolean, agreement: Agreement | undefined, source: SourceWords): boolean {
  const functionWords = FUNCTION_WORDS[judge.sourceBase]
  if (functionWords && run.some((piece) => functionWords.has(piece.value.toLowerCase()) && judge.foreign(piece.value))) return true
  // Nouns and their modifiers (`writing center`, `block devices`) are left
  // behind only when copied from the aligned source: English words the
  // translator chose (`pull request` where the source has none) are terms.
  const copied = run.slice(1).every((piece, index) => source.aligned.has(`${run[index]!.value.toLowerCase()} ${piece.value.toLowerCase()}`))
  if (!copied || !hasTarget) return false
  // With other translations to compare: when they translate the phrase and
  // each of its words (`writing center`; not `garbage collection details`,
  // since `garbage` is kept by many). Without: three words or more.
  if (others === 'translated') return run.every((piece) => agreement?.verdict([piece.value]) === 'translated')
  return run.length >= 3
}

const titleCache = new WeakMap<object, Array<[number, number]>>()

/**
 * Where the translation has a title of the source: a heading of two or
 * more words, each capitalised but linking words (`The Art of Command
 * Line`), found as the source writes it.
 */
function titleRanges(context: RuleContext<Options>): Array<[number, number]> {
  let ranges = titleCache.get(context.doc)
  if (ranges) return ranges
  ranges = []
  const titles = new Set<string>()
  for (const unit of context.source?.outline.units ?? []) {
    const words = unit.words.filter((word) => !word.literal)
    if (unit.kind !== 'heading' || words.length < 2) continue
    if (!words.every((word) => /^\p{Lu}/u.test(word.value) || NAME_LINKS.has(word.value))) continue
    titles.add(context.source!.doc.text.slice(words[0]!.start, words[words.length - 1]!.end))
  }
  const text = context.doc.text
  for (const title of titles) {
    for (let at = text.indexOf(title); at !== -1; at = text.indexOf(title, at + title.length)) ranges.push([at, at + title.length])
  }
  titleCache.set(context.doc, ranges)
  return ranges
}

const sourceTextCache = new WeakMap<object, string>()

/** The source's text with runs of white space as one space. */
function sourceText(context: RuleContext<Options>): string {
  const source = context.source
  if (!source) return ''
  let text = sourceTextCache.get(source)
  if (text === undefined) {
    text = source.doc.text.replace(/\s+/g, ' ')
    sourceTextCache.set(source, text)
  }
  return text
}

/** Whether [start, end) is all that stands between a pair of parentheses. */
function enclosed(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start).trimEnd()
  const after = text.slice(end, end + 2).trimStart()
  return /[(（]$/.test(before) && /^[)）]/.test(after)
}

/** Whether [start, end) lies inside Markdown emphasis (`*out of the box*`). */
function inEmphasis(context: RuleContext<Options>, start: number, end: number): boolean {
  const mdast = context.doc.mdast
  if (!mdast) return false
  let ranges = emphasisCache.get(mdast)
  if (!ranges) {
    const found: Array<[number, number]> = []
    visit(mdast, 'emphasis', (node) => {
      const a = node.position?.start.offset
      const b = node.position?.end.offset
      if (a !== undefined && b !== undefined) found.push([a, b])
    })
    ranges = found
    emphasisCache.set(mdast, ranges)
  }
  return ranges.some(([a, b]) => a <= start && end <= b)
}

const emphasisCache = new WeakMap<object, Array<[number, number]>>()

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
