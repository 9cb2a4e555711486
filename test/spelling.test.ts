import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import {check, checkFiles} from '../src/index.js'
import {read, textAt} from './helpers.js'

const spelling = async (lang: string, translation: string, config = {}) =>
  (await check({translation, lang, config})).messages.filter((message) => message.ruleId === 'spelling')

// One correct sentence and the same sentence with one misspelled word, per
// language with a dictionary out of the box.
const sentences: Array<[string, string, string, string]> = [
  ['en', 'The association supports writing centers around the world.', 'around', 'arround'],
  ['ca', "L'associació dona suport als centres d'escriptura de tot el món.", 'escriptura', 'escritpura'],
  ['sr', 'Удружење подржава центре за писање широм света.', 'подржава', 'подржвава'],
  ['sr-Latn', 'Udruženje podržava centre za pisanje širom sveta.', 'podržava', 'podržvava'],
  ['af', 'Die vereniging ondersteun skryfsentrums regoor die wêreld.', 'vereniging', 'verenigign'],
  ['tl', 'Sinusuportahan ng samahan ang mga sentro ng pagsulat sa buong mundo.', 'pagsulat', 'pagsluat'],
  ['es', 'La asociación apoya a los centros de escritura de todo el mundo.', 'escritura', 'escirtura'],
  ['fr', "L'association soutient les centres d'écriture du monde entier.", 'soutient', 'soutinet'],
  ['de', 'Der Verband unterstützt Schreibzentren auf der ganzen Welt.', 'unterstützt', 'unterstüzt'],
  ['it', "L'associazione sostiene i centri di scrittura di tutto il mondo.", 'sostiene', 'sosteine'],
  ['pt', 'A associação apoia os centros de escrita de todo o mundo.', 'associação', 'asociação'],
  ['nl', 'De vereniging ondersteunt schrijfcentra over de hele wereld.', 'ondersteunt', 'ondersteunnt'],
  ['ru', 'Ассоциация поддерживает центры письма по всему миру.', 'поддерживает', 'поддерживат'],
  ['hr', 'Udruga podržava centre za pisanje diljem svijeta.', 'podržava', 'podržvava'],
  ['da', 'Foreningen støtter skrivecentre over hele verden.', 'Foreningen', 'Foreninegn'],
  ['sv', 'Föreningen stöder skrivcentrum över hela världen.', 'Föreningen', 'Föreninegn'],
  ['pl', 'Stowarzyszenie wspiera ośrodki pisania na całym świecie.', 'wspiera', 'wspeira'],
  ['cs', 'Sdružení podporuje centra psaní po celém světě.', 'podporuje', 'podproruje'],
  ['ro', 'Asociația sprijină centrele de scriere din întreaga lume.', 'sprijină', 'sprjiină'],
  ['uk', 'Асоціація підтримує центри письма в усьому світі.', 'підтримує', 'підтрмиує'],
  ['el', 'Η ένωση υποστηρίζει κέντρα γραφής σε όλο τον κόσμο.', 'υποστηρίζει', 'υποστηρζίει'],
  ['tr', 'Dernek dünyanın her yerindeki yazı merkezlerini destekler.', 'destekler', 'desteklre']
]

describe('spelling in every language with a dictionary out of the box', () => {
  it.each(sentences)('%s: a correct sentence draws nothing, a misspelling is reported with suggestions', async (lang, sentence, word, typo) => {
    expect(await spelling(lang, `${sentence}\n`)).toEqual([])
    const found = await spelling(lang, `${sentence.replace(word, typo)}\n`)
    expect(found.map((message) => message.actual)).toEqual([typo])
    expect(found[0]!.severity).toBe('warning')
    expect(found[0]!.expected).toContain(word)
    expect(found[0]!.reason).toBe(`Unexpected unknown word \`${typo}\`, expected for example \`${found[0]!.expected![0]}\``)
  })
})

describe('compounds, truncated parts and clitics', () => {
  it('accepts Afrikaans compounds and truncated compound parts', async () => {
    expect(await spelling('af', 'Skryfsentrumdirekteure bestudeer magsdinamika in onderverteenwoordigde gemeenskappe en stam-, streeks- en nasionale kontekste.\n')).toEqual([])
  })
  it('accepts Dutch and German compounds', async () => {
    expect(await spelling('nl', 'De schrijfcentrumdirecteuren bespreken de machtsverhoudingen.\n')).toEqual([])
    expect(await spelling('de', 'Die Schreibzentrumsleiterinnen besprechen Machtverhältnisse.\n')).toEqual([])
  })
  it('still reports a misspelling that happens to start like a compound', async () => {
    expect((await spelling('af', 'Die skryfsentrumdirektuere vergader.\n')).map((message) => message.actual)).toEqual(['skryfsentrumdirektuere'])
  })
  it("accepts elisions and clitics: Catalan d'Anglès, Tagalog iba't", async () => {
    expect(await spelling('ca', "Professors d'Anglès i col·laboració amb l'associació.\n")).toEqual([])
    expect(await spelling('tl', "Sa iba't ibang konteksto at sitwasyon.\n")).toEqual([])
  })
  it('skips numbers, acronyms and URLs', async () => {
    expect(await spelling('ca', 'La IWCA es va fundar el 1983: vegeu https://exemple.org/pagina.\n')).toEqual([])
  })
})

describe('where dictionaries come from', () => {
  it('a language without a dictionary gets one note, not a crash', async () => {
    const result = await check({translation: 'Chama kinasaidia vituo vya uandishi duniani kote.\n\nNa kingine.\n', lang: 'sw'})
    const notes = result.messages.filter((message) => message.ruleId === 'spelling')
    expect(notes.map((message) => [message.severity, message.reason])).toEqual([['info', 'No dictionary for Swahili (sw): spelling skipped']])
    expect(notes[0]!.note).toMatch(/dictionary-sw.*dictionaries\.sw/)
  })
  it('a configured dictionary path is used, relative to the config', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-dict-'))
    fs.mkdirSync(path.join(directory, 'dicts'))
    fs.writeFileSync(path.join(directory, 'dicts', 'sw.aff'), 'SET UTF-8\nTRY aeioubdhkmnrstwy\n')
    fs.writeFileSync(path.join(directory, 'dicts', 'sw.dic'), '5\nchama\nkinasaidia\nvituo\nvya\nuandishi\n')
    fs.writeFileSync(path.join(directory, 'translint.config.json'), JSON.stringify({dictionaries: {sw: 'dicts/sw'}}))
    fs.writeFileSync(path.join(directory, 'mission.sw.txt'), 'Chama kinasaidia vituo vya uandishii.\n')
    const result = await checkFiles(['mission.sw.txt'], {cwd: directory})
    expect(result.files[0]!.messages.filter((message) => message.ruleId === 'spelling').map((message) => [message.actual, message.expected])).toEqual([['uandishii', ['uandishi']]])
  })
  it('personal words: allow lists and words files', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-words-'))
    fs.writeFileSync(path.join(directory, 'words.txt'), '# project words\nretorika\nModalidad\n')
    fs.writeFileSync(path.join(directory, 'translint.config.json'), JSON.stringify({words: {tl: ['words.txt']}, allow: {'*': ['iskolarsip']}}))
    fs.writeFileSync(path.join(directory, 'tl.txt'), 'Ang iskolarsip, retorika at modalidad ay mahalaga.\n')
    const result = await checkFiles(['tl.txt'], {cwd: directory})
    expect(result.files[0]!.messages.filter((message) => message.ruleId === 'spelling')).toEqual([])
  })
  it('a missing words file is a config error naming the key', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-words-'))
    fs.writeFileSync(path.join(directory, 'translint.config.json'), JSON.stringify({words: {tl: ['nope.txt']}}))
    await expect(checkFiles(['x.txt'], {cwd: directory})).rejects.toThrow(/`words\.tl\.0`: no such file: `nope\.txt`/)
  })
})

describe('spelling and untranslated together', () => {
  it('a word reported as untranslated is not also a spelling warning', async () => {
    const result = await check({source: read('fixtures/iwca/en.txt'), translation: read('fixtures/iwca/tl.txt'), lang: 'tl'})
    const untranslated = result.messages.filter((message) => message.ruleId === 'untranslated')
    const spelled = result.messages.filter((message) => message.ruleId === 'spelling')
    expect(untranslated.length).toBeGreaterThan(10)
    for (const message of spelled) {
      expect(untranslated.some((other) => other.offset < message.endOffset && other.endOffset > message.offset), message.actual).toBe(false)
    }
  })
  it('suggestions stop after `suggestedWords` words, and say so', async () => {
    const found = await spelling('ca', 'Les escritpura i les comunitta i escritpura.\n', {rules: {spelling: ['warning', {suggestedWords: 1}]}})
    expect(found.map((message) => [message.actual, message.expected?.[0], message.note])).toEqual([
      ['escritpura', 'escriptura', undefined],
      ['comunitta', undefined, 'No suggestions: 1 word of this file already has some (`suggestedWords`).'],
      ['escritpura', 'escriptura', undefined]
    ])
  })
})

describe('initials', () => {
  it('single letters and initials are not spelled', async () => {
    expect(await spelling('ca', 'Per exemple, J. R. R. Tolkien i el Sr. Puig van escriure x. i D. Fi.\n')).toEqual([])
  })
})

describe('hyphens other than `-`', () => {
  // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+00AD SOFT HYPHEN.
  const kinds = [['U+2010', '\u2010'], ['U+2011', '\u2011'], ['a soft hyphen', '\u00ad']] as const
  it.each(kinds)('Ukrainian `будь-якої` and French `bien-être` with %s are spelled as with `-`', async (_, hyphen) => {
    expect(await spelling('uk', 'Це право будь-якої людини.\n')).toEqual([])
    expect(await spelling('uk', `Це право будь${hyphen}якої людини.\n`)).toEqual([])
    expect(await spelling('fr', 'Le bien-être de chacun compte.\n')).toEqual([])
    expect(await spelling('fr', `Le bien${hyphen}être de chacun compte.\n`)).toEqual([])
  })
  it('a word the dictionary knows only whole (`tohu-bohu`: no `tohu`, no `bohu`) is known with any hyphen', async () => {
    expect(await spelling('fr', 'Un tohu-bohu et un tohu\u2010bohu et un tohu\u2011bohu.\n')).toEqual([])
  })
  it('a misspelled part is still reported, at its exact place after a BOM, CRLF and an astral character', async () => {
    const translation = '\ufeffLa 😀 joie.\r\n\r\nLe bien\u2010étre 😀 et le bien\u00adétre de chacun.\r\n'
    const found = await spelling('fr', translation)
    expect(found.map((message) => [message.actual, message.line, message.column, message.endColumn])).toEqual([
      ['bien\u2010étre', 3, 4, 13],
      ['bien\u00adétre', 3, 22, 31]
    ])
    for (const message of found) expect(textAt(translation.slice(1), message)).toBe(message.actual)
    // The suggestions are those of the word with `-`.
    expect(found[0]!.expected).toEqual((await spelling('fr', 'Le bien-étre.\n'))[0]!.expected)
  })
  it('a soft hyphen is an invisible break anywhere: `infor­mation` is `information` (with `-` it is two unknown parts)', async () => {
    expect(await spelling('fr', 'Une infor\u00admation importante.\n')).toEqual([])
    expect((await spelling('fr', 'Une infor-mation importante.\n')).map((message) => message.actual)).toEqual(['infor-mation'])
  })
  it('an acronym with a hyphenated ending is skipped whatever the hyphen', async () => {
    expect(await spelling('de', 'Das IWCA-xqzt und das IWCA\u2010xqzt.\n')).toEqual([])
  })
  it('a word copied from the source is the source\'s word also with another hyphen', async () => {
    const result = await check({source: 'The Zorblex-Kit helps tutors.\n', translation: 'El Zorblex\u2010Kit ajuda els tutors.\n', lang: 'ca'})
    expect(result.messages.filter((message) => message.ruleId === 'spelling')).toEqual([])
    const other = await check({source: 'The kit helps tutors.\n', translation: 'El Zorblex\u2010Kit ajuda els tutors.\n', lang: 'ca'})
    expect(other.messages.filter((message) => message.ruleId === 'spelling').map((message) => message.actual)).toEqual(['Zorblex\u2010Kit'])
  })
  it('in Markdown too', async () => {
    const result = await check({translation: '# Le bien\u2010être\n\n- Le bien\u2011être de chacun.\n', lang: 'fr', format: 'markdown'})
    expect(result.messages.filter((message) => message.ruleId === 'spelling')).toEqual([])
  })
})

describe('spelling and what other translations keep', () => {
  // `shell` in paragraph 2 is not copied from the aligned source (paragraph
  // 2 says `It starts fast`), so only the other translations say it is a term.
  const source = 'Use the shell.\n\nIt starts fast.\n'
  const spanish = 'Usa el intérprete.\n\nEl shell arranca rápido.\n'
  const others = [{lang: 'fr', text: 'Utilisez le shell.\n\nLe shell démarre vite.\n'}, {lang: 'it', text: 'Usa la shell.\n\nLa shell parte veloce.\n'}]
  it('reports a word the others keep neither as misspelled nor as untranslated', async () => {
    const result = await check({source, translation: spanish, lang: 'es', others})
    expect(result.messages.filter((message) => message.actual === 'shell')).toEqual([])
  })
  it('without them, the word is an untranslated English word (and so not also a misspelling)', async () => {
    const result = await check({source, translation: spanish, lang: 'es'})
    expect(result.messages.filter((message) => message.actual === 'shell').map((message) => `${message.ruleId} ${message.severity}`)).toEqual(['untranslated warning'])
  })
  it('a term for the other translations is not a misspelling even when untranslated is off', async () => {
    const config = {rules: {untranslated: 'off' as const}}
    const alone = await check({source, translation: spanish, lang: 'es', config})
    expect(alone.messages.filter((message) => message.actual === 'shell').map((message) => message.ruleId)).toEqual(['spelling'])
    const withOthers = await check({source, translation: spanish, lang: 'es', config, others})
    expect(withOthers.messages.filter((message) => message.actual === 'shell')).toEqual([])
  })
})
