/**
 * Bad input never crashes translint, and nothing is lost: each kind of input
 * a linter meets in CI, with the message the user gets.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, it, expect, vi, afterEach} from 'vitest'
import {checkFiles, UsageError} from '../src/index.js'
import {root, iwca} from './helpers.js'

const source = path.join(iwca, 'en.txt')
const ca = fs.readFileSync(path.join(iwca, 'ca.txt'))

function tree(files: Record<string, string | Buffer>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-inputs-'))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    fs.writeFileSync(path.join(directory, name), content)
  }
  return directory
}

const summary = (result: Awaited<ReturnType<typeof checkFiles>>) =>
  result.files.map((file) => [file.path, file.messages.filter((message) => message.ruleId === 'unreadable').map((message) => message.reason)[0] ?? 'checked'])

afterEach(() => {
  vi.restoreAllMocks()
})

describe('inputs', () => {
  it('empty and whitespace-only files are checked and reported, not skipped', async () => {
    const directory = tree({'empty.ca.txt': '', 'blank.ca.txt': '   \n\t\n\n'})
    const result = await checkFiles(['empty.ca.txt', 'blank.ca.txt'], {cwd: directory, source, config: {}})
    expect(result.files.map((file) => file.path)).toEqual(['empty.ca.txt', 'blank.ca.txt'])
    for (const file of result.files) {
      expect(file.messages.find((message) => message.ruleId === 'list-count')?.reason).toMatch(/^Expected 8 list items as in the source, found 0: list items 1–8 of 8 are missing/)
    }
  })
  it('a directory is searched, skipping node_modules, dot-folders and what .translintignore lists', async () => {
    const directory = tree({
      'translations/ca.txt': ca,
      'translations/nested/af.md': '# Missie\n',
      'translations/node_modules/x/ca.txt': ca,
      'translations/.drafts/ca.txt': ca,
      'translations/old/ca.txt': ca,
      'translations/notes.json': '{}',
      '.translintignore': '# not these\nold/\n'
    })
    const result = await checkFiles(['translations'], {cwd: directory, source, config: {}})
    expect(result.files.map((file) => file.path)).toEqual(['translations/ca.txt', 'translations/nested/af.md'])
  })
  it('the config\'s ignore globs apply to files, globs and directories', async () => {
    const directory = tree({'t/ca.txt': ca, 't/drafts/ca.txt': ca, 'translint.config.json': JSON.stringify({files: ['t/**/*.txt'], ignore: ['t/drafts/**']})})
    expect((await checkFiles([], {cwd: directory, source})).files.map((file) => file.path)).toEqual(['t/ca.txt'])
    expect((await checkFiles(['t'], {cwd: directory, source})).files.map((file) => file.path)).toEqual(['t/ca.txt'])
  })
  it('a glob that matches nothing is reported as an input error', async () => {
    const directory = tree({'ca.txt': ca})
    const result = await checkFiles(['nothing/*.txt', 'ca.txt'], {cwd: directory, source, config: {}})
    expect(summary(result)).toEqual([['nothing/*.txt', 'No files match `nothing/*.txt`'], ['ca.txt', 'checked']])
    expect(result.ioErrors).toBe(1)
  })
  it('a missing path, a symbolic link loop and an unreadable file are reported; the others are checked', async () => {
    const directory = tree({'ca.txt': ca, 'locked.txt': ca})
    fs.symlinkSync('loop-b.txt', path.join(directory, 'loop-a.txt'))
    fs.symlinkSync('loop-a.txt', path.join(directory, 'loop-b.txt'))
    // Reading as root always succeeds, so simulate the permission error.
    const readFile = fs.promises.readFile
    vi.spyOn(fs.promises, 'readFile').mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
      if (String(file).endsWith('locked.txt')) return Promise.reject(Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'}))
      return (readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest)
    }) as typeof fs.promises.readFile)
    const result = await checkFiles(['missing.txt', 'loop-a.txt', 'locked.txt', 'ca.txt'], {cwd: directory, source, config: {}})
    expect(summary(result)).toEqual([
      ['missing.txt', 'No such file or directory'],
      ['loop-a.txt', 'Too many symbolic links (a loop?)'],
      ['locked.txt', 'permission denied'],
      ['ca.txt', 'checked']
    ])
    expect(result.ioErrors).toBe(3)
  })
  it('a missing or unreadable source stops the run with a usage error naming it', async () => {
    const directory = tree({'ca.txt': ca, 'binary.txt': Buffer.from(Array.from({length: 512}, (_, index) => (index % 3 === 0 ? 0 : index % 256)))})
    await expect(checkFiles(['ca.txt'], {cwd: directory, source: 'nope.txt', config: {}})).rejects.toThrow(new UsageError('Cannot read the source `nope.txt`: no such file'))
    await expect(checkFiles(['ca.txt'], {cwd: directory, source: 'binary.txt', config: {}})).rejects.toThrow(/^Cannot use `binary\.txt` as the source: it looks binary/)
  })
  it('a source that is a directory is a usage error too', async () => {
    const directory = tree({'ca.txt': ca, 'dir/x.txt': ''})
    await expect(checkFiles(['ca.txt'], {cwd: directory, source: 'dir', config: {}})).rejects.toThrow('Cannot read the source `dir`: is a directory')
  })
})

describe('no stack traces unless --debug', () => {
  it('an unexpected failure says what to do, and --debug shows the stack', () => {
    // A config that is a directory makes reading it fail in an unusual way.
    const directory = tree({'ca.txt': ca, 'conf.json/x': ''})
    const bin = path.join(root, 'bin', 'translint.js')
    const plain = spawnSync(process.execPath, [bin, '--config', 'conf.json', 'ca.txt'], {cwd: directory, encoding: 'utf8'})
    expect(plain.status).toBe(2)
    expect(plain.stderr).toMatch(/conf\.json: is a directory, expected a JSON file/)
    expect(plain.stderr).not.toMatch(/^\s+at /m)
  })
})
