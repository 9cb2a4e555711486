/**
 * The Action on pull requests: `only-changed`, `filter-mode` and
 * `suppressions`. The parsers and the filter alone, then the Action's
 * run() (from src/, in this process) in a temporary git repository with a
 * base commit and a pull request's commit, the event payload as a file
 * (GITHUB_EVENT_PATH), and inputs, outputs and summary as a runner passes
 * them. test/action.test.ts runs the committed bundle the same way.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {execFileSync} from 'node:child_process'
import {describe, it, expect, beforeAll, afterAll, vi} from 'vitest'
import {baseFromEvent, parseNameList, parseUnifiedDiff, readChanges, unquotePath, ChangesError} from '../src/action/changes.js'
import {applyFilter, inFilter, isFileLevel, type DiffView} from '../src/action/filter.js'
import {withNotes, run} from '../src/action/run.js'
import type {FileResult, LintMessage} from '../src/lint/messages.js'

const SHA_A = 'a'.repeat(40)

describe('the base commit of an event', () => {
  it('is the pull request\'s base, the commit before a push, or the merge group\'s base', () => {
    expect(baseFromEvent({pull_request: {base: {sha: SHA_A}}}, 'pull_request')).toMatchObject({sha: SHA_A, pullRequest: true})
    expect(baseFromEvent({before: 'B'.repeat(40)}, 'push')).toMatchObject({sha: 'b'.repeat(40), pullRequest: false})
    expect(baseFromEvent({merge_group: {base_sha: SHA_A}}, 'merge_group')).toMatchObject({sha: SHA_A, pullRequest: false})
  })
  it('is none for a push that created the branch, a payload without one, or a value that is no commit id', () => {
    expect(baseFromEvent({before: '0'.repeat(40)}, 'push')).toEqual({pullRequest: false, origin: '`push` created the branch: there is no commit before it'})
    expect(baseFromEvent({inputs: {}}, 'workflow_dispatch')).toEqual({pullRequest: false, origin: '`workflow_dispatch` names no base commit'})
    expect(baseFromEvent({pull_request: {base: {}}}, 'pull_request')).toEqual({pullRequest: true, origin: '`pull_request` payload has no `pull_request.base.sha`'})
    expect(baseFromEvent({pull_request: {base: {sha: 'main'}}}).sha).toBeUndefined()
    expect(baseFromEvent(null).sha).toBeUndefined()
  })
})

describe('reading git\'s output', () => {
  it('splits the NUL-separated name list', () => {
    expect(parseNameList('a b.txt\0docs/é.md\0tab\tname\0')).toEqual(['a b.txt', 'docs/é.md', 'tab\tname'])
    expect(parseNameList('')).toEqual([])
  })
  it('unquotes the paths git quotes', () => {
    expect(unquotePath('"b/tab\\tname.txt"')).toBe('b/tab\tname.txt')
    expect(unquotePath('"b/\\303\\251t\\303\\251.txt"')).toBe('b/été.txt')
    expect(unquotePath('"b/say \\"hi\\" \\\\ now"')).toBe('b/say "hi" \\ now')
    expect(unquotePath('b/plain.txt')).toBe('b/plain.txt')
  })
  it('finds the added lines (-U0) and the lines of each hunk (-U3), merged, deleted files left out', () => {
    const diff = [
      'diff --git a/q.txt b/q.txt',
      'index 5ca6ecd..d4d3936 100644',
      '--- a/q.txt',
      '+++ b/q.txt',
      '@@ -1,0 +2 @@',
      '++++ b/evil',
      'diff --git "a/tab\\tname.txt" "b/tab\\tname.txt"',
      '--- "a/tab\\tname.txt"',
      '+++ "b/tab\\tname.txt"',
      '@@ -1 +1 @@',
      '-é',
      '+é2',
      'diff --git a/x y.txt b/x y.txt',
      '--- a/x y.txt\t',
      '+++ b/x y.txt\t',
      '@@ -2 +2 @@ a',
      '-b',
      '+B',
      '@@ -3,0 +4,2 @@ c',
      '+d',
      '+e',
      '\\ No newline at end of file',
      'diff --git a/gone.txt b/gone.txt',
      'deleted file mode 100644',
      '--- a/gone.txt',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-x',
      '-y',
      ''
    ].join('\n')
    const added = parseUnifiedDiff(diff, {added: true})
    expect([...added.keys()]).toEqual(['q.txt', 'tab\tname.txt', 'x y.txt'])
    expect(added.get('q.txt')).toEqual([{start: 2, end: 2}])
    expect(added.get('x y.txt')).toEqual([{start: 2, end: 2}, {start: 4, end: 5}])
    const context = [
      '--- a/p.txt',
      '+++ b/p.txt',
      '@@ -1,7 +1,8 @@',
      ' one',
      ' two',
      ' three',
      '-four',
      '+FOUR',
      '+4½',
      ' five',
      ' six',
      ' seven',
      '@@ -20,3 +21,3 @@ tail',
      ' x',
      '-y',
      '+Y',
      ' z'
    ].join('\n')
    expect(parseUnifiedDiff(context, {added: false}).get('p.txt')).toEqual([{start: 1, end: 8}, {start: 21, end: 23}])
    expect(parseUnifiedDiff(context, {added: true}).get('p.txt')).toEqual([{start: 4, end: 5}, {start: 22, end: 22}])
  })
})

// ---------------------------------------------------------------------------
// The filter, on results made by hand

const message = (line: number, extra: Partial<LintMessage> = {}): LintMessage => ({
  ruleId: 'number-parity', source: 'translint', severity: 'error', fatal: true, reason: `at ${line}`,
  line, column: 3, endLine: line, endColumn: 7, offset: 0, endOffset: 4, url: 'https://example.com', ...extra
})
const result = (file: string, source: string | null, messages: LintMessage[]): FileResult => ({
  path: file, source, language: 'es', languageName: 'Spanish', languageSource: 'config', messages,
  errors: messages.filter((entry) => entry.severity === 'error').length,
  warnings: messages.filter((entry) => entry.severity === 'warning').length,
  infos: messages.filter((entry) => entry.severity === 'info').length
})

describe('filter-mode', () => {
  const cwd = path.resolve('/workspace')
  const added: DiffView = {files: new Set(['docs/es.md', 'docs/en-changed.md']), lines: new Map([['docs/es.md', [{start: 9, end: 9}]], ['docs/en-changed.md', [{start: 4, end: 5}]]])}
  const es = result('docs/es.md', 'docs/en.md', [message(1), message(9), message(8, {endLine: 10}), message(20, {severity: 'warning', fatal: false})])

  it('added: findings on added lines, also a finding that spans one', () => {
    expect(es.messages.map((entry) => inFilter(es, entry, 'added', added, cwd))).toEqual([false, true, true, false])
  })
  it('file: every finding of a changed file; nofilter: every finding', () => {
    expect(es.messages.every((entry) => inFilter(es, entry, 'file', added, cwd))).toBe(true)
    const fr = result('docs/fr.md', 'docs/en.md', [message(9)])
    expect(inFilter(fr, fr.messages[0]!, 'file', added, cwd)).toBe(false)
    expect(inFilter(fr, fr.messages[0]!, 'nofilter', {files: new Set()}, cwd)).toBe(true)
  })
  it('a finding whose place in the source is on a changed line of the source is in, in an unchanged translation too', () => {
    const de = result('docs/de.md', 'docs/en-changed.md', [
      message(30, {cause: {reason: 'The source has it here', line: 5, column: 1, endLine: 5, endColumn: 9, file: 'docs/en-changed.md'}}),
      message(31, {cause: {reason: 'The source has it here', line: 7, column: 1, endLine: 7, endColumn: 9}})
    ])
    expect(de.messages.map((entry) => inFilter(de, entry, 'added', added, cwd))).toEqual([true, false])
    // file: the translations of a changed source are in.
    expect(inFilter(de, de.messages[1]!, 'file', added, cwd)).toBe(true)
  })
  it('a finding about a whole file is in when the file or its source changed', () => {
    const unreadable = message(1, {ruleId: 'unreadable', column: 1, endColumn: 1})
    expect(isFileLevel(unreadable)).toBe(true)
    expect(isFileLevel(message(1))).toBe(false)
    const missing = result('docs/it.md', 'docs/en-changed.md', [message(0, {ruleId: 'missing-translation', column: 0, endLine: 0, endColumn: 0})])
    expect(inFilter(missing, missing.messages[0]!, 'added', added, cwd)).toBe(true)
    const otherSource = result('docs/it.md', 'docs/en.md', missing.messages)
    expect(inFilter(otherSource, otherSource.messages[0]!, 'added', added, cwd)).toBe(false)
    const changedFile = result('docs/es.md', null, [unreadable])
    expect(inFilter(changedFile, unreadable, 'diff_context', added, cwd)).toBe(true)
  })
  it('keeps the findings inside, redoes the counts, and counts the rest by severity', () => {
    const filtered = applyFilter([es], 'added', added, cwd)
    expect(filtered.files[0]).toMatchObject({errors: 2, warnings: 0})
    expect(filtered.files[0]!.messages.map((entry) => entry.line)).toEqual([9, 8])
    expect(filtered.outside).toEqual({error: 1, warning: 1, info: 0})
    expect(applyFilter([es], 'nofilter', {files: new Set()}, cwd).files[0]).toBe(es)
  })
  it('puts the Action\'s notes under the summary\'s title', () => {
    expect(withNotes('## title\n\n| table |\n', ['one', 'two'])).toBe('## title\n\n> one\n>\n> two\n\n| table |\n')
    expect(withNotes('## title\n\n| table |\n', [])).toBe('## title\n\n| table |\n')
  })
})

// ---------------------------------------------------------------------------
// The Action in a git repository

const SOURCE = `The association was founded in 1983 by teachers.

It publishes a journal every 2 years.

The board meets 4 times a year in spring.

Members vote on 3 proposals each season.

The archive holds 250 letters from founders.

Volunteers answer 12 questions a week.

The library lends 40 books to schools.
`
// Wrong from the start: line 1 (1938) and line 11 (21).
const SPANISH = `La asociación fue fundada en 1938 por profesores.

Publica una revista cada 2 años.

La junta se reúne 4 veces al año en primavera.

Los miembros votan 3 propuestas cada temporada.

El archivo guarda 250 cartas de los fundadores.

Los voluntarios responden 21 preguntas por semana.

La biblioteca presta 40 libros a las escuelas.
`
// The pull request makes line 9 wrong (520).
const SPANISH_PR = SPANISH.replace('guarda 250 cartas', 'guarda 520 cartas')
// Wrong from the start on line 5, and not changed by the pull request.
const FRENCH = `L'association a été fondée en 1983 par des enseignants.

Elle publie une revue tous les 2 ans.

Le conseil se réunit 5 fois par an au printemps.

Les membres votent 3 propositions chaque saison.

Les archives contiennent 250 lettres des fondateurs.

Les bénévoles répondent à 12 questions par semaine.

La bibliothèque prête 40 livres aux écoles.
`

const GIT_ENV = {GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'translint', GIT_AUTHOR_EMAIL: 'translint@example.com', GIT_COMMITTER_NAME: 'translint', GIT_COMMITTER_EMAIL: 'translint@example.com'}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8', env: {...process.env, ...GIT_ENV}, stdio: ['ignore', 'pipe', 'pipe']}).trim()
}

interface Repository {
  directory: string
  base: string
  head: string
}

const temporary: string[] = []
function tmp(prefix: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  temporary.push(directory)
  return directory
}

function write(directory: string, files: Record<string, string | null>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(directory, name)
    if (content === null) fs.rmSync(file)
    else {
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, content)
    }
  }
}

/** A repository with a base commit on `main` and a pull request's commit on `feature`, checked out. */
function repository(base: Record<string, string>, change: Record<string, string | null>): Repository {
  const directory = tmp('translint-pr-')
  git(directory, 'init', '-q', '-b', 'main')
  write(directory, base)
  git(directory, 'add', '.')
  git(directory, 'commit', '-q', '-m', 'base')
  const baseSha = git(directory, 'rev-parse', 'HEAD')
  git(directory, 'checkout', '-q', '-b', 'feature')
  write(directory, change)
  git(directory, 'add', '-A')
  git(directory, 'commit', '-q', '-m', 'pull request')
  return {directory, base: baseSha, head: git(directory, 'rev-parse', 'HEAD')}
}

const BASE_FILES = {'docs/en.txt': SOURCE, 'docs/es.txt': SPANISH, 'docs/fr.txt': FRENCH}

interface ActionRun {
  code: number
  stdout: string
  summary: string
  outputs: Record<string, string>
}

let summaryFile: string
const INPUTS = ['files', 'source', 'lang', 'config', 'fail-on', 'sarif', 'only-changed', 'filter-mode', 'suppressions']
const saved = {...process.env}

beforeAll(() => {
  // @actions/core keeps the summary's path once it has read it: one file for every run.
  summaryFile = path.join(tmp('translint-summary-'), 'summary.md')
})
afterAll(() => {
  process.env = saved
  for (const directory of temporary) fs.rmSync(directory, {recursive: true, force: true})
})

/** The Action's run() as a runner starts it: the event payload is written to a file. */
async function runAction(workspace: string, inputs: Record<string, string>, event?: {name: string; payload: unknown}): Promise<ActionRun> {
  const scratch = tmp('translint-runner-')
  const output = path.join(scratch, 'output.txt')
  fs.writeFileSync(output, '')
  fs.writeFileSync(summaryFile, '')
  const env: NodeJS.ProcessEnv = {...saved, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: output, RUNNER_TEMP: scratch}
  for (const name of Object.keys(env)) if (name.startsWith('INPUT_') || name === 'GITHUB_EVENT_PATH' || name === 'GITHUB_EVENT_NAME') delete env[name]
  for (const name of INPUTS) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? (name === 'fail-on' ? 'error' : '')
  if (event) {
    env.GITHUB_EVENT_PATH = path.join(scratch, 'event.json')
    env.GITHUB_EVENT_NAME = event.name
    fs.writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(event.payload))
  }
  process.env = env
  let stdout = ''
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  })
  try {
    await run()
  } finally {
    spy.mockRestore()
    process.env = saved
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = 0
  const outputs: Record<string, string> = {}
  for (const match of fs.readFileSync(output, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!
  return {code, stdout, summary: fs.readFileSync(summaryFile, 'utf8'), outputs}
}

const annotations = (stdout: string) => [...stdout.matchAll(/^::(error|warning|notice) (.*?)::(.*)$/gm)]
  .map((match) => ({level: match[1]!, properties: Object.fromEntries(match[2]!.split(',').map((pair) => pair.split('=') as [string, string])), message: match[3]!}))
  .filter((annotation) => annotation.properties.file)
  .map((annotation) => `${annotation.properties.file}:${annotation.properties.line}`)

const pullRequest = (base: string) => ({name: 'pull_request', payload: {pull_request: {number: 7, base: {sha: base, ref: 'main'}}}})
const CHECK = {files: 'docs/es.txt docs/fr.txt', source: 'docs/en.txt'}

describe('the Action on a pull request: filter-mode', () => {
  let repo: Repository
  beforeAll(() => {
    repo = repository(BASE_FILES, {'docs/es.txt': SPANISH_PR})
  })

  it('reads the changed files and lines with git', async () => {
    const changes = await readChanges(repo.directory, repo.base, {context: 0})
    expect(changes).toMatchObject({files: ['docs/es.txt'], comparison: 'three-dot'})
    expect(changes.lines?.get('docs/es.txt')).toEqual([{start: 9, end: 9}])
    expect((await readChanges(repo.directory, repo.base, {context: 3})).lines?.get('docs/es.txt')).toEqual([{start: 6, end: 12}])
    // From a folder of the repository: paths relative to it, others left out.
    expect((await readChanges(path.join(repo.directory, 'docs'), repo.base)).files).toEqual(['es.txt'])
  })
  it('added (the default on pull requests): only the finding on the changed line is annotated and fails the step', async () => {
    for (const inputs of [CHECK, {...CHECK, 'filter-mode': 'added'}]) {
      const action = await runAction(repo.directory, inputs, pullRequest(repo.base))
      expect(annotations(action.stdout)).toEqual(['docs/es.txt:9'])
      expect(action.code).toBe(1)
      expect(action.stdout).toMatch(/^::error::translint found 1 error in 1 of 2 files \(filter-mode added\)$/m)
      // Every finding is still counted and listed in the summary.
      expect(action.outputs).toMatchObject({errors: '4', files: '2', filtered: '3'})
      expect(action.summary).toContain('> `filter-mode: added`: 3 findings (3 errors) are outside the lines the changes add or modify')
      expect(action.summary.match(/^\| \d+:\d+ \| error \| \[number-parity\]/gm)).toHaveLength(4)
    }
  })
  it('diff_context: the changed line and the lines around it', async () => {
    const action = await runAction(repo.directory, {...CHECK, 'filter-mode': 'diff_context'}, pullRequest(repo.base))
    expect(annotations(action.stdout)).toEqual(['docs/es.txt:9', 'docs/es.txt:11'])
    expect(action.outputs.filtered).toBe('2')
  })
  it('file: every finding of the changed file', async () => {
    const action = await runAction(repo.directory, {...CHECK, 'filter-mode': 'file'}, pullRequest(repo.base))
    expect(annotations(action.stdout).sort()).toEqual(['docs/es.txt:1', 'docs/es.txt:11', 'docs/es.txt:9'])
    expect(action.stdout).toMatch(/^::error::translint found 3 errors in 1 of 2 files \(filter-mode file\)$/m)
  })
  it('nofilter: every finding, as on a push (where there is no pull request to review)', async () => {
    const expected = ['docs/es.txt:1', 'docs/es.txt:11', 'docs/es.txt:9', 'docs/fr.txt:5']
    const nofilter = await runAction(repo.directory, {...CHECK, 'filter-mode': 'nofilter'}, pullRequest(repo.base))
    expect(annotations(nofilter.stdout).sort()).toEqual(expected)
    expect(nofilter.outputs.filtered).toBe('0')
    expect(nofilter.stdout).toMatch(/^::error::translint found 4 errors in 2 of 2 files$/m)
    const push = await runAction(repo.directory, CHECK, {name: 'push', payload: {before: repo.base, after: repo.head}})
    expect(annotations(push.stdout).sort()).toEqual(expected)
  })
  it('a finding outside the filter does not fail the step', async () => {
    const action = await runAction(repo.directory, {...CHECK, files: 'docs/fr.txt', 'filter-mode': 'added'}, pullRequest(repo.base))
    expect(action.code).toBe(0)
    expect(annotations(action.stdout)).toEqual([])
    expect(action.outputs).toMatchObject({errors: '1', filtered: '1'})
  })
  it('an explicit filter with no base commit in the event counts everything, and says so', async () => {
    const action = await runAction(repo.directory, {...CHECK, 'filter-mode': 'added'}, {name: 'workflow_dispatch', payload: {inputs: {}}})
    expect(annotations(action.stdout)).toHaveLength(4)
    expect(action.summary).toContain('> `filter-mode: added` was not applied: `workflow_dispatch` names no base commit, so every finding counts.')
  })
  it('refuses an unknown filter-mode or only-changed value', async () => {
    const mode = await runAction(repo.directory, {...CHECK, 'filter-mode': 'changed'}, pullRequest(repo.base))
    expect(mode.code).toBe(1)
    expect(mode.stdout).toMatch(/^::error::Input `filter-mode` must be one of added, diff_context, file, nofilter, not `changed`$/m)
    const only = await runAction(repo.directory, {...CHECK, 'only-changed': 'yes'}, pullRequest(repo.base))
    expect(only.stdout).toMatch(/^::error::Input `only-changed` must be `true` or `false`, not `yes`$/m)
  })
})

describe('the Action on a pull request: only-changed', () => {
  it('checks only the translations the pull request changed', async () => {
    const repo = repository(BASE_FILES, {'docs/es.txt': SPANISH_PR})
    const action = await runAction(repo.directory, {...CHECK, 'only-changed': 'true', 'filter-mode': 'nofilter'}, pullRequest(repo.base))
    expect(action.outputs.files).toBe('1')
    expect(action.summary).toMatch(/^\| `docs\/es\.txt` \|/m)
    expect(action.summary).not.toContain('docs/fr.txt')
    expect(annotations(action.stdout).sort()).toEqual(['docs/es.txt:1', 'docs/es.txt:11', 'docs/es.txt:9'])
  })
  it('checks every translation of a source the pull request changed', async () => {
    const repo = repository(BASE_FILES, {'docs/en.txt': SOURCE.replace('lends 40 books', 'lends 40 books and maps')})
    const action = await runAction(repo.directory, {...CHECK, 'only-changed': 'true', 'filter-mode': 'nofilter'}, pullRequest(repo.base))
    expect(action.outputs.files).toBe('2')
  })
  it('checks nothing when the pull request changes no translation and no source', async () => {
    const repo = repository(BASE_FILES, {'README.md': 'Read me.\n'})
    const action = await runAction(repo.directory, {...CHECK, 'only-changed': 'true'}, pullRequest(repo.base))
    expect(action.code).toBe(0)
    expect(action.outputs).toMatchObject({files: '0', errors: '0'})
  })
  it('checks everything when the event names no base, and says so', async () => {
    const repo = repository(BASE_FILES, {'docs/es.txt': SPANISH_PR})
    const action = await runAction(repo.directory, {...CHECK, 'only-changed': 'true'}, {name: 'push', payload: {before: '0'.repeat(40), after: repo.head}})
    expect(action.outputs.files).toBe('2')
    expect(action.summary).toContain('> `only-changed`: `push` created the branch: there is no commit before it, so every translation was checked.')
  })
})

describe('the Action in a shallow clone', () => {
  let repo: Repository
  let shallow: string
  beforeAll(() => {
    repo = repository(BASE_FILES, {'docs/es.txt': SPANISH_PR})
    // actions/checkout's default: the one commit, no history.
    shallow = path.join(tmp('translint-shallow-'), 'clone')
    git(os.tmpdir(), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.directory}`, shallow)
  })

  it('fails clearly when only-changed or an explicit filter needs the base commit and the clone lacks it', async () => {
    const only = await runAction(shallow, {...CHECK, 'only-changed': 'true'}, pullRequest(repo.base))
    expect(only.code).toBe(1)
    expect(only.stdout).toContain(`::error::only-changed: the base commit ${repo.base.slice(0, 7)} is not in this clone; check out with \`fetch-depth: 0\` (actions/checkout)`)
    expect(only.outputs).toEqual({})
    const filter = await runAction(shallow, {...CHECK, 'filter-mode': 'diff_context'}, pullRequest(repo.base))
    expect(filter.stdout).toContain(`::error::filter-mode: the base commit ${repo.base.slice(0, 7)} is not in this clone;`)
    await expect(readChanges(shallow, repo.base)).rejects.toBeInstanceOf(ChangesError)
  })
  it('the default filter falls back to every finding, and the summary says why', async () => {
    const action = await runAction(shallow, CHECK, pullRequest(repo.base))
    expect(annotations(action.stdout)).toHaveLength(4)
    expect(action.summary).toContain(`> \`filter-mode: added\` (the default on pull requests) was not applied: the base commit ${repo.base.slice(0, 7)} is not in this clone; check out with \`fetch-depth: 0\` (actions/checkout). Every finding counts.`)
  })
  it('with the base commit but no history between them, compares the two commits', async () => {
    const clone = path.join(tmp('translint-shallow-'), 'clone')
    git(os.tmpdir(), 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.directory}`, clone)
    git(clone, 'fetch', '-q', '--depth', '1', 'origin', 'main')
    const changes = await readChanges(clone, repo.base, {context: 0})
    expect(changes).toMatchObject({files: ['docs/es.txt'], comparison: 'two-dot'})
    const action = await runAction(clone, CHECK, pullRequest(repo.base))
    expect(annotations(action.stdout)).toEqual(['docs/es.txt:9'])
    expect(action.summary).toContain('This clone is too shallow to have the merge base')
  })
  it('says when the workspace is not a git repository', async () => {
    const plain = tmp('translint-plain-')
    write(plain, BASE_FILES)
    const action = await runAction(plain, {...CHECK, 'only-changed': 'true'}, pullRequest(repo.base))
    expect(action.stdout).toMatch(/^::error::only-changed: the workspace \(.*\) is not in a git repository; check it out with actions\/checkout$/m)
  })
})

describe('the Action on a pull request: a project (documents)', () => {
  const PROJECT = {
    'translint.config.json': JSON.stringify({documents: [{source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}], rules: {stale: 'off'}}),
    'docs/en/intro.md': '# Intro\n\nThe Example Foundation (EXF) was founded in 1999 in Lyon.\n',
    'docs/fr/intro.md': '# Introduction\n\nLa Fondation Exemple (EXF) a été fondée en 1989 à Lyon.\n',
    'docs/de/intro.md': '# Einführung\n\nDie Beispielstiftung (EXF) wurde 1999 in Lyon gegründet.\n'
  }
  // A new page in English and its French translation; no German one yet.
  const PAGE = {'docs/en/guide.md': '# Guide\n\nThe guide has 12 steps.\n', 'docs/fr/guide.md': '# Guide\n\nLe guide compte 21 étapes.\n'}

  it('only-changed: the changed translations, and the missing translations of a changed source', async () => {
    const repo = repository(PROJECT, PAGE)
    const action = await runAction(repo.directory, {'only-changed': 'true', 'filter-mode': 'nofilter'}, pullRequest(repo.base))
    expect(action.summary).toMatch(/^\| `docs\/fr\/guide\.md` \|/m)
    expect(action.summary).toMatch(/^\| `docs\/de\/guide\.md` \|/m)
    expect(action.summary).not.toContain('intro.md')
    expect(annotations(action.stdout).sort()).toEqual(['docs/de/guide.md:1', 'docs/fr/guide.md:3'])
  })
  it('added: a missing translation of a changed source is in the filter; the old findings of other pages are not', async () => {
    const repo = repository(PROJECT, PAGE)
    const action = await runAction(repo.directory, {}, pullRequest(repo.base))
    expect(annotations(action.stdout).sort()).toEqual(['docs/de/guide.md:1', 'docs/fr/guide.md:3'])
    expect(action.stdout).toMatch(/^::error::translint found 1 error in 1 of \d+ files \(filter-mode added\)$/m)
    // The French intro's wrong year (1989) is old: counted, not annotated.
    expect(action.outputs.filtered).toBe('1')
  })
})

describe('the Action with suppressions', () => {
  let repo: Repository
  beforeAll(() => {
    repo = repository({...BASE_FILES, 'ci/legacy.json': JSON.stringify({'../docs/es.txt': {'number-parity': {count: 3}}}), 'translint-suppressions.json': JSON.stringify({'docs/fr.txt': {'number-parity': {count: 1}}})}, {'docs/es.txt': SPANISH_PR})
  })

  it('reads the suppressions input\'s file instead of the default one', async () => {
    const action = await runAction(repo.directory, {...CHECK, suppressions: 'ci/legacy.json', 'filter-mode': 'nofilter'}, pullRequest(repo.base))
    expect(annotations(action.stdout)).toEqual(['docs/fr.txt:5'])
    expect(action.outputs.errors).toBe('1')
    expect(action.summary).toContain('> `ci/legacy.json` left out 3 known errors: not annotated and not failing the step.')
  })
  it('says which entries record more errors than are found', async () => {
    const repo = repository({...BASE_FILES, 'translint-suppressions.json': JSON.stringify({'docs/es.txt': {'number-parity': {count: 5}}})}, {'docs/es.txt': SPANISH_PR})
    const action = await runAction(repo.directory, {...CHECK, 'filter-mode': 'nofilter'}, pullRequest(repo.base))
    expect(annotations(action.stdout)).toEqual(['docs/fr.txt:5'])
    expect(action.summary).toContain('> `translint-suppressions.json` left out 3 known errors: not annotated and not failing the step. 1 entry of it records more errors than are found now: `translint --prune-suppressions` lowers it.')
  })
  it('reads translint-suppressions.json by default, and none with `false`', async () => {
    const byDefault = await runAction(repo.directory, {...CHECK, 'filter-mode': 'nofilter'}, pullRequest(repo.base))
    expect(annotations(byDefault.stdout).sort()).toEqual(['docs/es.txt:1', 'docs/es.txt:11', 'docs/es.txt:9'])
    const none = await runAction(repo.directory, {...CHECK, suppressions: 'false', 'filter-mode': 'nofilter'}, pullRequest(repo.base))
    expect(annotations(none.stdout)).toHaveLength(4)
  })
  it('refuses a suppressions file that does not exist or is outside the workspace', async () => {
    const missing = await runAction(repo.directory, {...CHECK, suppressions: 'ci/none.json'}, pullRequest(repo.base))
    expect(missing.code).toBe(1)
    expect(missing.stdout).toMatch(/^::error::Input `suppressions`: `ci\/none\.json` does not exist in the workspace/m)
    const outside = await runAction(repo.directory, {...CHECK, suppressions: '../elsewhere.json'}, pullRequest(repo.base))
    expect(outside.stdout).toMatch(/^::error::Input `suppressions`: `\.\.\/elsewhere\.json` is outside the workspace/m)
    const elsewhere = path.join(tmp('translint-outside-'), 'suppressions.json')
    fs.writeFileSync(elsewhere, '{}')
    fs.symlinkSync(elsewhere, path.join(repo.directory, 'link.json'))
    const link = await runAction(repo.directory, {...CHECK, suppressions: 'link.json'}, pullRequest(repo.base))
    expect(link.stdout).toMatch(/^::error::Input `suppressions`: `link\.json` leads outside the workspace/m)
  })
})
