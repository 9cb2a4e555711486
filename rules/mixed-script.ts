import {defineRule} from '../src/engine/rule.js'
import {scriptRuns, expandScript, lookalikeOf, SCRIPT_NAMES} from '../src/text/scripts.js'

/**
 * Words that mix writing systems (a Latin `a` or `o` inside a Cyrillic word,
 * a Cyrillic `а` inside a Latin word) and words in a script the language does
 * not use. Look-alike letters pass every eye and every review, but break
 * search, spelling and screen readers.
 *
 * In a language written in another script than Latin, capitalised Latin
 * words and acronyms (names, brands, `IWCA`) are accepted, unless every letter
 * is a look-alike of the language's own script.
 */
export default defineRule({
  id: 'mixed-script',
  description: 'Words use one script, the one the language is written in.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Cyrillic throughout, with a Latin name',
      lang: 'sr',
      translation: 'Удружење IWCA подржава центре за писање.\n',
      messages: []
    },
    {
      title: 'Latin look-alikes inside a Cyrillic word',
      lang: 'sr',
      translation: 'Удружење пoдржава центре за писање.\n',
      messages: ['1:10: Unexpected `пoдржава` mixing Cyrillic and Latin letters, expected `подржава`']
    },
    {
      title: 'A Cyrillic letter in a Catalan text',
      lang: 'ca',
      translation: 'Donar suport а tutors.\n',
      messages: ['1:14: Unexpected `а` in Cyrillic script in a Catalan text (Latin script), expected `a`']
    }
  ],
  check(context) {
    const expectedScripts = expandScript(context.language.script)
    const main = expectedScripts[0]!
    const name = (script: string): string => SCRIPT_NAMES[script] ?? script
    // A document mostly in another script is one `wrong-language` finding,
    // not one finding per word: then only words mixing scripts are reported.
    const letters = new Map<string, number>()
    for (const unit of context.outline.units) {
      for (const word of unit.words) {
        if (word.literal) continue
        for (const run of scriptRuns(word.value)) letters.set(run.script, (letters.get(run.script) ?? 0) + run.end - run.start)
      }
    }
    let total = 0
    let own = 0
    for (const [script, count] of letters) {
      total += count
      if (expectedScripts.includes(script)) own += count
    }
    const foreignDocument = own < total / 2

    for (const unit of context.outline.units) {
      for (const word of unit.words) {
        if (word.literal) continue
        const runs = scriptRuns(word.value).filter((run) => run.script !== 'Zyyy')
        if (runs.length === 0) continue
        const scripts = [...new Set(runs.map((run) => run.script))]

        if (scripts.length > 1) {
          // Which script is the word meant to be in? The language's, when it
          // is one of them; else the one with more letters.
          const letters = new Map<string, number>()
          for (const run of runs) letters.set(run.script, (letters.get(run.script) ?? 0) + (run.end - run.start))
          const intended = scripts.find((script) => expectedScripts.includes(script)) ??
            [...letters.entries()].sort((a, b) => b[1] - a[1])[0]![0]
          const fixed = convert(word.value, runs, intended)
          if (context.isProtected(word.start, word.end) && !fixed) continue
          const names = scripts.map(name)
          context.report({
            reason: `Unexpected \`${word.value}\` mixing ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} letters${fixed ? `, expected \`${fixed}\`` : ''}`,
            start: word.start,
            end: word.end,
            expected: fixed ? [fixed] : []
          })
          continue
        }

        const script = scripts[0]!
        if (expectedScripts.includes(script) || foreignDocument) continue
        if (context.isProtected(word.start, word.end)) continue
        const fixed = convert(word.value, runs, main)
        // Acronyms and names in Latin letters are at home in any script,
        // unless a name is made only of look-alikes of the expected script.
        if (script === 'Latn' && main !== 'Latn') {
          if (/^\p{Lu}{2,}$/u.test(word.value)) continue
          if (/^\p{Lu}/u.test(word.value) && !fixed) continue
        }
        context.report({
          reason: `Unexpected \`${word.value}\` in ${name(script)} script in a ${context.language.name} text (${name(main)} script)${fixed ? `, expected \`${fixed}\`` : ''}`,
          start: word.start,
          end: word.end,
          expected: fixed ? [fixed] : []
        })
      }
    }
  }
})

/** The word with every letter of another script replaced by its look-alike. */
function convert(word: string, runs: ReturnType<typeof scriptRuns>, to: string): string | undefined {
  let result = ''
  let offset = 0
  for (const run of runs) {
    result += word.slice(offset, run.start)
    const text = word.slice(run.start, run.end)
    if (run.script === to) {
      result += text
    } else {
      for (const char of text) {
        const other = lookalikeOf(char, run.script, to)
        if (other === undefined) return undefined
        result += other
      }
    }
    offset = run.end
  }
  return result + word.slice(offset)
}
