/**
 * Suppressions for existing problems (ESLint 9's bulk suppressions): what is
 * recorded, what a later run leaves out and still reports, unused and
 * pruned entries, the file's keys and layout, and its errors.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it, expect} from 'vitest'
import {
  SUPPRESSIONS_FILE, applySuppressions, formatSuppressions, keyFor, parseSuppressions, pruneSuppressions,
  readSuppressions, recordSuppressions, withSuppressions, writeSuppressions, type Suppressions
} from '../src/run/suppressions.js'
import {UsageError} from '../src/run/source.js'
import {canonicalResult, countMessages, fileResultSchema, summarize, type FileResult, type LintMessage} from '../src/lint/messages.js'
import {reportJson} from '../src/report/json.js'
import {reportStylish} from '../src/report/stylish.js'
import {readReport, mergeJson, type JsonReport} from '../src/run/merge.js'
import {checkFiles} from '../src/index.js'

function message(ruleId: string, line: number, severity: LintMessage['severity'] = 'error'): LintMessage {
  return {
    ruleId, source: 'translint', severity, fatal: severity === 'error' ? true : severity === 'warning' ? false : null,
    reason: `${ruleId} at ${line}`, line, column: 1, endLine: line, endColumn: 2, offset: 0, endOffset: 1, url: `https://example.com/${ruleId}`
  }
}

function file(filePath: string, messages: LintMessage[]): FileResult {
  return countMessages({path: filePath, source: 'en.txt', language: 'sr', languageName: 'Serbian', languageSource: 'filename', messages})
}

const same = (file: string): string => file
const ids = (messages: readonly LintMessage[] | undefined): string[] => (messages ?? []).map((entry) => `${entry.ruleId}@${entry.line}`)

describe('recordSuppressions', () => {
  const files = [
    file('sr.txt', [message('spelling', 1), message('spelling', 2), message('untranslated', 3), message('spelling', 4, 'warning')]),
    file('tl.txt', [message('unreadable', 1)]),
    file('ca.txt', [message('number-parity', 5, 'warning')])
  ]
  it('counts errors per file and rule: not warnings, not the engine’s messages about the run', () => {
    const recorded = recordSuppressions(files, {keyOf: same})
    expect(recorded.data).toEqual({'sr.txt': {spelling: {count: 2}, untranslated: {count: 1}}})
    expect([recorded.problems, recorded.files]).toEqual([3, 1])
  })
  it('records only the rules asked for (--suppress-rule)', () => {
    expect(recordSuppressions(files, {rules: ['untranslated'], keyOf: same}).data).toEqual({'sr.txt': {untranslated: {count: 1}}})
  })
  it('merges into an existing file: counts found replace recorded ones, others stay', () => {
    const existing: Suppressions = {'sr.txt': {spelling: {count: 7}, 'list-count': {count: 1}}, 'other.txt': {spelling: {count: 2}}}
    const recorded = recordSuppressions(files, {existing, keyOf: same})
    expect(recorded.data).toEqual({'sr.txt': {spelling: {count: 2}, untranslated: {count: 1}, 'list-count': {count: 1}}, 'other.txt': {spelling: {count: 2}}})
    // The existing data is not changed.
    expect(existing['sr.txt']!.spelling!.count).toBe(7)
  })
  it('counts errors already suppressed too (a result with suppressions applied)', () => {
    const applied = applySuppressions(files, {'sr.txt': {spelling: {count: 2}}}, {keyOf: same}).files
    expect(recordSuppressions(applied, {keyOf: same}).data).toEqual({'sr.txt': {spelling: {count: 2}, untranslated: {count: 1}}})
  })
})

describe('applySuppressions', () => {
  const sr = file('sr.txt', [message('spelling', 1), message('untranslated', 2), message('spelling', 3), message('spelling', 4, 'warning')])
  it('moves errors up to the recorded count to suppressedMessages and counts again', () => {
    const {files, unused} = applySuppressions([sr], {'sr.txt': {spelling: {count: 2}}}, {keyOf: same})
    expect(ids(files[0]!.messages)).toEqual(['untranslated@2', 'spelling@4'])
    expect(ids(files[0]!.suppressedMessages)).toEqual(['spelling@1', 'spelling@3'])
    expect([files[0]!.errors, files[0]!.warnings]).toEqual([1, 1])
    expect(summarize(files)).toMatchObject({errors: 1, warnings: 1, suppressed: 2, failed: 1})
    expect(unused).toEqual([])
    // The input is left as it was.
    expect(sr.messages).toHaveLength(4)
    expect(sr.suppressedMessages).toBeUndefined()
  })
  it('reports all errors of a rule when there are more than recorded', () => {
    const {files, unused} = applySuppressions([sr], {'sr.txt': {spelling: {count: 1}, untranslated: {count: 1}}}, {keyOf: same})
    expect(ids(files[0]!.messages)).toEqual(['spelling@1', 'spelling@3', 'spelling@4'])
    expect(ids(files[0]!.suppressedMessages)).toEqual(['untranslated@2'])
    expect(files[0]!.errors).toBe(2)
    expect(unused).toEqual([])
  })
  it('reports entries that record more than is found as unused, and leaves files not in the run alone', () => {
    const data: Suppressions = {'sr.txt': {spelling: {count: 5}, 'list-count': {count: 1}}, 'elsewhere.txt': {spelling: {count: 3}}}
    const {files, unused} = applySuppressions([sr], data, {keyOf: same})
    expect(files[0]!.errors).toBe(1)
    expect(unused).toEqual([
      {path: 'sr.txt', ruleId: 'list-count', count: 1, found: 0},
      {path: 'sr.txt', ruleId: 'spelling', count: 5, found: 2}
    ])
  })
  it('counts a stale entry (its file is gone) as unused', () => {
    const {unused} = applySuppressions([sr], {'gone.txt': {spelling: {count: 3}}}, {keyOf: same, stale: (key) => key === 'gone.txt'})
    expect(unused).toEqual([{path: 'gone.txt', ruleId: 'spelling', count: 3, found: 0}])
  })
  it('never suppresses warnings or the engine’s messages about the run', () => {
    const files = [file('sr.txt', [message('spelling', 1, 'warning')]), file('tl.txt', [message('unreadable', 1)])]
    const applied = applySuppressions(files, {'sr.txt': {spelling: {count: 1}}, 'tl.txt': {unreadable: {count: 1}}}, {keyOf: same})
    expect(applied.files).toEqual(files)
    expect(applied.unused.map((entry) => entry.path)).toEqual(['sr.txt', 'tl.txt'])
  })
  it('applying twice is applying once, and a lower count puts messages back', () => {
    const once = applySuppressions([sr], {'sr.txt': {spelling: {count: 2}}}, {keyOf: same}).files
    expect(applySuppressions(once, {'sr.txt': {spelling: {count: 2}}}, {keyOf: same}).files).toEqual(once)
    const back = applySuppressions(once, {}, {keyOf: same}).files[0]!
    expect(back).toEqual(sr)
    expect('suppressedMessages' in back).toBe(false)
  })
})

describe('file names that are Object’s property names', () => {
  it('are file names like any other', () => {
    const files = [file('constructor', [message('spelling', 1)]), file('hasOwnProperty', [message('spelling', 1)])]
    const {data} = recordSuppressions(files, {keyOf: same})
    expect(Object.keys(data)).toEqual(['constructor', 'hasOwnProperty'])
    expect(parseSuppressions(formatSuppressions(data), 'x.json')).toEqual(data)
    expect(applySuppressions(files, data, {keyOf: same}).files.map((entry) => entry.errors)).toEqual([0, 0])
    expect(applySuppressions([file('toString', [message('spelling', 1)])], {}, {keyOf: same}).files[0]!.errors).toBe(1)
    expect(({} as Record<string, unknown>).spelling).toBeUndefined()
  })
})

describe('pruneSuppressions', () => {
  const files = [file('sr.txt', [message('spelling', 1), message('untranslated', 2), message('untranslated', 3)])]
  it('lowers counts to what is found, drops zeros and empty files, keeps exceeded entries and files not in the run', () => {
    const existing: Suppressions = {
      'sr.txt': {spelling: {count: 4}, untranslated: {count: 1}, 'list-count': {count: 2}, 'number-parity': {count: 0}},
      'other.txt': {spelling: {count: 1}},
      'gone.txt': {spelling: {count: 1}}
    }
    const {data, pruned} = pruneSuppressions(files, existing, {keyOf: same, stale: (key) => key === 'gone.txt'})
    expect(data).toEqual({'sr.txt': {spelling: {count: 1}, untranslated: {count: 1}}, 'other.txt': {spelling: {count: 1}}})
    expect(pruned).toEqual([
      {path: 'gone.txt', ruleId: 'spelling', count: 1, found: 0},
      {path: 'sr.txt', ruleId: 'list-count', count: 2, found: 0},
      {path: 'sr.txt', ruleId: 'spelling', count: 4, found: 1}
    ])
    // After pruning, nothing is unused.
    expect(applySuppressions(files, data, {keyOf: same}).unused).toEqual([])
  })
})

describe('keys: paths relative to the suppressions file’s folder', () => {
  it('resolves the results’ paths (relative to cwd) against the file’s folder', () => {
    const keyOf = keyFor('/project', '/project/translations')
    expect(keyOf('sr.txt')).toBe('translations/sr.txt')
    expect(keyOf('/project/docs/tl.md')).toBe('docs/tl.md')
    expect(keyFor('/project/config', '/project')('sr.txt')).toBe('../sr.txt')
  })
  it('writes `/` on Windows too', () => {
    const keyOf = keyFor('C:\\project', 'C:\\project\\translations', path.win32)
    expect(keyOf('sub\\sr.txt')).toBe('translations/sub/sr.txt')
    expect(keyOf('C:\\project\\docs\\tl.md')).toBe('docs/tl.md')
    expect(keyOf('sub/ca.txt')).toBe('translations/sub/ca.txt')
  })
})

describe('the file', () => {
  it('is laid out with sorted keys, two spaces and a final newline, and reads back', () => {
    const data: Suppressions = {'z.txt': {b: {count: 1}, a: {count: 2}}, '10': {spelling: {count: 3}}, 'a b.txt': {}}
    const text = formatSuppressions(data)
    expect(text).toBe('{\n  "10": {\n    "spelling": {\n      "count": 3\n    }\n  },\n  "z.txt": {\n    "a": {\n      "count": 2\n    },\n    "b": {\n      "count": 1\n    }\n  }\n}\n')
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
    expect(parseSuppressions(text, SUPPRESSIONS_FILE)).toEqual({'10': {spelling: {count: 3}}, 'z.txt': {a: {count: 2}, b: {count: 1}}})
    expect(formatSuppressions({})).toBe('{}\n')
  })
  it('a missing file is undefined; a bad one is a UsageError naming the file and the place', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-suppressions-'))
    const file = path.join(directory, SUPPRESSIONS_FILE)
    expect(await readSuppressions(file)).toBeUndefined()
    fs.writeFileSync(file, '{\n  "sr.txt": {\n    "spelling": {"count": 1},,\n  }\n}\n')
    await expect(readSuppressions(file, {cwd: directory})).rejects.toThrow(new UsageError('translint-suppressions.json: line 3, column 30: not JSON: Expected double-quoted property name'))
    await writeSuppressions(file, {'sr.txt': {spelling: {count: 2}}})
    expect(await readSuppressions(file)).toEqual({'sr.txt': {spelling: {count: 2}}})
    expect(() => parseSuppressions('[]', 'x.json')).toThrow('x.json: the file must be an object of file paths, found an array')
    expect(() => parseSuppressions('{"sr.txt": {"spelling": {"count": "3"}}}', 'x.json')).toThrow('x.json: ["sr.txt"]["spelling"].count must be a whole number, found "3"')
    expect(() => parseSuppressions('{"sr.txt": {"spelling": 3}}', 'x.json')).toThrow('x.json: ["sr.txt"]["spelling"] must be an object `{"count": n}`, found 3')
    expect(() => parseSuppressions('{"sr.txt": {"spelling": {"count": 1, "why": "old"}}}', 'x.json')).toThrow('x.json: ["sr.txt"]["spelling"] has an unknown key `why`: only `count` is allowed')
    expect(() => parseSuppressions('', 'x.json')).toThrow('x.json: not JSON: the file is empty')
    expect(parseSuppressions('\uFEFF{}', 'x.json')).toEqual({})
  })
})

describe('withSuppressions', () => {
  const setup = (): {directory: string; result: {files: FileResult[]; summary: ReturnType<typeof summarize>}} => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-suppressions-'))
    fs.mkdirSync(path.join(directory, 'translations'))
    fs.writeFileSync(path.join(directory, 'translations', 'sr.txt'), 'x\n')
    const files = [file('sr.txt', [message('spelling', 1), message('spelling', 2)])]
    return {directory, result: {files, summary: summarize(files)}}
  }
  it('applies translint-suppressions.json in the config’s folder, keyed relative to it', async () => {
    const {directory, result} = setup()
    await writeSuppressions(path.join(directory, SUPPRESSIONS_FILE), {'translations/sr.txt': {spelling: {count: 2}}, 'translations/gone.txt': {spelling: {count: 1}}})
    const applied = await withSuppressions(result, {cwd: path.join(directory, 'translations'), root: directory})
    expect(applied.summary).toMatchObject({errors: 0, suppressed: 2, failed: 0})
    expect(applied.suppressions).toEqual({file: path.join(directory, SUPPRESSIONS_FILE), suppressed: 2, unused: [{path: 'translations/gone.txt', ruleId: 'spelling', count: 1, found: 0}]})
  })
  it('leaves the result as it is without a file, or with `false`', async () => {
    const {directory, result} = setup()
    expect(await withSuppressions(result, {cwd: directory, root: directory})).toBe(result)
    await writeSuppressions(path.join(directory, SUPPRESSIONS_FILE), {'sr.txt': {spelling: {count: 2}}})
    expect(await withSuppressions(result, {file: false, cwd: directory, root: directory})).toBe(result)
  })
  it('takes a file given, relative to cwd, and refuses one that is missing or outside the workspace', async () => {
    const {directory, result} = setup()
    await writeSuppressions(path.join(directory, 'ci', 'known.json'), {'../sr.txt': {spelling: {count: 2}}})
    const applied = await withSuppressions(result, {file: 'ci/known.json', cwd: directory, root: '/nowhere'})
    expect(applied.summary.suppressed).toBe(2)
    await expect(withSuppressions(result, {file: 'ci/nope.json', cwd: directory, root: directory})).rejects.toThrow('The suppressions file `ci/nope.json` does not exist')
    await expect(withSuppressions(result, {file: 'ci/known.json', cwd: directory, root: directory, workspace: path.join(directory, 'translations')})).rejects.toThrow(/Refused to read the suppressions file `ci\/known.json`: it is outside/)
  })
})

describe('suppressed messages in results and reports', () => {
  const files = applySuppressions([file('sr.txt', [message('spelling', 1), message('untranslated', 2)])], {'sr.txt': {spelling: {count: 1}}}, {keyOf: same}).files
  it('are in the schema, after messages, and kept by canonicalResult (the cache)', () => {
    expect(fileResultSchema.parse(files[0])).toEqual(files[0])
    expect(Object.keys(canonicalResult(files[0]!))).toEqual(['path', 'source', 'language', 'languageName', 'languageSource', 'messages', 'suppressedMessages', 'errors', 'warnings', 'infos'])
  })
  it('survive the JSON report and `translint merge`', () => {
    const json = reportJson(files, {cwd: '/'})
    expect(JSON.parse(json)[0].suppressedMessages).toEqual(files[0]!.suppressedMessages)
    const merged = mergeJson([readReport(json, 'shard-1.json') as JsonReport])
    expect(merged).toEqual(files)
    expect(summarize(merged).suppressed).toBe(1)
    // Files without suppressed messages print as before.
    expect(JSON.parse(reportJson([file('ca.txt', [])]))[0]).not.toHaveProperty('suppressedMessages')
  })
  it('stylish counts them in the total and notes unused entries', () => {
    const text = reportStylish(files, summarize(files), {suppressions: {file: SUPPRESSIONS_FILE, unused: [
      {path: 'a.txt', ruleId: 'spelling', count: 3, found: 1}, {path: 'b.txt', ruleId: 'spelling', count: 1, found: 0},
      {path: 'c.txt', ruleId: 'spelling', count: 1, found: 0}, {path: 'd.txt', ruleId: 'spelling', count: 1, found: 0}
    ]}})
    const lines = text.split('\n')
    expect(lines.at(-2)).toBe('✖ 1 file, 1 error (1 suppressed)')
    expect(lines.at(-1)).toBe('4 unused suppressions in translint-suppressions.json: a.txt spelling (3 recorded, 1 found), b.txt spelling (1 recorded, 0 found), c.txt spelling (1 recorded, 0 found), 1 more; remove with --prune-suppressions')
    expect(reportStylish(files, summarize(files))).not.toContain('unused')
  })
})

describe('checkFiles', () => {
  it('applies the config folder’s suppressions file unless `suppressions: false`', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-suppressions-'))
    fs.writeFileSync(path.join(directory, 'en.txt'), 'The IWCA was founded in 1983.\n')
    fs.writeFileSync(path.join(directory, 'ca.txt'), 'L\'IWCA es va fundar el 1938.\n')
    fs.writeFileSync(path.join(directory, 'translint.config.json'), JSON.stringify({source: 'en.txt', files: ['ca.txt']}))
    await writeSuppressions(path.join(directory, SUPPRESSIONS_FILE), {'ca.txt': {'number-parity': {count: 1}}})
    const options = {cwd: directory, concurrency: 1} as const
    const applied = await checkFiles([], options) as Awaited<ReturnType<typeof checkFiles>> & {suppressions?: unknown}
    expect(applied.summary).toMatchObject({errors: 0, suppressed: 1})
    expect(applied.suppressions).toMatchObject({suppressed: 1, unused: []})
    const plain = await checkFiles([], {...options, suppressions: false})
    expect(plain.summary).toMatchObject({errors: 1, suppressed: 0})
  })
})
