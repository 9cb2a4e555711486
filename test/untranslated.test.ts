/**
 * The `untranslated` rule's heuristics, each on a small snippet of a real
 * language, with the message and its severity: each test fails when the
 * heuristic it names is removed. Languages with a dictionary here: Catalan,
 * Spanish, German, French, Italian, Russian, Ukrainian (npm packages) and
 * Tagalog (bundled); Japanese and Swahili have none.
 */
import {describe, it, expect} from 'vitest'
import {check, type CheckOptions, type LintMessage} from '../src/index.js'
import {brief} from './helpers.js'

/** The rule's findings as `severity line:column: reason`, without its notes of level info. */
async function untranslated(options: CheckOptions): Promise<string[]> {
  const result = await check(options)
  return result.messages
    .filter((message) => message.ruleId === 'untranslated' && message.severity !== 'info')
    .map((message) => `${message.severity} ${brief(message)}`)
}

/** The rule's messages as a reader of the report sees them: place, text found, note and the related place in the source. */
async function reported(options: CheckOptions): Promise<Array<Partial<LintMessage>>> {
  const result = await check(options)
  return result.messages
    .filter((message) => message.ruleId === 'untranslated')
    .map(({severity, line, column, endLine, endColumn, reason, actual, note, cause}) => ({severity, line, column, endLine, endColumn, reason, actual, note, cause}))
}

/** Other translations of `We support writing center directors.` that translate it. */
const translating = [
  {lang: 'es', text: 'Apoyamos a los directores de centros de escritura.\n'},
  {lang: 'fr', text: "Nous soutenons les directeurs des centres d'écriture.\n"}
]
/** … and ones that keep `writing center`. */
const keeping = [
  {lang: 'es', text: 'Apoyamos a los directores de writing center.\n'},
  {lang: 'fr', text: 'Nous soutenons les directeurs de writing center.\n'}
]
const writingCenter = {source: 'We support writing center directors.\n', translation: 'Donem suport als directors de writing center.\n', lang: 'ca'}
const PHRASE = 'Unexpected English phrase `writing center`, left untranslated'

describe('severity by evidence', () => {
  it('an English sentence is an error', async () => {
    expect(await untranslated({
      source: 'We publish a journal every year for all of our members.\n',
      translation: 'Publicamos una revista. We publish a journal every year for all of our members.\n',
      lang: 'es'
    })).toEqual(['error 1:25: Unexpected English sentence, left untranslated'])
  })

  it('a sentence has at least `minSentenceWords` words (5), else its words are judged as a phrase', async () => {
    const options = {source: 'We publish a journal.\n', translation: 'Publicamos una revista. We publish a journal.\n', lang: 'es'}
    expect(await untranslated(options)).toEqual(['error 1:25: Unexpected English phrase `We publish a journal`, left untranslated'])
    expect(await untranslated({...options, config: {rules: {untranslated: ['error', {minSentenceWords: 4}]}}}))
      .toEqual(['error 1:25: Unexpected English sentence, left untranslated'])
  })

  it('a sentence has three English words in four (`eslint`, `tsc` are not words); with fewer its English phrases are found', async () => {
    expect(await untranslated({source: 'We check the code with eslint and tsc.\n', translation: 'Revisamos el código. We check the code with eslint and tsc.\n', lang: 'es'}))
      .toEqual(['error 1:22: Unexpected English sentence, left untranslated'])
    expect(await untranslated({source: 'We check the code with eslint, tsc and knip.\n', translation: 'Revisamos el código. We check the code with eslint, tsc and knip.\n', lang: 'es'})).toEqual([
      'error 1:22: Unexpected English phrase `We check the code with eslint`, left untranslated',
      'error 1:57: Unexpected English phrase `and knip`, left untranslated'
    ])
  })

  it('words in code do not count: `tsc --noEmit` and `vitest run` leave an English sentence', async () => {
    expect(await untranslated({
      source: 'We run tsc and vitest.\n',
      translation: 'Eseguiamo i test. We run `tsc --noEmit` and `vitest run` on every change.\n',
      lang: 'it',
      format: 'markdown'
    })).toEqual(['error 1:19: Unexpected English sentence, left untranslated'])
  })

  it('a sentence of a French source is found without English function words', async () => {
    expect(await untranslated({
      source: 'Nous publions une revue chaque année pour tous nos membres.\n',
      translation: 'Pubblichiamo una rivista. Nous publions une revue chaque année pour tous nos membres.\n',
      lang: 'it',
      sourceLang: 'fr'
    })).toEqual(['error 1:27: Unexpected French sentence, left untranslated'])
  })

  it('contractions are English words, with either apostrophe', async () => {
    for (const apostrophe of ["'", '’']) {
      const sentence = `We${apostrophe}re sure you${apostrophe}ll like it and it${apostrophe}s free.`
      expect(await untranslated({source: 'We publish a journal.\n', translation: `Publicamos una revista. ${sentence}\n`, lang: 'es'}))
        .toEqual(['error 1:25: Unexpected English sentence, left untranslated'])
    }
  })

  it('… and two words in five that the target lacks (French has `options`, `important`, `installation`, `are`, `for`)', async () => {
    expect(await untranslated({
      source: 'The documentation and the options are important for the installation.\n',
      translation: 'La documentation et les options sont importantes pour l’installation. The documentation and the options are important for the installation.\n',
      lang: 'fr'
    })).toEqual(['error 1:71: Unexpected English sentence, left untranslated'])
    // Two words in seven: only those are English.
    expect(await untranslated({
      source: 'The options are important for the installation.\n',
      translation: 'Les options sont importantes pour l’installation. The options are important for the installation.\n',
      lang: 'fr'
    })).toEqual([
      'warning 1:51: Unexpected English word `The`, left untranslated (not a word in French)',
      'warning 1:81: Unexpected English word `the`, left untranslated (not a word in French)'
    ])
  })

  it('a sentence needs an English function word: terms joined by Italian `e` are not an English sentence', async () => {
    expect(await untranslated({
      source: 'socat: socket relay and tcp port forwarder (similar to netcat).\n',
      translation: 'socat: socket relay e tcp port forwarder (simile a netcat).\n',
      lang: 'it'
    })).toEqual([
      'warning 1:8: Unexpected English phrase `socket relay`, left untranslated',
      'warning 1:27: Unexpected English phrase `port forwarder`, left untranslated'
    ])
  })

  it('… one the target does not have: Italian has `in`, not `and`', async () => {
    const source = 'Socket relay and tcp port forwarder.\n'
    expect(await untranslated({source, translation: 'Socket relay in tcp port forwarder.\n', lang: 'it'})).toEqual([
      'warning 1:1: Unexpected English phrase `Socket relay`, left untranslated',
      'warning 1:21: Unexpected English phrase `port forwarder`, left untranslated'
    ])
    expect(await untranslated({source, translation: source, lang: 'it'})).toEqual(['error 1:1: Unexpected English sentence, left untranslated'])
  })

  it('a phrase with an English function word the target does not have is an error', async () => {
    expect(await untranslated({source: 'We support your writing center.\n', translation: 'Apoyamos your writing center.\n', lang: 'es'}))
      .toEqual(['error 1:10: Unexpected English phrase `your writing center`, left untranslated'])
  })

  it('two nouns, without other translations to compare with, are a warning', async () => {
    expect(await untranslated(writingCenter)).toEqual([`warning 1:31: ${PHRASE}`])
  })

  it('two nouns are an error when the other translations translate them', async () => {
    expect(await untranslated({...writingCenter, others: translating})).toEqual([`error 1:31: ${PHRASE}`])
  })

  it('two nouns are a warning when the other translations keep one of the words (`writing`)', async () => {
    const others = [
      {lang: 'es', text: 'Apoyamos a los directores de centros de writing.\n'},
      {lang: 'fr', text: 'Nous soutenons les directeurs des centres de writing.\n'}
    ]
    expect(await untranslated({...writingCenter, others})).toEqual([`warning 1:31: ${PHRASE}`])
  })

  it('a phrase the other translations keep is a term, not reported', async () => {
    expect(await untranslated({...writingCenter, others: keeping})).toEqual([])
  })

  it('three words or more copied from the aligned source are an error, with a dictionary and without other translations', async () => {
    expect(await untranslated({source: 'We support writing center tutors.\n', translation: 'Apoyamos a los writing center tutors.\n', lang: 'es'}))
      .toEqual(['error 1:16: Unexpected English phrase `writing center tutors`, left untranslated'])
    // Catalan has `directors`: it still belongs to the phrase, since the source has `center directors`.
    expect(await untranslated({source: 'We support writing center directors.\n', translation: 'Donem suport als writing center directors.\n', lang: 'ca'}))
      .toEqual(['error 1:18: Unexpected English phrase `writing center directors`, left untranslated'])
  })

  it('words the translator put together, not copied from the source, are a warning', async () => {
    expect(await untranslated({source: 'We support tutors of writing centers.\n', translation: 'Apoyamos a los writing center tutors.\n', lang: 'es'}))
      .toEqual(['warning 1:16: Unexpected English phrase `writing center tutors`, left untranslated'])
  })

  it('a single word is a warning: perhaps a loanword', async () => {
    expect(await untranslated({source: 'Get feedback from tutors.\n', translation: 'Recibe feedback de los tutores.\n', lang: 'es'}))
      .toEqual(['warning 1:8: Unexpected English word `feedback`, left untranslated (not a word in Spanish)'])
  })

  it('a single word has at least `minWordLength` letters (3)', async () => {
    expect(await untranslated({source: 'There is a bug.\n', translation: 'Hay un bug aquí.\n', lang: 'es'}))
      .toEqual(['warning 1:8: Unexpected English word `bug`, left untranslated (not a word in Spanish)'])
  })

  it('a word unknown to both dictionaries is not reported alone, even when the source has it', async () => {
    expect(await untranslated({source: 'We support transformative practices.\n', translation: 'Sosteniamo pratiche transformative.\n', lang: 'it'})).toEqual([])
  })

  it.each([
    ['empowerment', 'We support empowerment.\n', "Sosteniamo l'empowerment delle comunità.\n", 'it', '1:14', 'Italian'],
    ['scholarship', 'We offer scholarship to students.\n', 'Ofrecemos scholarship a los estudiantes.\n', 'es', '1:11', 'Spanish'],
    ['underrepresented', 'We help underrepresented students.\n', 'Ayudamos a estudiantes underrepresented.\n', 'es', '1:24', 'Spanish']
  ])('an English derivation (`%s`) is an error: never a loanword', async (word, source, translation, lang, at, name) => {
    expect(await untranslated({source, translation, lang}))
      .toEqual([`error ${at}: Unexpected English word \`${word}\`, left untranslated (not a word in ${name})`])
  })

  it('a derivation has at least 8 letters (`kindness`, `powerful`; not `painful`, `happily`, `treated`)', async () => {
    const result = await untranslated({source: 'Kind words.\n', translation: 'Palabras: kindness, powerful, painful, happily, treated.\n', lang: 'es'})
    expect(result).toEqual([
      'error 1:11: Unexpected English word `kindness`, left untranslated (not a word in Spanish)',
      'error 1:21: Unexpected English word `powerful`, left untranslated (not a word in Spanish)',
      'warning 1:31: Unexpected English word `painful`, left untranslated (not a word in Spanish)',
      'warning 1:40: Unexpected English word `happily`, left untranslated (not a word in Spanish)',
      'warning 1:49: Unexpected English word `treated`, left untranslated (not a word in Spanish)'
    ])
  })

  it('a derivation next to a word English shares with the target is part of a kept compound: a warning', async () => {
    // Before (`web`, 3 letters) and after (`social`).
    expect(await untranslated({source: 'Learn web development today.\n', translation: 'Aprende web development hoy.\n', lang: 'es'}))
      .toEqual(['warning 1:13: Unexpected English word `development`, left untranslated (not a word in Spanish)'])
    expect(await untranslated({source: 'We value social empowerment.\n', translation: 'Valoramos el empowerment social de las mujeres.\n', lang: 'es'}))
      .toEqual(['warning 1:14: Unexpected English word `empowerment`, left untranslated (not a word in Spanish)'])
  })

  it('… but not across punctuation, nor next to a function word (German `was`)', async () => {
    expect(await untranslated({source: 'We talk about the web, empowerment and community.\n', translation: 'Hablamos de la web, empowerment y comunidad.\n', lang: 'es'}))
      .toEqual(['error 1:21: Unexpected English word `empowerment`, left untranslated (not a word in Spanish)'])
    expect(await untranslated({source: 'We know what empowerment means.\n', translation: 'Wir wissen, was empowerment bedeutet.\n', lang: 'de'}))
      .toEqual(['error 1:17: Unexpected English word `empowerment`, left untranslated (not a word in German)'])
  })

  it('derivations are English ones: a French source’s `développement` is a warning', async () => {
    expect(await untranslated({source: 'Nous soutenons le développement.\n', translation: 'Sosteniamo il développement.\n', lang: 'it', sourceLang: 'fr'}))
      .toEqual(['warning 1:15: Unexpected French word `développement`, left untranslated (not a word in Italian)'])
  })

  it('a target word without its accents (French `operations`) is for the spelling rule, not untranslated', async () => {
    expect(await untranslated({source: 'It lists the operations on files.\n', translation: 'Il liste les operations sur les fichiers.\n', lang: 'fr'})).toEqual([])
  })

  it.each([
    ['in parentheses, a gloss', "Sosteniamo l'emancipazione (empowerment) delle comunità.\n", 'text', '1:29'],
    ['in emphasis, used on purpose', "Sosteniamo l'*empowerment* delle comunità.\n", 'markdown', '1:14'],
    ['in link text, a title', 'Sosteniamo [empowerment](https://example.org/it) delle comunità.\n', 'markdown', '1:13']
  ] as const)('a derivation %s is a warning', async (_, translation, format, at) => {
    expect(await untranslated({source: 'We support empowerment.\n', translation, lang: 'it', format}))
      .toEqual([`warning ${at}: Unexpected English word \`empowerment\`, left untranslated (not a word in Italian)`])
  })
})

describe('what other translations keep', () => {
  const empowerment = {source: 'We support empowerment.\n', translation: "Sosteniamo l'empowerment delle comunità.\n", lang: 'it'}
  const NINE = ['es', 'fr', 'de', 'pt', 'nl', 'ca', 'ro', 'sv', 'da']
  /** Nine other languages, the first `keep` of which keep `empowerment`. */
  const nine = (keep: number): Array<{lang: string; text: string}> =>
    NINE.map((lang, index) => ({lang, text: index < keep ? 'Texto sobre el empowerment.\n' : 'Texto traducido.\n'}))
  const WORD = 'Unexpected English word `empowerment`, left untranslated (not a word in Italian)'

  it('a word kept by a quarter of the other languages (3 of 9) is a term', async () => {
    expect(await untranslated({...empowerment, others: nine(3)})).toEqual([])
  })

  it('a derivation kept by two other languages, fewer than a quarter, is a warning; by one, an error', async () => {
    expect(await untranslated({...empowerment, others: nine(2)})).toEqual([`warning 1:14: ${WORD}`])
    expect(await untranslated({...empowerment, others: nine(1)})).toEqual([`error 1:14: ${WORD}`])
  })

  it('two other languages that keep a word make it a term (at least two, whatever the share)', async () => {
    expect(await untranslated({...empowerment, others: nine(9).slice(0, 2)})).toEqual([])
  })

  it('several translations of one language are one vote', async () => {
    const others = [
      {lang: 'es', text: 'Apoyamos el empowerment.\n'},
      {lang: 'es', text: 'Apoyamos el empowerment.\n'},
      {lang: 'fr', text: "Nous soutenons l'autonomisation.\n"}
    ]
    expect(await untranslated({...empowerment, others})).toEqual([`error 1:14: ${WORD}`])
  })

  it('only words written in lower case count', async () => {
    const others = [
      {lang: 'es', text: 'Apoyamos a los directores de Writing Center.\n'},
      {lang: 'fr', text: 'Nous soutenons les directeurs de Writing Center.\n'}
    ]
    expect(await untranslated({...writingCenter, others})).toEqual([`error 1:31: ${PHRASE}`])
  })

  it('English sentences of other translations do not count', async () => {
    const others = [
      {lang: 'es', text: 'Apoyamos a los directores de writing center.\n'},
      {lang: 'fr', text: 'Nous soutenons les directeurs des centres. We support the writing center and you.\n'}
    ]
    expect(await untranslated({...writingCenter, others})).toEqual([`error 1:31: ${PHRASE}`])
  })

  it('one other language is no evidence (three languages in all are needed)', async () => {
    expect(await untranslated({...writingCenter, others: keeping.slice(0, 1)})).toEqual([`warning 1:31: ${PHRASE}`])
    // Another translation into the translation's own language is not an other language.
    expect(await untranslated({...writingCenter, others: [...keeping.slice(0, 1), {lang: 'ca', text: writingCenter.translation}]}))
      .toEqual([`warning 1:31: ${PHRASE}`])
  })

  it('words not copied from the source stay a warning, whatever the others say', async () => {
    const others = [{lang: 'fr', text: 'Envoyez une demande de modification.\n'}, {lang: 'de', text: 'Senden Sie eine Änderungsanfrage.\n'}]
    expect(await untranslated({source: 'Send a change request.\n', translation: 'Envía un pull request.\n', lang: 'es', others}))
      .toEqual(['warning 1:10: Unexpected English phrase `pull request`, left untranslated'])
  })
})

describe('where a phrase starts and ends', () => {
  it('a word the target shares with English joins the phrase when the source has the same pair (`data science`, `text file`)', async () => {
    // Spanish has `data` (a form of `datar`), Italian `file` (rows): four letters or more, and the source says `data science`, `text file`.
    expect(await reported({source: 'We teach data science.\n', translation: 'Enseñamos data science.\n', lang: 'es'})).toMatchObject([
      {severity: 'warning', line: 1, column: 11, endColumn: 23, reason: 'Unexpected English phrase `data science`, left untranslated', actual: 'data science'}
    ])
    expect(await reported({source: 'Open the text file.\n', translation: 'Apri il text file.\n', lang: 'it'})).toMatchObject([
      {severity: 'warning', line: 1, column: 9, endColumn: 18, reason: 'Unexpected English phrase `text file`, left untranslated', actual: 'text file'}
    ])
  })

  it('… but a shared word of three letters does not (`log` alone, Italian `file` stays Italian)', async () => {
    expect(await untranslated({source: 'Save the log file.\n', translation: 'Salva il log file.\n', lang: 'it'}))
      .toEqual(['warning 1:10: Unexpected English word `log`, left untranslated (not a word in Italian)'])
  })

  it('English words apart are separate findings: across punctuation, a line break or code', async () => {
    expect(await untranslated({source: 'Tutors give feedback. Students get coaching.\n', translation: 'Los tutores dan feedback; coaching para los estudiantes.\n', lang: 'es'})).toEqual([
      'warning 1:17: Unexpected English word `feedback`, left untranslated (not a word in Spanish)',
      'warning 1:27: Unexpected English word `coaching`, left untranslated (not a word in Spanish)'
    ])
    expect(await untranslated({source: 'We offer coaching and feedback.\n', translation: 'Ofrecemos coaching\nfeedback y más.\n', lang: 'es'})).toEqual([
      'warning 1:11: Unexpected English word `coaching`, left untranslated (not a word in Spanish)',
      'warning 2:1: Unexpected English word `feedback`, left untranslated (not a word in Spanish)'
    ])
    expect(await untranslated({source: 'We offer writing feedback.\n', translation: 'Ofrecemos writing `--verbose` feedback.\n', lang: 'es', format: 'markdown'})).toEqual([
      'warning 1:11: Unexpected English word `writing`, left untranslated (not a word in Spanish)',
      'warning 1:31: Unexpected English word `feedback`, left untranslated (not a word in Spanish)'
    ])
  })
})

describe('shapes that are not judged', () => {
  it('all capitals and inner capitals are identifiers (`SSH`, `iOS`, `GitHub`)', async () => {
    expect(await untranslated({source: 'Use SSH on iOS with GitHub.\n', translation: 'Usa SSH su iOS con GitHub.\n', lang: 'it'})).toEqual([])
  })

  it('a word the source writes only capitalised inside sentences is a name (`Docker`), also starting a sentence', async () => {
    expect(await untranslated({source: 'Use Docker to run it. Docker is fast.\n', translation: 'Usa Docker per eseguirlo. Docker è veloce.\n', lang: 'it'})).toEqual([])
    expect(await untranslated({source: 'Use docker to run it.\n', translation: 'Usa docker per eseguirlo. Docker è veloce.\n', lang: 'it'})).toEqual([
      'warning 1:5: Unexpected English word `docker`, left untranslated (not a word in Italian)',
      'warning 1:27: Unexpected English word `Docker`, left untranslated (not a word in Italian)'
    ])
  })

  it('… not when the source also writes it in lower case, nor when it only starts sentences there', async () => {
    expect(await untranslated({source: 'Use Docker to run it.\n', translation: 'Docker è veloce.\n', lang: 'it'})).toEqual([])
    expect(await untranslated({source: 'Use Docker to run it. The docker command is fast.\n', translation: 'Docker è veloce.\n', lang: 'it'}))
      .toEqual(['warning 1:1: Unexpected English word `Docker`, left untranslated (not a word in Italian)'])
    // The second sentence of a paragraph.
    expect(await untranslated({source: 'Run it. Docker is fast.\n', translation: 'Eseguilo. Docker è veloce.\n', lang: 'it'}))
      .toEqual(['warning 1:11: Unexpected English word `Docker`, left untranslated (not a word in Italian)'])
  })

  it('a word the source capitalises only at the start of a sentence is not a name', async () => {
    expect(await untranslated({source: 'Docker is fast.\n', translation: 'Docker è veloce.\n', lang: 'it'}))
      .toEqual(['warning 1:1: Unexpected English word `Docker`, left untranslated (not a word in Italian)'])
  })

  it('words in quotes are quoted on purpose (a label of the interface), not left behind', async () => {
    const source = 'Type feedback in the field.\n'
    expect(await untranslated({source, translation: 'Escribe "feedback" en el campo.\n', lang: 'es'})).toEqual([])
    expect(await untranslated({source, translation: 'Escribe «feedback» en el campo.\n', lang: 'es'})).toEqual([])
    expect(await untranslated({source, translation: 'Escribe feedback en el campo.\n', lang: 'es'}))
      .toEqual(['warning 1:9: Unexpected English word `feedback`, left untranslated (not a word in Spanish)'])
  })

  it('a word of the config’s `allow` list is the language’s own, however it is capitalised', async () => {
    const options = {source: 'We support empowerment.\n', translation: 'Apoyamos el empowerment de las mujeres. Empowerment significa poder.\n', lang: 'es'}
    expect(await untranslated({...options, config: {allow: {es: ['empowerment']}}})).toEqual([])
    expect(await untranslated({...options, config: {allow: {'*': ['Empowerment']}}})).toEqual([])
    expect(await untranslated({...options, config: {allow: {ca: ['empowerment']}}})).toEqual([
      'error 1:13: Unexpected English word `empowerment`, left untranslated (not a word in Spanish)',
      'error 1:41: Unexpected English word `Empowerment`, left untranslated (not a word in Spanish)'
    ])
  })

  it('a phrase of the config’s `protect` list is kept on purpose', async () => {
    expect(await untranslated({...writingCenter, config: {protect: ['writing center']}})).toEqual([])
  })

  it('an emoji shortcode is markup', async () => {
    expect(await untranslated({source: 'This is sad :disappointed:\n', translation: 'Questo è triste :disappointed:\n', lang: 'it'})).toEqual([])
    expect(await untranslated({source: 'This is sad, disappointed.\n', translation: 'Questo è triste, disappointed.\n', lang: 'it'}))
      .toEqual(['error 1:18: Unexpected English word `disappointed`, left untranslated (not a word in Italian)'])
    // A colon on one side only is punctuation.
    expect(await untranslated({source: 'Your feedback: very useful.\n', translation: 'Tu feedback: muy útil.\n', lang: 'es'}))
      .toEqual(['warning 1:4: Unexpected English word `feedback`, left untranslated (not a word in Spanish)'])
  })

  it('an elision of up to three letters is not part of the word (Italian `all’empowerment`)', async () => {
    expect(await reported({source: 'We support empowerment.\n', translation: 'Diamo priorità all’empowerment delle comunità.\n', lang: 'it'})).toMatchObject([
      {severity: 'error', line: 1, column: 20, endColumn: 31, reason: 'Unexpected English word `empowerment`, left untranslated (not a word in Italian)', actual: 'empowerment'}
    ])
  })

  it('longer elisions are not part of the word either (Italian `dell’`, `sull’`, French `jusqu’`)', async () => {
    for (const [translation, column] of [['Il valore dell’empowerment delle comunità.\n', 16], ['Puntiamo sull’empowerment delle comunità.\n', 15]] as const) {
      expect(await reported({source: 'We support empowerment.\n', translation, lang: 'it'}), translation).toMatchObject([
        {severity: 'error', line: 1, column, reason: 'Unexpected English word `empowerment`, left untranslated (not a word in Italian)', actual: 'empowerment'}
      ])
    }
    expect(await reported({source: 'We support empowerment.\n', translation: 'Nous soutenons l’émancipation jusqu’empowerment.\n', lang: 'fr'})).toMatchObject([{actual: 'empowerment'}])
  })

  it('a Tagalog clitic (`’t`, and) is not part of the English word before it', async () => {
    expect(await reported({source: 'Thanks to our sponsors and tutors.\n', translation: 'Salamat sa mga sponsor’t tutor.\n', lang: 'tl'})).toMatchObject([
      {severity: 'warning', line: 1, column: 16, endColumn: 31, reason: 'Unexpected English phrase `sponsor’t tutor`, left untranslated', actual: 'sponsor’t tutor'}
    ])
  })

  it.each([
    ['-', 'hyphen-minus'],
    ['\u2010', 'U+2010 HYPHEN'],
    ['\u2011', 'U+2011 NON-BREAKING HYPHEN'],
    ['\u00ad', 'U+00AD SOFT HYPHEN']
  ])('hyphenated Tagalog words are judged by their parts, but short affixes (`nag`) are not (%s, %s)', async (hyphen) => {
    expect(await untranslated({source: 'The sponsor is alone.\n', translation: `Ang pag${hyphen}sponsor ay nag${hyphen}iisa.\n`, lang: 'tl'}))
      .toEqual(['warning 1:9: Unexpected English word `sponsor`, left untranslated (not a word in Tagalog)'])
  })
})

describe('hyphenated words in a phrase', () => {
  it('the English part after a Tagalog affix starts anew: `feedback at pag-sponsor` is two words, not a phrase', async () => {
    expect(await untranslated({source: 'We thank our sponsors.\n', translation: 'Salamat sa feedback at pag-sponsor ninyo.\n', lang: 'tl'})).toEqual([
      'warning 1:12: Unexpected English word `feedback`, left untranslated (not a word in Tagalog)',
      'warning 1:28: Unexpected English word `sponsor`, left untranslated (not a word in Tagalog)'
    ])
  })
})

describe('names and titles', () => {
  it('a run of capitalised words with lower-case links inside a sentence is a name', async () => {
    expect(await untranslated({source: 'Read The Art of Command Line today.\n', translation: 'Leggi The Art of Command Line oggi.\n', lang: 'it'})).toEqual([])
  })

  it('a sentence of capitalised words as the source writes it is a name, whatever the spaces and final punctuation', async () => {
    const source = 'Watch In The Real World Linked Lists Vs Arrays: a video.\n'
    expect(await untranslated({source, translation: 'Guarda il video. In The Real World Linked Lists Vs Arrays.\n', lang: 'it'})).toEqual([])
    expect(await untranslated({source, translation: 'Guarda il video. In The Real\nWorld Linked Lists Vs Arrays.\n', lang: 'it'})).toEqual([])
    expect(await untranslated({source, translation: 'Guarda il video. In The Real  World Linked Lists Vs Arrays.\n', lang: 'it'})).toEqual([])
    // Not as the source writes it: the title of a work, a warning.
    expect(await untranslated({source, translation: 'Guarda il video. In The Real World Linked Lists Vs Arrays Too.\n', lang: 'it'}))
      .toEqual(['warning 1:18: Unexpected English sentence, left untranslated'])
  })

  it('… also when the source does not have it (the title of a book)', async () => {
    expect(await untranslated({
      source: 'Read this book every year.\n',
      translation: 'Leggi ogni anno il libro Structure and Interpretation of Computer Programs.\n',
      lang: 'it'
    })).toEqual([])
  })

  it('the title of a heading of the source, found in the translation, is a name', async () => {
    expect(await untranslated({
      source: '# The Art of Command Line\n\nRead it.\n',
      translation: '# The Art of Command Line (Traduzione Italiana)\n\nLeggilo.\n',
      lang: 'it',
      format: 'markdown'
    })).toEqual([])
  })

  it('a sentence in title case is the title of a work: a warning', async () => {
    expect(await untranslated({
      source: 'Watch the video In The Real World: Linked Lists vs Arrays.\n',
      translation: 'Guarda il video. In The Real World Linked Lists vs Arrays.\n',
      lang: 'it'
    })).toEqual(['warning 1:18: Unexpected English sentence, left untranslated'])
  })

  it('the warning for a title says why', async () => {
    expect(await reported({
      source: 'Watch the video In The Real World: Linked Lists vs Arrays.\n',
      translation: 'Guarda il video. In The Real World Linked Lists vs Arrays.\n',
      lang: 'it'
    })).toMatchObject([{
      severity: 'warning', line: 1, column: 18, endColumn: 59, actual: 'In The Real World Linked Lists vs Arrays.',
      note: 'It reads as the title of a work, which may be kept in its language on purpose.'
    }])
  })

  it('a sentence mostly inside the text of a link is a title: a warning', async () => {
    expect(await untranslated({
      source: 'Read the guide. [The patterns are for all the humans](https://example.org).\n',
      translation: 'Leggi la guida. [The patterns are for all the humans](https://example.org/it).\n',
      lang: 'it',
      format: 'markdown'
    })).toEqual(['warning 1:18: Unexpected English sentence, left untranslated'])
  })

  it('half of the words in the text of a link is enough; a link elsewhere in the paragraph is not', async () => {
    expect(await untranslated({
      source: 'Read the guide. [The patterns are for](https://example.org) all of the humans.\n',
      translation: 'Leggi la guida. [The patterns are for](https://example.org/it) all of the humans.\n',
      lang: 'it',
      format: 'markdown'
    })).toEqual(['warning 1:18: Unexpected English sentence, left untranslated'])
    expect(await untranslated({
      source: 'Read the guide. We publish a journal every year for all of our members.\n',
      translation: 'Leggi [la guida](https://example.org/it). We publish a journal every year for all of our members.\n',
      lang: 'it',
      format: 'markdown'
    })).toEqual(['error 1:43: Unexpected English sentence, left untranslated'])
  })

  it('a word both languages have, between English words, belongs to the phrase (`chat` in German)', async () => {
    expect(await untranslated({
      source: 'Join the chat at https://gitter.im.\n\nWe help you.\n',
      translation: 'Join the chat at https://gitter.im.\n\nWir helfen dir.\n',
      lang: 'de'
    })).toEqual(['error 1:1: Unexpected English phrase `Join the chat at`, left untranslated'])
  })

  it('a gloss in parentheses is a warning', async () => {
    expect(await untranslated({source: 'The network layer moves packets.\n', translation: 'Слой сети (network layer) передаёт пакеты.\n', lang: 'ru'}))
      .toEqual(['warning 1:12: Unexpected English phrase `network layer`, left untranslated'])
  })

  it('a gloss in parentheses is a warning also when the other translations translate it', async () => {
    const source = 'The network layer moves packets.\n'
    const others = [
      {lang: 'uk', text: 'Мережевий рівень передає пакети.\n'},
      {lang: 'bg', text: 'Мрежовият слой пренася пакети.\n'}
    ]
    expect(await untranslated({source, translation: 'Слой сети (network layer) передаёт пакеты.\n', lang: 'ru', others}))
      .toEqual(['warning 1:12: Unexpected English phrase `network layer`, left untranslated'])
    expect(await untranslated({source, translation: 'Слой сети network layer передаёт пакеты.\n', lang: 'ru', others}))
      .toEqual(['error 1:11: Unexpected English phrase `network layer`, left untranslated'])
  })

  it('a gloss may have spaces inside its parentheses, or full-width ones', async () => {
    const source = 'The network layer moves packets.\n'
    expect(await untranslated({source, translation: 'Слой сети ( network layer ) передаёт пакеты.\n', lang: 'ru'}))
      .toEqual(['warning 1:13: Unexpected English phrase `network layer`, left untranslated'])
    // Also where the other translations translate the phrase (an error outside parentheses).
    const others = [{text: 'La couche réseau transporte les paquets.\n', lang: 'fr'}, {text: 'La capa de red transporta paquetes.\n', lang: 'es'}]
    expect(await untranslated({source, translation: 'Слой сети ( network layer ) передаёт пакеты.\n', lang: 'ru', others}))
      .toEqual(['warning 1:13: Unexpected English phrase `network layer`, left untranslated'])
    expect(await untranslated({source, translation: 'Слой сети network layer передаёт пакеты.\n', lang: 'ru', others}))
      .toEqual([expect.stringMatching(/^error 1:11: Unexpected English phrase `network layer`/)])
    expect(await untranslated({source, translation: 'Слой сети（network layer）передаёт пакеты.\n', lang: 'ru'}))
      .toEqual(['warning 1:11: Unexpected English phrase `network layer`, left untranslated'])
  })

  it('a phrase in the text of a link is a warning (the title of a linked work)', async () => {
    expect(await untranslated({
      source: 'We support writing center tutors.\n',
      translation: 'Leggi il libro [writing center tutors](https://example.org/it) oggi.\n',
      lang: 'it',
      format: 'markdown'
    })).toEqual(['warning 1:17: Unexpected English phrase `writing center tutors`, left untranslated'])
  })

  it('capitalised words are a name unless the source writes them in lower case (German capitalises nouns)', async () => {
    const translation = 'Wir unterstützen Writing Center Direktoren.\n'
    expect(await untranslated({source: 'We support writing center directors.\n', translation, lang: 'de'}))
      .toEqual(['warning 1:18: Unexpected English phrase `Writing Center`, left untranslated'])
    expect(await untranslated({source: 'We support Writing Center directors.\n', translation, lang: 'de'})).toEqual([])
  })

  it('… wherever the translation has it, also twice and starting a sentence', async () => {
    const translation = '# The Art of Command Line\n\nThe Art of Command Line insegna a usare la riga di comando.\n'
    expect(await untranslated({source: '# The Art of Command Line\n\nMaster the command line.\n', translation, lang: 'it', format: 'markdown'})).toEqual([])
    // Not a heading of the source: starting a sentence, capitals do not make a name.
    expect(await untranslated({source: '# The Guide\n\nMaster the command line.\n', translation: '# La guida\n\nThe Art of Command Line insegna a usare la riga di comando.\n', lang: 'it', format: 'markdown'}))
      .toEqual(['error 3:1: Unexpected English phrase `The Art of Command Line`, left untranslated'])
  })

  it('a heading of the source is a title only in title case and with two words or more', async () => {
    expect(await untranslated({
      source: '# The art of command line\n\nRead it.\n',
      translation: '# The art of command line (Traduzione Italiana)\n\nLeggilo.\n',
      lang: 'it',
      format: 'markdown'
    })).toEqual(['error 1:3: Unexpected English phrase `The art of command line`, left untranslated'])
    expect(await untranslated({source: '# Command\n\nRead it.\n', translation: '# Command (italiano)\n\nLeggilo.\n', lang: 'it', format: 'markdown'}))
      .toEqual(['warning 1:3: Unexpected English word `Command`, left untranslated (not a word in Italian)'])
  })

  it('a phrase in Markdown emphasis is a warning', async () => {
    const source = 'It works out of the box on Linux.\n'
    expect(await untranslated({source, translation: 'Il programma funziona subito *out of the box* su Linux.\n', lang: 'it', format: 'markdown'}))
      .toEqual(['warning 1:35: Unexpected English phrase `of the`, left untranslated'])
    expect(await untranslated({source, translation: 'Il programma funziona subito out of the box su Linux.\n', lang: 'it', format: 'markdown'}))
      .toEqual(['error 1:34: Unexpected English phrase `of the`, left untranslated'])
  })

  it('German nouns are capitalised: `-manipulation` after `und` is German', async () => {
    expect(await untranslated({source: 'Letter translation and manipulation.\n', translation: 'Buchstabenübersetzung und -manipulation.\n', lang: 'de'})).toEqual([])
    expect(await untranslated({source: 'We support data import and export.\n', translation: 'Wir unterstützen Datenimport und -export.\n', lang: 'de'})).toEqual([])
  })
})

describe('an article of the source carried over after a shared anchor', () => {
  const source = 'The association (IWCA), a National Council affiliate, supports tutors.\n'
  const ARTICLE = 'Unexpected `a` after `(IWCA),`: the English article of the source (`a National Council affiliate`) carried over'

  it('is an error, also in Cyrillic letters that look the same', async () => {
    expect(await untranslated({source, translation: "L'associació (IWCA), a Consell Nacional filial, dona suport als tutors.\n", lang: 'ca'}))
      .toEqual([`error 1:22: ${ARTICLE}`])
    expect(await untranslated({source, translation: 'Удружење (ИВЦА), а Национални савет филијала, подржава туторе.\n', lang: 'sr'}))
      .toEqual(['error 1:18: Unexpected `а` after `(ИВЦА),`: the English article of the source (`a National Council affiliate`) carried over'])
  })

  it('points at the article in the source', async () => {
    expect(await reported({source, translation: "L'associació (IWCA), a Consell Nacional filial, dona suport als tutors.\n", lang: 'ca'})).toMatchObject([
      {severity: 'error', line: 1, column: 22, endColumn: 23, actual: 'a', cause: {reason: 'article in the source', line: 1, column: 25, endLine: 1, endColumn: 26}}
    ])
  })

  it('needs the same punctuation after the anchor, and a translated name after it', async () => {
    expect(await untranslated({source, translation: "L'associació (IWCA) a Consell Nacional filial, dona suport als tutors.\n", lang: 'ca'})).toEqual([])
    expect(await untranslated({source, translation: "L'associació (IWCA), a National Council filial, dona suport als tutors.\n", lang: 'ca'})).toEqual([])
    expect(await untranslated({source, translation: "L'associació (IWCA), a consell nacional filial, dona suport als tutors.\n", lang: 'ca'})).toEqual([])
  })

  it('needs a name after the article in the source too', async () => {
    expect(await untranslated({
      source: 'The association (IWCA), a national council affiliate, supports tutors.\n',
      translation: "L'associació (IWCA), a Consell Nacional filial, dona suport als tutors.\n",
      lang: 'ca'
    })).toEqual([])
  })

  it('quotes the source to the end of its sentence, or its first 40 characters, in a paragraph of several sentences', async () => {
    expect(await untranslated({
      source: 'We meet every year. The association is the IWCA, a National Council affiliate. It supports tutors.\n',
      translation: 'Ens reunim cada any. L’associació és la IWCA, a Consell Nacional filial. Dona suport als tutors.\n',
      lang: 'ca'
    })).toEqual(['error 1:47: Unexpected `a` after `IWCA,`: the English article of the source (`a National Council affiliate.`) carried over'])
    expect(await untranslated({
      source: 'We meet every year. The association is the IWCA, a National Council of Teachers of English affiliate. It supports tutors.\n',
      translation: 'Ens reunim cada any. L’associació és la IWCA, a Consell Nacional de Professors d’Anglès filial. Dona suport als tutors.\n',
      lang: 'ca'
    })).toEqual(['error 1:47: Unexpected `a` after `IWCA,`: the English article of the source (`a National Council of Teachers of…`) carried over'])
  })

  it('is found in any paragraph, also with the anchor elsewhere before it or starting the paragraph', async () => {
    expect(await reported({
      source: 'The IWCA meets every year.\n\nThe association (IWCA), a National Council affiliate, supports tutors.\n',
      translation: 'La IWCA es reuneix cada any.\n\nL’associació (IWCA), a Consell Nacional filial, dona suport als tutors.\n',
      lang: 'ca'
    })).toMatchObject([{
      severity: 'error', line: 3, column: 22, endColumn: 23, actual: 'a',
      reason: 'Unexpected `a` after `(IWCA),`: the English article of the source (`a National Council affiliate`) carried over',
      cause: {line: 3, column: 25, endColumn: 26}
    }])
    expect(await untranslated({source: 'IWCA, a National Council affiliate, supports tutors.\n', translation: 'IWCA, a Consell Nacional filial, dona suport als tutors.\n', lang: 'ca'}))
      .toEqual(['error 1:7: Unexpected `a` after `IWCA,`: the English article of the source (`a National Council affiliate`) carried over'])
  })

  it('a translated article (`el Consell Nacional`) is not reported', async () => {
    expect(await untranslated({source, translation: "L'associació (IWCA), el Consell Nacional filial, dona suport als tutors.\n", lang: 'ca'})).toEqual([])
  })

  it('names the source language', async () => {
    expect(await untranslated({
      source: 'Die Vereinigung (IWCA), ein Nationaler Rat, unterstützt Tutoren.\n',
      translation: "L'associació (IWCA), ein Consell Nacional, dona suport als tutors.\n",
      lang: 'ca',
      sourceLang: 'de'
    })).toEqual([
      'warning 1:22: Unexpected German word `ein`, left untranslated (not a word in Catalan)',
      'error 1:22: Unexpected `ein` after `(IWCA),`: the German article of the source (`ein Nationaler Rat`) carried over'
    ])
  })
})

describe('languages', () => {
  it('pairs of the source are pairs inside a sentence (`design. Patterns` is not `design patterns`)', async () => {
    const translation = 'Leggi i design patterns del libro.\n'
    expect(await untranslated({source: 'Read the design patterns of the book.\n', translation, lang: 'it'}))
      .toEqual(['warning 1:9: Unexpected English phrase `design patterns`, left untranslated'])
    expect(await untranslated({source: 'We love design. Patterns help us.\n', translation, lang: 'it'}))
      .toEqual(['warning 1:16: Unexpected English word `patterns`, left untranslated (not a word in Italian)'])
    // Three words copied from the aligned source are an error, but not across its sentences.
    expect(await untranslated({source: 'We support writing center directors.\n', translation: 'Apoyamos a los writing center directors.\n', lang: 'es'}))
      .toEqual(['error 1:16: Unexpected English phrase `writing center directors`, left untranslated'])
    expect(await untranslated({source: 'Our tutors teach writing. Center directors support them.\n', translation: 'Apoyamos a los writing center directors.\n', lang: 'es'}))
      .toEqual(['warning 1:16: Unexpected English phrase `writing center directors`, left untranslated'])
  })

  it('a word unknown to both dictionaries but in the source (`transformative`) joins an English phrase', async () => {
    expect(await untranslated({source: 'We support transformative scholarship.\n', translation: 'Sosteniamo transformative scholarship.\n', lang: 'it'}))
      .toEqual(['warning 1:12: Unexpected English phrase `transformative scholarship`, left untranslated'])
  })

  it('… but not one the source does not have', async () => {
    expect(await untranslated({source: 'We support new scholarship.\n', translation: 'Sosteniamo transformative scholarship.\n', lang: 'it'}))
      .toEqual(['error 1:27: Unexpected English word `scholarship`, left untranslated (not a word in Italian)'])
  })

  it('without a source document, an English sentence is still found (the source language of the config)', async () => {
    expect(await untranslated({translation: 'Publicamos una revista. We publish a journal every year for all of our members.\n', lang: 'es'}))
      .toEqual(['error 1:25: Unexpected English sentence, left untranslated'])
  })

  it('without a source document, messages name the source language of the config', async () => {
    expect(await untranslated({translation: 'Donem suport als centres. Nous publions une revue chaque année pour tous nos membres.\n', lang: 'ca', config: {sourceLanguage: 'fr'}}))
      .toEqual(['error 1:27: Unexpected French sentence, left untranslated'])
  })

  it('without a dictionary of the source language, nothing is judged', async () => {
    const result = await check({source: 'Nós apoiamos centros de escrita.\n', translation: 'Donem suport als centres.\n', lang: 'ca', sourceLang: 'ja'})
    expect(result.messages.filter((message) => message.ruleId === 'untranslated').map((message) => `${message.severity} ${brief(message)}`))
      .toEqual(['info 1:1: No Japanese dictionary: untranslated words and phrases are not checked'])
  })

  it('says which dictionary is missing and how to add it', async () => {
    expect(await reported({source: 'Nós apoiamos centros de escrita.\n', translation: 'Donem suport als centres.\n', lang: 'ca', sourceLang: 'ja'})).toEqual([{
      severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 1,
      reason: 'No Japanese dictionary: untranslated words and phrases are not checked',
      actual: undefined, note: 'Install `dictionary-ja` or set `dictionaries.ja` in the config.', cause: undefined
    }])
    expect((await reported({source: 'We support writing center tutors.\n', translation: '私たちはライティングセンターを支援します。\n', lang: 'ja'}))).toEqual([{
      severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 1,
      reason: 'No Japanese dictionary: single untranslated words are not checked, only sentences and phrases',
      actual: undefined, note: 'Install `dictionary-ja` or set `dictionaries.ja` in the config to check single words.', cause: undefined
    }])
  })

  it('… also for a translation into a language with related ones (Danish, Norwegian)', async () => {
    expect(await reported({source: 'Kami mendukung pusat penulisan.\n', translation: 'Vi støtter skrivecentre og empowerment.\n', lang: 'da', sourceLang: 'id'}))
      .toMatchObject([{severity: 'info', reason: 'No Indonesian dictionary: untranslated words and phrases are not checked'}])
  })

  it('Danish: English is found also when a related language (Norwegian) has no dictionary here', async () => {
    expect(await untranslated({source: 'We support the empowerment of writers.\n', translation: 'Vi støtter empowerment af skribenter.\n', lang: 'da'}))
      .toEqual(['error 1:12: Unexpected English word `empowerment`, left untranslated (not a word in Danish)'])
  })

  it('Ukrainian: its dictionary accepts any Latin word, so English is judged without it', async () => {
    expect(await untranslated({
      source: 'We support writing center directors and their empowerment.\n',
      translation: 'Ми підтримуємо директорів writing center та їхній empowerment.\n',
      lang: 'uk'
    })).toEqual([
      'warning 1:27: Unexpected English phrase `writing center`, left untranslated',
      'error 1:51: Unexpected English word `empowerment`, left untranslated (not a word in Ukrainian)'
    ])
    expect(await untranslated({
      source: 'We publish a journal every year for all of our members.\n',
      translation: 'Ми видаємо журнал. We publish a journal every year for all of our members.\n',
      lang: 'uk'
    })).toEqual(['error 1:20: Unexpected English sentence, left untranslated'])
  })

  it('Japanese, without a dictionary: phrases of words from the source, no single words, no pair of short words', async () => {
    const result = await check({
      source: 'We support web page directors, writing center tutors and empowerment.\n',
      translation: 'ウェブの web page と writing center と empowerment と design pattern を支援します。\n',
      lang: 'ja'
    })
    expect(result.messages.filter((message) => message.ruleId === 'untranslated').map((message) => `${message.severity} ${brief(message)}`)).toEqual([
      'info 1:1: No Japanese dictionary: single untranslated words are not checked, only sentences and phrases',
      'warning 1:17: Unexpected English phrase `writing center`, left untranslated'
    ])
    // A pair with a word of 6 letters or more.
    expect(await untranslated({source: 'We support public forum directors.\n', translation: 'ウェブの public forum を支援します。\n', lang: 'ja'}))
      .toEqual(['warning 1:6: Unexpected English phrase `public forum`, left untranslated'])
  })

  it('Japanese: three short words are a phrase', async () => {
    expect(await untranslated({source: 'Open the web page link.\n', translation: 'web page link を開きます。\n', lang: 'ja'}))
      .toEqual(['warning 1:1: Unexpected English phrase `web page link`, left untranslated'])
    expect(await untranslated({source: 'Open the web page.\n', translation: 'web page を開きます。\n', lang: 'ja'})).toEqual([])
  })

  it('Japanese: a word unknown to the English dictionary (`transformative`) does not make a phrase, nothing tells a cognate apart', async () => {
    expect(await untranslated({source: 'We support transformative scholarship.\n', translation: '私たちは transformative scholarship を支援します。\n', lang: 'ja'})).toEqual([])
  })

  it('Japanese: an English sentence is found by language identification', async () => {
    expect(await untranslated({
      source: 'We publish a journal.\n\nWe publish it every year for all of our members.\n',
      translation: '雑誌を発行します。\n\nWe publish it every year for all of our members.\n',
      lang: 'ja'
    })).toEqual(['error 3:1: Unexpected English sentence, left untranslated'])
  })
})
