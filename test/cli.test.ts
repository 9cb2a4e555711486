import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, it, expect} from 'vitest'
import {root, iwca} from './helpers.js'

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
