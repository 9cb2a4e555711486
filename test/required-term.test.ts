/**
 * required-term on whole texts: which terms are required (defined acronyms,
 * configured terms), which are only known (other acronyms: misspellings
 * only), transliteration per language, and the translation's own forms.
 */
import {describe, it, expect} from 'vitest'
import {check, type CheckOptions} from '../src/index.js'
import {read} from './helpers.js'

const english = read('fixtures/iwca/en.txt')
const serbian = read('fixtures/iwca/sr.txt')

async function terms(options: CheckOptions): Promise<string[]> {
  const result = await check(options)
  return result.messages.filter((message) => message.ruleId === 'required-term').map((message) => `${message.line}:${message.column}: ${message.reason}`)
}

async function expected(options: CheckOptions): Promise<string[][]> {
  const result = await check(options)
  return result.messages.filter((message) => message.ruleId === 'required-term').map((message) => message.expected ?? [])
}

const IWCA = 'The International Writing Centers Association (IWCA) supports tutors.'

describe('the IWCA seeds', () => {
  it('Serbian ИВЦА counts as IWCA, from the table and from a configured variant', async () => {
    expect(await terms({source: english, translation: serbian, lang: 'sr'})).toEqual([])
    expect(await terms({source: english, translation: serbian, lang: 'sr', config: {terms: [{term: 'IWCA', variants: {sr: ['ИВЦА']}}]}})).toEqual([])
    // Without transliteration, only the configured variant is accepted.
    expect(await terms({source: english, translation: serbian, lang: 'sr', config: {terms: [{term: 'IWCA', variants: {sr: ['ИВЦА']}, transliterate: false}]}})).toEqual([])
  })
  it('Serbian without ИВЦА is reported, with the Serbian form', async () => {
    const dropped = serbian.replace('ИВЦА', 'Удружење')
    expect(await terms({source: english, translation: dropped, lang: 'sr'})).toEqual([
      '1:1: Expected `IWCA` or `ИВЦА` 4 times as in the source, found 3 (missing here: `The International Writing Centers Association (IWCA), a…`)'
    ])
    expect(await expected({source: english, translation: dropped, lang: 'sr'})).toEqual([['IWCA', 'ИВЦА']])
  })
  it('Serbian ИВАЦ is a misspelling of ИВЦА', async () => {
    expect(await terms({source: english, translation: serbian.replace('ИВЦА је', 'ИВАЦ је'), lang: 'sr'})).toEqual([
      expect.stringMatching(/^5:1: Unexpected `ИВАЦ`, expected `ИВЦА` \(the source's `IWCA`, a term that must survive translation\)$/)
    ])
  })
})

describe('transliteration per language', () => {
  const JSON_SOURCE = 'JavaScript Object Notation (JSON) is a format.'
  it.each([
    ['ru', 'ДЖСОН'], ['uk', 'ДЖСОН'], ['bg', 'ДЖСОН'], ['be', 'ДЖСОН'], ['kk', 'ДЖСОН'], ['sr', 'ЈСОН'], ['mk', 'ЏСОН']
  ])('%s suggests %s and nothing of another alphabet', async (lang, form) => {
    const found = await expected({source: JSON_SOURCE, translation: 'Формат данных.', lang})
    expect(found).toEqual([['JSON', form]])
  })
  it.each([
    ['ru', 'Международная ассоциация центров письма (ИВЦА) поддерживает наставников.'],
    ['uk', 'Міжнародна асоціація центрів письма (ІВЦА) підтримує наставників.'],
    ['bg', 'Международната асоциация на центровете за писане (ИВЦА) подкрепя наставниците.'],
    ['mk', 'Меѓународното здружение на центри за пишување (ИВЦА) ги поддржува туторите.'],
    ['sr', 'Међународно удружење центара за писање (ИВЦА) подржава туторе.'],
    ['el', 'Η Διεθνής Ένωση Κέντρων Γραφής (ΙΒΚΑ) υποστηρίζει τους δασκάλους.']
  ])('%s: the transliteration is accepted', async (lang, translation) => {
    expect(await terms({source: IWCA, translation, lang})).toEqual([])
  })
  it('Russian does not accept the Serbian Ј', async () => {
    expect(await terms({source: JSON_SOURCE, translation: 'ЈСОН — это формат.', lang: 'ru'})).toEqual([
      '1:1: Expected `JSON` or `ДЖСОН` once as in the source, found 0 (missing here: `JavaScript Object Notation (JSON) is a format.`)'
    ])
  })
})

describe('which terms are required', () => {
  it('an acronym the source only uses may be dropped or translated', async () => {
    expect(await terms({source: 'Use an IDE and SSH.', translation: '統合開発環境とセキュアシェルを使います。', lang: 'ja'})).toEqual([])
  })
  it('an acronym the source defines as a name is required', async () => {
    expect(await terms({source: IWCA, translation: "L'Association internationale soutient les tuteurs.", lang: 'fr'})).toEqual([
      '1:1: Expected `IWCA` once as in the source, found 0 (missing here: `The International Writing Centers Association (IWCA)…`)'
    ])
    expect(await terms({source: 'IWCA (International Writing Centers Association) supports tutors.', translation: "L'Association internationale soutient les tuteurs.", lang: 'fr'})).toHaveLength(1)
  })
  it('an acronym defined as a phrase may be translated', async () => {
    expect(await terms({source: 'Learn BFS (breadth-first search) first.', translation: "Apprenez d'abord le parcours en largeur.", lang: 'fr'})).toEqual([])
  })
  it('an acronym used before its expansion (in a title) may be translated', async () => {
    const source = 'How the CPU runs a program.\n\nThe Central Processing Unit (CPU) explained.\n'
    const translation = 'Comment le processeur exécute un programme.\n\nLe processeur central expliqué.\n'
    expect(await terms({source, translation, lang: 'fr'})).toEqual([])
  })
  it('a heading that uses the acronym before its definition does not count', async () => {
    const source = '# IWCA\n\nThe International Writing Centers Association (IWCA) supports tutors.\n'
    const translation = '# IWCA\n\nL\'Association internationale soutient les tuteurs.\n'
    expect(await terms({source, translation, lang: 'fr', format: 'markdown'})).toHaveLength(1)
  })
  it('a defined acronym that is also an English word is required', async () => {
    const source = 'Computer Aided Translation (CAT) helps translators.'
    expect(await terms({source, translation: 'La traduction assistée aide les traducteurs.', lang: 'fr'})).toEqual([
      '1:1: Expected `CAT` once as in the source, found 0 (missing here: `Computer Aided Translation (CAT) helps translators.`)'
    ])
  })
  it('a configured term is required, with or without a source', async () => {
    expect(await terms({translation: 'Sans le nom.', lang: 'fr', config: {terms: ['translint']}})).toEqual(['1:1: Expected `translint`, found none (a required term)'])
    expect(await terms({source: 'Use translint daily.', translation: 'Utilisez-le chaque jour.', lang: 'fr', config: {terms: ['translint']}})).toEqual([
      '1:1: Expected `translint` once as in the source, found 0 (missing here: `Use translint daily.`)'
    ])
    expect(await terms({source: 'Use JSON daily.', translation: 'Utilisez-le chaque jour.', lang: 'fr', config: {terms: ['JSON']}})).toHaveLength(1)
    expect(await terms({source: 'Use JSON daily.', translation: 'Utilisez-le chaque jour.', lang: 'fr'})).toEqual([])
  })
  it('a configured term that the source lacks is still wanted once', async () => {
    expect(await terms({source: 'Use the linter daily.', translation: 'Utilisez le linter chaque jour.', lang: 'fr', config: {terms: ['translint']}})).toEqual([
      '1:1: Expected `translint`, found none (a required term)'
    ])
    expect(await terms({translation: 'Utilisez translint chaque jour.', lang: 'fr', config: {terms: ['translint']}})).toEqual([])
  })
  it('as many occurrences as the source, wherever the translation puts them', async () => {
    // The translation introduces the association in its second paragraph.
    const source = `${IWCA}\n\nIWCA meets yearly.\n`
    const translation = "Cette association internationale soutient les tuteurs.\n\nL'Association internationale des centres d'écriture (IWCA) se réunit chaque année. L'IWCA accueille tout le monde.\n"
    expect(await terms({source, translation, lang: 'fr'})).toEqual([])
  })
  it('a paragraph split in two keeps the term in either part', async () => {
    const source = 'The International Writing Centers Association (IWCA) supports tutors in many countries around the world. Every year the IWCA meets in a different city to discuss writing.\n\nWe welcome new members.\n'
    const translation = "L'Association internationale des centres d'écriture (IWCA) soutient les tuteurs dans de nombreux pays du monde.\n\nChaque année, l'IWCA se réunit dans une ville différente pour parler d'écriture.\n\nNous accueillons les nouveaux membres.\n"
    expect(await terms({source, translation, lang: 'fr'})).toEqual([])
  })
  it('points at the list item that lost the term, where the item ends with it', async () => {
    const source = `${IWCA}\n\n- Join the IWCA\n- Read the news\n`
    const translation = "L'Association internationale des centres d'écriture (IWCA) soutient les tuteurs.\n\n- Rejoignez l'association\n- Lisez les nouvelles\n"
    expect(await terms({source, translation, lang: 'fr', format: 'markdown'})).toEqual([
      '3:3: Expected `IWCA` 2 times as in the source, found 1 (missing here: `Join the IWCA`)'
    ])
  })
  it('quotes the sentence that lost the term, in a later paragraph of several sentences', async () => {
    const source = `${IWCA}\n\nThe IWCA welcomes everyone. We meet yearly.\n`
    const translation = "L'Association internationale des centres d'écriture (IWCA) soutient les tuteurs.\n\nL'association accueille tout le monde. Nous nous réunissons chaque année.\n"
    expect(await terms({source, translation, lang: 'fr'})).toEqual([
      '3:1: Expected `IWCA` 2 times as in the source, found 1 (missing here: `The IWCA welcomes everyone.`)'
    ])
  })
  it('a paragraph missing from the translation is not reported again for its terms', async () => {
    const source = `${IWCA}\n\nIWCA also meets yearly with many other groups.\n`
    const translation = "L'Association internationale des centres d'écriture (IWCA) soutient les tuteurs.\n"
    expect(await terms({source, translation, lang: 'fr'})).toEqual([])
  })
})

describe('misspellings', () => {
  it('a word the source uses is not a misspelling of another acronym', async () => {
    expect(await terms({source: 'Run it on EXIT. Read EXIF data.', translation: 'Lancez-le sur EXIT. Lisez les données.', lang: 'fr'})).toEqual([])
    // Without `EXIT` in the source, `EXIT` where the source has `EXIF` is one.
    expect(await terms({source: 'Run it at the end. Read EXIF data.', translation: 'Lancez-le à la fin. Lisez les données EXIT.', lang: 'fr'})).toEqual([
      '1:39: Unexpected `EXIT`, expected `EXIF` (an acronym the source uses)'
    ])
  })
  it('a form of another term is not a misspelling', async () => {
    const source = 'The IWCA and the IWCB meet.'
    expect(await terms({source, translation: 'IWCB et IWCA se réunissent.', lang: 'fr'})).toEqual([])
  })
  it('an acronym the source only uses: same length only, where the aligned text lacks it', async () => {
    const source = 'Save it as JSON.\n\nJSON is text.\n'
    expect(await terms({source, translation: 'Enregistrez en JSON.\n\nJOSN est du texte.\n', lang: 'fr'})).toEqual(['3:1: Unexpected `JOSN`, expected `JSON` (an acronym the source uses)'])
    expect(await terms({source, translation: 'Enregistrez en JSON.\n\nJSON est du texte, pas JOSN.\n', lang: 'fr'})).toEqual([])
    expect(await terms({source: 'Compress it with GZIP.', translation: 'Compressez-le avec ZIP.', lang: 'fr'})).toEqual([])
    expect(await terms({source: 'Compress it with GZIP.', translation: 'Compressez-le avec GZIPP.', lang: 'fr'})).toEqual([])
  })
  it('a required term: one letter more or less is a misspelling too, but not the plural in capitals', async () => {
    expect(await terms({source: IWCA, translation: "L'Association internationale des centres d'écriture (IWCAA) soutient les tuteurs.", lang: 'fr'})).toEqual([
      '1:54: Unexpected `IWCAA`, expected `IWCA` (a term of the source that must survive translation)'
    ])
    expect(await terms({source: IWCA, translation: "L'Association internationale des centres d'écriture (IWCAS) soutient les tuteurs.", lang: 'fr'})).toEqual([
      '1:1: Expected `IWCA` once as in the source, found 0 (missing here: `The International Writing Centers Association (IWCA)…`)'
    ])
  })
  it('two edits from six letters, one below; none for acronyms under four letters', async () => {
    const config = {terms: ['TRANSLINT', 'WCAAB', 'IWC']}
    const translation = 'TARNSLNIT, WACBA, ICW.'
    expect((await terms({translation, lang: 'fr', config})).sort()).toEqual([
      '1:1: Expected `IWC`, found none (a required term)',
      '1:1: Expected `WCAAB`, found none (a required term)',
      '1:1: Unexpected `TARNSLNIT`, expected `TRANSLINT` (a term of the source that must survive translation)'
    ])
  })
  it('six letters and more allow two edits', async () => {
    expect(await terms({translation: 'ASMPEL.', lang: 'fr', config: {terms: ['SAMPLE']}})).toEqual([
      '1:1: Unexpected `ASMPEL`, expected `SAMPLE` (a term of the source that must survive translation)'
    ])
  })
  it('an elided misspelling is reported without its article', async () => {
    expect(await terms({source: IWCA, translation: "L'IWAC soutient les tuteurs.", lang: 'fr'})).toEqual([
      '1:3: Unexpected `IWAC`, expected `IWCA` (a term of the source that must survive translation)'
    ])
  })
  it('another accepted transliteration is no misspelling of the suggested one', async () => {
    expect(await terms({source: IWCA, translation: 'Међународно удружење центара за писање (ИВКА) подржава туторе.', lang: 'sr'})).toEqual([])
  })
  it('a word of the source with an ending is a word of the source', async () => {
    expect(await terms({source: "Run it on EXIT's call. Read EXIF data.", translation: 'Lancez-le sur EXIT. Lisez les données.', lang: 'fr'})).toEqual([])
  })
  it('a misspelled transliteration of an acronym the source only uses', async () => {
    expect(await terms({source: 'Save the settings as JSON.\n', translation: 'Сачувајте подешавања као ЈОСН.\n', lang: 'sr'})).toEqual([
      "1:26: Unexpected `ЈОСН`, expected `ЈСОН` (the source's `JSON`, an acronym it uses)"
    ])
  })
  it('a dropped term points at the source', async () => {
    const result = await check({source: `${IWCA} IWCA meets yearly.`, translation: "L'Association (IWCA) soutient les tuteurs. Elle se réunit.", lang: 'fr'})
    const message = result.messages.find((candidate) => candidate.ruleId === 'required-term')!
    expect(message.cause).toMatchObject({reason: 'term in the source', line: 1, column: 48, endLine: 1, endColumn: 52})
    expect(message).toMatchObject({line: 1, column: 1, endLine: 1, endColumn: 1, expected: ['IWCA']})
  })
  it('a misspelled transliteration names the closest form', async () => {
    const result = await check({source: IWCA, translation: 'Међународно удружење центара за писање (ИВАЦ) подржава туторе.', lang: 'sr'})
    const message = result.messages.find((candidate) => candidate.ruleId === 'required-term')!
    expect(message.reason).toBe("Unexpected `ИВАЦ`, expected `ИВЦА` (the source's `IWCA`, a term that must survive translation)")
    expect(message.expected).toEqual(['ИВЦА', 'IWCA'])
  })
  it('a misspelling is reported where it stands, also before a correct occurrence', async () => {
    const result = await check({source: `${IWCA} IWCA meets yearly.`, translation: "L'Association internationale des centres d'écriture (IWAC) soutient les tuteurs. L'IWCA se réunit chaque année.", lang: 'fr'})
    const messages = result.messages.filter((candidate) => candidate.ruleId === 'required-term')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({line: 1, column: 54, endLine: 1, endColumn: 58, reason: 'Unexpected `IWAC`, expected `IWCA` (a term of the source that must survive translation)', expected: ['IWCA']})
  })
  it('a misspelling with an ending or after an elision of up to three letters', async () => {
    expect(await terms({source: IWCA, translation: 'Kansainvälinen kirjoituskeskusten yhdistys (IWAC:n jäsenet) tukee ohjaajia.', lang: 'fi'})).toEqual([
      '1:45: Unexpected `IWAC`, expected `IWCA` (a term of the source that must survive translation)'
    ])
    expect(await terms({source: IWCA, translation: "De tutoren van de IWAC's worden ondersteund.", lang: 'nl'})).toEqual([
      '1:19: Unexpected `IWAC`, expected `IWCA` (a term of the source that must survive translation)'
    ])
    expect(await terms({source: IWCA, translation: "I tutor aderiscono all'IWAC, l'associazione internazionale.", lang: 'it'})).toEqual([
      '1:24: Unexpected `IWAC`, expected `IWCA` (a term of the source that must survive translation)'
    ])
  })
  it('a word of the source in any case is no misspelling', async () => {
    // `Exit` in the source: the translation's `EXIT` is that word, not a misspelled `EXIF`.
    expect(await terms({source: 'Press Exit to leave, or read the EXIF data.', translation: 'Appuyez sur EXIT pour quitter, ou lisez les métadonnées.', lang: 'fr'})).toEqual([])
  })
  it('the form of another term of the translation is no misspelling', async () => {
    const source = 'The International Writing Centers Association (IWCA) and the Southeastern Writing Center Association (SWCA) meet.'
    expect(await terms({source, translation: 'Међународно удружење центара за писање (ИВЦА) и Југоисточно удружење центара за писање (СВЦА) се састају.', lang: 'sr'})).toEqual([])
  })
  it('the plural in capitals of a Latin form is no misspelling in Cyrillic either', async () => {
    const source = 'Massive Open Online Course (MOOC) providers offer free classes.'
    expect(await terms({source, translation: 'Поставщики массовых открытых онлайн-курсов (MOOCS) предлагают бесплатные занятия.', lang: 'ru'})).toEqual([
      '1:1: Expected `MOOC` or `МООЦ` once as in the source, found 0 (missing here: `Massive Open Online Course (MOOC) providers offer free…`)'
    ])
  })
  it('a misspelling in a URL is not reported', async () => {
    expect(await terms({source: 'Save it as JSON.\n\nJSON is text.\n', translation: 'Enregistrez en JSON.\n\nVoir https://example.org/JOSN pour le texte.\n', lang: 'fr'})).toEqual([])
  })
  it('a misspelling in code is not reported', async () => {
    expect(await terms({source: 'Save it as JSON.\n\nJSON is text.\n', translation: 'Enregistrez en JSON.\n\nLe `JOSN` est du texte.\n', lang: 'fr', format: 'markdown'})).toEqual([])
  })
})

describe("the translation's own form", () => {
  const NATO = 'The North Atlantic Treaty Organization (NATO) met in Brussels. NATO agreed.\n'
  it('is learned where the source defines the term', async () => {
    expect(await terms({source: NATO, translation: "L'Organisation du traité de l'Atlantique nord (OTAN) s'est réunie à Bruxelles. L'OTAN a accepté.\n", lang: 'fr'})).toEqual([])
  })
  it('counts, and is named, when another occurrence is missing', async () => {
    expect(await terms({source: NATO, translation: "L'Organisation du traité de l'Atlantique nord (OTAN) s'est réunie à Bruxelles. Elle a accepté.\n", lang: 'fr'})).toEqual([
      "1:1: Expected `NATO` or `OTAN` 2 times as in the source, found 1 (missing here: `NATO agreed.`)"
    ])
  })
  it('is not learned from a misspelling, a word of the source, or a word written more often than the term', async () => {
    expect(await terms({source: NATO, translation: "L'Organisation (NAOT) s'est réunie à Bruxelles. NAOT a accepté.\n", lang: 'fr'})).toEqual([
      '1:17: Unexpected `NAOT`, expected `NATO` (a term of the source that must survive translation)',
      '1:49: Unexpected `NAOT`, expected `NATO` (a term of the source that must survive translation)'
    ])
    const withEU = 'The North Atlantic Treaty Organization (NATO) met the EU. NATO agreed.\n'
    expect(await terms({source: withEU, translation: "L'Organisation (EU) a rencontré l'EU. Elle a accepté.\n", lang: 'fr'})).toHaveLength(1)
    expect(await terms({source: NATO, translation: "L'Organisation (OTAN) s'est réunie. L'OTAN, l'OTAN et l'OTAN ont accepté.\n", lang: 'fr'})).toHaveLength(1)
  })
  it('is an acronym or a word of a script without capitals, not a word such as `(Association)`', async () => {
    expect(await terms({source: NATO, translation: "L'Organisation (Alliance) s'est réunie. L'Alliance a accepté.\n", lang: 'fr'})).toHaveLength(1)
    const KMP = 'Knuth-Morris-Pratt (KMP) is fast. KMP is old.\n'
    expect(await terms({source: KMP, translation: 'नुथ-मॉरिस-प्रैट (केएमपी) तेज़ है। केएमपी पुराना है।\n', lang: 'hi'})).toEqual([])
    expect(await terms({source: KMP, translation: 'नुथ-मॉरिस-प्रैट (केएमपी) तेज़ है। यह पुराना है।\n', lang: 'hi'})).toEqual([
      '1:1: Expected `KMP` or `केएमपी` 2 times as in the source, found 1 (missing here: `KMP is old.`)'
    ])
  })
  it('is not learned from a parenthesis that holds more than a word, or from a unit with other parentheses', async () => {
    expect(await terms({source: NATO, translation: "L'Organisation (OTAN alliance) s'est réunie. L'OTAN a accepté.\n", lang: 'fr'})).toHaveLength(1)
    expect(await terms({source: NATO, translation: "L'Organisation (OTAN) s'est réunie (à Bruxelles). L'OTAN a accepté.\n", lang: 'fr'})).toHaveLength(1)
  })
  it('is learned from a unit next to the aligned one', async () => {
    const source = 'First part.\n\nSecond part.\n\nThe North Atlantic Treaty Organization (NATO) met.\n\nNATO agreed.\n'
    const translation = 'Première partie.\n\nDeuxième partie, (note).\n\nL\'Organisation (OTAN) s\'est réunie.\n\nL\'OTAN a accepté.\n'
    expect(await terms({source, translation, lang: 'fr'})).toEqual([])
  })
  it('is learned where the source writes the term with a plural ending, in the parenthesis that holds it', async () => {
    // French writes CLOM (cours en ligne ouverts et massifs) for MOOC.
    const source = 'Massive Open Online Courses (MOOCs) are free. Many MOOCs are in English.\n'
    expect(await terms({source, translation: 'Les cours en ligne ouverts et massifs (CLOM) sont gratuits. Beaucoup de CLOM sont en anglais.\n', lang: 'fr'})).toEqual([])
    const founded = 'In 1949 (April), the North Atlantic Treaty Organization (NATO) was founded. NATO grew.\n'
    expect(await terms({source: founded, translation: "En 1949 (avril), l'Organisation du traité de l'Atlantique nord (OTAN) a été fondée. L'OTAN s'est agrandie.\n", lang: 'fr'})).toEqual([])
  })
  it('counts next to the term itself, before or after it', async () => {
    expect(await terms({source: NATO, translation: "L'Organisation du traité de l'Atlantique nord (OTAN) s'est réunie à Bruxelles. La NATO a accepté.\n", lang: 'fr'})).toEqual([])
    // The translation reorders the sentences: the kept NATO comes first.
    expect(await terms({source: NATO, translation: "La NATO a accepté lorsque l'Organisation du traité de l'Atlantique nord (OTAN) s'est réunie à Bruxelles.\n", lang: 'fr'})).toEqual([])
  })
  it('is not learned from a neighbouring paragraph when the translation keeps the term', async () => {
    // (OMS) is the World Health Organization's, not a form of NATO.
    const source = `${NATO}\nThe World Health Organization (WHO) was there.\n`
    const translation = "L'Organisation du traité de l'Atlantique nord (NATO) s'est réunie à Bruxelles. Elle a accepté.\n\nL'Organisation mondiale de la santé (OMS) était là.\n"
    expect(await terms({source, translation, lang: 'fr'})).toEqual([
      '1:1: Expected `NATO` 2 times as in the source, found 1 (missing here: `NATO agreed.`)'
    ])
  })
  it('may be much shorter than the term (HCR for UNHCR), but not two letters off a term of six', async () => {
    const UNHCR = 'The United Nations High Commissioner for Refugees (UNHCR) helps refugees. UNHCR works in 130 countries.'
    expect(await terms({source: UNHCR, translation: 'Le Haut Commissariat des Nations unies pour les réfugiés (HCR) aide les réfugiés. Le HCR travaille dans 130 pays.', lang: 'fr'})).toEqual([])
    const UNICEF = "The United Nations International Children's Emergency Fund (UNICEF) helps children. UNICEF works in 190 countries."
    expect(await terms({source: UNICEF, translation: "Le Fonds des Nations unies pour l'enfance (UNIEFC) aide les enfants. Il travaille dans 190 pays.", lang: 'fr'})).toEqual([
      "1:1: Expected `UNICEF` 2 times as in the source, found 0 (missing here: `The United Nations International Children's Emergency Fund…`)",
      '1:44: Unexpected `UNIEFC`, expected `UNICEF` (a term of the source that must survive translation)'
    ])
  })
  it('is not learned from a misspelling of the transliteration', async () => {
    const source = `${IWCA} IWCA meets yearly.`
    expect(await terms({source, translation: 'Међународно удружење центара за писање (ИВАЦ) подржава туторе. Удружење се састаје сваке године.', lang: 'sr'})).toEqual([
      '1:1: Expected `IWCA` or `ИВЦА` 2 times as in the source, found 0 (missing here: `The International Writing Centers Association (IWCA)…`)',
      "1:41: Unexpected `ИВАЦ`, expected `ИВЦА` (the source's `IWCA`, a term that must survive translation)"
    ])
  })
  it('is learned with spaces inside the parentheses', async () => {
    const source = 'The North Atlantic Treaty Organization ( NATO ) met in Brussels. NATO agreed.\n'
    expect(await terms({source, translation: "L'Organisation du traité de l'Atlantique nord ( OTAN ) s'est réunie à Bruxelles. L'OTAN a accepté.\n", lang: 'fr'})).toEqual([])
  })
  it('is not learned for a paragraph the translation lacks', async () => {
    // The first paragraph is gone: (OMS) of another paragraph is no form of NATO.
    const source = 'The North Atlantic Treaty Organization (NATO) met in Brussels.\n\nNATO agreed.\n\nThe World Health Organization (WHO) was there.\n'
    expect(await terms({source, translation: "L'OTAN a accepté.\n\nL'Organisation mondiale de la santé (OMS) était là.\n", lang: 'fr'})).toEqual([
      '1:1: Expected `NATO` 2 times as in the source, found 0 (missing here: `NATO agreed.`)'
    ])
  })
})
