/**
 * Hyphen characters. Typeset text joins words with U+2010 HYPHEN
 * (`будь‐якої`, `bien‐être`), U+2011 NON-BREAKING HYPHEN or U+00AD SOFT
 * HYPHEN as often as with the ASCII `-`; every rule treats them alike.
 * Dashes (`–`, `—`) separate words and are not hyphens.
 */

/** Every character that joins the parts of a hyphenated word. */
export const HYPHENS = '-\u00ad\u058a\u1806\u2010\u2011\u2e17\ufe63\uff0d'

const HYPHEN_SET = new Set(HYPHENS)

/** Whether a character is a hyphen (`-`, `‐`, `‑`, soft hyphen, …). */
export function isHyphen(char: string | undefined): boolean {
  return char !== undefined && HYPHEN_SET.has(char)
}

/** A pattern matching one hyphen character (for `split` and `test`). */
export const HYPHEN = /[-\u00ad\u058a\u1806\u2010\u2011\u2e17\ufe63\uff0d]/u

/** Split a word at its hyphens; the parts keep their lengths (offsets add up with 1 per hyphen). */
export function splitHyphens(word: string): string[] {
  return word.split(HYPHEN)
}
