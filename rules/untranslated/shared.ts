/**
 * What the detectors of the `untranslated` rule share: the judge of whether
 * a word is English, the words never judged (literals, protected text,
 * emoji shortcodes), the parts a word is judged by, and English function
 * words.
 */
import type {RuleContext, SourceView} from '../../src/lint/rule.js'
import type {WordToken} from '../../src/document/index.js'
import {scriptOf} from '../../src/text/scripts.js'
import type {Speller} from '../../src/dictionaries/index.js'
import {splitHyphens} from '../../src/text/hyphens.js'

/**
 * A made-up word per script. A dictionary that accepts it accepts every word
 * of that script (the Ukrainian one drops Latin letters before checking) and
 * says nothing about whether a word in it is English.
 */
const NONSENSE: Record<string, string> = {Latn: 'xqzvkjwq'}

/** Decides, with caches, whether words belong to the source or target language. */
export class Judge {
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
 * Whether some word or part could be judged differently with the related
 * languages' dictionaries: unknown to the target's, and English or written
 * somewhere in the source (a superset of the aligned source).
 */
export function needsKin(context: RuleContext<unknown>, judge: Judge): boolean {
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

/**
 * A value of the source document computed once, whatever the number of
 * translations checked against it; `empty` without a source.
 */
export function perSource<T>(compute: (source: SourceView) => T, empty: () => T): (context: RuleContext<unknown>) => T {
  const cache = new WeakMap<SourceView, T>()
  return (context) => {
    const source = context.source
    if (!source) return empty()
    if (!cache.has(source)) cache.set(source, compute(source))
    return cache.get(source)!
  }
}

/** Every word of the source, lower-cased (once per source). */
const allSourceWords = perSource((source) => {
  const words = new Set<string>()
  for (const unit of source.outline.units) for (const word of unit.words) words.add(word.value.toLowerCase())
  return words
}, () => new Set<string>())

/**
 * English function words: a phrase that has one (`Join the chat at`) is
 * English text, not a term of the field (terms are nouns and their
 * modifiers: `stack trace`, `writing center`).
 */
export const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
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
export const NAME_LINKS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'])

export function judgeable(context: RuleContext<unknown>, word: WordToken): boolean {
  return !word.literal && !word.quoted && !context.isProtected(word.start, word.end) && /\p{L}/u.test(word.value) && !shortcode(context.doc.text, word)
}

/** An emoji shortcode (`:disappointed:`, `:+1:`): markup, not a word. */
function shortcode(text: string, word: WordToken): boolean {
  return text[word.start - 1] === ':' && text[word.end] === ':' && /^[\p{Ll}\d_+-]+$/u.test(word.value)
}

/** Whether [start, end) is inside the text of a Markdown link (the title of a linked resource). */
export function inLink(context: RuleContext<unknown>, start: number, end: number): boolean {
  return context.doc.links.some((link) => link.start <= start && end <= link.end)
}

/**
 * The parts of a word that are judged: hyphenated words by their parts
 * (`pag-sponsor`), without elisions and clitics (`l'empowerment`, `iba't`).
 */
export function partsOf(word: string): Array<{value: string; offset: number; index: number}> {
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
