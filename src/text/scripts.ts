/**
 * Writing systems of characters and words (ISO 15924 codes).
 */

const SCRIPTS: Array<[string, RegExp]> = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Beng', /\p{Script=Bengali}/u],
  ['Guru', /\p{Script=Gurmukhi}/u],
  ['Gujr', /\p{Script=Gujarati}/u],
  ['Orya', /\p{Script=Oriya}/u],
  ['Taml', /\p{Script=Tamil}/u],
  ['Telu', /\p{Script=Telugu}/u],
  ['Knda', /\p{Script=Kannada}/u],
  ['Mlym', /\p{Script=Malayalam}/u],
  ['Sinh', /\p{Script=Sinhala}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Laoo', /\p{Script=Lao}/u],
  ['Khmr', /\p{Script=Khmer}/u],
  ['Mymr', /\p{Script=Myanmar}/u],
  ['Tibt', /\p{Script=Tibetan}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Hira', /\p{Script=Hiragana}/u],
  ['Kana', /\p{Script=Katakana}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Thaa', /\p{Script=Thaana}/u],
  ['Mong', /\p{Script=Mongolian}/u],
  ['Tfng', /\p{Script=Tifinagh}/u],
  ['Cher', /\p{Script=Cherokee}/u]
]

const LETTER = /\p{L}/u
const cache = new Map<number, string | undefined>()

/** The script of a letter, or `undefined` for digits, marks, punctuation. */
export function scriptOf(char: string): string | undefined {
  const code = char.codePointAt(0)!
  if (cache.has(code)) return cache.get(code)
  let result: string | undefined
  if (LETTER.test(char)) {
    result = 'Zyyy'
    for (const [name, test] of SCRIPTS) {
      if (test.test(char)) {
        result = name
        break
      }
    }
  }
  cache.set(code, result)
  return result
}

export interface ScriptRun {
  script: string
  /** UTF-16 offset in the word. */
  start: number
  end: number
}

/** Letters of a word grouped into runs of one script. */
export function scriptRuns(word: string): ScriptRun[] {
  const runs: ScriptRun[] = []
  let offset = 0
  for (const char of word) {
    const script = scriptOf(char)
    if (script) {
      const last = runs[runs.length - 1]
      if (last && last.script === script && last.end === offset) last.end = offset + char.length
      else runs.push({script, start: offset, end: offset + char.length})
    }
    offset += char.length
  }
  return runs
}

/** Scripts used by the letters of a text, with counts. */
export function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const char of text) {
    const script = scriptOf(char)
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  return counts
}

/** Japanese mixes scripts on purpose; these sets count as one writing system. */
export const SCRIPT_FAMILIES: Record<string, string[]> = {
  Jpan: ['Hani', 'Hira', 'Kana'],
  Kore: ['Hang', 'Hani'],
  Hans: ['Hani'],
  Hant: ['Hani']
}

/** Expand a script or family code into the scripts it allows. */
export function expandScript(script: string): string[] {
  return SCRIPT_FAMILIES[script] ?? [script]
}

export const SCRIPT_NAMES: Record<string, string> = {
  Latn: 'Latin', Cyrl: 'Cyrillic', Grek: 'Greek', Arab: 'Arabic', Hebr: 'Hebrew', Deva: 'Devanagari',
  Beng: 'Bengali', Guru: 'Gurmukhi', Gujr: 'Gujarati', Orya: 'Odia', Taml: 'Tamil', Telu: 'Telugu',
  Knda: 'Kannada', Mlym: 'Malayalam', Sinh: 'Sinhala', Thai: 'Thai', Laoo: 'Lao', Khmr: 'Khmer',
  Mymr: 'Myanmar', Tibt: 'Tibetan', Geor: 'Georgian', Armn: 'Armenian', Ethi: 'Ethiopic', Hang: 'Hangul',
  Hira: 'Hiragana', Kana: 'Katakana', Hani: 'Han', Thaa: 'Thaana', Mong: 'Mongolian', Tfng: 'Tifinagh',
  Cher: 'Cherokee', Zyyy: 'other', Jpan: 'Japanese', Kore: 'Korean', Hans: 'Simplified Han', Hant: 'Traditional Han'
}

/**
 * Letters that look alike across Latin, Cyrillic and Greek, keyed by the
 * look-alike, valued by the letter of the other script.
 */
const LATIN_CYRILLIC: Array<[string, string]> = [
  ['a', 'а'], ['c', 'с'], ['e', 'е'], ['o', 'о'], ['p', 'р'], ['x', 'х'], ['y', 'у'], ['i', 'і'], ['j', 'ј'], ['s', 'ѕ'], ['k', 'к'],
  ['A', 'А'], ['B', 'В'], ['C', 'С'], ['E', 'Е'], ['H', 'Н'], ['I', 'І'], ['J', 'Ј'], ['K', 'К'], ['M', 'М'], ['O', 'О'],
  ['P', 'Р'], ['S', 'Ѕ'], ['T', 'Т'], ['X', 'Х'], ['Y', 'У']
]
const LATIN_GREEK: Array<[string, string]> = [
  ['A', 'Α'], ['B', 'Β'], ['E', 'Ε'], ['H', 'Η'], ['I', 'Ι'], ['K', 'Κ'], ['M', 'Μ'], ['N', 'Ν'], ['O', 'Ο'], ['P', 'Ρ'],
  ['T', 'Τ'], ['X', 'Χ'], ['Y', 'Υ'], ['Z', 'Ζ'], ['o', 'ο'], ['v', 'ν']
]

const lookalike = new Map<string, Map<string, string>>()
function pair(from: string, to: string, table: Array<[string, string]>, reverse: boolean): void {
  const map = lookalike.get(`${from}>${to}`) ?? new Map<string, string>()
  for (const [latin, other] of table) {
    if (reverse) map.set(other, latin)
    else map.set(latin, other)
  }
  lookalike.set(`${from}>${to}`, map)
}
pair('Latn', 'Cyrl', LATIN_CYRILLIC, false)
pair('Cyrl', 'Latn', LATIN_CYRILLIC, true)
pair('Latn', 'Grek', LATIN_GREEK, false)
pair('Grek', 'Latn', LATIN_GREEK, true)

/** The letter in script `to` that looks like `char` (of script `from`). */
export function lookalikeOf(char: string, from: string, to: string): string | undefined {
  return lookalike.get(`${from}>${to}`)?.get(char)
}

/** Cyrillic and Greek letters in Latin, for comparing cognates across scripts. */
const ROMAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', е: 'e', ё: 'e', є: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c',
  у: 'u', ў: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', џ: 'dz', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o'
}

/** A lower-case word with Cyrillic and Greek letters romanised (`педагогика` → `pedagogika`). */
export function romanize(word: string): string {
  let result = ''
  for (const char of word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) result += ROMAN[char] ?? char
  return result
}
