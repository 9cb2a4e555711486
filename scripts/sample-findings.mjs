#!/usr/bin/env node
/**
 * Draw a repeatable random sample of findings from a JSON report, for
 * judging precision by hand (docs/precision.md):
 *
 *     node scripts/sample-findings.mjs report.json [--per-rule 30] [--seed 1] [--severity error] [--context 1] [--rule id]
 *
 * Per rule it takes every finding when there are at most `--per-rule`,
 * else that many drawn without replacement with a seeded generator
 * (mulberry32), and prints each with the translation's lines around it,
 * numbered, so that a reader can judge it. Paths in the report are read
 * relative to the current directory (run it where the report was made).
 */
import fs from 'node:fs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index === -1 ? fallback : args[index + 1]
}
const file = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'))
if (!file) {
  console.error('Usage: node scripts/sample-findings.mjs report.json [--per-rule 30] [--seed 1] [--severity error] [--context 1] [--rule id]')
  process.exit(2)
}
const perRule = Number(option('per-rule', '30'))
const severity = option('severity', 'error')
const context = Number(option('context', '1'))
const onlyRule = option('rule', undefined)
let seed = Number(option('seed', '1')) >>> 0

/** mulberry32: a small seeded generator, the same sample on every machine. */
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const report = JSON.parse(fs.readFileSync(file, 'utf8'))
const byRule = new Map()
for (const result of report) {
  for (const message of result.messages) {
    if (severity !== 'all' && message.severity !== severity) continue
    if (onlyRule !== undefined && message.ruleId !== onlyRule) continue
    const list = byRule.get(message.ruleId) ?? []
    list.push({path: result.path, message})
    byRule.set(message.ruleId, list)
  }
}

const lines = new Map()
const linesOf = (path) => {
  if (!lines.has(path)) {
    try {
      lines.set(path, fs.readFileSync(path, 'utf8').split(/\r\n|\r|\n/))
    } catch {
      lines.set(path, [])
    }
  }
  return lines.get(path)
}

let number = 0
for (const rule of [...byRule.keys()].sort()) {
  const all = byRule.get(rule)
  const chosen = [...all]
  // Fisher–Yates on a copy, then the first `perRule`, back in report order.
  for (let i = chosen.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[chosen[i], chosen[j]] = [chosen[j], chosen[i]]
  }
  const sample = chosen.slice(0, perRule).sort((a, b) => all.indexOf(a) - all.indexOf(b))
  console.log(`\n## ${rule}: ${sample.length} of ${all.length} ${severity === 'all' ? 'findings' : `${severity}s`}\n`)
  for (const {path, message} of sample) {
    number++
    console.log(`### ${number}. ${path}:${message.line}:${message.column} ${message.severity}`)
    console.log(`reason: ${message.reason}`)
    if (message.actual !== undefined) console.log(`actual: ${JSON.stringify(message.actual).slice(0, 300)}`)
    if (message.expected) console.log(`expected: ${JSON.stringify(message.expected).slice(0, 300)}`)
    if (message.cause) console.log(`cause: ${message.cause.file ?? ''}:${message.cause.line}:${message.cause.column} ${message.cause.reason}`)
    const text = linesOf(path)
    for (let line = Math.max(1, message.line - context); line <= Math.min(text.length, (message.endLine ?? message.line) + context) && line <= message.line + 6; line++) {
      console.log(`  ${String(line).padStart(5)} | ${text[line - 1].slice(0, 220)}`)
    }
    console.log('')
  }
}
