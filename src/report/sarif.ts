/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run,
 * the rules with their metadata (description, docs), one result per message
 * with a repository-relative location and partial fingerprints that survive
 * lines moving.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import type {FileResult, LintMessage} from '../lint/messages.js'
import type {Rule} from '../lint/rule.js'
import {docsUrl, REPOSITORY} from '../lint/docs.js'
import {ENGINE_MESSAGES} from '../lint/engine-messages.js'

export interface SarifOptions {
  /** Paths in the log are relative to this directory (the repository root). */
  root: string
  /** Working directory the results' paths are relative to. */
  cwd?: string
  rules: ReadonlyArray<Pick<Rule<any>, 'id' | 'description' | 'defaultSeverity'>>
  version: string
}

const LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const


export function toSarif(files: FileResult[], options: SarifOptions): Record<string, unknown> {
  const cwd = options.cwd ?? process.cwd()
  const rules = [...options.rules, ...ENGINE_MESSAGES]
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const relative = (file: string): string => {
    const absolute = path.resolve(cwd, file)
    const inside = path.relative(options.root, absolute)
    const shown = inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? inside : absolute
    // A URI reference: `my ca#1.txt` is `my%20ca%231.txt`.
    return shown.split(path.sep).map((segment) => encodeURIComponent(segment)).join('/')
  }

  const seen = new Map<string, number>()
  const results = files.flatMap((file) => file.messages.map((message) => result(message, relative(file.path), ruleIndex, seen)))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'translint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: REPOSITORY,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
              shortDescription: {text: rule.description},
              fullDescription: {text: rule.description},
              helpUri: helpUri(rule.id),
              help: {text: `See ${helpUri(rule.id)}`},
              defaultConfiguration: {level: LEVEL[rule.defaultSeverity]}
            }))
          }
        },
        // Columns count code points, as an editor shows them.
        columnKind: 'unicodeCodePoints',
        originalUriBaseIds: {SRCROOT: {uri: `${pathToUri(options.root)}/`}},
        artifacts: files.map((file) => ({location: {uri: relative(file.path), uriBaseId: 'SRCROOT'}})),
        results
      }
    ]
  }
}

function result(message: LintMessage, uri: string, ruleIndex: Map<string, number>, seen: Map<string, number>): Record<string, unknown> {
  // What and where (by text), not the line number, with a counter for
  // repeats: stable across edits elsewhere in the file.
  const key = `${message.ruleId}\u0000${uri}\u0000${message.actual ?? ''}\u0000${message.reason}`
  const occurrence = (seen.get(key) ?? 0) + 1
  seen.set(key, occurrence)
  const entry: Record<string, unknown> = {
    ruleId: message.ruleId,
    level: LEVEL[message.severity],
    message: {text: message.reason},
    locations: [
      {
        physicalLocation: {
          artifactLocation: {uri, uriBaseId: 'SRCROOT'},
          region: {
            startLine: message.line,
            startColumn: message.column,
            endLine: message.endLine,
            endColumn: Math.max(message.endColumn, message.line === message.endLine ? message.column : 1),
            ...(message.actual === undefined ? {} : {snippet: {text: message.actual}})
          }
        }
      }
    ],
    partialFingerprints: {
      'translint/v1': `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}`
    }
  }
  const index = ruleIndex.get(message.ruleId)
  if (index !== undefined) entry.ruleIndex = index
  return entry
}

function helpUri(id: string): string {
  return ENGINE_MESSAGES.find((engine) => engine.id === id)?.url ?? docsUrl(id)
}

function pathToUri(directory: string): string {
  const posix = path.resolve(directory).split(path.sep).join('/')
  return `file://${posix.startsWith('/') ? '' : '/'}${encodeURI(posix)}`
}
