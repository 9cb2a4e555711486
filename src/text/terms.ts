/**
 * Terms that must survive translation (acronyms, names) and how to find them
 * in any script: literally, as configured variants, or transliterated letter
 * by letter (IWCA = ИВЦА = ΙΓΚΑ-like forms) for Cyrillic and Greek.
 *
 * Matching is literal and linear: no regular expression is built from user
 * input.
 */

/** Letter-by-letter transliterations of Latin capitals, per target script. */
const TRANSLITERATION: Record<string, Record<string, string[]>> = {
  Cyrl: {
    A: ['А'], B: ['Б'], C: ['Ц', 'К', 'С'], D: ['Д'], E: ['Е', 'И', 'Э'], F: ['Ф'], G: ['Г', 'Џ', 'ДЖ'], H: ['Х'],
    I: ['И', 'АЈ', 'АЙ', 'І'], J: ['Ј', 'Џ', 'ДЖ', 'Й'], K: ['К'], L: ['Л'], M: ['М'], N: ['Н'], O: ['О'], P: ['П'],
    Q: ['К'], R: ['Р'], S: ['С'], T: ['Т'], U: ['У', 'Ю', 'ЈУ'], V: ['В'], W: ['В', 'Д'], X: ['КС', 'Х'],
    Y: ['И', 'Ј', 'Й', 'Ы'], Z: ['З']
  },
  Grek: {
    A: ['Α'], B: ['Β', 'ΜΠ'], C: ['Κ', 'Σ', 'ΤΣ'], D: ['Δ', 'ΝΤ'], E: ['Ε', 'Η'], F: ['Φ'], G: ['Γ', 'ΤΖ'],
    H: ['Χ', 'Η'], I: ['Ι', 'Η'], J: ['ΤΖ', 'Ι'], K: ['Κ'], L: ['Λ'], M: ['Μ'], N: ['Ν'], O: ['Ο', 'Ω'], P: ['Π'],
    Q: ['Κ'], R: ['Ρ'], S: ['Σ'], T: ['Τ'], U: ['ΟΥ', 'Υ'], V: ['Β'], W: ['Β', 'ΟΥ'], X: ['Ξ', 'Χ'], Y: ['Υ', 'Ι'],
    Z: ['Ζ']
  }
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
  if (word.length < 2 || word.length > 12) return false
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
export function termMatcher(spec: TermSpec, script: string): TermMatcher {
  const literal = [spec.term, ...spec.variants]
  const table = spec.transliterate ? TRANSLITERATION[script] : undefined
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

/** Match letter alternatives from `at`; returns the end offset or -1. */
function matchPattern(text: string, at: number, pattern: string[][], index: number): number {
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
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0))
    rows[i]![0] = i
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = value
    }
  }
  return rows[a.length]![b.length]!
}
