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

/**
 * The text between two line/column places, computed independently of the
 * engine: lines end at LF, CRLF or CR; columns count code points from 1.
 */
export function textAt(text: string, message: {line: number; column: number; endLine: number; endColumn: number}): string {
  return text.slice(offsetOf(text, message.line, message.column), offsetOf(text, message.endLine, message.endColumn))
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = text.slice(offset).search(/\r\n|\r|\n/)
    if (next === -1) throw new Error(`line ${line} is past the end`)
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1)
  }
  for (let current = 1; current < column; current++) {
    const code = text.codePointAt(offset)
    if (code === undefined) throw new Error(`column ${column} is past the end`)
    offset += code > 0xffff ? 2 : 1
  }
  return offset
}
