/**
 * Past one machine, through the command as CI runs it: `--shard i/n` jobs
 * cover every file exactly once, `translint merge` gives back the report of
 * one unsharded run (JSON and SARIF), and `--cache` skips unchanged files
 * while printing the same report.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {describe, it, expect, beforeAll} from 'vitest'
import {root, iwca, SEEDS} from './helpers.js'

const bin = path.join(root, 'bin', 'translint.js')
let work: string
const inputs: string[] = []

function translint(args: string[]): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: work, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, maxBuffer: 1 << 28})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-matrix-'))
  fs.copyFileSync(path.join(iwca, 'en.txt'), path.join(work, 'en.txt'))
  fs.mkdirSync(path.join(work, 'translations'))
  // Twelve translations (three copies of each seed) and one missing path.
  for (let copy = 0; copy < 3; copy++) {
    for (const tag of SEEDS) {
      const name = `translations/${copy}-${tag}.txt`
      fs.copyFileSync(path.join(iwca, `${tag}.txt`), path.join(work, name))
      inputs.push(name)
    }
  }
  inputs.push('translations/missing.txt')
})

const paths = (json: string): string[] => (JSON.parse(json) as Array<{path: string}>).map((file) => file.path)

describe('a CI matrix of shards', () => {
  it('n shards check every file exactly once, and merge into the unsharded report', () => {
    const whole = translint(['--source', 'en.txt', '--format', 'json', ...inputs])
    expect(whole.code).toBe(2) // the missing file is an I/O error
    for (const count of [2, 3]) {
      const reports: string[] = []
      for (let index = 1; index <= count; index++) {
        const shard = translint(['--source', 'en.txt', '--format', 'json', '--shard', `${index}/${count}`, ...inputs])
        expect([0, 1, 2]).toContain(shard.code)
        const file = path.join(work, `shard-${index}-of-${count}.json`)
        fs.writeFileSync(file, shard.stdout)
        reports.push(file)
      }
      const seen = reports.flatMap((file) => paths(fs.readFileSync(file, 'utf8')))
      expect(seen.slice().sort()).toEqual(inputs.slice().sort())
      const merged = translint(['merge', ...reports])
      expect(merged.code).toBe(1)
      // Merged files come sorted by path; the unsharded report in input order.
      const sortedWhole = (JSON.parse(whole.stdout) as Array<{path: string}>).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      const strip = (files: Array<Record<string, unknown>>) => files.map(({cwd: _cwd, history: _history, ...rest}) => rest)
      expect(strip(JSON.parse(merged.stdout))).toEqual(strip(sortedWhole as never))
    }
  }, 180_000)

  it('SARIF shards merge into one run with every result', () => {
    const whole = JSON.parse(translint(['--source', 'en.txt', '--format', 'sarif', ...inputs]).stdout)
    const reports = [1, 2].map((index) => {
      const file = path.join(work, `shard-${index}.sarif`)
      fs.writeFileSync(file, translint(['--source', 'en.txt', '--format', 'sarif', '--shard', `${index}/2`, ...inputs]).stdout)
      return file
    })
    const merged = translint(['merge', '--format', 'sarif', ...reports])
    expect(merged.code).toBe(1)
    const log = JSON.parse(merged.stdout)
    expect(log.runs).toHaveLength(1)
    const key = (result: any) => `${result.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${result.ruleId}:${result.message.text}`
    expect(log.runs[0].results.map(key).sort()).toEqual(whole.runs[0].results.map(key).sort())
  }, 120_000)

  it('a bad --shard or --concurrency is a usage error', () => {
    const result = translint(['--shard', '3/2', 'translations/0-sr.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--shard: .*3\/2/)
    for (const value of ['0', 'two', '1.5']) {
      const bad = translint(['--concurrency', value, 'translations/0-sr.txt', 'translations/0-ca.txt'])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain(`\`--concurrency\` takes a whole number of threads (1 or more) or \`auto\`, not \`${value}\``)
      expect(bad.stderr).not.toMatch(/^\s+at /m)
    }
  })
})

describe('--cache', () => {
  it('reuses results of unchanged files, checks changed ones, and prints the same report', () => {
    const cache = path.join(work, 'cache-dir')
    fs.mkdirSync(cache)
    const args = ['--source', 'en.txt', '--format', 'json', '--cache', '--cache-location', 'cache-dir/', ...inputs.slice(0, 4)]
    const first = translint(args)
    expect(fs.existsSync(path.join(cache, '.translintcache'))).toBe(true)
    const second = translint(args)
    expect(second.stdout).toBe(first.stdout)
    expect(second.code).toBe(first.code)
    const stored = JSON.parse(fs.readFileSync(path.join(cache, '.translintcache'), 'utf8'))
    expect(Object.keys(stored.files).sort()).toEqual(inputs.slice(0, 4).sort())
    // A changed file is checked again: its new number is reported.
    fs.appendFileSync(path.join(work, inputs[2]!), '\nEl 2031.\n')
    const third = JSON.parse(translint(args).stdout) as Array<{path: string; messages: Array<{actual?: string}>}>
    expect(third.find((file) => file.path === inputs[2])!.messages.some((message) => message.actual === '2031')).toBe(true)
    // A broken cache file is ignored, with a warning, never a failure.
    fs.writeFileSync(path.join(cache, '.translintcache'), '{not json')
    const fourth = translint(args)
    expect(fourth.stderr).toMatch(/Ignored the cache file .*\.translintcache: not valid JSON/)
    expect(fourth.code).toBe(first.code)
  }, 120_000)
})
