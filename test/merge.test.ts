/**
 * `translint merge`: reports of shards (JSON and SARIF) merged back into the
 * report of the whole file set; overlapping, mixed and invalid reports
 * refused with the report named; the command's exit codes and outputs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {createRequire} from 'node:module'
import {describe, it, expect, afterAll} from 'vitest'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {check, checkFiles, rules, reportJson, reportStylish, type FileResult} from '../src/index.js'
import {summarize, failedFile, fileError} from '../src/lint/messages.js'
import {toSarif} from '../src/report/sarif.js'
import {reportGithub} from '../src/report/github.js'
import {VERSION} from '../src/package.js'
import {inShard, shardKey} from '../src/run/shard.js'
import {readReport, mergeJson, mergeSarif, mergeReports, mergeParsed, countErrors, MergeError, type SarifLog, type SarifReport, type SarifResult, type JsonReport} from '../src/run/merge.js'
import {runMerge} from '../src/cli/merge.js'
import type {CliIo} from '../src/cli/index.js'
import {root, iwca, read} from './helpers.js'

const require = createRequire(import.meta.url)
const Ajv = ajvDraft04.default
const addFormats = ajvFormats.default
const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
const validateSarif = (() => {
  const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
  addFormats(ajv)
  return ajv.compile(schema)
})()

const byPath = (a: FileResult, b: FileResult): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
const sarifOf = (files: FileResult[]): SarifLog => toSarif(files, {root, cwd: root, rules, version: VERSION}) as unknown as SarifLog

/** Split files as `--shard i/n` would. */
function split(files: FileResult[], count: number): FileResult[][] {
  return Array.from({length: count}, (_, index) => files.filter((file) => inShard(shardKey(file.path, root), {index: index + 1, count})))
}

const asJson = (parts: FileResult[][]): Array<{name: string; text: string}> =>
  parts.map((part, index) => ({name: `shard-${index + 1}.json`, text: reportJson(part, {cwd: root})}))
const asSarif = (parts: FileResult[][]): Array<{name: string; text: string}> =>
  parts.map((part, index) => ({name: `shard-${index + 1}.sarif`, text: JSON.stringify(sarifOf(part), null, 2)}))
const sarifReports = (logs: SarifLog[]): SarifReport[] => logs.map((log, index) => ({kind: 'sarif', name: `shard-${index + 1}.sarif`, log}))

/** Results in a comparable form: what, where, fingerprint; indexes resolved to what they point at. */
function resolved(log: SarifLog): Array<Record<string, unknown>> {
  const run = log.runs[0]!
  return (run.results ?? []).map((result) => {
    const location = (result.locations as Array<{physicalLocation: {artifactLocation: {uri: string; index?: number}}}>)[0]!.physicalLocation
    return {
      ruleId: result.ruleId,
      rule: result.ruleIndex === undefined ? undefined : run.tool.driver.rules![result.ruleIndex]!.id,
      artifact: location.artifactLocation.index === undefined ? undefined : run.artifacts![location.artifactLocation.index]!.location!.uri,
      uri: location.artifactLocation.uri,
      level: result.level,
      message: result.message,
      fingerprint: (result.partialFingerprints as Record<string, string>)['translint/v1']
    }
  }).sort((a, b) => (a.fingerprint! < b.fingerprint! ? -1 : 1))
}

function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log)
  expect(validateSarif.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

describe('merging shard reports', async () => {
  const checked = await checkFiles([...['sr', 'tl', 'ca', 'af'].map((lang) => path.join(iwca, `${lang}.txt`)), path.join(root, 'fixtures/languages')], {source: path.join(iwca, 'en.txt'), cwd: root, config: {}})
  const source = read('fixtures/iwca/en.txt')
  const extra = await Promise.all([
    check({source, translation: source, lang: 'en', path: 'clean/en copy.txt'}),
    check({source: 'The IWCA was founded in 1983.\n\n• Supporting tutors.\n• Publishing a journal.\n• Listening to members.\n', translation: "L'IWCA es va fundar el 1938.\n\n• Donar suport als tutors.\n• Escoltar els membres.\n", lang: 'ca', path: 'übersetzungen/straße ca.txt'})
  ])
  const files = [...checked.files, ...extra, failedFile('missing/日本語.txt', fileError('unreadable', 'Cannot read `missing/日本語.txt`: no such file', 'https://example.org/unreadable'))]
  const sorted = [...files].sort(byPath)

  it('has a realistic file set: errors, warnings, clean files, causes, unreadable files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10)
    const messages = files.flatMap((file) => file.messages)
    expect(messages.some((message) => message.cause !== undefined)).toBe(true)
    expect(messages.some((message) => message.expected !== undefined)).toBe(true)
    expect(messages.some((message) => message.severity === 'warning')).toBe(true)
    expect(files.some((file) => file.messages.length === 0)).toBe(true)
    expect(split(files, 3).every((part) => part.length > 0)).toBe(true)
  })

  describe('JSON', () => {
    it.each([1, 2, 3, 5, 8])('merges %i shards back into the whole report, sorted by path', (count) => {
      const merged = mergeReports(asJson(split(files, count)))
      expect(merged.kind).toBe('json')
      if (merged.kind !== 'json') return
      expect(merged.files).toEqual(sorted)
      expect(reportJson(merged.files, {cwd: root})).toBe(reportJson(sorted, {cwd: root}))
      expect(summarize(merged.files)).toEqual(summarize(files))
      expect(countErrors(merged)).toBe(summarize(files).errors)
    })
    it('does not depend on the order of the reports, and accepts empty shards', () => {
      const parts = split(files, 3)
      const reports = [...asJson(parts).reverse(), {name: 'shard-4.json', text: '[]\n'}]
      const merged = mergeReports(reports)
      expect(merged.kind === 'json' && merged.files).toEqual(sorted)
    })
    it('drops the vfile-only fields and recomputes the counts', () => {
      const report = readReport(reportJson(files, {cwd: root, pretty: true}), 'all.json') as JsonReport
      for (const message of report.files.flatMap((file) => file.messages)) {
        for (const key of ['name', 'stack', 'position']) expect(message).not.toHaveProperty(key)
      }
      expect(report.files.map((file) => [file.errors, file.warnings, file.infos])).toEqual(files.map((file) => [file.errors, file.warnings, file.infos]))
      // A stylish report of the merge is the stylish report of the whole.
      expect(reportStylish(mergeJson([report]), summarize(report.files))).toBe(reportStylish(sorted, summarize(files)))
    })
    it('keeps each file\'s source, and reads reports written before files had one as null', () => {
      const report = readReport(reportJson(files, {cwd: root}), 'all.json') as JsonReport
      expect(report.files.map((file) => file.source)).toEqual(files.map((file) => file.source))
      expect(files.some((file) => file.source !== null)).toBe(true)
      const old = JSON.parse(reportJson(files, {cwd: root})) as Array<Record<string, unknown>>
      for (const file of old) delete file.source
      expect((readReport(JSON.stringify(old), 'old.json') as JsonReport).files.every((file) => file.source === null)).toBe(true)
    })
    it('refuses overlapping shards, naming the path and both reports', () => {
      const [a, b] = split(files, 2)
      const reports = [{name: 'a.json', text: reportJson(a!, {cwd: root})}, {name: 'b.json', text: reportJson([...b!, a![0]!], {cwd: root})}]
      expect(() => mergeReports(reports)).toThrow(MergeError)
      expect(() => mergeReports(reports)).toThrow(`shards overlap: \`${a![0]!.path}\` is in both \`a.json\` and \`b.json\`; every file must be in exactly one shard`)
      const twice = {name: 'a.json', text: reportJson(a!, {cwd: root})}
      expect(() => mergeReports([twice, twice])).toThrow(/^`a\.json` is given twice/)
    })
  })

  describe('SARIF', () => {
    const full = sarifOf(sorted)
    it.each([1, 2, 3, 5])('merges %i shards into one valid log with the same results', (count) => {
      const merged = mergeReports(asSarif(split(files, count)))
      expect(merged.kind).toBe('sarif')
      if (merged.kind !== 'sarif') return
      expectValidSarif(merged.log)
      expect(merged.log.runs).toHaveLength(1)
      const run = merged.log.runs[0]!
      expect(run.tool.driver.rules).toEqual(full.runs[0]!.tool.driver.rules)
      expect({...run.tool.driver, rules: []}).toEqual({...full.runs[0]!.tool.driver, rules: []})
      expect(run.columnKind).toBe('unicodeCodePoints')
      expect(run.originalUriBaseIds).toEqual(full.runs[0]!.originalUriBaseIds)
      expect(run.artifacts!.map((artifact) => artifact.location!.uri).sort()).toEqual(full.runs[0]!.artifacts!.map((artifact) => artifact.location!.uri).sort())
      expect(resolved(merged.log)).toEqual(resolved(full))
      for (const result of run.results!) expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId)
      expect(countErrors(merged)).toBe(summarize(files).errors)
    })
    it('remaps rule and artifact indexes to the right entries', () => {
      const logs = split(files, 3).map(sarifOf)
      // Shard 2 lists its rules in reverse; shard 1 only the rules it uses,
      // in reverse order of use; every result names its artifact by index.
      const reverse = logs[1]!.runs[0]!
      const count = reverse.tool.driver.rules!.length
      reverse.tool.driver.rules!.reverse()
      for (const result of reverse.results!) result.ruleIndex = count - 1 - result.ruleIndex!
      const partial = logs[0]!.runs[0]!
      const used = [...new Set(partial.results!.map((result) => result.ruleId!))].reverse()
      partial.tool.driver.rules = used.map((id) => partial.tool.driver.rules!.find((rule) => rule.id === id)!)
      for (const result of partial.results!) result.ruleIndex = used.indexOf(result.ruleId!)
      for (const log of logs) {
        const run = log.runs[0]!
        for (const result of run.results!) {
          const location = (result.locations as Array<{physicalLocation: {artifactLocation: {uri: string; index?: number}}}>)[0]!.physicalLocation.artifactLocation
          location.index = run.artifacts!.findIndex((artifact) => artifact.location!.uri === location.uri)
          result.analysisTarget = {uri: location.uri, uriBaseId: 'SRCROOT', index: location.index}
        }
      }
      const texts = logs.map((log, index) => ({name: `shard-${index + 1}.sarif`, text: JSON.stringify(log)}))
      const merged = mergeReports(texts)
      if (merged.kind !== 'sarif') throw new Error('expected SARIF')
      expectValidSarif(merged.log)
      const run = merged.log.runs[0]!
      const ids = run.tool.driver.rules!.map((rule) => rule.id)
      expect(ids.slice(0, used.length)).toEqual(used)
      expect(new Set(ids).size).toBe(ids.length)
      expect([...ids].sort()).toEqual(full.runs[0]!.tool.driver.rules!.map((rule) => rule.id).sort())
      expect(run.results!.length).toBe(full.runs[0]!.results!.length)
      for (const result of run.results!) {
        expect(ids[result.ruleIndex!]).toBe(result.ruleId)
        const location = (result.locations as Array<{physicalLocation: {artifactLocation: {uri: string; index: number}}}>)[0]!.physicalLocation.artifactLocation
        expect(run.artifacts![location.index]!.location!.uri).toBe(location.uri)
        expect((result.analysisTarget as {index: number}).index).toBe(location.index)
      }
      // Results in report order: shard 1's, then shard 2's, then shard 3's.
      expect(run.results!.map((result) => (result.partialFingerprints as Record<string, string>)['translint/v1']))
        .toEqual(logs.flatMap((log) => log.runs[0]!.results!.map((result) => (result.partialFingerprints as Record<string, string>)['translint/v1'])))
    })
    it('remaps parent indexes and rule references, keeps -1, keeps equal run properties and drops differing ones', () => {
      const log = (name: string, uri: string, root: string): SarifLog => ({
        version: '2.1.0',
        runs: [{
          tool: {driver: {name: 'translint', rules: [{id: `only-${name}`}, {id: 'shared', defaultConfiguration: {level: 'error'}}]}},
          columnKind: 'unicodeCodePoints',
          originalUriBaseIds: {SRCROOT: {uri: root}},
          automationDetails: {id: 'translint/'},
          artifacts: [{location: {uri: `${uri}/`}}, {location: {uri: `${uri}/a.txt`}, parentIndex: 0}],
          results: [
            {ruleId: 'shared', ruleIndex: 1, message: {text: 'x'}, locations: [{physicalLocation: {artifactLocation: {uri: `${uri}/a.txt`, index: 1}}}]},
            {ruleId: `only-${name}`, rule: {id: `only-${name}`, index: 0}, level: 'warning', message: {text: 'y'}, analysisTarget: {uri: `${uri}/a.txt`, index: 1}},
            {ruleId: 'unlisted', ruleIndex: -1, message: {text: 'z'}, level: 'note'}
          ]
        }]
      })
      const merged = mergeSarif(sarifReports([log('one', 'x', 'file:///a/'), log('two', 'y', 'file:///b/')]))
      expectValidSarif(merged)
      const run = merged.runs[0]!
      expect(run.tool.driver.rules!.map((rule) => rule.id)).toEqual(['only-one', 'shared', 'only-two'])
      expect(run.artifacts).toEqual([{location: {uri: 'x/'}}, {location: {uri: 'x/a.txt'}, parentIndex: 0}, {location: {uri: 'y/'}}, {location: {uri: 'y/a.txt'}, parentIndex: 2}])
      const results = run.results as SarifResult[]
      expect(results.map((result) => result.ruleIndex)).toEqual([1, undefined, -1, 1, undefined, -1])
      expect(results.map((result) => result.rule?.index)).toEqual([undefined, 0, undefined, undefined, 2, undefined])
      expect(results[3]!.locations).toEqual([{physicalLocation: {artifactLocation: {uri: 'y/a.txt', index: 3}}}])
      expect(results[4]!.analysisTarget).toEqual({uri: 'y/a.txt', index: 3})
      expect(run.automationDetails).toEqual({id: 'translint/'})
      expect(run).not.toHaveProperty('originalUriBaseIds')
      // Level from the rule's default when the result has none.
      expect(countErrors({kind: 'sarif', log: merged})).toBe(2)
    })
    it('refuses logs of other tools, other column kinds, other versions and overlapping shards', () => {
      const [a, b] = split(files, 2).map(sarifOf)
      const other = structuredClone(b!)
      other.runs[0]!.tool.driver.name = 'eslint'
      expect(() => mergeSarif(sarifReports([a!, other]))).toThrow('cannot merge SARIF logs of different tools: `shard-1.sarif` is from `translint`, `shard-2.sarif` from `eslint`')
      const columns = structuredClone(b!)
      columns.runs[0]!.columnKind = 'utf16CodeUnits'
      expect(() => mergeSarif(sarifReports([a!, columns]))).toThrow(/count columns differently/)
      const uri = a!.runs[0]!.artifacts![0]!.location!.uri!
      expect(() => mergeSarif(sarifReports([a!, sarifOf([...split(files, 2)[1]!, split(files, 2)[0]![0]!])]))).toThrow(`shards overlap: the artifact \`${uri}\` is in both \`shard-1.sarif\` and \`shard-2.sarif\``)
      expect(() => readReport(JSON.stringify({...a, version: '2.0.0'}), 'old.sarif')).toThrow('`old.sarif` looks like a SARIF log but is of version string `"2.0.0"`: only SARIF 2.1.0 logs can be merged')
      expect(() => readReport(JSON.stringify({runs: []}), 'bare.sarif')).toThrow(/`bare\.sarif` looks like a SARIF log but has no `version`/)
    })
    it('checks the indexes of the logs it reads', () => {
      const log = sarifOf(split(files, 1)[0]!)
      const bad = structuredClone(log)
      bad.runs[0]!.results![0]!.ruleIndex = 999
      expect(() => readReport(JSON.stringify(bad), 'bad.sarif')).toThrow(/^`bad\.sarif` is not a valid SARIF 2\.1\.0 log: runs\[0\]\.results\[0\]\.ruleIndex is 999, past the end of runs\[0\]\.tool\.driver\.rules \(\d+ entries\)$/)
      const artifact = structuredClone(log)
      ;(artifact.runs[0]!.results![0]!.locations as Array<{physicalLocation: {artifactLocation: {index?: number}}}>)[0]!.physicalLocation.artifactLocation.index = 99
      expect(() => readReport(JSON.stringify(artifact), 'bad.sarif')).toThrow(/runs\[0\]\.results\[0\]\.locations\[0\]\.physicalLocation\.artifactLocation\.index is 99, past the end of runs\[0\]\.artifacts/)
      const empty = mergeSarif([])
      expect(empty).toEqual({version: '2.1.0', runs: []})
    })
  })

  describe('invalid input', () => {
    it.each([
      ['', /^`r\.json` is empty: expected a translint JSON report/],
      [' \n', /^`r\.json` is empty/],
      ['not json', /^`r\.json` is not JSON \(.+\): expected a translint JSON report \(an array of files, from `--format json`\) or a SARIF 2\.1\.0 log \(from `--format sarif`\)$/],
      ['[{"path": "a.txt"', /^`r\.json` is not JSON/],
      ['42', /^`r\.json` is number `42`, neither a translint JSON report/],
      ['{"name": "translint", "version": "0.1.0"}', /^`r\.json` is an object, neither a translint JSON report .* nor a SARIF 2\.1\.0 log/],
      ['[1]', /^`r\.json` is not a valid translint JSON report: \[0\] must be a file object, found number `1`$/],
      ['[{"messages": []}]', /\[0\]\.path must be a non-empty string, found nothing$/],
      ['[{"path": "a.txt"}]', /\[0\]\.messages must be an array, found nothing$/],
      ['[{"path": "a.txt", "languageSource": "guess", "messages": []}]', /\[0\]\.languageSource must be one of `option`, `config`, `filename`, `content`, `default` or null, found string `"guess"`$/],
      ['[{"path": "a.txt", "messages": [{"ruleId": "x", "source": "translint", "severity": "fatal", "reason": "r", "url": "u"}]}]', /\[0\]\.messages\[0\]\.severity must be `error`, `warning` or `info`, found string `"fatal"`$/],
      ['[{"path": "a.txt", "messages": [{"ruleId": "x", "source": "eslint", "severity": "error", "reason": "r", "url": "u"}]}]', /\[0\]\.messages\[0\]\.source must be `translint`/],
      ['[{"path": "a.txt", "messages": [{"ruleId": "x", "source": "translint", "severity": "error", "reason": "r", "url": "u", "line": 1, "column": "1"}]}]', /\[0\]\.messages\[0\]\.column must be a whole number, found string `"1"`$/],
      ['[{"path": "a.txt", "messages": [{"ruleId": "x", "source": "translint", "severity": "error", "reason": "r", "url": "u", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "offset": 0, "endOffset": 1, "expected": ["a", 2]}]}]', /\[0\]\.messages\[0\]\.expected\[1\] must be a string, found number `2`$/],
      ['[{"path": "a.txt", "messages": [{"ruleId": "x", "source": "translint", "severity": "error", "reason": "r", "url": "u", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "offset": 0, "endOffset": -1}]}]', /\[0\]\.messages\[0\]\.endOffset must be a whole number, found number `-1`$/],
      ['[{"path": "a.txt", "messages": [{"ruleId": "x", "source": "translint", "severity": "error", "reason": "r", "url": "u", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "offset": 0, "endOffset": 1, "cause": {"reason": "c", "line": 1.5}}]}]', /\[0\]\.messages\[0\]\.cause\.line must be a whole number, found number `1\.5`$/]
    ])('refuses %j, naming the report', (text, message) => {
      expect(() => readReport(text, 'r.json')).toThrow(MergeError)
      expect(() => readReport(text, 'r.json')).toThrow(message)
      try {
        readReport(text, 'r.json')
      } catch (error) {
        expect((error as MergeError).report).toBe('r.json')
      }
    })
    it('refuses mixed kinds and no reports', () => {
      const [a, b] = split(files, 2)
      expect(() => mergeReports([...asJson([a!]), ...asSarif([b!]).map((report) => ({...report, name: 'b.sarif'}))]))
        .toThrow('cannot merge JSON reports with SARIF logs: `shard-1.json` is JSON, `b.sarif` is SARIF; produce every shard with the same --format')
      expect(() => mergeParsed([])).toThrow(/^no reports to merge/)
    })
    it('ignores a byte order mark', () => {
      const merged = mergeReports([{name: 'bom.json', text: `\uFEFF${reportJson(files, {cwd: root})}`}])
      expect(merged.kind === 'json' && merged.files).toEqual(sorted)
    })
  })

  describe('translint merge (the command)', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-merge-'))
    afterAll(() => fs.rmSync(directory, {recursive: true, force: true}))
    const parts = split(files, 3)
    asJson(parts).forEach(({name, text}) => fs.writeFileSync(path.join(directory, name), `${text}\n`))
    asSarif(parts).forEach(({name, text}) => fs.writeFileSync(path.join(directory, name), `${text}\n`))
    const clean = files.filter((file) => file.errors === 0)
    fs.writeFileSync(path.join(directory, 'clean-1.json'), reportJson(clean.slice(0, 1), {cwd: root}))
    fs.writeFileSync(path.join(directory, 'clean-2.json'), reportJson(clean.slice(1), {cwd: root}))
    fs.writeFileSync(path.join(directory, 'empty.json'), '[]\n')
    fs.writeFileSync(path.join(directory, 'garbage.json'), 'shard 2 crashed\n')
    fs.writeFileSync(path.join(directory, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reportJson(parts[0]!, {cwd: root}), 'utf16le')]))
    fs.writeFileSync(path.join(directory, 'binary.json'), Buffer.from([0x5b, 0xc3, 0x28, 0x5d]))
    const shardsJson = ['shard-1.json', 'shard-2.json', 'shard-3.json']
    const shardsSarif = ['shard-1.sarif', 'shard-2.sarif', 'shard-3.sarif']

    async function merge(args: string[], tty = false): Promise<{code: number; stdout: string; stderr: string}> {
      let stdout = ''
      let stderr = ''
      const io: CliIo = {
        stdout: {write: (text: string) => (stdout += text), isTTY: tty},
        stderr: {write: (text: string) => (stderr += text)},
        cwd: directory,
        env: {}
      }
      const code = await runMerge(args, io)
      return {code, stdout, stderr}
    }

    it('prints the merged JSON report and exits 1 when it has errors', async () => {
      const {code, stdout, stderr} = await merge(shardsJson)
      expect(stderr).toBe('')
      expect(code).toBe(1)
      expect(stdout).toBe(`${reportJson(sorted, {cwd: directory})}\n`)
    })
    it('exits 0 when the merged report has no errors (warnings and empty shards are fine)', async () => {
      const {code, stdout} = await merge(['clean-1.json', 'empty.json', 'clean-2.json'])
      expect(code).toBe(0)
      expect(JSON.parse(stdout).map((file: {path: string}) => file.path)).toEqual(clean.map((file) => file.path).sort())
    })
    it('prints SARIF for SARIF logs, valid, exit 1', async () => {
      const {code, stdout} = await merge(shardsSarif)
      expect(code).toBe(1)
      const log = JSON.parse(stdout) as SarifLog
      expectValidSarif(log)
      expect(resolved(log)).toEqual(resolved(sarifOf(sorted)))
    })
    it('prints GitHub annotations and stylish reports of JSON reports', async () => {
      const github = await merge(['--format', 'github', ...shardsJson])
      expect(github.code).toBe(1)
      expect(github.stdout).toBe(`${reportGithub(sorted, {cwd: directory})}\n`)
      expect(github.stdout).toMatch(/^::error title=[\w-]+,file=fixtures\/iwca\/\w+\.txt,line=\d+/m)
      const stylish = await merge(['-f', 'stylish', ...shardsJson])
      expect(stylish.code).toBe(1)
      expect(stylish.stdout).toBe(`${reportStylish(sorted, summarize(files))}\n`)
      expect((await merge(['--format=stylish', ...shardsJson], true)).stdout).toContain('\u001B[31m')
      expect((await merge(['--format=stylish', '--no-color', ...shardsJson], true)).stdout).not.toContain('\u001B[')
    })
    it('writes to --output instead of stdout', async () => {
      const {code, stdout} = await merge(['--output', 'merged.json', ...shardsJson])
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(fs.readFileSync(path.join(directory, 'merged.json'), 'utf8')).toBe(`${reportJson(sorted, {cwd: directory})}\n`)
      expect((await merge(['-o', 'merged.sarif', ...shardsSarif])).code).toBe(1)
      expectValidSarif(JSON.parse(fs.readFileSync(path.join(directory, 'merged.sarif'), 'utf8')))
    })
    it('reads UTF-16 reports with a byte order mark (Windows PowerShell redirection)', async () => {
      const {code, stdout} = await merge(['utf16.json', 'shard-2.json', 'shard-3.json'])
      expect(code).toBe(1)
      expect(stdout).toBe(`${reportJson(sorted, {cwd: directory})}\n`)
    })
    it.each([
      [['shard-1.json', 'nope.json'], /^translint: cannot read report `nope\.json`: no such file\n$/],
      [['shard-1.json', '.'], /^translint: cannot read report `\.`: it is a directory\n$/],
      [['shard-1.json', 'garbage.json'], /^translint: `garbage\.json` is not JSON \(.*\): expected a translint JSON report/],
      [['binary.json'], /^translint: `binary\.json` is not UTF-8 or UTF-16 text/],
      [['shard-1.json', 'shard-2.sarif'], /^translint: cannot merge JSON reports with SARIF logs: `shard-1\.json` is JSON, `shard-2\.sarif` is SARIF/],
      [['shard-1.json', 'utf16.json'], /^translint: shards overlap: `[^`]+` is in both `shard-1\.json` and `utf16\.json`/],
      [[], /^translint: no reports to merge: give the JSON or SARIF reports of the shards\nRun `translint merge --help` for usage\.\n$/],
      [['--format', 'xml', 'shard-1.json'], /^translint: unknown format `xml`: expected one of json, sarif, stylish, github\n/],
      [['--format', 'github', ...shardsSarif], /^translint: SARIF logs can only be merged into SARIF, not `github`: use --format sarif, or produce the shards with --format json\n/],
      [['--format', 'sarif', ...shardsJson], /^translint: JSON reports cannot be merged into SARIF/],
      [['--bogus', 'shard-1.json'], /^translint: Unknown option '--bogus'\nRun `translint merge --help` for usage\.\n$/],
      [['--output'], /^translint: Option '-o, --output <value>' argument missing\n/],
      [['-o', 'no/such/dir/out.json', 'shard-1.json'], /^translint: cannot write `no\/such\/dir\/out\.json`: no such file\n$/]
    ])('exits 2 for %j, with a message and no stack trace', async (args, message) => {
      const {code, stdout, stderr} = await merge(args)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(message)
      expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    })
    it('prints usage for --help', async () => {
      const {code, stdout} = await merge(['--help'])
      expect(code).toBe(0)
      expect(stdout).toMatch(/^Usage: translint merge \[options\] <report> <report> \.\.\./)
      for (const option of ['--format', '--output', '--color', '--help']) expect(stdout).toContain(option)
    })
  })
})
