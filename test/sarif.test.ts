import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {describe, it, expect} from 'vitest'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {checkFiles, rules} from '../src/index.js'
import {toSarif} from '../src/report/sarif.js'
import {reportGithub, planAnnotations} from '../src/report/github.js'
import {VERSION} from '../src/package.js'
import {root, iwca} from './helpers.js'

const require = createRequire(import.meta.url)
// CommonJS packages: their classes are on `default`.
const Ajv = ajvDraft04.default
const addFormats = ajvFormats.default
// The SARIF 2.1.0 schema as published (draft-04), shipped by @microsoft/jest-sarif.
const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))

describe('SARIF', async () => {
  const result = await checkFiles(['sr', 'tl', 'ca', 'af'].map((lang) => path.join(iwca, `${lang}.txt`)), {source: path.join(iwca, 'en.txt'), cwd: root, config: {}})
  const log = toSarif(result.files, {root, cwd: root, rules, version: VERSION}) as any

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(schema)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })
  it('has stable rule ids with metadata and repository-relative paths', () => {
    const run = log.runs[0]
    expect(run.tool.driver.rules.map((rule: any) => rule.id)).toEqual([...rules.map((rule) => rule.id), 'unreadable', 'internal-error', 'unknown-rule', 'missing-translation', 'orphan-translation'])
    expect(run.tool.driver.rules.find((rule: any) => rule.id === 'missing-translation')).toMatchObject({helpUri: expect.stringMatching(/rules\/missing-translation\.md$/), defaultConfiguration: {level: 'warning'}})
    // Engine messages link to their own pages.
    expect(run.tool.driver.rules.find((rule: any) => rule.id === 'unreadable')).toMatchObject({helpUri: expect.stringMatching(/rules\/unreadable\.md$/), defaultConfiguration: {level: 'error'}})
    expect(run.tool.driver.rules.find((rule: any) => rule.id === 'internal-error')).toMatchObject({helpUri: expect.stringMatching(/README\.md#errors-and-exit-codes$/)})
    expect(run.tool.driver.rules[0]).toMatchObject({id: 'list-count', helpUri: expect.stringMatching(/rules\/list-count\.md$/), defaultConfiguration: {level: 'error'}})
    const tagalog = run.results.find((entry: any) => entry.locations[0].physicalLocation.region.snippet?.text === 'writing center')
    expect(tagalog).toMatchObject({
      ruleId: 'untranslated',
      level: 'error',
      locations: [{physicalLocation: {artifactLocation: {uri: 'fixtures/iwca/tl.txt', uriBaseId: 'SRCROOT'}, region: {startLine: 1, startColumn: 197, endColumn: 211}}}]
    })
    expect(run.results.filter((entry: any) => entry.level === 'warning').length).toBeGreaterThan(0)
  })
  it('fingerprints do not depend on line numbers, and differ for repeats', async () => {
    const fingerprints = log.runs[0].results.map((entry: any) => entry.partialFingerprints['translint/v1'])
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
    const shifted = await checkFiles([path.join(iwca, 'tl.txt')], {source: path.join(iwca, 'en.txt'), cwd: root, config: {}})
    shifted.files[0]!.messages.forEach((message) => { message.line += 3; message.endLine += 3 })
    const again = toSarif(shifted.files, {root, cwd: root, rules, version: VERSION}) as any
    const tagalog = log.runs[0].results.filter((entry: any) => entry.locations[0].physicalLocation.artifactLocation.uri === 'fixtures/iwca/tl.txt').map((entry: any) => entry.partialFingerprints['translint/v1'])
    expect(again.runs[0].results.map((entry: any) => entry.partialFingerprints['translint/v1'])).toEqual(tagalog)
  })
})

describe('workflow commands (--format github)', async () => {
  // Tagalog and the broken fixtures: more than ten errors in all.
  const broken = fs.readdirSync(path.join(iwca, 'broken')).filter((name) => name.endsWith('.txt')).map((name) => path.join(iwca, 'broken', name))
  const result = await checkFiles([path.join(iwca, 'tl.txt'), ...broken], {source: path.join(iwca, 'en.txt'), cwd: root, config: {}})
  it('escape data and properties as @actions/core does', () => {
    const file = {...result.files[0]!, path: 'a,b:c.txt', messages: [{...result.files[0]!.messages[0]!, reason: '100% sure\nsecond line'}]}
    expect(reportGithub([file], {cwd: root})).toBe('::error title=untranslated,file=a%2Cb%3Ac.txt,line=1,endLine=1,col=55,endColumn=56::100%25 sure%0Asecond line')
  })
  it('put errors and structural findings first, then say what was left out', () => {
    const plan = planAnnotations(result.files, {cwd: root})
    expect(plan.annotations.filter((annotation) => annotation.level === 'error')).toHaveLength(10)
    expect(plan.annotations.filter((annotation) => annotation.level === 'warning').length).toBeLessThanOrEqual(10)
    expect(plan.annotations[0]!.level).toBe('error')
    expect(plan.overflow?.message).toMatch(/^translint reported \d+ findings; \d+ errors(, \d+ \w+)* are not annotated/)
  })
})

describe('job summary', async () => {
  const {reportSummary} = await import('../src/report/summary.js')
  const result = await checkFiles([path.join(iwca, 'tl.txt'), path.join(iwca, 'ca.txt')], {source: path.join(iwca, 'en.txt'), cwd: root, config: {}})
  it('has a row per file and every finding with its place', () => {
    const text = reportSummary(result.files, result.summary, {cwd: root})
    expect(text).toMatch(/^\| `fixtures\/iwca\/tl\.txt` \| Tagalog \(tl\) \| ❌ fails \|/m)
    expect(text).toMatch(/^\| `fixtures\/iwca\/ca\.txt` \| Catalan \(ca\) \| ❌ fails \| 1 \| 0 \| untranslated 1 \|$/m)
    expect(text.match(/^\| \d+:\d+ \| (error|warning|info) \|/gm)).toHaveLength(result.files.reduce((sum, file) => sum + file.messages.length, 0))
  })
  it('stays under the limit even when the table alone is too large', () => {
    const many = Array.from({length: 200}, (_, index) => ({...result.files[1]!, path: `translations/file-${index}.ca.txt`}))
    const text = reportSummary(many, result.summary, {cwd: root, limit: 4000})
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4000)
    expect(text).toMatch(/^> Trimmed: \d+ of 200 files and all \d+ findings are not shown here/m)
  })
  it('is trimmed to the limit with a note, never refused for size', () => {
    const text = reportSummary(result.files, result.summary, {cwd: root, limit: 3000})
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(3000)
    expect(text).toMatch(/^> Trimmed: the full list of \d+ findings is larger than GitHub's summary limit \(1 MiB\); \d+ findings are not shown here\./m)
    expect(text).toContain('| `fixtures/iwca/ca.txt` |')
  })
})
