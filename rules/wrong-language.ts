import {defineRule} from '../src/lint/rule.js'
import {identify, identifiable, distinguishable, fromFranc} from '../src/language/index.js'
import {scriptCounts, scriptRuns, expandScript, SCRIPT_NAMES} from '../src/text/scripts.js'

/** Fewer letters than this: the script is checked, the language is not. */
const MIN_LETTERS_TO_IDENTIFY = 150

/**
 * The translation is written in its declared language (from `--lang`, the
 * config or the file name). Checked with the script of the letters and with
 * language identification (franc) on the prose. Languages identification
 * cannot tell apart (Croatian, Serbian and Bosnian in one script; Malay and
 * Indonesian; the Norwegian standards) are never reported as wrong; a
 * different script is. Kazakh (Cyrillic, moving to Latin) and Uzbek (Latin
 * and Cyrillic) may be written in either script unless the tag names one
 * (`kk-Cyrl`).
 */
export default defineRule({
  id: 'wrong-language',
  description: 'The translation is in its declared language and script.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Catalan declared, Catalan written',
      lang: 'ca',
      translation: "L'Associació Internacional de Centres d'Escriptura fomenta el desenvolupament de directors, tutors i personal de centres d'escriptura patrocinant reunions, publicacions i altres activitats professionals.\n",
      messages: []
    },
    {
      title: 'Croatian declared, Spanish written',
      lang: 'hr',
      translation: 'La Asociación Internacional de Centros de Escritura fomenta el desarrollo de directores, tutores y personal de los centros de escritura mediante reuniones, publicaciones y otras actividades profesionales.\n',
      messages: ['1:1: Expected Croatian, found Spanish (language identification)']
    },
    {
      title: 'Serbian declared, written in Latin letters',
      lang: 'sr',
      translation: 'Udruženje podržava centre za pisanje, tutore i osoblje kroz sastanke, publikacije i druge profesionalne aktivnosti širom sveta.\n',
      messages: ['1:1: Expected Serbian in Cyrillic script, found Latin script']
    }
  ],
  async check(context) {
    // A language decided from the content is consistent by definition.
    if (context.languageSource === 'content' || context.languageSource === 'default') return
    const {language, outline} = context
    // Words copied from the source (names, commands, English left behind)
    // say nothing about the language the translation is written in.
    const copied = new Set(context.source ? context.source.outline.units.flatMap((unit) => unit.words.map((word) => word.value.toLowerCase())) : [])
    const words = outline.units.flatMap((unit) => unit.words)
      .filter((word) => !word.literal && !word.quoted && !context.isProtected(word.start, word.end) && !copied.has(word.value.toLowerCase()))
      .map((word) => word.value)
    const prose = words.join(' ')
    const counts = scriptCounts(prose)
    let letters = 0
    for (const count of counts.values()) letters += count
    if (letters < 40) return
    const first = outline.units[0]
    if (!first) return
    const place = {start: first.start, end: first.sentences[0]?.end ?? first.end}

    const allowed = [language.script, ...(language.alsoWrittenIn ?? [])].flatMap(expandScript)
    const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
    const allowedLetters = allowed.reduce((sum, script) => sum + (counts.get(script) ?? 0), 0)
    if (!allowed.includes(dominant) && allowedLetters < letters / 2) {
      context.report({
        reason: `Expected ${language.name} in ${SCRIPT_NAMES[language.script] ?? language.script} script, found ${SCRIPT_NAMES[dominant] ?? dominant} script`,
        ...place
      })
      return
    }

    // Identification needs a paragraph or so to be reliable, and a model of
    // the language in the script it is written in (franc knows Kazakh in
    // Cyrillic only: in Latin letters it looks like Turkish).
    if (letters < MIN_LETTERS_TO_IDENTIFY || !expandScript(language.script).includes(dominant) || !(await identifiable(language))) return
    // Identify the words in the main script only, and sample the beginning,
    // the middle and the end: franc reads 2048 characters at most.
    const main = words.filter((word) => scriptRuns(word).every((run) => run.script === dominant || run.script === 'Zyyy')).join(' ')
    const samples = main.length <= 2048 ? [main] : [main.slice(0, 2048), main.slice(main.length / 2 - 1024, main.length / 2 + 1024), main.slice(-2048)]
    const totals = new Map<string, number>()
    for (const sample of samples) {
      for (const [code, score] of identify(sample, dominant).scores) totals.set(code, (totals.get(code) ?? 0) + score)
    }
    const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1])
    const best = ranked[0]
    if (!best || !distinguishable(best[0], language.franc)) return
    const declared = totals.get(language.franc)
    // Close calls between related languages are not reported.
    if (declared !== undefined && declared >= best[1] * 0.985) return
    const found = fromFranc(best[0])
    context.report({
      reason: `Expected ${language.name}, found ${found?.name ?? best[0]} (language identification)`,
      ...place,
      expected: [language.tag],
      note: `franc scores: ${ranked.slice(0, 3).map(([code, score]) => `${code} ${(score / samples.length).toFixed(3)}`).join(', ')}${declared === undefined ? '' : `; ${language.franc} ${(declared / samples.length).toFixed(3)}`}`
    })
  }
})
