/**
 * Roman numerals: `Artigo XXX.` for `Article 30`, `Capítulo IV`, `I.` as a
 * list marker. Only uppercase, valid numerals (`IV`, not `IIII` or `VX`),
 * and only where a numeral is expected (see rules/number-parity.ts): the
 * pronoun `I`, the language `C` and `CLI` in prose are words.
 */
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/
const LETTERS: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000}

/** The value of an uppercase Roman numeral (`XXX` → 30, `MCMLXXXIII` → 1983), else undefined. */
export function romanValue(word: string): number | undefined {
  if (!ROMAN.test(word)) return undefined
  let total = 0
  for (let index = 0; index < word.length; index++) {
    const value = LETTERS[word[index]!]!
    const next = LETTERS[word[index + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/**
 * Words a numeral follows (`Article I`, `Artigo XXX`, `Capítulo V`, `Part
 * II`, `século XX`), in the languages of the ordinal table
 * (src/text/ordinals.ts), in lowercase: after one of them a numeral is a
 * number.
 */
export const NUMERAL_LABELS: ReadonlySet<string> = new Set(('article artigo artículo articulo articolo artikel artykuł článek članek ' +
  'chapter chapitre capítulo capitulo capitolo capítol kapitel hoofdstuk rozdział kapitola poglavje ' +
  'part partie parte teil deel część část ' +
  'section sección seção secção sezione secció abschnitt afdeling ' +
  'title titre título titolo títol titel ' +
  'book livre libro livro llibre buch boek księga kniha ' +
  'volume vol tome tomo band ' +
  'annex annexe anexo allegato anhang bijlage ' +
  'appendix appendice apéndice apêndice ' +
  'lecture leçon lección lição lezione lliçó vorlesung ' +
  'act acte acto ato atto akt ' +
  'phase fase stage level nivel nível livello niveau stufe ' +
  'war guerre guerra krieg oorlog wojna century século siglo secolo segle ' +
  'session sesión sessão sessione sitzung').split(' '))
