import fs from 'node:fs'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import {rules} from '../src/index.js'
import {renderRuleDoc, docPath} from '../scripts/rule-docs.js'
import {renderSchema, schemaPath} from '../scripts/schema.js'
import {root} from './helpers.js'

describe('docs', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('rules/%s.md is generated from the rule and up to date', (_, rule) => {
    expect(fs.readFileSync(docPath(rule), 'utf8')).toBe(renderRuleDoc(rule))
  })
  it.each(rules.map((rule) => [rule.id, rule] as const))('rules/%s.md says what the rule checks and why (its doc comment)', (_, rule) => {
    const what = /## What and why\n\n([\s\S]*?)\n## /.exec(renderRuleDoc(rule))?.[1] ?? ''
    expect(what.trim().length).toBeGreaterThan(100)
  })
  it('schema.json matches the config schema (npm run schema)', () => {
    expect(fs.readFileSync(schemaPath, 'utf8')).toBe(renderSchema())
  })
  it('the README links every rule doc and describes it as the rule does', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    for (const rule of rules) {
      expect(readme).toContain(`[\`${rule.id}\`](rules/${rule.id}.md)`)
      expect(readme).toContain(rule.description)
    }
  })
  it('the README quick start has exactly the two commands', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const start = readme.slice(readme.indexOf('## Quick start'))
    const block = /```sh\n([\s\S]*?)```/.exec(start)![1]!
    expect(block.trim().split('\n').filter((line) => !line.startsWith('#'))).toEqual(['npm ci && npm start', 'npm test'])
  })
})
