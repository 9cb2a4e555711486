import {defineRule, excerpt, type RuleContext} from '../src/engine/rule.js'
import type {NumberToken, Unit} from '../src/parse/index.js'

/**
 * Every number of the source (the founding year, counts, dates) appears in
 * the aligned part of the translation, and the translation adds none. Digits
 * of any numeral system count (`١٩٨٣` = `1983`); grouping and decimal marks
 * may follow the target language (`1,000` = `1.000` = `1 000`).
 */
export default defineRule({
  id: 'number-parity',
  description: 'Every number of the source appears in the translation, unchanged.',
  defaultSeverity: 'error',
  examples: [
    {
      title: 'The year survives, in any digits',
      lang: 'ar',
      source: 'The association was founded in 1983.\n',
      translation: 'تأسست الجمعية في عام ١٩٨٣.\n',
      messages: []
    },
    {
      title: 'A changed year',
      lang: 'ca',
      source: 'The association was founded in 1983.\n',
      translation: "L'associació es va fundar el 1938.\n",
      messages: ['1:30: Unexpected number `1938`, expected `1983` as in the source']
    },
    {
      title: 'Numbers swapped between paragraphs',
      lang: 'ca',
      source: 'We work in 12 countries.\n\nWe have 30 members.\n',
      translation: 'Treballem en 30 països.\n\nTenim 12 membres.\n',
      messages: [
        '1:14: Unexpected number `30`, expected `12` as in the source',
        '3:7: Unexpected number `12`, expected `30` as in the source'
      ]
    },
    {
      title: 'A year spelled out',
      lang: 'ca',
      source: 'The association was founded in 1983.\n',
      translation: "L'associació es va fundar el mil nou-cents vuitanta-tres.\n",
      messages: ['1:1: Expected the number `1983` here as in the source (`The association was founded in 1983.`), found none']
    }
  ],
  check(context) {
    const {source, alignment, outline} = context
    if (!source || !alignment) {
      checkExpected(context)
      return
    }
    const sourceValues = new Set(source.outline.units.flatMap((unit) => unit.numbers.map((number) => number.value)))
    const targetValues = new Set(outline.units.flatMap((unit) => unit.numbers.map((number) => number.value)))

    for (const kind of ['paragraph', 'item', 'heading'] as const) {
      const sourceUnits = kind === 'item' ? source.outline.items : kind === 'paragraph' ? source.outline.paragraphs : source.outline.headings
      const targetUnits = kind === 'item' ? outline.items : kind === 'paragraph' ? outline.paragraphs : outline.headings
      // Numbers may move between units only when units were lost, added,
      // merged or split; when every unit pairs up, each pair must agree.
      const restructured = alignment[kind].some((link) => link.kind !== 'match')
      for (const link of alignment[kind]) {
        const s = link.source.map((index) => sourceUnits[index]!)
        const t = link.target.map((index) => targetUnits[index]!)
        // Units without a counterpart are for the count rules, except that
        // an extra unit must not bring numbers of its own.
        if (t.length === 0) continue
        const expected = s.flatMap((unit) => unit.numbers)
        const found = t.flatMap((unit) => unit.numbers)
        const missing = difference(expected, found)
        const unexpected = difference(found, expected)

        for (const number of unexpected) {
          // A number the source has elsewhere moved: a structural matter.
          if (restructured && sourceValues.has(number.value) && s.length > 0) continue
          const replaced = missing.shift()
          context.report({
            reason: replaced
              ? `Unexpected number \`${number.raw}\`, expected \`${replaced.raw}\` as in the source`
              : `Unexpected number \`${number.raw}\`: the source has no such number here`,
            start: number.start,
            end: number.end,
            expected: replaced ? [replaced.raw] : []
          })
        }
        for (const number of missing) {
          // Present elsewhere in the translation: moved, not lost.
          if (restructured && targetValues.has(number.value) && !found.some((other) => other.value === number.value)) {
            const moved = countOf(outline.units, number.value) >= countOf(source.outline.units, number.value)
            if (moved) continue
          }
          const owner = s.find((unit) => unit.numbers.includes(number))!
          const place = placeFor(owner, number, t)
          context.report({
            reason: `Expected the number \`${number.raw}\` here as in the source (\`${excerpt(sentenceOf(owner, number), 60)}\`), found none`,
            start: place.start,
            end: place.end,
            expected: [number.raw],
            cause: {start: number.start, end: number.end, reason: 'number in the source'}
          })
        }
      }
    }
  }
})

/** Without a source: `expect.numbers` must each appear somewhere. */
function checkExpected(context: RuleContext<unknown>): void {
  const wanted = context.config.expect.numbers ?? []
  const present = new Set(context.outline.units.flatMap((unit) => unit.numbers.map((number) => number.value)))
  for (const value of wanted) {
    if (present.has(value)) continue
    context.report({
      reason: `Expected the number \`${value}\` (\`expect.numbers\`), found none`,
      start: 0,
      end: 0,
      expected: [value]
    })
  }
}

/** Tokens of `a` whose values are not matched one-for-one in `b`. */
function difference(a: NumberToken[], b: NumberToken[]): NumberToken[] {
  const pool = new Map<string, number>()
  for (const token of b) pool.set(token.value, (pool.get(token.value) ?? 0) + 1)
  const result: NumberToken[] = []
  for (const token of a) {
    const left = pool.get(token.value) ?? 0
    if (left > 0) pool.set(token.value, left - 1)
    else result.push(token)
  }
  return result
}

function countOf(units: Unit[], value: string): number {
  let count = 0
  for (const unit of units) for (const number of unit.numbers) if (number.value === value) count++
  return count
}

function sentenceOf(unit: Unit, number: NumberToken): string {
  const sentence = unit.sentences.find((candidate) => number.start >= candidate.start && number.end <= candidate.end)
  return sentence ? unit.text.slice(sentence.start - unit.start, sentence.end - unit.start) : unit.text
}

/**
 * Where a missing number belongs in the translation: the sentence with the
 * same index as the source's sentence when the counts agree, else the unit.
 */
function placeFor(owner: Unit, number: NumberToken, targets: Unit[]): {start: number; end: number} {
  const target = targets[0]!
  const index = owner.sentences.findIndex((candidate) => number.start >= candidate.start && number.end <= candidate.end)
  if (targets.length === 1 && owner.sentences.length === target.sentences.length && index !== -1) {
    const sentence = target.sentences[index]!
    return {start: sentence.start, end: sentence.end}
  }
  return {start: target.start, end: target.end}
}
