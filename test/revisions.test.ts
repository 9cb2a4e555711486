/**
 * Comparing two versions of one document (src/compare/revisions.ts): which
 * units were added, removed and changed, where, and that it stays exact and
 * fast on documents of a few hundred units and graceful on huge ones.
 */
import {describe, it, expect} from 'vitest'
import fc from 'fast-check'
import {parse, outline, type Format, type Outline} from '../src/document/index.js'
import {diffOutlines, commonPairs, unitText, similarity, type Revision} from '../src/compare/revisions.js'

const tree = (text: string, format: Format = 'markdown'): Outline => outline(parse(text, format))

/** A change as `type kind: text` (`changed` with both texts). */
function describeChange(change: Revision): string {
  if (change.type === 'added') return `added ${change.current.kind}: ${change.current.text}`
  if (change.type === 'removed') return `removed ${change.previous.kind}: ${change.previous.text}`
  return `changed ${change.current.kind}: ${change.previous.text} → ${change.current.text}`
}
const changes = (before: string, after: string, format: Format = 'markdown'): string[] =>
  diffOutlines(tree(before, format), tree(after, format)).changes.map(describeChange)

describe('unitText', () => {
  it('sets aside whitespace, case and Markdown emphasis, not words or punctuation', () => {
    expect(unitText('  The  *Association*\n supports `writing` __centers__. ')).toBe('the association supports writing centers.')
    expect(unitText('snake_case stays')).toBe('snake_case stays')
    expect(unitText('It ends here.')).not.toBe(unitText('It ends here!'))
  })
})

describe('similarity', () => {
  const [a, b, c, d] = tree('It holds a conference every year.\n\nEvery year it holds a conference for its members.\n\nThe journal publishes research on tutoring.\n\n- It holds a conference every year.\n').units
  it('is the share of words in common, 0 across kinds', () => {
    expect(similarity(a!, a!)).toBe(1)
    expect(similarity(a!, b!)).toBeGreaterThan(0.5)
    expect(similarity(a!, c!)).toBeLessThan(0.3)
    expect(similarity(a!, d!)).toBe(0)
  })
  it('weighs letters too in short units (a corrected word)', () => {
    const [x, y] = tree('# Memebrs\n\n# Members\n').units
    expect(similarity(x!, y!)).toBeGreaterThanOrEqual(0.5)
  })
})

describe('diffOutlines', () => {
  const base = '# Mission\n\nThe association supports writing centers.\n\nIt was founded in 1983.\n\n- Supporting tutors.\n- Listening to members.\n'

  it('finds nothing between a document and itself, or a reflowed copy', () => {
    expect(changes(base, base)).toEqual([])
    const reflowed = '# Mission\n\nThe association supports\nwriting centers.\n\nIt was *founded* in 1983.\n\n* Supporting tutors.\n* Listening   to members.\n'
    expect(changes(base, reflowed)).toEqual([])
    expect(diffOutlines(tree(base), tree(reflowed)).unchanged).toBe(5)
  })

  it('finds added, removed and changed paragraphs, list items and headings', () => {
    expect(changes(base, base.replace('It was founded in 1983.\n\n', 'It was founded in 1983.\n\nEvery year it holds a conference.\n\n'))).toEqual(['added paragraph: Every year it holds a conference.'])
    expect(changes(base, base.replace('It was founded in 1983.\n\n', ''))).toEqual(['removed paragraph: It was founded in 1983.'])
    expect(changes(base, base.replace('in 1983.', 'in 1983 in Chicago.'))).toEqual(['changed paragraph: It was founded in 1983. → It was founded in 1983 in Chicago.'])
    expect(changes(base, base.replace('- Listening', '- Publishing a journal.\n- Listening'))).toEqual(['added item: Publishing a journal.'])
    expect(changes(base, base.replace('- Supporting tutors.\n', ''))).toEqual(['removed item: Supporting tutors.'])
    expect(changes(base, base.replace('Listening to members.', 'Listening to all members.'))).toEqual(['changed item: Listening to members. → Listening to all members.'])
    expect(changes(base, base.replace('# Mission', '# Our mission'))).toEqual(['changed heading: Mission → Our mission'])
    expect(changes(base, `# Goals\n\n${base}`)).toEqual(['added heading: Goals'])
  })

  it('takes a unit replaced by an unlike one, or one of another kind, as removed and added', () => {
    expect(changes(base, base.replace('It was founded in 1983.', 'Membership is open to everyone who tutors.'))).toEqual([
      'removed paragraph: It was founded in 1983.',
      'added paragraph: Membership is open to everyone who tutors.'
    ])
    expect(changes(base, base.replace('It was founded in 1983.', '- It was founded in 1983.'))).toEqual([
      'removed paragraph: It was founded in 1983.',
      'added item: It was founded in 1983.'
    ])
  })

  it('pairs the most alike units where several changed in one place, in order', () => {
    const before = 'One.\n\nThe association supports writing centers.\n\nIt was founded in 1983.\n\nEnd.\n'
    expect(changes(before, 'One.\n\nA wholly new paragraph about nothing else.\n\nThe association supports many writing centers.\n\nIt was founded in 1983 in Chicago.\n\nEnd.\n')).toEqual([
      'added paragraph: A wholly new paragraph about nothing else.',
      'changed paragraph: The association supports writing centers. → The association supports many writing centers.',
      'changed paragraph: It was founded in 1983. → It was founded in 1983 in Chicago.'
    ])
    // Swapped and changed: only one of the two can keep its place; the most alike pair does.
    expect(changes(before, 'One.\n\nIt was founded in 1983 in Chicago.\n\nThe association supports many writing centers.\n\nEnd.\n')).toEqual([
      'added paragraph: It was founded in 1983 in Chicago.',
      'changed paragraph: The association supports writing centers. → The association supports many writing centers.',
      'removed paragraph: It was founded in 1983.'
    ])
  })

  it('says where added and removed units are: their neighbours that were there before', () => {
    const before = 'A first paragraph.\n\nA second paragraph.\n\nA third paragraph.\n'
    const after = 'A new start.\n\nA first paragraph.\n\nA third paragraph.\n\nNew one.\n\nNew two.\n'
    const result = diffOutlines(tree(before), tree(after))
    const where = result.changes.map((change) => change.type === 'changed' ? '' : `${change.type} ${change.preceding?.text ?? '^'} | ${change.following?.text ?? '$'}`)
    expect(where).toEqual([
      'added ^ | A first paragraph.',
      'removed A first paragraph. | A third paragraph.',
      'added A third paragraph. | $',
      'added A third paragraph. | $'
    ])
    expect(result.exact).toBe(true)
  })

  it('compares plain text as it compares Markdown', () => {
    expect(changes('Title\n\n• One.\n• Two.\n', 'Title\n\n• One.\n• Two.\n• Three.\n', 'text')).toEqual(['added item: Three.'])
  })

  it('stays fast on documents of hundreds of units', () => {
    const paragraphs = Array.from({length: 400}, (_, index) => `Paragraph ${index} says something about topic ${index % 17}.`)
    const before = paragraphs.join('\n\n')
    const after = paragraphs.filter((_, index) => index % 10 !== 3).map((text, index) => (index % 25 === 0 ? `${text} More.` : text)).join('\n\n')
    const [a, b] = [tree(before), tree(after)]
    const started = performance.now()
    const result = diffOutlines(a, b)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(result.exact).toBe(true)
    expect(result.changes.filter((change) => change.type === 'removed')).toHaveLength(40)
    expect(result.changes.filter((change) => change.type === 'changed').length).toBeGreaterThan(10)
  })
})

/** The length of a longest common subsequence, by the textbook table. */
function lcsLength(a: number[], b: number[]): number {
  const table = Array.from({length: a.length + 1}, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
  return table[0]![0]!
}

/** Whether pairs are a common subsequence: increasing on both sides, equal values. */
function isCommon(pairs: Array<[number, number]>, a: number[], b: number[]): boolean {
  return pairs.every(([i, j], index) => a[i] === b[j] && (index === 0 || (i > pairs[index - 1]![0] && j > pairs[index - 1]![1])))
}

describe('commonPairs', () => {
  const sequences = fc.array(fc.integer({min: 0, max: 6}), {maxLength: 30})
  it('is a longest common subsequence', () => {
    fc.assert(fc.property(sequences, sequences, (a, b) => {
      const state = {exact: true}
      const pairs = commonPairs(a, b, undefined, state)
      expect(isCommon(pairs, a, b)).toBe(true)
      expect(pairs).toHaveLength(lcsLength(a, b))
      expect(state.exact).toBe(true)
    }), {numRuns: 300, seed: 13})
  })
  it('past its table, is still a common subsequence, anchored on unique values, and says it is not exact', () => {
    fc.assert(fc.property(fc.array(fc.integer({min: 0, max: 60}), {maxLength: 60}), fc.array(fc.integer({min: 0, max: 60}), {maxLength: 60}), (a, b) => {
      const state = {exact: true}
      const pairs = commonPairs(a, b, 4, state)
      expect(isCommon(pairs, a, b)).toBe(true)
    }), {numRuns: 300, seed: 13})
    const state = {exact: true}
    const a = [1, 2, 3, 4, 5, 6, 7, 8]
    const b = [1, 9, 3, 4, 10, 6, 7, 8]
    expect(commonPairs(a, b, 2, state)).toEqual([[0, 0], [2, 2], [3, 3], [5, 5], [6, 6], [7, 7]])
    expect(state.exact).toBe(false)
  })
  it('handles huge sequences in little time and memory', () => {
    const a = Array.from({length: 60000}, (_, index) => index)
    const b = a.filter((value) => value % 97 !== 5).map((value) => (value % 1001 === 0 ? -value - 1 : value))
    const started = performance.now()
    const state = {exact: true}
    const pairs = commonPairs(a, b, undefined, state)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(state.exact).toBe(false)
    expect(isCommon(pairs, a, b)).toBe(true)
    expect(pairs.length).toBe(b.filter((value) => value >= 0).length)
  })
})

describe('properties', () => {
  const sentences = fc.constantFrom('The association supports writing centers.', 'It was founded in 1983.', 'Members meet every year.', 'Tutors help writers.', 'The journal is open.', 'Mission', 'Goals', 'Supporting tutors.')
  const block = fc.tuple(fc.constantFrom('', '# ', '- '), sentences, fc.constantFrom('', ' Again.', ' Now.'))
    .map(([mark, text, tail]) => `${mark}${text}${mark === '# ' ? '' : tail}`)
  const documents = fc.array(block, {maxLength: 25}).map((blocks) => tree(blocks.join('\n\n')))

  it('a document compared with itself has no change', () => {
    fc.assert(fc.property(documents, (document) => {
      const result = diffOutlines(document, document)
      expect(result.changes).toEqual([])
      expect(result.unchanged).toBe(document.units.length)
    }), {numRuns: 200, seed: 13})
  })

  it('added minus removed is the difference in units, and every unit is accounted for once', () => {
    fc.assert(fc.property(documents, documents, (before, after) => {
      const result = diffOutlines(before, after)
      const count = (type: Revision['type']): number => result.changes.filter((change) => change.type === type).length
      expect(count('added') - count('removed')).toBe(after.units.length - before.units.length)
      expect(result.unchanged + count('changed') + count('removed')).toBe(before.units.length)
      expect(result.unchanged + count('changed') + count('added')).toBe(after.units.length)
      for (const change of result.changes) if (change.type === 'changed') expect(change.previous.kind).toBe(change.current.kind)
    }), {numRuns: 200, seed: 13})
  })
})
