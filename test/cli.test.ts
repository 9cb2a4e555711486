import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, it, expect} from 'vitest'
import {root, iwca} from './helpers.js'
import {run, type CliIo} from '../src/cli/index.js'

const bin = path.join(root, 'bin', 'translint.js')

function translint(args: string[], cwd = root): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m
const fixture = (name: string): string => path.join(iwca, name)

describe('translint (the command)', () => {
  it('prints JSON in the vfile-reporter-json shape and exits 1 on errors', () => {
    // With three translations or more, what the others keep is evidence: the
    // others translate `writing center`, so the Tagalog one is an error.
    const {code, stdout} = translint(['--source', fixture('en.txt'), '--format', 'json', fixture('tl.txt'), fixture('ca.txt'), fixture('af.txt')])
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Array<Record<string, any>>
    expect(report.map((file) => file.path)).toEqual(['fixtures/iwca/tl.txt', 'fixtures/iwca/ca.txt', 'fixtures/iwca/af.txt'])
    expect(report[0]).toMatchObject({language: 'tl', languageSource: 'filename'})
    const message = report[0]!.messages.find((entry: any) => entry.actual === 'writing center')
    expect(message).toMatchObject({ruleId: 'untranslated', source: 'translint', fatal: true, severity: 'error', line: 1})
    for (const key of ['reason', 'line', 'column', 'endLine', 'endColumn', 'url']) expect(message).toHaveProperty(key)
  })
  it('writes the review page with --format html: every file, its findings, the same exit code', () => {
    const {code, stdout} = translint(['--source', fixture('en.txt'), '--format', 'html', fixture('tl.txt'), fixture('ca.txt'), path.join(root, 'missing.txt')])
    expect(code).toBe(2)
    expect(stdout.startsWith('<!doctype html>')).toBe(true)
    for (const name of ['fixtures/iwca/tl.txt', 'fixtures/iwca/ca.txt', 'missing.txt']) expect(stdout).toContain(`>${name}</a>`)
    expect(stdout).toMatch(/<mark class="finding sev-error" data-rule="untranslated"/)
    expect(stdout.match(/<table class="review">/g)).toHaveLength(2)
  })
  it('exits 0 when nothing is wrong', () => {
    const {code, stdout} = translint(['--source', fixture('en.txt'), '--format', 'json', '--config', fixture('translint.config.json'), path.join(root, 'fixtures/languages/es.txt')])
    expect(JSON.parse(stdout)[0].messages.filter((message: any) => message.fatal)).toEqual([])
    expect(code).toBe(0)
  })
  it('prints a stylish report with paths, languages and rule ids', () => {
    const {code, stdout} = translint(['--source', fixture('en.txt'), fixture('tl.txt'), fixture('sr.txt'), fixture('ca.txt')])
    expect(code).toBe(1)
    expect(stdout).toContain('fixtures/iwca/tl.txt  Tagalog (tl, from the file name)')
    expect(stdout).toMatch(/^ {2}1:197-1:211 +error +Unexpected English phrase `writing center`, left untranslated {2}untranslated$/m)
    expect(stdout).toMatch(/^✖ 3 files, \d+ errors, \d+ warnings$/m)
    expect(stdout).not.toContain('\u001B[')
  })
  it('colours the report when asked', () => {
    expect(translint(['--color', '--source', fixture('en.txt'), fixture('tl.txt')]).stdout).toContain('\u001B[31merror')
  })
  it('runs from the config with no arguments (npm start)', () => {
    const {code, stdout} = translint(['--config', fixture('translint.config.json')])
    expect(code).toBe(1)
    for (const lang of ['sr', 'tl', 'ca', 'af']) expect(stdout).toContain(`fixtures/iwca/${lang}.txt`)
  })
  it('exits 1 on more warnings than --max-warnings, 0 with --quiet errors filtered', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-cli-'))
    fs.writeFileSync(path.join(directory, 'translint.config.json'), JSON.stringify({rules: {'untranslated': 'warning'}}))
    const args = ['--source', fixture('en.txt'), '--format', 'json', fixture('tl.txt')]
    expect(translint(args, directory).code).toBe(0)
    expect(translint([...args, '--max-warnings', '3'], directory).code).toBe(1)
    const quiet = translint([...args, '--quiet'], directory)
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([])
  })
  it.each([
    ['an unknown option', ['--nope'], /Unknown option '--nope'/],
    ['an unknown format', ['--format', 'xml', 'x.txt'], /unknown format `xml`: expected one of stylish, json/],
    ['an unknown language', ['--lang', 'klingon', 'x.txt'], /--lang: Unknown language tag `klingon`/],
    ['a missing source', ['--source', 'nope.txt', fixture('sr.txt')], /Cannot read the source `nope.txt`: no such file/],
    ['a bad --max-warnings', ['--max-warnings', 'many', 'x.txt'], /`--max-warnings` takes a whole number/],
    ['no files at all', ['--no-config'], /No files to check/]
  ])('exits 2 on %s, with a message and no stack trace', (_, args, pattern) => {
    const {code, stderr, stdout} = translint(args as string[])
    expect(code).toBe(2)
    expect(stderr).toMatch(pattern as RegExp)
    expect(stderr + stdout).not.toMatch(stackTrace)
  })
  it('exits 2 on an invalid config, naming the file and the key', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-cli-'))
    const config = path.join(directory, 'bad.json')
    fs.writeFileSync(config, '{"rules": {"no-such-rule": "error"}}')
    const {code, stderr} = translint(['--config', config, fixture('sr.txt')])
    expect(code).toBe(2)
    expect(stderr).toContain(`${config}: \`rules.no-such-rule\`: unknown rule \`no-such-rule\``)
  })
  it('reports every file, also unreadable and missing ones, and checks the rest (exit 2)', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-cli-'))
    fs.writeFileSync(path.join(directory, 'binary.txt'), Buffer.from(Array.from({length: 512}, (_, index) => index % 5 === 0 ? 0 : index % 256)))
    const {code, stdout, stderr} = translint(['--source', fixture('en.txt'), '--format', 'json', fixture('sr.txt'), path.join(directory, 'binary.txt'), path.join(directory, 'missing.txt'), fixture('tl.txt')])
    expect(code).toBe(2)
    const report = JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
    expect(report.map((file) => path.basename(file.path))).toEqual(['sr.txt', 'binary.txt', 'missing.txt', 'tl.txt'])
    expect(report[1]!.messages).toMatchObject([{ruleId: 'unreadable', reason: expect.stringMatching(/looks binary/)}])
    expect(report[2]!.messages).toMatchObject([{ruleId: 'unreadable', reason: 'No such file or directory'}])
    expect(report[3]!.messages.some((message) => message.ruleId === 'untranslated')).toBe(true)
    expect(stderr).toContain('1 input could not be read')
    // Every file names the source it was checked against, also the ones that could not be read.
    expect(new Set(report.map((file) => (file as unknown as {source: string}).source))).toEqual(new Set([path.relative(root, fixture('en.txt')).split(path.sep).join('/')]))
  })
  it('prints SARIF and workflow commands', () => {
    const sarif = translint(['--source', fixture('en.txt'), '--format', 'sarif', fixture('tl.txt')])
    expect(sarif.code).toBe(1)
    expect(JSON.parse(sarif.stdout)).toMatchObject({version: '2.1.0', runs: [{tool: {driver: {name: 'translint'}}}]})
    const github = translint(['--source', fixture('en.txt'), '--format', 'github', fixture('tl.txt')])
    expect(github.code).toBe(1)
    // Alone, with no other translation to compare with, two English nouns
    // may be a kept term: a warning (with three files it is an error, above).
    expect(github.stdout).toMatch(/^::warning title=untranslated,file=fixtures\/iwca\/tl\.txt,line=1,endLine=1,col=197,endColumn=211::Unexpected English phrase `writing center`, left untranslated/m)
    expect(github.stdout).toMatch(/^::error title=untranslated,file=fixtures\/iwca\/tl\.txt,line=7,endLine=7,col=43,endColumn=54::Unexpected English word `empowerment`, left untranslated/m)
  })
  it('prints help and version', () => {
    expect(translint(['--help']).stdout).toContain('Usage: translint [options]')
    expect(translint(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

/** The command in this process (the source, not the bundle), with its outputs. */
async function inProcess(args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {stdout: {write: (text: string) => (stdout += text)}, stderr: {write: (text: string) => (stderr += text)}, cwd, env: {}}
  const code = await run(args, io)
  return {code, stdout, stderr}
}

describe('translint --suppress-all, --suppress-rule, --prune-suppressions', () => {
  const SOURCE = 'The IWCA was founded in 1983.\n\nIt has 40 members in 12 countries.\n'
  const project = (translation: string): string => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-suppress-'))
    fs.mkdirSync(path.join(directory, 'translations'))
    fs.writeFileSync(path.join(directory, 'en.txt'), SOURCE)
    fs.writeFileSync(path.join(directory, 'translations', 'ca.txt'), translation)
    fs.writeFileSync(path.join(directory, 'translint.config.json'), JSON.stringify({source: 'en.txt', files: ['translations/*.txt']}))
    return directory
  }
  const wrongYear = "L'IWCA es va fundar el 1938.\n\nTé 40 membres a 12 països.\n"
  const alsoWrongCount = "L'IWCA es va fundar el 1938.\n\nTé 41 membres a 12 països.\n"
  const right = "L'IWCA es va fundar el 1983.\n\nTé 40 membres a 12 països.\n"
  const stored = (directory: string, name = 'translint-suppressions.json'): unknown => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8'))

  it('records existing errors, passes on them, fails on a new one, and prunes what is fixed', async () => {
    const directory = project(wrongYear)
    // From a subfolder: the file is in the config's folder, keyed relative to it.
    const cwd = path.join(directory, 'translations')
    // Outside the working directory, paths are shown in full.
    const shown = path.join(directory, 'translint-suppressions.json')
    expect((await inProcess(['--concurrency', '1'], cwd)).code).toBe(1)

    const suppressed = await inProcess(['--suppress-all', '--concurrency', '1'], cwd)
    expect(suppressed.stderr).toBe(`translint: ${shown}: 1 problem in 1 file suppressed\n`)
    expect(suppressed.code).toBe(0)
    expect(suppressed.stdout).toMatch(/^✔ 1 file, no problems \(1 suppressed\)$/m)
    expect(stored(directory)).toEqual({'translations/ca.txt': {'number-parity': {count: 1}}})
    expect(fs.readFileSync(path.join(directory, 'translint-suppressions.json'), 'utf8')).toBe('{\n  "translations/ca.txt": {\n    "number-parity": {\n      "count": 1\n    }\n  }\n}\n')

    const again = await inProcess(['--format', 'json', '--concurrency', '1'], cwd)
    expect(again.code).toBe(0)
    const report = JSON.parse(again.stdout)
    expect(report[0].messages.filter((entry: any) => entry.severity === 'error')).toEqual([])
    expect(report[0].suppressedMessages).toMatchObject([{ruleId: 'number-parity', actual: '1938'}])

    // A new error of the same rule: more than recorded, so both are reported.
    fs.writeFileSync(path.join(cwd, 'ca.txt'), alsoWrongCount)
    const more = await inProcess(['--concurrency', '1'], cwd)
    expect(more.code).toBe(1)
    expect(more.stdout).toContain('Unexpected number `1938`')
    expect(more.stdout).toContain('Unexpected number `41`')
    expect(more.stdout).toMatch(/^✖ 1 file, 2 errors$/m)

    // Fixed: the entry is unused, a note and not a failure, until pruned.
    fs.writeFileSync(path.join(cwd, 'ca.txt'), right)
    const fixed = await inProcess(['--concurrency', '1'], cwd)
    expect(fixed.code).toBe(0)
    expect(fixed.stdout).toContain(`1 unused suppression in ${shown}: translations/ca.txt number-parity (1 recorded, 0 found); remove with --prune-suppressions`)
    const json = await inProcess(['--format', 'json', '--concurrency', '1'], cwd)
    expect(json.code).toBe(0)
    expect(() => JSON.parse(json.stdout)).not.toThrow()
    expect(json.stderr).toContain(`1 unused suppression in ${shown} (fewer errors than recorded)`)

    const pruned = await inProcess(['--prune-suppressions', '--concurrency', '1'], cwd)
    expect(pruned.code).toBe(0)
    expect(pruned.stderr).toBe(`translint: ${shown}: 1 suppression no longer needed, removed:\n  translations/ca.txt  number-parity  1 (entry removed)\n`)
    expect(stored(directory)).toEqual({})
    expect(pruned.stdout).not.toContain('unused')
    expect((await inProcess(['--prune-suppressions', '--concurrency', '1'], cwd)).stderr).toBe(`translint: ${shown}: nothing to prune\n`)
  })

  it('--suppress-rule records one rule, merging into the file; --suppressions-location and --no-suppressions', async () => {
    const directory = project(alsoWrongCount)
    fs.writeFileSync(path.join(directory, 'ci.json'), JSON.stringify({'translations/other.txt': {spelling: {count: 2}}}))
    const written = await inProcess(['--suppress-rule', 'number-parity', '--suppressions-location', 'ci.json', '--concurrency', '1'], directory)
    expect(written.code).toBe(0)
    expect(written.stderr).toBe('translint: ci.json: 2 problems in 1 file suppressed\n')
    expect(stored(directory, 'ci.json')).toEqual({'translations/ca.txt': {'number-parity': {count: 2}}, 'translations/other.txt': {spelling: {count: 2}}})
    expect(fs.existsSync(path.join(directory, 'translint-suppressions.json'))).toBe(false)
    // Not the default file: without the option, the errors count.
    expect((await inProcess(['--concurrency', '1'], directory)).code).toBe(1)
    expect((await inProcess(['--suppressions-location', 'ci.json', '--concurrency', '1'], directory)).code).toBe(0)
    fs.renameSync(path.join(directory, 'ci.json'), path.join(directory, 'translint-suppressions.json'))
    expect((await inProcess(['--concurrency', '1'], directory)).code).toBe(0)
    const all = await inProcess(['--no-suppressions', '--concurrency', '1'], directory)
    expect(all.code).toBe(1)
    expect(all.stdout).toMatch(/^✖ 1 file, 2 errors$/m)
  })

  it.each([
    ['an unknown rule', ['--suppress-rule', 'speling'], /^translint: --suppress-rule: unknown rule `speling`: expected one of (?=.*\bspelling\b)(?=.*\bnumber-parity\b)/],
    ['--suppress-all with --suppress-rule', ['--suppress-all', '--suppress-rule', 'spelling'], /`--suppress-all` and `--suppress-rule` cannot be used together/],
    ['--prune-suppressions with --suppress-all', ['--prune-suppressions', '--suppress-all'], /`--prune-suppressions` and `--suppress-all` cannot be used together/],
    ['--no-suppressions with --suppressions-location', ['--no-suppressions', '--suppressions-location', 'x.json'], /`--no-suppressions` and `--suppressions-location` cannot be used together/],
    ['a missing --suppressions-location', ['--suppressions-location', 'nope.json'], /The suppressions file `nope.json` does not exist/],
    ['nothing to prune', ['--prune-suppressions'], /cannot prune `translint-suppressions.json`: there is no such file/]
  ])('exits 2 on %s', async (_, args, pattern) => {
    const directory = project(wrongYear)
    const {code, stderr} = await inProcess([...args as string[], '--concurrency', '1'], directory)
    expect(code).toBe(2)
    expect(stderr).toMatch(pattern as RegExp)
    expect(fs.existsSync(path.join(directory, 'translint-suppressions.json'))).toBe(false)
  })

  it('exits 2 on a bad suppressions file, naming it and the line', async () => {
    const directory = project(wrongYear)
    fs.writeFileSync(path.join(directory, 'translint-suppressions.json'), '{\n  "translations/ca.txt": {"number-parity": {"count": 1}},\n}\n')
    const {code, stderr} = await inProcess(['--concurrency', '1'], directory)
    expect(code).toBe(2)
    expect(stderr).toMatch(/^translint: translint-suppressions\.json: line 3, column 1: not JSON: /)
  })
})
