/**
 * English phrases (`writing center`) and single words left in the
 * translation: words the English dictionary knows and the target's does
 * not, or, without a target dictionary, English words that the aligned
 * source also has (single words are then not judged). Hyphenated words are
 * judged by their parts, but not by affixes of three letters or fewer
 * (Tagalog `nag-iisa`; `pag-sponsor` is judged by `sponsor`).
 *
 * Severity follows the evidence (the rule's severity, else a warning):
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
 * Line`), titles of the source's headings and emoji shortcodes
 * (`:disappointed:`).
 */
import type {Example, RuleContext} from '../../src/lint/rule.js'
import type {Unit, WordToken} from '../../src/document/index.js'
import {resolveLanguage} from '../../src/language/index.js'
import type {Speller} from '../../src/dictionaries/index.js'
import {MIN_OTHERS, type Agreement} from '../../src/compare/agreement.js'
import {visit} from 'unist-util-visit'
import {FUNCTION_WORDS, NAME_LINKS, inLink, judgeable, partsOf, perSource, type Judge} from './shared.js'

export const examples: Example[] = [
  {
    title: 'A translation with the English name of the organisation',
    lang: 'af',
    source: 'The International Writing Centers Association (IWCA) supports tutors.\n',
    translation: 'Die International Writing Centres Association (IWCA) ondersteun tutors.\n',
    messages: []
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
  }
]

export interface SourceWords {
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

/**
 * Words of the source units aligned with a translation unit: all of them
 * (lower-cased), and those the source writes in lower case.
 */
export function sourceWordsOf(context: RuleContext<unknown>, unit: Unit): SourceWords {
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

/** Pairs of consecutive words anywhere in the source, lower-cased. */
const sourceBigrams = perSource((source) => {
  const bigrams = new Set<string>()
  for (const unit of source.outline.units) {
    unit.words.forEach((word, index) => {
      const next = unit.words[index + 1]
      if (next && next.sentence === word.sentence) bigrams.add(`${word.value.toLowerCase()} ${next.value.toLowerCase()}`)
    })
  }
  return bigrams
}, () => new Set<string>())

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

/** Words the source writes capitalised inside sentences and never in lower case (lower-cased). */
const sourceNames = perSource((source) => {
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
  return new Set([...capital].filter((word) => !lower.has(word)))
}, () => new Set<string>())

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
export async function checkWords(context: RuleContext<{minWordLength: number}>, judge: Judge, words: WordToken[], source: SourceWords, target: Speller | undefined): Promise<void> {
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
async function misspelled(context: RuleContext<unknown>, target: Speller, word: string): Promise<boolean> {
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
function titleRanges(context: RuleContext<unknown>): Array<[number, number]> {
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

/** Whether [start, end) is all that stands between a pair of parentheses. */
function enclosed(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start).trimEnd()
  const after = text.slice(end, end + 2).trimStart()
  return /[(（]$/.test(before) && /^[)）]/.test(after)
}

/** Whether [start, end) lies inside Markdown emphasis (`*out of the box*`). */
function inEmphasis(context: RuleContext<unknown>, start: number, end: number): boolean {
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
