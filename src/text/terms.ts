/**
 * Terms that must survive translation (acronyms, names) and how to find them
 * in any script: literally, as configured variants, or transliterated letter
 * by letter into the alphabet of the target language (IWCA = ИВЦА in
 * Serbian, ІВЦА in Ukrainian, ΙΒΚΑ in Greek): each language its own
 * letters, never another's (no Serbian `Ј` for Russian).
 *
 * Matching is literal and linear: no regular expression is built from user
 * input.
 */

type Table = Readonly<Record<string, readonly string[]>>

/**
 * Letters every Cyrillic alphabet of the tables below has (Russian,
 * Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh), for the
 * Latin letters that they all write the same way.
 */
const CYRILLIC_COMMON: Table = {
  A: ['А'], B: ['Б'], C: ['Ц', 'К', 'С'], D: ['Д'], F: ['Ф'], K: ['К'], L: ['Л'], M: ['М'], N: ['Н'], O: ['О'],
  P: ['П'], Q: ['К'], R: ['Р'], S: ['С'], T: ['Т'], V: ['В'], X: ['КС', 'Х'], Z: ['З']
}

/**
 * Letter-by-letter transliterations of Latin capitals: per language (its
 * primary subtag) for Cyrillic, one table for Greek. A letter's first option
 * is the form suggested in messages.
 */
const TRANSLITERATION: Readonly<Record<string, Table>> = {
  // Serbian: Ј and Џ; never Й, Ы, Э, Ю, Я, І.
  sr: {...CYRILLIC_COMMON, E: ['Е', 'И'], G: ['Г', 'Џ', 'ДЖ'], H: ['Х'], I: ['И', 'АЈ'], J: ['Ј', 'Џ', 'ДЖ'], U: ['У', 'ЈУ'], W: ['В'], Y: ['И', 'Ј']},
  // Macedonian: like Serbian, with Џ for the English J and G.
  mk: {...CYRILLIC_COMMON, E: ['Е', 'И'], G: ['Г', 'Џ'], H: ['Х'], I: ['И', 'АЈ'], J: ['Џ', 'Ј'], U: ['У', 'ЈУ'], W: ['В'], Y: ['И', 'Ј']},
  // Russian: Й, Ы, Э, Ю; never Ј, Љ, Њ, Ћ, Џ, І.
  ru: {...CYRILLIC_COMMON, E: ['Е', 'Э', 'И'], G: ['Г', 'ДЖ'], H: ['Х', 'Г'], I: ['И', 'АЙ'], J: ['ДЖ', 'Й'], U: ['У', 'Ю'], W: ['В', 'У'], Y: ['И', 'Й', 'Ы']},
  // Ukrainian: І, Є, Ґ; never Ы, Э, Ё, Ј.
  uk: {...CYRILLIC_COMMON, E: ['Е', 'Є', 'І'], G: ['Г', 'Ґ', 'ДЖ'], H: ['Х', 'Г'], I: ['І', 'И', 'АЙ'], J: ['ДЖ', 'Й'], U: ['У', 'Ю'], W: ['В', 'У'], Y: ['И', 'І', 'Й']},
  // Bulgarian: Й, Ю; never Ы, Э, І, Ј.
  bg: {...CYRILLIC_COMMON, E: ['Е', 'И'], G: ['Г', 'ДЖ'], H: ['Х'], I: ['И', 'АЙ'], J: ['ДЖ', 'Й'], U: ['У', 'Ю'], W: ['В', 'У'], Y: ['И', 'Й']},
  // Belarusian: І, Ў, Ы, Э; no И at all.
  be: {...CYRILLIC_COMMON, E: ['Э', 'Е'], G: ['Г', 'ДЖ'], H: ['Г', 'Х'], I: ['І', 'АЙ'], J: ['ДЖ', 'Й'], U: ['У', 'Ю'], W: ['В', 'Ў'], Y: ['І', 'Ы', 'Й']},
  // Kazakh: the Russian letters and Қ, Ғ, Һ, І, Ұ, Ү.
  kk: {...CYRILLIC_COMMON, E: ['Е', 'Э', 'И'], G: ['Г', 'Ғ', 'ДЖ'], H: ['Х', 'Һ'], I: ['И', 'І', 'АЙ'], J: ['ДЖ', 'Й'], Q: ['Қ', 'К'], U: ['У', 'Ұ', 'Ү', 'Ю'], W: ['В', 'У'], Y: ['И', 'Й', 'Ы', 'І']}
}

/** Other Cyrillic languages: only letters the Cyrillic alphabets share (and И). */
const CYRILLIC_FALLBACK: Table = {...CYRILLIC_COMMON, E: ['Е'], G: ['Г'], H: ['Х'], I: ['И'], J: ['ДЖ'], U: ['У'], W: ['В'], Y: ['И']}

const GREEK: Table = {
  A: ['Α'], B: ['Β', 'ΜΠ'], C: ['Κ', 'Σ', 'ΤΣ'], D: ['Δ', 'ΝΤ'], E: ['Ε', 'Η'], F: ['Φ'], G: ['Γ', 'ΤΖ'],
  H: ['Χ', 'Η'], I: ['Ι', 'Η'], J: ['ΤΖ', 'Ι'], K: ['Κ'], L: ['Λ'], M: ['Μ'], N: ['Ν'], O: ['Ο', 'Ω'], P: ['Π'],
  Q: ['Κ'], R: ['Ρ'], S: ['Σ'], T: ['Τ'], U: ['ΟΥ', 'Υ'], V: ['Β'], W: ['Β', 'ΟΥ'], X: ['Ξ', 'Χ'], Y: ['Υ', 'Ι'],
  Z: ['Ζ']
}

/**
 * The transliteration table for a target: Greek for the Greek script, the
 * language's own table for Cyrillic (a conservative common one for Cyrillic
 * languages without a table), none for other scripts.
 */
export function transliterationTable(script: string, lang = ''): Table | undefined {
  if (script === 'Grek') return GREEK
  if (script !== 'Cyrl') return undefined
  return Object.hasOwn(TRANSLITERATION, lang) ? TRANSLITERATION[lang] : CYRILLIC_FALLBACK
}

export interface TermSpec {
  /** The term as the source writes it (`IWCA`). */
  term: string
  /** Accepted forms in the target language (`ИВЦА`). */
  variants: string[]
  /** Whether to derive transliterations into the target script. */
  transliterate: boolean
}

export interface TermMatch {
  start: number
  end: number
  /** The form found. */
  value: string
}

export interface TermMatcher {
  term: string
  /** Forms accepted, for messages. */
  forms: string[]
  find(text: string): TermMatch[]
}

/** Whether a word looks like an acronym: two or more capitals, maybe digits. */
export function isAcronym(word: string): boolean {
  // Fewer than two characters have fewer than two capitals.
  if (word.length > 12) return false
  let capitals = 0
  for (const char of word) {
    if (char >= '0' && char <= '9') continue
    if (char.toUpperCase() !== char || char.toLowerCase() === char) return false
    capitals++
  }
  return capitals >= 2
}

const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{Nd}]/u
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u

/**
 * A matcher for a term in a target script. Case-sensitive for acronyms
 * (capitals must stay capitals), with any lower-case suffix accepted after
 * the term (`IWCA-е`, `IWCA:n`, `IWCAs`) and any elision before it (`l'IWCA`).
 */
export function termMatcher(spec: TermSpec, script: string, lang?: string): TermMatcher {
  const literal = [spec.term, ...spec.variants]
  const table = spec.transliterate ? transliterationTable(script, lang) : undefined
  const pattern = table && isAcronym(spec.term) ? [...spec.term].map((char) => table[char] ?? [char]) : undefined
  const forms = [...literal]
  if (pattern) forms.push(pattern.map((options) => options[0]).join(''))

  const acronym = isAcronym(spec.term)
  const boundaryBefore = (text: string, start: number): boolean => start === 0 || !LETTER_OR_DIGIT.test(charBefore(text, start))
  const boundaryAfter = (text: string, end: number): boolean => {
    if (end >= text.length) return true
    const next = charAt(text, end)
    return acronym ? !UPPER_OR_DIGIT.test(next) : !LETTER_OR_DIGIT.test(next)
  }

  const find = (text: string): TermMatch[] => {
    const found: TermMatch[] = []
    const taken = new Set<number>()
    for (const form of literal) {
      if (form === '') continue
      let from = 0
      for (;;) {
        const index = text.indexOf(form, from)
        if (index === -1) break
        const end = index + form.length
        if (!taken.has(index) && boundaryBefore(text, index) && boundaryAfter(text, end)) {
          found.push({start: index, end, value: form})
          taken.add(index)
        }
        from = index + 1
      }
    }
    if (pattern) {
      const first = new Set(pattern[0]!.map((option) => option[0]!))
      for (let index = 0; index < text.length; index++) {
        if (!first.has(text[index]!) || taken.has(index) || !boundaryBefore(text, index)) continue
        const end = matchPattern(text, index, pattern, 0)
        if (end !== -1 && boundaryAfter(text, end)) {
          found.push({start: index, end, value: text.slice(index, end)})
          taken.add(index)
          index = end - 1
        }
      }
    }
    return found.sort((a, b) => a.start - b.start)
  }

  return {term: spec.term, forms: [...new Set(forms)], find}
}

/** How a source defines an acronym. */
export interface Definition {
  /** The words spelled out (`International Writing Centers Association`). */
  expansion: string
  /**
   * Whether the expansion is a name, its words capitalised (`Windows
   * Subsystem for Linux`), rather than a phrase of the language
   * (`breadth-first search`), which a translation may translate.
   */
  name: boolean
}

/**
 * How the acronym at `text[start, end)` is defined there, if it is: spelled
 * out right before it, `International Writing Centers Association (IWCA)`,
 * or right after it, `IWCA (International Writing Centers Association)`.
 * The words of the expansion give the acronym's letters in order by their
 * initials (and capitals inside them: `JavaScript Object Notation`, each
 * part of `Knuth-Morris-Pratt`); short lower-case words such as `for` or
 * `of` may be skipped. A plural (`MOOCs`) is defined too.
 */
export function definitionAt(text: string, start: number, end: number): Definition | undefined {
  const letters = [...text.slice(start, end)].filter((char) => char.toLowerCase() !== char)
  if (letters.length < 2) return undefined
  let after = end
  while (after < text.length && /\p{Ll}/u.test(text[after]!)) after++
  // `Expansion (ACRONYM)`
  let before = start
  while (before > 0 && SPACE.test(text[before - 1]!)) before--
  let close = after
  while (close < text.length && SPACE.test(text[close]!)) close++
  if (text[before - 1] === '(' && text[close] === ')') {
    const words = wordsBackward(text, before - 1, letters.length + 3)
    for (let count = 1; count <= words.length; count++) {
      const expansion = words.slice(words.length - count)
      if (spells(letters, expansion)) return definition(expansion)
    }
  }
  // `ACRONYM (Expansion)`
  while (after < text.length && SPACE.test(text[after]!)) after++
  if (text[after] === '(') {
    const inside = text.slice(after + 1, after + 200)
    const close = inside.indexOf(')')
    const words = inside.slice(0, Math.max(close, 0)).split(/[ \t\u00a0]+/).filter(Boolean)
    if (words.every((word) => WORD.test(word)) && spells(letters, words)) return definition(words)
  }
  return undefined
}

function definition(words: string[]): Definition {
  return {expansion: words.join(' '), name: words.every((word) => /^\p{Lu}/u.test(word) || skippable(word))}
}

/** Short lower-case words (`for`, `of`) and numbers may stand in an expansion without giving a letter. */
function skippable(word: string): boolean {
  return !/\p{Lu}/u.test(word) && [...word].length <= 3
}

const WORD = /^[\p{L}\p{M}\p{Nd}'’-]+$/u
const SPACE = /[ \t\u00a0]/

/** Up to `max` words before `index`, on the same line and with nothing but spaces between them. */
function wordsBackward(text: string, index: number, max: number): string[] {
  const words: string[] = []
  let at = index
  while (words.length < max) {
    while (at > 0 && SPACE.test(text[at - 1]!)) at--
    let from = at
    while (from > 0 && WORD.test(text[from - 1]!)) from--
    if (from === at) break
    words.unshift(text.slice(from, at))
    at = from
  }
  return words
}

/**
 * Whether `words` spell `letters` by initials, in order, every word used:
 * each word gives its initial and maybe its inner capitals, each part of a
 * hyphenated word counts as a word, and short lower-case words (`for`,
 * `of`, numbers) may give nothing.
 */
export function spells(letters: string[], words: string[]): boolean {
  // An empty part (`Alpha -Beta`) is short and lower-case: skipped like `of`.
  const parts = words.flatMap((word) => word.replace(/['’]\p{L}*$/u, '').split('-'))
  const wanted = letters.map((letter) => letter.toUpperCase())
  const step = (letter: number, part: number): boolean => {
    if (part === parts.length) return letter === wanted.length
    const value = parts[part]!
    if (skippable(value) && step(letter, part + 1)) return true
    const initials = [...value].filter((char, index) => index === 0 || char.toLowerCase() !== char).map((char) => char.toUpperCase())
    let next = letter
    for (const initial of initials) {
      if (wanted[next] !== initial) break
      next++
      if (step(next, part + 1)) return true
    }
    return false
  }
  return step(0, 0)
}

/**
 * The contents of the outermost parentheses of a text, as offsets: `(…)`
 * and the full-width `（…）` of Chinese and Japanese. An unclosed
 * parenthesis opens no group.
 */
export function parenthesized(text: string): Array<[number, number]> {
  const groups: Array<[number, number]> = []
  let depth = 0
  let open = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '(' || char === '（') {
      if (depth === 0) open = index + 1
      depth++
    } else if ((char === ')' || char === '）') && depth > 0) {
      depth--
      if (depth === 0) groups.push([open, index])
    }
  }
  return groups
}

/** Match letter alternatives from `at`; returns the end offset or -1. */
function matchPattern(text: string, at: number, pattern: ReadonlyArray<readonly string[]>, index: number): number {
  if (index === pattern.length) return at
  for (const option of pattern[index]!) {
    if (text.startsWith(option, at)) {
      const end = matchPattern(text, at + option.length, pattern, index + 1)
      if (end !== -1) return end
    }
  }
  return -1
}

function charBefore(text: string, index: number): string {
  const code = text.charCodeAt(index - 1)
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return text.slice(index - 2, index)
  return text[index - 1]!
}

function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index)!)
}

/** Optimal string alignment distance (adjacent transpositions count 1). */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const rows: number[][] = []
  // Each row is filled left to right, from its first cell.
  for (let i = 0; i <= a.length; i++) rows.push([i])
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      // At the first letter of either (i or j = 1), a[-1] or b[-1] is undefined and equals no letter.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = value
    }
  }
  return rows[a.length]![b.length]!
}
