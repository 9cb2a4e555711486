/**
 * Comment markers in Markdown silence rules in place:
 *
 *     <!-- translint-disable rule-id other-rule -->
 *     <!-- translint-enable rule-id -->
 *     <!-- translint-disable-next-line rule-id -->
 *
 * Without rule ids, a marker applies to every rule. `disable`/`enable` go
 * through unified-message-control; `disable-next-line` silences messages
 * that start on the line after the comment.
 */
import {messageControl} from 'unified-message-control'
import {commentMarker} from 'mdast-comment-marker'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Html} from 'mdast'
import type {Node} from 'unist'
import type {ParsedDocument} from '../document/index.js'
import type {LintMessage} from './messages.js'
import {UNKNOWN_RULE} from './engine-messages.js'

const NAME = 'translint'

function marker(node: Node): {name: string; attributes: string} | undefined {
  const found = commentMarker(node)
  if (!found) return undefined
  if (found.name === `${NAME}-disable`) return {name: NAME, attributes: `disable ${found.attributes}`}
  if (found.name === `${NAME}-enable`) return {name: NAME, attributes: `enable ${found.attributes}`}
  return undefined
}

export function applyMarkers(doc: ParsedDocument, messages: LintMessage[], known: string[]): LintMessage[] {
  const tree = doc.mdast
  if (!tree) return messages

  // Lines silenced by disable-next-line, per rule (`*` = every rule).
  const nextLine = new Map<number, Set<string>>()
  let any = false
  visit(tree, 'html', (node: Html) => {
    const found = commentMarker(node)
    if (!found) return
    if (found.name.startsWith(`${NAME}-`)) any = true
    if (found.name !== `${NAME}-disable-next-line`) return
    const line = (node.position?.end.line ?? 0) + 1
    const ids = found.attributes.split(/\s+/).filter(Boolean)
    const set = nextLine.get(line) ?? new Set<string>()
    for (const id of ids.length > 0 ? ids : ['*']) set.add(id)
    nextLine.set(line, set)
  })
  if (!any) return messages

  const file = new VFile({value: doc.text})
  const byMessage = new Map<VFileMessage, LintMessage>()
  for (const message of messages) {
    const silenced = nextLine.get(message.line)
    if (silenced && (silenced.has('*') || silenced.has(message.ruleId))) continue
    const vmessage = new VFileMessage(message.reason, {
      place: {line: message.line, column: message.column},
      ruleId: message.ruleId,
      source: NAME
    })
    file.messages.push(vmessage)
    byMessage.set(vmessage, message)
  }
  messageControl(tree, {file, marker, name: NAME, known, test: 'html'})
  const kept: LintMessage[] = []
  for (const vmessage of file.messages) {
    const message = byMessage.get(vmessage)
    if (message) kept.push(message)
    else if (vmessage.ruleId === 'known') kept.push(unknownRule(vmessage, doc))
  }
  // disable-next-line comments are read here, not by message control.
  visit(tree, 'html', (node: Html) => {
    const found = commentMarker(node)
    if (!found || found.name !== `${NAME}-disable-next-line`) return
    for (const id of found.attributes.split(/\s+/).filter(Boolean)) {
      if (!known.includes(id)) kept.push(unknownRule(new VFileMessage(`Cannot disable-next-line \`'${id}'\`, it’s not known`, {place: node.position}), doc))
    }
  })
  return kept
}

/** A comment marker naming a rule that does not exist (a typo silences nothing). */
function unknownRule(vmessage: VFileMessage, doc: ParsedDocument): LintMessage {
  const id = /`'([^']+)'`/.exec(vmessage.reason)?.[1] ?? ''
  const start = vmessage.place && 'start' in vmessage.place ? vmessage.place.start : vmessage.place
  const end = vmessage.place && 'end' in vmessage.place ? vmessage.place.end : vmessage.place
  const from = start?.offset ?? 0
  const to = end?.offset ?? from
  const a = doc.location.toPoint(from)
  const b = doc.location.toPoint(to)
  const message: LintMessage = {
    ruleId: UNKNOWN_RULE.id,
    source: 'translint',
    severity: 'warning',
    fatal: false,
    reason: `Unexpected rule \`${id}\` in a comment marker: no rule has this id, so nothing is silenced`,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    offset: a.offset,
    endOffset: b.offset,
    url: UNKNOWN_RULE.url
  }
  if (to > from) message.actual = doc.text.slice(from, to)
  return message
}
