import {z} from 'zod'
import {defineRule, excerpt, type Report, type RuleContext, type SourceHistory} from '../src/lint/rule.js'
import type {Unit} from '../src/document/index.js'
import type {UnitName} from '../src/config/schema.js'
import {diffOutlines, type Revision} from '../src/compare/revisions.js'

/**
 * The translation follows the source as it is now. In a git repository, a
 * translation is stale when its source changed after the translation was
 * last brought up to date; each change is named where it belongs in the
 * translation, so a translator sees exactly what to update.
 *
 * - **The base**, the source commit the translation follows: the one its
 *   YAML front matter names (`l10n.sourceCommit`, or the key set by `key`;
 *   a full or short hash), or else the last commit that touched the
 *   translation. The translation is stale when the source's text differs
 *   from its text at the base: changed by later commits, or by changes not
 *   committed yet. A translation without the key that has uncommitted
 *   changes of its own is being brought up to date: not stale.
 * - **What changed**: the source at the base and the source now are
 *   compared unit by unit (`src/compare/revisions.ts`): paragraphs, list
 *   items and headings added, removed and changed (a removed and an added
 *   unit of the same kind at the same place that share at least half
 *   their words). Whitespace, line breaks, case and Markdown emphasis are
 *   formatting: a source that changed only in those gets one `info`
 *   message at the start of the file, with nothing to translate.
 * - **Where**: one message per change, at the translation of a changed
 *   unit (the alignment of the translation with the source), right after
 *   the translation of the unit an added unit follows (or at the start), at
 *   the translation of a removed unit (a unit between its neighbours'
 *   translations that has no source any more), or else after the
 *   translation of the unit it followed. `cause` is the unit in the source
 *   (for a removed unit, its neighbour); the new source text is `expected`
 *   where the message marks a place, and in the note where it marks a
 *   translation; the note also says where the base comes from. Past 10
 *   changes, one more message counts the rest.
 * - **Up to date again**: set the key in the translation's front matter
 *   to the source commit you translated from, or, without the key, commit
 *   the updated translation after the source change:
 *
 *   ```markdown
 *   ---
 *   l10n:
 *     sourceCommit: 5d6e7f8
 *   ---
 *   ```
 * - **When it cannot tell**: without git, outside a repository, or in a
 *   shallow clone without the history needed (in GitHub Actions, check
 *   out with `fetch-depth: 0`), one `info` message says that staleness was
 *   not checked, and why; so does one for a file whose base cannot be used
 *   (a front matter value that is no commit of the repository, a source
 *   that did not exist at the base). A translation that is up to date, or
 *   that has no source, gets no message.
 *
 * For example, with `It was founded in 1983.` the source's last paragraph
 * at the base and `Every year it holds a conference for its members.`
 * added after it in the commit since, the Catalan translation that ends
 * with `Es va fundar el 1983.` (line 5) gets:
 *
 * ```text
 * 5:22: The source changed since this translation was updated (1a2b3c4..5d6e7f8, 1 commit): a paragraph was added after paragraph 3: `Every year it holds a conference for its members.`
 * ```
 */
const options = z.strictObject({
  key: z.string().min(1).default('l10n.sourceCommit').describe('The front matter key (a dotted path) that names the source commit a translation follows; read when the run looks up the history.')
})

type Options = z.infer<typeof options>

/** Changes named one by one; past them, one message counts the rest. */
const MAX_CHANGES = 10
/** Longest quote of a unit in a message. */
const QUOTE = 60
/** Longest new source text given to translate (`expected` or the note). */
const NEW_TEXT = 1000

type Kind = Unit['kind']

const GENERIC: Record<Kind, UnitName> = {
  item: {singular: 'list item', plural: 'list items'},
  paragraph: {singular: 'paragraph', plural: 'paragraphs'},
  heading: {singular: 'heading', plural: 'headings'}
}
const NAME_KEYS = {item: 'listItem', paragraph: 'paragraph', heading: 'heading'} as const

const short = (hash: string): string => (/^[\da-f]{8,}$/i.test(hash) ? hash.slice(0, 7) : hash)

/** `1a2b3c4..5d6e7f8, 2 commits`, or `1a2b3c4..working tree, uncommitted changes`. */
export function rangeText(history: Pick<SourceHistory, 'base' | 'head' | 'commits'>): string {
  const commits = `${history.commits} ${history.commits === 1 ? 'commit' : 'commits'}`
  if (history.head !== null) return `${short(history.base)}..${short(history.head)}, ${commits}`
  return `${short(history.base)}..working tree, ${history.commits > 0 ? `${commits} and uncommitted changes` : 'uncommitted changes'}`
}

export default defineRule<Options>({
  id: 'stale',
  description: 'The translation follows the latest version of its source (git history).',
  defaultSeverity: 'warning',
  needsSource: true,
  options,
  examples: [
    {
      title: 'A translation whose source did not change since it was translated',
      lang: 'ca',
      source: 'IWCA is committed to:\n\n• Supporting tutors.\n• Listening to members.\n',
      translation: 'IWCA es compromet a:\n\n• Donar suport als tutors.\n• Escoltar els membres.\n',
      messages: []
    },
    {
      title: 'A commitment changed in the source after the translation',
      lang: 'ca',
      previousSource: 'IWCA is committed to:\n\n• Supporting tutors.\n• Listening to members.\n',
      source: 'IWCA is committed to:\n\n• Supporting tutors.\n• Listening to members in every country.\n',
      translation: 'IWCA es compromet a:\n\n• Donar suport als tutors.\n• Escoltar els membres.\n',
      messages: ['4:3: The source changed since this translation was updated (1a2b3c4..5d6e7f8, 1 commit): list item 2 was changed: `Listening to members in every country.`']
    }
  ],
  check(context) {
    const history = context.history
    const source = context.source
    if (!history || !source) return
    const headline = `The source changed since this translation was updated (${rangeText(history)})`
    const note = baseNote(history, context.options.key)
    const {changes} = diffOutlines(history.previous.outline, source.outline)

    if (changes.length === 0) {
      context.report({
        reason: `${headline}: only its formatting changed (whitespace, line breaks, emphasis), not its text`,
        start: 0,
        end: 0,
        note,
        severity: 'info'
      })
      return
    }

    const place = placer(context, changes)
    const units = source.outline.units
    const position = new Map(units.map((unit, index) => [unit, index]))
    const noun = (kind: Kind): UnitName => context.config.names?.[NAME_KEYS[kind]] ?? GENERIC[kind]
    const a = (kind: Kind): string => `${/^[aeiou]/i.test(noun(kind).singular) ? 'an' : 'a'} ${noun(kind).singular}`
    const named = (unit: Unit): string => `${noun(unit.kind).singular} ${unit.index + 1}`
    const where = (neighbour: Unit | undefined): string => (neighbour ? `after ${named(neighbour)}` : 'at the start')

    for (const change of changes.slice(0, MAX_CHANGES)) {
      const at = place(change)
      let report: Report
      if (change.type === 'added') {
        const unit = change.current
        report = {
          // After the unit right before it now, added too or not: the order of a run of added units.
          reason: `${headline}: ${a(unit.kind)} was added ${where(units[position.get(unit)! - 1])}: \`${excerpt(unit.text, QUOTE)}\``,
          ...at,
          cause: {start: unit.start, end: unit.end, reason: `the ${noun(unit.kind).singular} added to the source`}
        }
      } else if (change.type === 'changed') {
        const unit = change.current
        report = {
          reason: `${headline}: ${named(unit)} was changed: \`${changedPart(change.previous, unit)}\``,
          ...at,
          cause: {start: unit.start, end: unit.end, reason: `the ${noun(unit.kind).singular} as the source has it now`}
        }
      } else {
        const unit = change.previous
        const neighbour = change.preceding ?? change.following
        report = {
          reason: `${headline}: ${a(unit.kind)} was removed ${where(change.preceding)}: \`${excerpt(unit.text, QUOTE)}\``,
          ...at,
          ...(neighbour ? {cause: {start: neighbour.start, end: neighbour.end, reason: `${a(unit.kind)} was removed from the source ${change.preceding ? 'after' : 'before'} this ${noun(neighbour.kind).singular}`}} : {})
        }
      }
      // The new source text, to translate: `expected` where nothing is
      // reported (editors offer `expected` as a replacement of the reported
      // text, and English is no replacement for a translation), else the note.
      const now = change.type === 'removed' ? undefined : excerpt(change.current.text, NEW_TEXT)
      if (now !== undefined && at.start === at.end) report.expected = [now]
      report.note = now !== undefined && at.start !== at.end ? `Now in the source: \`${now}\`. ${note}` : note
      context.report(report)
    }

    const rest = changes.slice(MAX_CHANGES)
    if (rest.length > 0) {
      const counts = new Map<string, number>()
      for (const change of rest) {
        const kind = change.type === 'removed' ? change.previous.kind : change.current.kind
        const key = `${kind} ${change.type}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
      const parts = [...counts].map(([key, count]) => {
        const [kind, type] = key.split(' ') as [Kind, Revision['type']]
        return `${count} ${count === 1 ? noun(kind).singular : noun(kind).plural} ${type}`
      })
      context.report({
        reason: `${headline}: ${rest.length} more ${rest.length === 1 ? 'change' : 'changes'} (${parts.join(', ')})`,
        ...place(rest[0]!),
        note
      })
    }
  }
})

/** Where the base comes from, and how to mark the translation as up to date. */
function baseNote(history: SourceHistory, key: string): string {
  const target = history.head === null ? 'the commit of the source change' : short(history.head)
  return history.baseFrom === 'front-matter'
    ? `The base ${short(history.base)} comes from \`${key}\` in the translation's front matter: once the translation follows the source again, set it to ${target}.`
    : `The base ${short(history.base)} is the last commit that changed this translation: commit the translation once it follows the source again, or set \`${key}\` in its front matter to ${target}.`
}

/** The new text of a changed unit, from a couple of words before its first change when that is far in. */
function changedPart(before: Unit, after: Unit): string {
  const words = after.words
  let first = 0
  while (first < words.length && first < before.words.length && words[first]!.value.toLowerCase() === before.words[first]!.value.toLowerCase()) first++
  // The whole text when the change shows in its excerpt.
  if (first < 2 || first >= words.length || words[first]!.end - after.start <= QUOTE - 8) return excerpt(after.text, QUOTE)
  return `…${excerpt(after.text.slice(words[first - 2]!.start - after.start), QUOTE)}`
}

/**
 * Where each change belongs in the translation: a changed unit at its
 * translation; an added unit right after the translation of the nearest
 * source unit before it that was there before; a removed unit at the
 * translation unit of its kind, between the translations of its
 * neighbours, that has no source any more, or else where an added unit
 * would be.
 */
function placer(context: RuleContext<Options>, changes: Revision[]): (change: Revision) => {start: number; end: number} {
  const units = context.source!.outline.units
  const alignment = context.alignment
  const targets = (unit: Unit): Unit[] => alignment?.targetOf(unit) ?? []
  const position = new Map(units.map((unit, index) => [unit, index]))
  const added = new Set(changes.flatMap((change) => (change.type === 'added' ? [change.current] : [])))

  /** The end of the translation of the nearest unit at `index` or before that was in the source before. */
  const after = (index: number): number => {
    for (let k = index; k >= 0; k--) {
      const unit = units[k]!
      if (added.has(unit)) continue
      const found = targets(unit)
      if (found.length > 0) return Math.max(...found.map((target) => target.end))
    }
    return 0
  }
  /** The start of the translation of the nearest unit at `index` or after that was in the source before. */
  const before = (index: number): number => {
    for (let k = index; k < units.length; k++) {
      const unit = units[k]!
      if (added.has(unit)) continue
      const found = targets(unit)
      if (found.length > 0) return Math.min(...found.map((target) => target.start))
    }
    return context.doc.text.length
  }

  // The translation units with no source but added ones (which the translation cannot have followed yet), per gap
  // between neighbours and kind: the translations of removed units, taken in order.
  const orphans = new Map<string, Unit[]>()
  const orphansOf = (change: Extract<Revision, {type: 'removed'}>): Unit[] => {
    const low = change.preceding ? after(position.get(change.preceding)!) : 0
    const high = change.following ? before(position.get(change.following)!) : context.doc.text.length
    const key = `${low} ${high} ${change.previous.kind}`
    let list = orphans.get(key)
    if (!list) {
      list = alignment
        ? context.outline.units.filter((unit) => unit.kind === change.previous.kind && unit.start >= low && unit.end <= high && alignment.sourceOf(unit).every((origin) => added.has(origin)))
        : []
      orphans.set(key, list)
    }
    return list
  }
  const taken = new Map<Revision, {start: number; end: number}>()

  return (change) => {
    const known = taken.get(change)
    if (known) return known
    let at: {start: number; end: number}
    if (change.type === 'changed') {
      const found = targets(change.current)
      const offset = found.length > 0 ? undefined : after(position.get(change.current)! - 1)
      at = found.length > 0
        ? {start: Math.min(...found.map((unit) => unit.start)), end: Math.max(...found.map((unit) => unit.end))}
        : {start: offset!, end: offset!}
    } else if (change.type === 'added') {
      const offset = after(position.get(change.current)! - 1)
      at = {start: offset, end: offset}
    } else {
      const orphan = orphansOf(change).shift()
      const offset = change.preceding ? after(position.get(change.preceding)!) : change.following ? before(position.get(change.following)!) : 0
      at = orphan ? {start: orphan.start, end: orphan.end} : {start: offset, end: offset}
    }
    taken.set(change, at)
    return at
  }
}
