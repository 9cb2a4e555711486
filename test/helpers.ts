import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {FileResult, LintMessage} from '../src/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const iwca = path.join(root, 'fixtures', 'iwca')
export const read = (...parts: string[]): string => fs.readFileSync(path.join(root, ...parts), 'utf8')
export const SEEDS = ['sr', 'tl', 'ca', 'af'] as const

/** `line:column: reason`, the form rule examples use. */
export const brief = (message: LintMessage): string => `${message.line}:${message.column}: ${message.reason}`

export const errors = (result: FileResult, ruleId?: string): LintMessage[] =>
  result.messages.filter((message) => message.severity === 'error' && (ruleId === undefined || message.ruleId === ruleId))

/** Code points of a line, for checking columns. */
export function textAt(text: string, message: {line: number; column: number; endLine: number; endColumn: number}): string {
  const lines = text.split(/\r\n|\r|\n/)
  const startLine = [...lines[message.line - 1]!]
  if (message.line === message.endLine) return startLine.slice(message.column - 1, message.endColumn - 1).join('')
  const parts = [startLine.slice(message.column - 1).join('')]
  for (let line = message.line + 1; line < message.endLine; line++) parts.push(lines[line - 1]!)
  parts.push([...lines[message.endLine - 1]!].slice(0, message.endColumn - 1).join(''))
  return parts.join('\n')
}
