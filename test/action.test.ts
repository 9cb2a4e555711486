/**
 * The committed dist/index.js, run the way a GitHub runner runs a JavaScript
 * action: a workspace as the working directory, inputs as INPUT_* variables,
 * summary and outputs as files, and no node_modules anywhere above it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, it, expect, beforeAll} from 'vitest'
import {root, iwca} from './helpers.js'

let action: string

beforeAll(() => {
  // A copy of dist/ far from the repository's node_modules.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-action-'))
  fs.cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), {recursive: true})
  action = path.join(copy, 'dist', 'index.js')
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  workspace: string
}

function workspace(files: Record<string, string | Buffer> = {}): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-ws-'))
  fs.mkdirSync(path.join(directory, 'mission'))
  for (const lang of ['en', 'sr', 'tl', 'ca', 'af']) fs.copyFileSync(path.join(iwca, `${lang}.txt`), path.join(directory, 'mission', `${lang}.txt`))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    fs.writeFileSync(path.join(directory, name), content)
  }
  return directory
}

function runAction(inputs: Record<string, string>, directory = workspace(), event?: {name: string; payload: unknown}): Run {
  const summary = path.join(directory, '..', `${path.basename(directory)}-summary.md`)
  const output = path.join(directory, '..', `${path.basename(directory)}-output.txt`)
  fs.writeFileSync(summary, '')
  fs.writeFileSync(output, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: directory,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: os.tmpdir()
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  if (event) {
    env.GITHUB_EVENT_NAME = event.name
    env.GITHUB_EVENT_PATH = path.join(directory, '..', `${path.basename(directory)}-event.json`)
    fs.writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(event.payload))
  }
  const result = spawnSync(process.execPath, [action], {cwd: directory, env, encoding: 'utf8'})
  const outputs: Record<string, string> = {}
  const text = fs.readFileSync(output, 'utf8')
  for (const match of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!
  return {code: result.status, stdout: result.stdout, stderr: result.stderr, summary: fs.readFileSync(summary, 'utf8'), outputs, workspace: directory}
}

const annotations = (stdout: string) => [...stdout.matchAll(/^::(error|warning|notice) (.*?)::(.*)$/gm)].map((match) => ({
  level: match[1]!,
  properties: Object.fromEntries(match[2]!.split(',').map((pair) => pair.split('=') as [string, string])),
  message: match[3]!
}))

describe('the Action (dist/index.js as a runner runs it)', () => {
  it('fails the step on the Tagalog translation and annotates where', () => {
    const run = runAction({files: 'mission/sr.txt mission/tl.txt\nmission/ca.txt mission/af.txt', source: 'mission/en.txt', 'fail-on': 'error'})
    expect(run.code).toBe(1)
    const found = annotations(run.stdout)
    const tagalog = found.find((annotation) => annotation.properties.file === 'mission/tl.txt' && annotation.message.includes('writing center'))
    expect(tagalog).toMatchObject({level: 'error', properties: {title: 'untranslated', line: '1', col: '197', endLine: '1', endColumn: '211'}})
    const structural = ['list-count', 'paragraph-count', 'number-parity', 'required-term', 'mixed-script', 'wrong-language']
    for (const lang of ['sr', 'ca', 'af']) {
      expect(found.filter((annotation) => annotation.properties.file === `mission/${lang}.txt` && structural.includes(annotation.properties.title!))).toEqual([])
    }
    // The table: one row per file with its verdict.
    expect(run.summary).toMatch(/^\| `mission\/tl\.txt` \| Tagalog \(tl\) \| ❌ fails \| \d+ \| \d+ \| untranslated \d+, spelling \d+ \|$/m)
    for (const lang of ['sr', 'ca', 'af']) expect(run.summary).toMatch(new RegExp(`^\\| \`mission/${lang}\\.txt\` \\|`, 'm'))
    expect(run.summary).toContain('### Findings')
    expect(run.outputs).toMatchObject({files: '4', 'sarif-file': ''})
    // sr, ca, af: the carried-over article; tl: the article, `writing center` three times, `empowerment`.
    expect(Number(run.outputs.errors)).toBe(8)
    expect(run.stdout).toMatch(/^::error::translint found \d+ errors in 4 of 4 files$/m)
  })
  it('passes with fail-on: never and writes SARIF when asked', () => {
    const run = runAction({files: 'mission/tl.txt', source: 'mission/en.txt', 'fail-on': 'never', sarif: 'reports/translint.sarif'})
    expect(run.code).toBe(0)
    expect(run.outputs['sarif-file']).toBe('reports/translint.sarif')
    const sarif = JSON.parse(fs.readFileSync(path.join(run.workspace, 'reports/translint.sarif'), 'utf8'))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('mission/tl.txt')
  })
  it('writes the review page when asked, and the job summary says where it is', () => {
    const run = runAction({files: 'mission/ca.txt', source: 'mission/en.txt', 'fail-on': 'never', html: 'reports/review.html'})
    expect(run.code).toBe(0)
    expect(run.outputs['html-file']).toBe('reports/review.html')
    const page = fs.readFileSync(path.join(run.workspace, 'reports/review.html'), 'utf8')
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain('<table class="review">')
    expect(page).toContain('mission/ca.txt')
    expect(run.summary).toContain('`reports/review.html`')
    expect(run.summary).toContain('actions/upload-artifact')
    expect(runAction({files: 'mission/ca.txt', source: 'mission/en.txt', 'fail-on': 'never'}).outputs['html-file']).toBe('')
  })
  it('fails on warnings with fail-on: warning', () => {
    const run = runAction({files: 'mission/af.txt', source: 'mission/en.txt', 'fail-on': 'warning', config: 'quiet.json'}, workspace({'quiet.json': '{"rules": {"untranslated": "off"}}'}))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::translint found 0 errors and \d+ warnings$/m)
  })
  it('respects GitHub\'s annotation limits and reports every finding in the summary', () => {
    const numbers = Array.from({length: 40}, (_, index) => index + 1)
    const directory = workspace({
      'many/en.txt': `Numbers: ${numbers.join(', ')}.\n`,
      'many/es.txt': `Números: ${numbers.map((number) => number + 100).join(', ')}.\n`
    })
    const run = runAction({files: 'many/es.txt', source: 'many/en.txt'}, directory)
    expect(run.code).toBe(1)
    const found = annotations(run.stdout)
    for (const level of ['error', 'warning', 'notice']) expect(found.filter((annotation) => annotation.level === level).length).toBeLessThanOrEqual(10)
    expect(found.length).toBeLessThanOrEqual(50)
    // Nine findings, the failure message, and one notice about the rest.
    expect(found.filter((annotation) => annotation.level === 'error' && annotation.properties.file === 'many/es.txt')).toHaveLength(9)
    expect(found.find((annotation) => annotation.level === 'notice')?.message).toMatch(/^translint reported 40 findings; 31 errors are not annotated/)
    expect(run.outputs.errors).toBe('40')
    expect(run.summary.match(/^\| 1:\d+ \| error \| \[number-parity\]/gm)).toHaveLength(40)
    expect(run.summary).toContain('> GitHub shows at most 10 annotations of each level per step: 31 of the findings below are not annotated in the code view, but all are listed here.')
  })
  it('refuses files outside the workspace', () => {
    const run = runAction({files: '../outside.txt', source: 'mission/en.txt'})
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::Input `files`: `\.\.\/outside\.txt` is outside the workspace/m)
  })
  it('refuses a symbolic link that leads outside the workspace', () => {
    const directory = workspace()
    fs.symlinkSync('/etc/hostname', path.join(directory, 'mission', 'link.txt'))
    const run = runAction({files: 'mission/link.txt', source: 'mission/en.txt'}, directory)
    expect(run.code).toBe(1)
    expect(run.summary).toContain('Refused: the file is outside')
  })
  it('fails with one clear message on an invalid input or config', () => {
    expect(runAction({files: 'mission/tl.txt', 'fail-on': 'sometimes'}).stdout).toMatch(/^::error::Input `fail-on` must be one of error, warning, never, not `sometimes`$/m)
    const bad = runAction({files: 'mission/tl.txt', config: 'bad.json'}, workspace({'bad.json': '{"rules": {"no-such-rule": "error"}}'}))
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/^::error::Invalid configuration: .*bad\.json: `rules\.no-such-rule`: unknown rule `no-such-rule`/m)
    expect(bad.stderr).toBe('')
  })
})

describe('the Action on a pull request (git in the workspace)', () => {
  it('annotates and fails only on the lines the pull request changed, and counts the rest', () => {
    const directory = workspace()
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=translint', '-c', 'user.email=translint@example.com', '-c', 'commit.gpgsign=false', ...args], {cwd: directory, encoding: 'utf8'}).stdout.trim()
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    const base = git('rev-parse', 'HEAD')
    // The pull request changes the Catalan translation's last paragraph: its year.
    const catalan = path.join(directory, 'mission', 'ca.txt')
    const lines = fs.readFileSync(catalan, 'utf8').split('\n')
    const last = lines.findLastIndex((line) => line.trim() !== '')
    lines[last] = `${lines[last]} 1999.`
    fs.writeFileSync(catalan, lines.join('\n'))
    git('commit', '-q', '-a', '-m', 'pull request')
    const files = 'mission/sr.txt mission/tl.txt mission/ca.txt mission/af.txt'
    const run = runAction({files, source: 'mission/en.txt', 'only-changed': 'false'}, directory, {name: 'pull_request', payload: {pull_request: {base: {sha: base}}}})
    const found = annotations(run.stdout).filter((annotation) => annotation.properties.file)
    expect(found.length).toBeGreaterThan(0)
    for (const annotation of found) expect(annotation.properties).toMatchObject({file: 'mission/ca.txt', line: String(last + 1)})
    expect(run.stdout).toMatch(/^::error::translint found \d+ errors? in 1 of 4 files \(filter-mode added\)$/m)
    expect(Number(run.outputs.filtered)).toBeGreaterThan(8)
    expect(run.summary).toMatch(/^> `filter-mode: added`: \d+ findings .* are outside the lines the changes add or modify/m)
    const only = runAction({files, source: 'mission/en.txt', 'only-changed': 'true', 'filter-mode': 'nofilter'}, directory, {name: 'pull_request', payload: {pull_request: {base: {sha: base}}}})
    expect(only.outputs.files).toBe('1')
  })
})

describe('the Action never writes outside the workspace', () => {
  it('refuses a SARIF path that leads outside through a symbolic link', () => {
    const directory = workspace()
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-outside-'))
    fs.symlinkSync(outside, path.join(directory, 'link'))
    const run = runAction({files: 'mission/ca.txt', source: 'mission/en.txt', sarif: 'link/out.sarif'}, directory)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::Input `sarif`: `link\/out\.sarif` leads outside the workspace/m)
    expect(fs.readdirSync(outside)).toEqual([])
  })
  it('refuses a review page path that leads outside', () => {
    const directory = workspace()
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-outside-'))
    fs.symlinkSync(outside, path.join(directory, 'link'))
    const run = runAction({files: 'mission/ca.txt', source: 'mission/en.txt', html: 'link/review.html'}, directory)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::Input `html`: `link\/review\.html` leads outside the workspace/m)
    expect(fs.readdirSync(outside)).toEqual([])
    expect(runAction({files: 'mission/ca.txt', source: 'mission/en.txt', html: '../review.html'}).stdout).toMatch(/^::error::Input `html`: `\.\.\/review\.html` is outside the workspace/m)
  })
})
