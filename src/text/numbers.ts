/**
 * Numbers in any decimal numeral system: Arabic-Indic ٣, Devanagari ३,
 * fullwidth ３ and the rest of Unicode's `Nd` digits all count as digits.
 */

const DIGIT = /\p{Nd}/u
const cache = new Map<number, number>()

/** Value (0-9) of a decimal digit code point in any script. */
export function digitValue(codePoint: number): number {
  if (codePoint >= 48 && codePoint <= 57) return codePoint - 48
  const known = cache.get(codePoint)
  if (known !== undefined) return known
  // Unicode keeps every decimal digit set as a contiguous run of ten starting
  // at zero, and adjacent sets (mathematical digits) run on in steps of ten.
  let start = codePoint
  while (DIGIT.test(String.fromCodePoint(start - 1))) start--
  const value = (codePoint - start) % 10
  cache.set(codePoint, value)
  return value
}

export function isDigit(char: string): boolean {
  return DIGIT.test(char)
}

/** Replace every decimal digit with its ASCII form. */
export function asciiDigits(value: string): string {
  let result = ''
  for (const char of value) {
    result += isDigit(char) ? String(digitValue(char.codePointAt(0)!)) : char
  }
  return result
}

/** Characters that group digits or mark decimals between digit runs. */
export const NUMBER_SEPARATORS = new Set([',', '.', "'", '’', ' ', '\u00a0', '\u202f', '\u2009', '٫', '٬'])

/**
 * Normalise a written number (`1,983`, `1.983`, `1 983`, `3,5`, `١٩٨٣`) to a
 * canonical value: ASCII digits, no grouping, `.` for the decimal mark.
 */
export function normalizeNumber(raw: string): string {
  const ascii = asciiDigits(raw)
  const groups: string[] = []
  const separators: string[] = []
  let buffer = ''
  for (const char of ascii) {
    if (char >= '0' && char <= '9') buffer += char
    else {
      groups.push(buffer)
      separators.push(char)
      buffer = ''
    }
  }
  groups.push(buffer)
  if (separators.length === 0) return stripZeros(ascii)
  const last = groups[groups.length - 1]!
  const uniform = separators.every((s) => s === separators[0])
  const grouping = last.length === 3 && (uniform || separators.length === 1)
  if (grouping) return stripZeros(groups.join(''))
  const integer = groups.slice(0, -1).join('')
  return `${stripZeros(integer)}.${last}`
}

function stripZeros(value: string): string {
  const stripped = value.replace(/^0+(?=\d)/, '')
  return stripped
}

/**
 * A numeronym abbreviates a word by the count of its inner letters: `i18n`
 * (internationalization), `l10n`, `a11y`, `k8s`, `g11n`. Its digits are no
 * number, nor are those of identifiers of the same shape (`CS61B`,
 * `5tmPvSe7xXQ`, a commit `fa567dd5`): a run of ASCII letters and digits in
 * which some digits stand between two letters. `CSE373`, `x86`, `8VMs`,
 * `1NF`, `3D` and Chinese `第3章` keep their numbers.
 */
const ALPHANUMERIC = /[a-z\d]+/gi
const ENCLOSED = /[a-z]\d+[a-z]/i

/** The word with the digits of its numeronyms masked (`i18n` → `i__n`), same length. */
export function maskNumeronyms(word: string): string {
  return word.replace(ALPHANUMERIC, (run) => (ENCLOSED.test(run) ? run.replace(/\d/g, '_') : run))
}

/**
 * Numbers that name the base of a numeral system in Chinese and Japanese
 * (`16進` hexadecimal, `2進数` binary, `10进制` decimal): a word, not a
 * quantity, where English writes `hex`. Whether the number at `end` in
 * `text` is one.
 */
export function namesRadix(text: string, end: number): boolean {
  return text[end] === '進' || text[end] === '进'
}
