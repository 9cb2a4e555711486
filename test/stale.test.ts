/**
 * The `stale` rule, through the engine with a history (the rule's examples
 * have none): what changed in the source since the translation's base,
 * each change where it belongs in the translation, the commit range, the
 * base's note, the summary past 10 changes and formatting-only changes.
 */
import {describe, it, expect} from 'vitest'
import {lintText, prepareSource, type HistoryInput} from '../src/lint/engine.js'
import {toResolved, resourcesFor} from '../src/run/setup.js'
import type {Config} from '../src/config/schema.js'
import type {Format} from '../src/document/index.js'
import type {LintMessage} from '../src/lint/messages.js'
import stale, {rangeText} from '../rules/stale.js'
import {rules} from '../rules/index.js'
import {brief, textAt} from './helpers.js'

const BASE = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b'
const HEAD = '5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e'
const HEADLINE = 'The source changed since this translation was updated (1a2b3c4..5d6e7f8, 1 commit)'

interface Case {
  previous: string
  source: string
  translation: string
  history?: Partial<Omit<HistoryInput, 'previousText'>> | null
  config?: Config
  format?: Format
  /** Run every rule, not only `stale`. */
  all?: boolean
}

async function lint(input: Case): Promise<LintMessage[]> {
  const config = toResolved(input.config, process.cwd())
  const format = input.format ?? 'text'
  const result = await lintText({
    text: input.translation,
    // The engine parses the source at the base by the path's format.
    path: format === 'markdown' ? 'ca/about.md' : 'ca/about.txt',
    format,
    lang: 'ca',
    source: prepareSource(input.source, {language: 'en', format}),
    ...(input.history === null ? {} : {history: {previousText: input.previous, base: BASE, baseFrom: 'git' as const, head: HEAD, commits: 1, ...input.history}}),
    config,
    rules: input.all ? rules : [stale],
    resources: resourcesFor(config)
  })
  const own = result.messages.filter((message) => message.ruleId === 'stale')
  for (const message of own) if (message.actual !== undefined) expect(textAt(input.translation, message)).toBe(message.actual)
  return own
}

const briefs = async (input: Case): Promise<string[]> => (await lint(input)).map(brief)

const PREVIOUS = 'IWCA\n\nThe association supports writing centers.\n\nIt was founded in 1983.\n'
const TRANSLATION = "IWCA\n\nL'associació dona suport als centres d'escriptura.\n\nEs va fundar el 1983.\n"

describe('stale: paragraphs', () => {
  it('names an added paragraph after the translation of the one it follows, with the range, cause, expected and note', async () => {
    const source = `${PREVIOUS}\nEvery year it holds a conference for its members.\n`
    const [message, ...rest] = await lint({previous: PREVIOUS, source, translation: TRANSLATION})
    expect(rest).toEqual([])
    expect(brief(message!)).toBe(`5:22: ${HEADLINE}: a paragraph was added after paragraph 3: \`Every year it holds a conference for its members.\``)
    expect(message).toMatchObject({severity: 'warning', line: 5, column: 22, endLine: 5, endColumn: 22, expected: ['Every year it holds a conference for its members.']})
    expect(message!.actual).toBeUndefined()
    expect(message!.cause).toMatchObject({line: 7, column: 1, endLine: 7, endColumn: 50, reason: 'the paragraph added to the source'})
    expect(message!.note).toBe('The base 1a2b3c4 is the last commit that changed this translation: commit the translation once it follows the source again, or set `l10n.sourceCommit` in its front matter to 5d6e7f8.')
  })

  it('names a changed paragraph at its translation, from a little before the change, the new text in the note', async () => {
    const previous = 'IWCA\n\nThe association supports writing centers in many countries of the world.\n'
    const source = 'IWCA\n\nThe association supports writing centers in many countries of Europe and Asia.\n'
    const translation = "IWCA\n\nL'associació dona suport als centres d'escriptura de molts països del món.\n"
    const [message, ...rest] = await lint({previous, source, translation})
    expect(rest).toEqual([])
    expect(brief(message!)).toBe(`3:1: ${HEADLINE}: paragraph 2 was changed: \`…countries of Europe and Asia.\``)
    expect(message!.actual).toBe("L'associació dona suport als centres d'escriptura de molts països del món.")
    expect(message!.expected).toBeUndefined()
    expect(message!.note).toMatch(/^Now in the source: `The association supports writing centers in many countries of Europe and Asia\.`\. The base 1a2b3c4/)
    expect(message!.cause).toMatchObject({line: 3, column: 1, reason: 'the paragraph as the source has it now'})
  })

  it('names a removed paragraph at the translation that has no source any more', async () => {
    const source = 'IWCA\n\nIt was founded in 1983.\n'
    const [message, ...rest] = await lint({previous: PREVIOUS, source, translation: TRANSLATION})
    expect(rest).toEqual([])
    expect(brief(message!)).toBe(`3:1: ${HEADLINE}: a paragraph was removed after paragraph 1: \`The association supports writing centers.\``)
    expect(message!.actual).toBe("L'associació dona suport als centres d'escriptura.")
    expect(message!.expected).toBeUndefined()
    expect(message!.cause).toMatchObject({line: 1, column: 1, endLine: 1, endColumn: 5, reason: 'a paragraph was removed from the source after this paragraph'})
  })

  it('names a removed paragraph the translation lacks too after the translation of the one it followed', async () => {
    const source = 'IWCA\n\nIt was founded in 1983.\n'
    const translation = 'IWCA\n\nEs va fundar el 1983.\n'
    expect(await briefs({previous: PREVIOUS, source, translation})).toEqual([`1:5: ${HEADLINE}: a paragraph was removed after paragraph 1: \`The association supports writing centers.\``])
  })

  it('names a changed paragraph the translation lacks where it belongs, the new text as expected', async () => {
    const source = 'IWCA\n\nThe association supports writing centers.\n\nIt was founded in 1983 in Chicago.\n'
    const translation = "IWCA\n\nL'associació dona suport als centres d'escriptura.\n"
    const [message, ...rest] = await lint({previous: PREVIOUS, source, translation})
    expect(rest).toEqual([])
    expect(brief(message!)).toBe(`3:51: ${HEADLINE}: paragraph 3 was changed: \`It was founded in 1983 in Chicago.\``)
    expect(message!.expected).toEqual(['It was founded in 1983 in Chicago.'])
    expect(message!.cause).toMatchObject({line: 5, column: 1, endColumn: 35})
  })

  it('names the neighbour that follows a paragraph removed at the start', async () => {
    const source = 'The association supports writing centers.\n\nIt was founded in 1983.\n'
    const translation = "L'associació dona suport als centres d'escriptura.\n\nEs va fundar el 1983.\n"
    const [message] = await lint({previous: PREVIOUS, source, translation})
    expect(brief(message!)).toBe(`1:1: ${HEADLINE}: a paragraph was removed at the start: \`IWCA\``)
    expect(message!.cause).toMatchObject({line: 1, column: 1, reason: 'a paragraph was removed from the source before this paragraph'})
  })

  it('takes an unlike paragraph in the place of another as one removed and one added', async () => {
    const source = 'IWCA\n\nThe association supports writing centers.\n\nMembership is open to everyone who tutors.\n'
    expect(await briefs({previous: PREVIOUS, source, translation: TRANSLATION})).toEqual([
      `3:51: ${HEADLINE}: a paragraph was added after paragraph 2: \`Membership is open to everyone who tutors.\``,
      `5:1: ${HEADLINE}: a paragraph was removed after paragraph 2: \`It was founded in 1983.\``
    ])
  })
})

describe('stale: list items and headings', () => {
  const previous = '# Mission\n\nIWCA is committed to:\n\n- Supporting tutors.\n- Listening to members.\n'
  const translation = '# Missió\n\nIWCA es compromet a:\n\n- Donar suport als tutors.\n- Escoltar els membres.\n'

  it('names added, changed and removed list items', async () => {
    expect(await briefs({previous, translation, format: 'markdown', source: previous.replace('- Listening', '- Publishing a journal every year.\n- Listening')})).toEqual([
      `5:27: ${HEADLINE}: a list item was added after list item 1: \`Publishing a journal every year.\``
    ])
    expect(await briefs({previous, translation, format: 'markdown', source: previous.replace('Listening to members.', 'Listening to all members.')})).toEqual([
      `6:3: ${HEADLINE}: list item 2 was changed: \`Listening to all members.\``
    ])
    const [removed] = await lint({previous, translation, format: 'markdown', source: previous.replace('- Supporting tutors.\n', '')})
    expect(brief(removed!)).toBe(`5:3: ${HEADLINE}: a list item was removed after paragraph 1: \`Supporting tutors.\``)
    expect(removed!.actual).toBe('Donar suport als tutors.')
    expect(removed!.cause).toMatchObject({line: 3, reason: 'a list item was removed from the source after this paragraph'})
  })

  it('names headings changed and added, one at the start of the document', async () => {
    expect(await briefs({previous, translation, format: 'markdown', source: previous.replace('# Mission', '# Our mission')})).toEqual([
      `1:3: ${HEADLINE}: heading 1 was changed: \`Our mission\``
    ])
    const [added] = await lint({previous, translation, format: 'markdown', source: `# About IWCA\n\n${previous}`})
    expect(brief(added!)).toBe(`1:1: ${HEADLINE}: a heading was added at the start: \`About IWCA\``)
    expect(added!.expected).toEqual(['About IWCA'])
    expect(added!.cause).toMatchObject({line: 1, column: 3, endColumn: 13})
  })

  it('reads a translation with front matter, whose base it names', async () => {
    const withBase = `---\nl10n:\n  sourceCommit: 1a2b3c4\n---\n\n${translation}`
    const [message, ...rest] = await lint({previous, translation: withBase, format: 'markdown', history: {baseFrom: 'front-matter'}, source: previous.replace('Listening to members.', 'Listening to all members.')})
    expect(rest).toEqual([])
    expect(brief(message!)).toBe(`11:3: ${HEADLINE}: list item 2 was changed: \`Listening to all members.\``)
    expect(message!.actual).toBe('Escoltar els membres.')
    expect(message!.note).toContain('comes from `l10n.sourceCommit` in the translation\'s front matter')
  })

  it('calls the units what the config calls them', async () => {
    const config: Config = {names: {listItem: 'commitment'}}
    expect(await briefs({previous, translation, format: 'markdown', config, source: previous.replace('- Listening', '- Publishing a journal every year.\n- Listening')})).toEqual([
      `5:27: ${HEADLINE}: a commitment was added after commitment 1: \`Publishing a journal every year.\``
    ])
  })
})

describe('stale: the range and the base', () => {
  const source = `${PREVIOUS}\nEvery year it holds a conference for its members.\n`
  const reasonWith = async (history: Case['history'], config?: Config): Promise<LintMessage> =>
    (await lint({previous: PREVIOUS, source, translation: TRANSLATION, history, ...(config ? {config} : {})}))[0]!

  it('names the commits, or the uncommitted changes', async () => {
    expect((await reasonWith({commits: 3})).reason).toMatch(/^The source changed since this translation was updated \(1a2b3c4\.\.5d6e7f8, 3 commits\): /)
    expect((await reasonWith({head: null, commits: 0})).reason).toMatch(/^The source changed since this translation was updated \(1a2b3c4\.\.working tree, uncommitted changes\): /)
    expect((await reasonWith({head: null, commits: 2})).reason).toMatch(/\(1a2b3c4\.\.working tree, 2 commits and uncommitted changes\): /)
    expect(rangeText({base: 'v1.0', head: HEAD, commits: 1})).toBe('v1.0..5d6e7f8, 1 commit')
  })

  it('says where the base comes from and what to set it to', async () => {
    expect((await reasonWith({baseFrom: 'front-matter'})).note).toBe('The base 1a2b3c4 comes from `l10n.sourceCommit` in the translation\'s front matter: once the translation follows the source again, set it to 5d6e7f8.')
    expect((await reasonWith({baseFrom: 'front-matter', head: null, commits: 0})).note).toBe('The base 1a2b3c4 comes from `l10n.sourceCommit` in the translation\'s front matter: once the translation follows the source again, set it to the commit of the source change.')
    const keyed = await reasonWith({baseFrom: 'front-matter'}, {rules: {stale: ['warning', {key: 'translation.from'}]}})
    expect(keyed.note).toContain('`translation.from` in the translation\'s front matter')
  })

  it('takes its severity from the config, and validates its options', async () => {
    expect((await reasonWith({}, {rules: {stale: 'error'}})).severity).toBe('error')
    expect(await lint({previous: PREVIOUS, source, translation: TRANSLATION, config: {rules: {stale: 'off'}}})).toEqual([])
    expect(() => toResolved({rules: {stale: ['warning', {key: ''}]}}, process.cwd())).toThrow()
    expect(() => toResolved({rules: {stale: ['warning', {other: 1}]}} as unknown as Config, process.cwd())).toThrow()
  })
})

describe('stale: many changes, formatting, no history', () => {
  it('names the first 10 changes and counts the rest in one message', async () => {
    const items = (count: number, from = 0): string => Array.from({length: count}, (_, index) => `• Commitment number ${from + index} of the association.`).join('\n')
    const previous = `IWCA is committed to:\n\n${items(2)}\n\nThe end.\n`
    const source = `A new opening.\n\nIWCA is committed to:\n\n${items(14)}\n\nThe end, revised at last.\n\nA new closing.\n`
    const translation = 'IWCA es compromet a:\n\n• Compromís número 0 de l\'associació.\n• Compromís número 1 de l\'associació.\n\nLa fi.\n'
    const messages = await lint({previous, source, translation})
    expect(messages).toHaveLength(11)
    expect(messages.slice(0, 10).every((message) => message.reason.startsWith(`${HEADLINE}: `))).toBe(true)
    const reasons = messages.map((message) => message.reason.slice(HEADLINE.length + 2))
    expect(reasons[0]).toBe('a paragraph was added at the start: `A new opening.`')
    expect(reasons).toContain('a list item was added after list item 2: `Commitment number 2 of the association.`')
    expect(reasons).toContain('a list item was added after list item 3: `Commitment number 3 of the association.`')
    expect(reasons).toContain('5 more changes (3 list items added, 1 paragraph changed, 1 paragraph added)')
    expect(reasons.filter((reason) => reason.startsWith('a list item was added'))).toHaveLength(9)
    // The summary is where the first change it counts belongs.
    const summary = messages.find((message) => message.reason.includes(': 5 more changes'))!
    expect(brief(summary).startsWith('4:38: ')).toBe(true)
    expect(summary.note).toMatch(/^The base 1a2b3c4/)
  })

  it('says once, at the start, when only the formatting changed', async () => {
    const previous = '# Mission\n\nThe association supports writing centers\nin many countries.\n\n- Supporting *tutors*.\n'
    const source = '# Mission\n\nThe association supports writing centers in many countries.\n\n* Supporting _tutors_.\n'
    const translation = "# Missió\n\nL'associació dona suport als centres d'escriptura de molts països.\n\n- Donar suport als tutors.\n"
    const messages = await lint({previous, source, translation, format: 'markdown'})
    expect(messages.map(brief)).toEqual([`1:1: ${HEADLINE}: only its formatting changed (whitespace, line breaks, emphasis), not its text`])
    expect(messages[0]!.severity).toBe('info')
    expect(messages[0]!.note).toContain('set `l10n.sourceCommit` in its front matter to 5d6e7f8')
  })

  it('reports nothing without a history (an up-to-date translation), nor without a source', async () => {
    const source = `${PREVIOUS}\nEvery year it holds a conference for its members.\n`
    expect(await lint({previous: PREVIOUS, source, translation: TRANSLATION, history: null})).toEqual([])
    const config = toResolved(undefined, process.cwd())
    const result = await lintText({text: TRANSLATION, lang: 'ca', history: {previousText: PREVIOUS, base: BASE, baseFrom: 'git', head: HEAD, commits: 1}, config, rules: [stale], resources: resourcesFor(config)})
    expect(result.messages).toEqual([])
  })

  it('runs with the other rules, which judge the translation against the source as it is now', async () => {
    const source = `${PREVIOUS}\nEvery year it holds a conference for its members.\n`
    const messages = await lint({previous: PREVIOUS, source, translation: TRANSLATION, all: true})
    expect(messages.map(brief)).toEqual([`5:22: ${HEADLINE}: a paragraph was added after paragraph 3: \`Every year it holds a conference for its members.\``])
  })
})
