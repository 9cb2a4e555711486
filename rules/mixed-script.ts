import {defineRule} from '../src/lint/rule.js'
import {scriptRuns, expandScript, lookalikeOf, SCRIPT_NAMES, type ScriptRun} from '../src/text/scripts.js'
import {isHyphen, splitHyphens} from '../src/text/hyphens.js'

/**
 * Look-alike letters of another script: a Latin `a` or `o` inside a Cyrillic
 * word, a Cyrillic `а` inside a Latin word, or a whole word typed in the
 * look-alike letters of the wrong script (`ако` typed as Latin `ako` in a
 * Serbian Cyrillic text). They pass every eye and every review, but break
 * search, spelling, hyphenation and screen readers.
 *
 * - Within a word (each part of a hyphenated word on its own, whatever the
 *   hyphen: `-`, `‐`, `‑`, a soft hyphen, …), letters of
 *   two of the confusable scripts (Latin, Cyrillic, Greek) are reported,
 *   with the word in one script as the expected form.
 * - A word wholly in another confusable script is reported when every
 *   letter is a look-alike of the language's own script and the converted
 *   word is a word of the language (its dictionary knows it), or a single
 *   lower-case letter standing alone. Other foreign-script words are names, code or left-behind text:
 *   `untranslated` reports the latter.
 * - Scripts that are mixed by nature (Japanese kana and kanji, Latin next to
 *   Han or Hangul in text without spaces) are never reported.
 * - A document mostly in another script is one `wrong-language` finding, not
 *   a finding per word.
 */
export default defineRule({
  id: 'mixed-script',
  description: 'Words use one script, the one the language is written in.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'Cyrillic throughout, with a Latin name and a hyphenated term',
      lang: 'sr',
      translation: 'Удружење IWCA подржава B-стабла и центре за писање.\n',
      messages: []
    },
    {
      title: 'A hyphenated term with U+2010 HYPHEN, each part in its own script',
      lang: 'sr',
      translation: 'Удружење подржава B\u2010стабла и центре за писање.\n',
      messages: []
    },
    {
      title: 'A Cyrillic letter after a hyphen is part of a term, not a word of its own',
      lang: 'ca',
      translation: 'Donar suport als tutors del grup \u2010а.\n',
      messages: []
    },
    {
      title: 'Latin look-alikes inside a Cyrillic word',
      lang: 'sr',
      translation: 'Удружење пoдржава центре за писање.\n',
      messages: ['1:10: Unexpected `пoдржава` mixing Cyrillic and Latin letters, expected `подржава`']
    },
    {
      title: 'A Serbian word typed in Latin look-alikes',
      lang: 'sr',
      translation: 'Удружење подржава центре ako је потребно.\n',
      messages: ['1:26: Unexpected `ako` in Latin letters in a Serbian text (Cyrillic script), expected `ако`']
    },
    {
      title: 'A Cyrillic letter in a Catalan text',
      lang: 'ca',
      translation: 'Donar suport а tutors.\n',
      messages: ['1:14: Unexpected `а` in Cyrillic letters in a Catalan text (Latin script), expected `a`']
    }
  ],
  async check(context) {
    const expectedScripts = expandScript(context.language.script)
    const main = expectedScripts[0]!
    const name = (script: string): string => SCRIPT_NAMES[script] ?? script
    const speller = await context.resources.speller(context.language)

    // A document mostly in another script is one `wrong-language` finding.
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
        let offset = 0
        for (const segment of splitHyphens(word.value)) {
          const start = word.start + offset
          offset += segment.length + 1
          const runs = scriptRuns(segment).filter((run) => CONFUSABLE.has(run.script))
          if (runs.length === 0) continue
          const scripts = [...new Set(runs.map((run) => run.script))]

          if (scripts.length > 1) {
            // The word is meant to be in the language's script when it is
            // one of them; else in the script with more letters.
            const count = new Map<string, number>()
            for (const run of runs) count.set(run.script, (count.get(run.script) ?? 0) + (run.end - run.start))
            const intended = scripts.find((script) => expectedScripts.includes(script)) ?? [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0]
            const fixed = convert(segment, runs, intended)
            // Look-alike letters convert to one script (`курсовe`); a word
            // that does not is a foreign word with a suffix of the language
            // (Kazakh `gitпен`), written so on purpose.
            if (!fixed) continue
            const names = scripts.map(name)
            context.report({
              reason: `Unexpected \`${segment}\` mixing ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} letters${fixed ? `, expected \`${fixed}\`` : ''}`,
              start,
              end: start + segment.length,
              expected: fixed ? [fixed] : []
            })
            continue
          }

          const script = scripts[0]!
          if (expectedScripts.includes(script) || foreignDocument || !CONFUSABLE.has(main)) continue
          if (context.isProtected(start, start + segment.length)) continue
          const fixed = convert(segment, runs, main)
          if (!fixed) continue
          // A lone lower-case letter (`а` for `a`) is a word of its own:
          // a look-alike only when it is a glyph twin (`c` for `с`, not `k`
          // for `к`) standing between two words of the language (`c конца`),
          // never a variable (`hash(k, m)`, `индексу x`, `[работа x / проект y]`).
          const letters = [...segment].length
          const standalone = segment === word.value && !isHyphen(context.doc.text[word.end]) && !isHyphen(context.doc.text[word.start - 1])
          if (letters === 1) {
            // …and the letter it looks like is a word of the language (`с`, not `х`).
            if (!(standalone && TWINS.has(segment) && between(context, unit, word, expectedScripts) && (!speller || speller.correct(fixed)))) continue
          } else if (/^\p{Lu}+$/u.test(segment) || !(speller && speller.correct(fixed)) || !between(context, unit, word, expectedScripts)) {
            // An acronym in Latin letters (`API`, `OS X`) is a name, not look-alikes.
            continue
          }
          context.report({
            reason: `Unexpected \`${segment}\` in ${name(script)} letters in a ${context.language.name} text (${name(main)} script), expected \`${fixed}\``,
            start,
            end: start + segment.length,
            expected: [fixed]
          })
        }
      }
    }
  }
})

/** Letters drawn exactly like a letter of another script (Latin `c`, Cyrillic `с`). */
const TWINS = new Set(['a', 'c', 'e', 'i', 'o', 'p', 'x', 'y', 'а', 'с', 'е', 'і', 'о', 'р', 'х', 'у', 'ο', 'α'])

/**
 * Whether a word stands between two words of the language's script with only
 * spaces around it (`с конца` with a Latin `c`), not inside a formula, a
 * placeholder or an English title (`To`).
 */
function between(context: {doc: {text: string}}, unit: {words: Array<{value: string; start: number; end: number}>}, word: {start: number; end: number}, scripts: string[]): boolean {
  const index = unit.words.findIndex((candidate) => candidate.start === word.start)
  const before = unit.words[index - 1]
  const after = unit.words[index + 1]
  if (!before || !after) return false
  const text = context.doc.text
  if (!/^[ \t\u00a0]+$/.test(text.slice(before.end, word.start)) || !/^[ \t\u00a0]+$/.test(text.slice(word.end, after.start))) return false
  const own = (value: string): boolean => scriptRuns(value).some((run) => scripts.includes(run.script)) && scriptRuns(value).every((run) => scripts.includes(run.script) || !CONFUSABLE.has(run.script))
  return own(before.value) && own(after.value)
}

/** Scripts whose letters look alike. */
const CONFUSABLE = new Set(['Latn', 'Cyrl', 'Grek'])

/** The text with every letter of another script replaced by its look-alike. */
function convert(text: string, runs: ScriptRun[], to: string): string | undefined {
  let result = ''
  let offset = 0
  for (const run of runs) {
    result += text.slice(offset, run.start)
    const part = text.slice(run.start, run.end)
    if (run.script === to) {
      result += part
    } else {
      for (const char of part) {
        const other = lookalikeOf(char, run.script, to)
        if (other === undefined) return undefined
        result += other
      }
    }
    offset = run.end
  }
  return result + text.slice(offset)
}
