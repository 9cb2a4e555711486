import {z} from 'zod'
import {defineRule, type Report, type RuleContext} from '../src/lint/rule.js'
import type {WordToken} from '../src/document/index.js'
import type {Speller} from '../src/dictionaries/index.js'
import {COMPOUNDS, isCompound, isInflected, isTruncatedPart, type CompoundRules} from '../src/dictionaries/compounds.js'
import {personalWords} from '../src/dictionaries/personal.js'
import {isAcronym} from '../src/text/terms.js'
import {HYPHEN, HYPHENS, isHyphen, splitHyphens} from '../src/text/hyphens.js'

/**
 * Words of the translation that the hunspell dictionary of its language does
 * not know, with suggestions (the conventions of retext-spell: `actual` is
 * the word, `expected` the suggestions).
 *
 * - Dictionaries: `dictionary-<lang>` npm packages (English, Catalan,
 *   Serbian in both scripts, Spanish, French, German, Italian, Portuguese,
 *   Dutch, Russian, Croatian, and any other installed one), Afrikaans and
 *   Tagalog shipped in `dictionaries/`, the config's `dictionaries`, or the
 *   system's hunspell folders. Without one, a single note per file says that
 *   spelling was skipped.
 * - Closed compounds (Afrikaans, Dutch, German, Scandinavian) are accepted
 *   when they split into dictionary words with the usual linking `s`/`e`
 *   (`skryfsentrumdirekteure`, `magsdinamika`), and so are truncated parts
 *   (`stam-, streeks- en nasionale`).
 * - Elisions and clitics (`d'Anglès`, `l'IWCA`, Tagalog `iba't`), hyphenated
 *   words (each part), numbers, acronyms, required terms, names written out
 *   before them, URLs and code are handled or skipped.
 * - Every hyphen is spelled as `-`: `будь‐якої` and `bien‐être` with U+2010
 *   HYPHEN, U+2011 or another hyphen (`src/text/hyphens.ts`) pass as
 *   `будь-якої` and `bien-être` do. A soft hyphen (U+00AD) is an invisible
 *   break: `infor` + U+00AD + `mation` is spelled as `information`, and
 *   else as if the soft hyphen were `-`.
 * - A word that `untranslated` already reported is not reported again, nor
 *   a word written as in the aligned source (`tutors`): whether it should
 *   have been translated is `untranslated`'s judgement.
 * - Personal words: the config's `allow` lists and `words` files.
 * - Suggestions are computed only for reported words, cached, and for at
 *   most `suggestedWords` distinct words per file: hunspell's suggestion
 *   search can take half a second for a long word, and a bound by count
 *   (unlike one by the clock) gives the same report on every run.
 */
const options = z.strictObject({
  suggestions: z.number().int().nonnegative().default(5).describe('Most suggestions per word (0 for none).'),
  suggestedWords: z.number().int().nonnegative().default(10).describe('Most distinct words per file that get suggestions (bounds the time, and keeps the output the same run after run).')
})

type Options = z.infer<typeof options>

export default defineRule<Options>({
  id: 'spelling',
  description: 'Words are spelled as the dictionary of the language spells them.',
  defaultSeverity: 'warning',
  // Words `untranslated` reports are English, not misspellings.
  after: ['untranslated'],
  options,
  examples: [
    {
      title: 'Correct Catalan, with elisions and a compound letter',
      lang: 'ca',
      translation: "La col·laboració amb l'associació d'Anglès és important.\n",
      messages: []
    },
    {
      title: 'Afrikaans compounds and truncated parts',
      lang: 'af',
      translation: 'Die skryfsentrumdirekteure ken die magsdinamika van stam-, streeks- en nasionale kontekste.\n',
      messages: []
    },
    {
      title: 'Words joined with U+2010 HYPHEN, spelled as with `-`',
      lang: 'uk',
      translation: 'Це право будь\u2010якої людини в будь\u2010який час.\n',
      messages: []
    },
    {
      title: 'A misspelled Serbian word',
      lang: 'sr',
      translation: 'Удружење подржава прфоесионалне центре.\n',
      messages: ['1:19: Unexpected unknown word `прфоесионалне`, expected for example `професионалне`']
    }
  ],
  async check(context) {
    const speller = await context.resources.speller(context.language)
    if (!speller) {
      const {language} = context
      context.report({
        reason: `No dictionary for ${language.name} (${language.tag}): spelling skipped`,
        start: 0,
        end: 0,
        severity: 'info',
        note: `Install the npm package \`dictionary-${language.tag.toLowerCase()}\`, set \`dictionaries.${language.tag}\` in translint.config.json to a package or an .aff/.dic path, or install a hunspell dictionary for ${language.tag} in /usr/share/hunspell.`
      })
      return
    }
    const checker = new Checker(speller, COMPOUNDS[context.language.base], personalWords(context.config, context.language))
    const untranslated = context.reportedBy('untranslated')
    const reportedAlready = (word: WordToken): boolean => untranslated.some((place) => word.start < place.end && word.end > place.start)
    const suggested = new Set<string>()
    const reports: Prepared[] = []

    for (const unit of context.outline.units) {
      // A word copied from the aligned source (`tutors`) is the source's
      // spelling; whether it should be translated is `untranslated`'s call.
      const sameLanguage = context.source?.language.base === context.language.base
      const copied = new Set(sameLanguage ? [] : (context.alignment?.sourceOf(unit) ?? []).flatMap((source) => source.words.map((word) => copyKey(word.value))))
      for (const word of unit.words) {
        if (word.literal || word.quoted || context.isProtected(word.start, word.end) || copied.has(copyKey(word.value))) continue
        if (!/\p{L}/u.test(word.value) || /\p{Nd}/u.test(word.value) || isAcronym(splitHyphens(word.value)[0]!.replace(/['’].*$/u, ''))) continue
        // Initials and a single letter (`J. R. R. Tolkien`, `x.`) are not words to spell.
        if (/^\p{L}\.?$/u.test(word.value)) continue
        if (checker.correct(word.value)) continue
        // A truncated compound part (`streeks-` in `stam-, streeks- en`).
        const text = context.doc.text
        if (isHyphen(text[word.end]) && /[\s,/]/.test(text[word.end + 1] ?? ' ') && checker.truncated(word.value)) continue
        if (reportedAlready(word)) continue
        // Most other translations keep it too: a term of the field (`shell`).
        if (context.agreement?.verdict([word.value]) === 'term') continue
        reports.push(prepare(context, speller, word, suggested))
      }
    }
    // Suggestions were asked for as the words were found (a helper thread
    // may be computing them); report in order as they come.
    for (const entry of reports) context.report(await finish(entry))
  }
})

interface Prepared {
  context: RuleContext<Options>
  value: string
  start: number
  end: number
  /** Suggestions on their way; undefined when this word gets none (`suggestedWords`). */
  suggestions?: Promise<string[]>
}

function prepare(context: RuleContext<Options>, speller: Speller, word: WordToken, suggested: Set<string>): Prepared {
  // Point at the word without its elision (`escritpura` in `d'escritpura`).
  const elision = ELISION.exec(normalizeApostrophes(word.value))?.[0].length ?? 0
  const value = word.value.slice(elision)
  const count = context.options.suggestions
  const inTime = count > 0 && (suggested.has(value) || suggested.size < context.options.suggestedWords)
  if (inTime) suggested.add(value)
  return {context, value, start: word.start + elision, end: word.end, ...(inTime ? {suggestions: suggest(context, speller, value)} : {})}
}

async function finish({context, value, start, end, suggestions: pending}: Prepared): Promise<Report> {
  const count = context.options.suggestions
  const suggestions = pending ? (await pending).slice(0, count) : []
  const entry = {
    reason: suggestions.length > 0
      ? `Unexpected unknown word \`${value}\`, expected for example \`${suggestions[0]}\``
      : `Unexpected unknown word \`${value}\``,
    start,
    end,
    expected: suggestions
  }
  return count > 0 && !pending ? {...entry, note: `No suggestions: ${context.options.suggestedWords === 1 ? '1 word of this file already has' : `${context.options.suggestedWords} words of this file already have`} some (\`suggestedWords\`).`} : entry
}

const suggestionCache = new WeakMap<Speller, Map<string, Promise<string[]>>>()

/** Suggestions for a word, once per speller: from the helper thread when there is one, else from the speller. */
function suggest(context: RuleContext<Options>, speller: Speller, word: string): Promise<string[]> {
  let cache = suggestionCache.get(speller)
  if (!cache) {
    cache = new Map()
    suggestionCache.set(speller, cache)
  }
  let found = cache.get(word)
  if (!found) {
    const normalized = normalizeApostrophes(word)
    const elsewhere = context.resources.suggest
    const here = (): string[] => speller.suggest(normalized)
    found = elsewhere ? elsewhere(context.language, normalized, here).catch(here) : Promise.resolve(here())
    cache.set(word, found)
  }
  return found
}

function normalizeApostrophes(word: string): string {
  return word.replace(/[’ʼ]/g, "'")
}

const SOFT_HYPHEN = '\u00ad'
/** Every hyphen but `-` and the soft hyphen. */
const TYPESET_HYPHENS = new RegExp(`[${[...HYPHENS].filter((char) => char !== '-' && char !== SOFT_HYPHEN).join('')}]`, 'gu')

/** A word with `-` for every hyphen but the soft one (`bien‐être` → `bien-être`). */
function normalizeHyphens(word: string): string {
  return word.replace(TYPESET_HYPHENS, '-')
}

const HYPHEN_GLOBAL = new RegExp(HYPHEN.source, 'gu')

/** A word of the source and of the translation are one word when they differ in case or hyphen only. */
function copyKey(word: string): string {
  return word.replace(HYPHEN_GLOBAL, '-').toLowerCase()
}

const ELISION = /^\p{L}{1,3}'(?=\p{L}{2})/u
const CLITIC = /(?<=\p{L}{2})'\p{L}{1,2}$/u

/** Spelling judgement of one language, with caches. */
class Checker {
  private readonly cache = new Map<string, boolean>()
  private readonly compoundMemo = new Map<string, boolean>()
  constructor(private readonly speller: Speller, private readonly compounds: CompoundRules | undefined, private readonly personal: Set<string>) {}

  correct(word: string): boolean {
    let result = this.cache.get(word)
    if (result === undefined) {
      result = this.compute(normalizeHyphens(normalizeApostrophes(word)))
      this.cache.set(word, result)
    }
    return result
  }

  truncated(part: string): boolean {
    return isTruncatedPart(normalizeApostrophes(part), this.speller, this.compounds)
  }

  private known(word: string): boolean {
    if (this.personal.has(word.toLowerCase())) return true
    if (this.speller.correct(word)) return true
    if (!this.compounds) return false
    return isInflected(word.toLowerCase(), this.speller, this.compounds) || isCompound(word, this.speller, this.compounds, this.compoundMemo)
  }

  private compute(word: string): boolean {
    // A soft hyphen is an invisible break anywhere in a word (`infor­mation`);
    // else it stands where a hyphen would (`bien­être` as `bien-être`).
    if (word.includes(SOFT_HYPHEN)) {
      const joined = word.replaceAll(SOFT_HYPHEN, '')
      if (this.compute(joined)) return true
      word = word.replaceAll(SOFT_HYPHEN, '-')
    }
    if (this.known(word)) return true
    // Elisions and clitics: `d'Anglès`, `l'IWCA`, `iba't`.
    const bare = word.replace(ELISION, '').replace(CLITIC, '')
    if (bare !== word) return bare === '' || isAcronym(bare) || this.known(bare)
    // Hyphenated words: every part is a word; a part may be truncated
    // (`streeks-` in `stam-, streeks- en nasionale`).
    if (word.includes('-')) {
      const parts = word.split('-')
      return parts.every((part, index) => {
        if (part === '') return true
        if (isAcronym(part) || /^\p{Nd}+$/u.test(part)) return true
        if (this.known(part)) return true
        const truncated = index === parts.length - 1 ? false : parts[index + 1] === ''
        return truncated && isTruncatedPart(part, this.speller, this.compounds)
      })
    }
    return false
  }
}
