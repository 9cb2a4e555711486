/**
 * Worker threads: the pool gives exactly the results of one thread, every
 * file once and in order, survives a crashing worker, runs from the
 * Action's bundle, and is never started for a single file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, it, expect, vi, beforeEach} from 'vitest'
import {checkFiles, loadConfig} from '../src/index.js'
import {checkInPool, workerFile, poolPays, WORKERS_ONLY_FROM, type PoolSetup} from '../src/run/pool.js'
import {prepareSource} from '../src/lint/engine.js'
import {sharedDictionaries} from '../src/dictionaries/index.js'
import {rules} from '../rules/index.js'
import type {FileJob, RunContext} from '../src/run/check-file.js'
import {root, iwca, SEEDS} from './helpers.js'

const started = vi.hoisted(() => ({count: 0}))
vi.mock('tinypool', async (importOriginal) => {
  const actual = await importOriginal<typeof import('tinypool')>()
  class Counted extends actual.default {
    constructor(...args: ConstructorParameters<typeof actual.default>) {
      super(...args)
      started.count++
    }
  }
  return {...actual, default: Counted, Tinypool: Counted}
})

beforeEach(() => {
  started.count = 0
})

const sourceText = fs.readFileSync(path.join(iwca, 'en.txt'), 'utf8')
const seeds = SEEDS.map((tag) => path.join(iwca, `${tag}.txt`))

async function runFor(): Promise<{setup: PoolSetup; here: RunContext}> {
  const config = await loadConfig({cwd: os.tmpdir(), search: false})
  const source = prepareSource(sourceText, {path: 'en.txt', language: 'en'})
  const dictionaries = sharedDictionaries()
  return {
    setup: {key: `test-${Math.random()}`, config, source: {text: sourceText, path: 'en.txt', language: 'en'}},
    here: {config, rules, source, resources: {speller: (language) => dictionaries.speller(language)}}
  }
}

const jobsOf = (files: string[]): FileJob[] => files.map((file) => ({absolute: file, display: path.relative(root, file)}))

describe('worker pool', () => {
  it('gives the same results as one thread, every file once, in order', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-pool-'))
    // Several copies per language, so that batches are spread and stolen.
    const files: string[] = []
    for (let copy = 0; copy < 6; copy++) {
      for (const seed of seeds) {
        const file = path.join(directory, `${copy}-${path.basename(seed, '.txt')}-x.txt`)
        fs.copyFileSync(seed, file)
        files.push(file)
      }
    }
    files.push(path.join(directory, 'missing.txt'))
    const {setup, here} = await runFor()
    const jobs = jobsOf(files)
    const pooled = await checkInPool(jobs, setup, {threads: 3, force: true, here})
    expect(pooled).toBeDefined()
    expect(started.count).toBe(2)
    const alone: unknown[] = []
    for (const job of jobs) alone.push(await (await import('../src/run/check-file.js')).checkFile(job, here))
    expect(pooled).toEqual(alone)
    expect(pooled!.map((outcome) => outcome.result.path)).toEqual(jobs.map((job) => job.display))
    expect(pooled!.at(-1)!.result.messages[0]).toMatchObject({ruleId: 'unreadable', reason: 'no such file'})
    expect(pooled!.at(-1)!.ioError).toBe(true)
  }, 120_000)

  it('checks jobs that bring their own source and history (projects) as one thread does', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-pool-'))
    const other = 'The IWCA was founded in 1983.\n\nIt has three goals.\n'
    const jobs: FileJob[] = []
    for (let copy = 0; copy < 8; copy++) {
      for (const seed of seeds) {
        const file = path.join(directory, `${copy}-${path.basename(seed, '.txt')}-x.txt`)
        fs.copyFileSync(seed, file)
        // Half the jobs against the seeds' source, half against another; some with a history.
        const own = copy % 2 === 0
          ? {key: 'en.txt', text: sourceText, path: 'en.txt', language: 'en'}
          : {key: 'other.txt', text: other, path: 'other.txt', language: 'en'}
        jobs.push({absolute: file, display: path.relative(root, file), source: own, ...(copy === 2 ? {history: {previousText: sourceText.replace(/\n\n[^\n]*\n*$/, '\n'), base: 'a'.repeat(40), baseFrom: 'git' as const, head: 'b'.repeat(40), commits: 1}} : {})})
      }
    }
    const {setup, here} = await runFor()
    const {source: _unused, ...withoutSource} = setup
    const {source: _alsoUnused, ...hereWithoutSource} = here
    const pooled = await checkInPool(jobs, withoutSource, {threads: 2, force: true, here: hereWithoutSource})
    const {checkFile} = await import('../src/run/check-file.js')
    const alone: unknown[] = []
    for (const job of jobs) alone.push(await checkFile(job, {...hereWithoutSource}))
    expect(pooled).toEqual(alone)
    const sources = new Set(pooled!.map((outcome) => outcome.result.source))
    expect(sources).toEqual(new Set(['en.txt', 'other.txt']))
    expect(pooled!.some((outcome) => outcome.result.messages.some((message) => message.ruleId === 'stale'))).toBe(true)
  }, 120_000)

  it('checkFiles gives identical reports with and without workers', async () => {
    // Enough files for a pool to pay on 2 cores (see poolPays).
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-pool-'))
    for (let copy = 0; copy < 30; copy++) {
      for (const seed of seeds) fs.copyFileSync(seed, path.join(directory, `${copy}-${path.basename(seed)}`))
    }
    const options = {cwd: root, source: path.join(iwca, 'en.txt'), config: {}}
    const one = await checkFiles([directory], {...options, concurrency: 1})
    expect(started.count).toBe(0)
    const two = await checkFiles([directory], {...options, concurrency: 2})
    expect(started.count).toBe(1)
    expect(two).toEqual(one)
    // A few files do not pay for a worker on 2 cores.
    started.count = 0
    await checkFiles(seeds, {...options, concurrency: 2})
    expect(started.count).toBe(0)
  }, 120_000)

  it('never starts a worker for a single file', async () => {
    const result = await checkFiles([seeds[0]!], {cwd: root, source: path.join(iwca, 'en.txt'), config: {}, concurrency: 4})
    expect(result.files).toHaveLength(1)
    expect(started.count).toBe(0)
  })

  it('reports the files of a batch whose worker failed, and checks the others', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-crash-'))
    const worker = path.join(directory, 'worker.mjs')
    fs.writeFileSync(worker, [
      'export default function (batch) {',
      "  if (batch.jobs.some((job) => job.display === 'boom')) throw new Error('worker exploded')",
      "  return batch.jobs.map((job) => ({ioError: false, result: {path: job.display, language: null, languageName: null, languageSource: null, messages: [], errors: 0, warnings: 0, infos: 0}}))",
      '}'
    ].join('\n'))
    const {setup} = await runFor()
    const jobs: FileJob[] = Array.from({length: 40}, (_, index) => ({absolute: `/nonexistent/${index}`, display: index === 17 ? 'boom' : `f${index}`}))
    const outcomes = (await checkInPool(jobs, setup, {threads: 2, force: true, filename: worker}))!
    expect(outcomes.map((outcome) => outcome.result.path)).toEqual(jobs.map((job) => job.display))
    const failed = outcomes.filter((outcome) => outcome.result.messages[0]?.ruleId === 'internal-error')
    // Only the batch with `boom` failed; its files are named, and the rest were checked.
    expect(failed.length).toBeGreaterThan(0)
    expect(failed.length).toBeLessThan(jobs.length)
    expect(failed.map((outcome) => outcome.result.path)).toContain('boom')
    for (const outcome of failed) {
      expect(outcome.result.messages[0]!.reason).toMatch(/worker exploded/)
      expect(outcome.ioError).toBe(true)
    }
    expect(outcomes.filter((outcome) => outcome.result.messages.length === 0)).toHaveLength(jobs.length - failed.length)
  })

  it('leaves a long run to workers only, and a short one partly to this thread', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-lanes-'))
    const worker = path.join(directory, 'worker.mjs')
    fs.writeFileSync(worker, "export default (batch) => batch.jobs.map((job) => ({ioError: false, result: {path: job.display, language: job.group ?? 'worker', languageName: null, languageSource: null, messages: [], errors: 0, warnings: 0, infos: 0}}))\n")
    const {setup, here} = await runFor()
    // Files that cannot be read: this thread reports them as unreadable, the fake worker as checked.
    const jobsFor = (count: number): FileJob[] => Array.from({length: count}, (_, index) => ({absolute: path.join(directory, `missing-${index}.txt`), display: `f${index}`}))
    // Each job is completed (`prepare`) before it is sent.
    const prepare = async (job: FileJob): Promise<void> => {
      job.group = 'prepared'
    }
    const long = (await checkInPool(jobsFor(Math.ceil(WORKERS_ONLY_FROM / 0.012) + 100), setup, {threads: 2, force: true, filename: worker, here, prepare}))!
    expect(long.every((outcome) => outcome.result.language === 'prepared')).toBe(true)
    expect(started.count).toBe(2)
    started.count = 0
    const short = (await checkInPool(jobsFor(200), setup, {threads: 2, force: true, filename: worker, here}))!
    expect(started.count).toBe(1)
    expect(short.some((outcome) => outcome.result.language === 'worker')).toBe(true)
    expect(short.some((outcome) => outcome.result.messages[0]?.ruleId === 'unreadable')).toBe(true)
  }, 120_000)

  it('runs with the worker of the Action bundle (dist/worker.js)', async () => {
    const {setup, here} = await runFor()
    const jobs = jobsOf(seeds)
    const outcomes = await checkInPool(jobs, setup, {threads: 2, force: true, filename: path.join(root, 'dist', 'worker.js')})
    expect(outcomes!.map((outcome) => outcome.result.language)).toEqual(['sr', 'tl', 'ca', 'af'])
    expect(outcomes!.find((outcome) => outcome.result.language === 'tl')!.result.errors).toBeGreaterThan(0)
  }, 120_000)

  it('finds its compiled worker, and pays only for enough work', () => {
    expect(workerFile()).toBe(path.join(root, 'build', 'src', 'run', 'worker.js'))
    expect(poolPays(0.1, 2)).toBe(false)
    // The IWCA seeds (about 0.75 s estimated) pay on 4 cores, not on 2.
    expect(poolPays(0.75, 2)).toBe(false)
    expect(poolPays(0.75, 4)).toBe(true)
    expect(poolPays(2, 2)).toBe(true)
    expect(poolPays(2, 1)).toBe(false)
  })
})

describe('workers started ahead by the command', async () => {
  const {workersToWarm, WARM_FROM_FILES} = await import('../src/cli/warm.js')
  const cores = os.availableParallelism()
  const many = Array.from({length: WARM_FROM_FILES}, (_, index) => `${index}.txt`)
  it('only for many files, a directory or a glob, never for one file or a few', () => {
    expect(workersToWarm(['fixtures/iwca/ca.txt'], root)).toBe(0)
    expect(workersToWarm(['--source', 'fixtures/iwca/en.txt', 'fixtures/iwca/ca.txt'], root)).toBe(0)
    expect(workersToWarm(['--source=fixtures/iwca/en.txt', '-f', 'json', 'fixtures/iwca/ca.txt'], root)).toBe(0)
    expect(workersToWarm(['a.txt', 'b.txt', 'c.txt', 'd.txt'], root)).toBe(0)
    expect(workersToWarm(many.slice(1), root)).toBe(0)
    expect(workersToWarm(many, root)).toBe(cores > 1 ? cores - 1 : 0)
    expect(workersToWarm(['fixtures/iwca'], root)).toBe(cores > 1 ? cores - 1 : 0)
    expect(workersToWarm(['translations/*.txt'], root)).toBe(cores > 1 ? cores - 1 : 0)
  })
  it('not when told otherwise, nor for merge, help or version', () => {
    expect(workersToWarm(['--concurrency', '1', ...many], root)).toBe(0)
    expect(workersToWarm(['--concurrency', '3', ...many], root)).toBe(2)
    expect(workersToWarm(['--concurrency', '3', 'fixtures/iwca'], root)).toBe(2)
    expect(workersToWarm(['merge', ...many], root)).toBe(0)
    expect(workersToWarm(['--help', ...many], root)).toBe(0)
    expect(workersToWarm([], root)).toBe(0)
  })
  it('for a project: no files named and `documents` in the config', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-warm-'))
    try {
      fs.writeFileSync(path.join(dir, 'translint.config.json'), JSON.stringify({documents: [{source: 'docs/en/**/*.md', translations: 'docs/{locale}/{path}'}], locales: ['fr']}))
      fs.mkdirSync(path.join(dir, 'docs'))
      fs.writeFileSync(path.join(dir, 'other.json'), JSON.stringify({source: 'en.txt', files: ['*.txt']}))
      expect(workersToWarm([], dir)).toBe(cores > 1 ? cores - 1 : 0)
      expect(workersToWarm(['-f', 'json'], path.join(dir, 'docs'))).toBe(cores > 1 ? cores - 1 : 0)
      expect(workersToWarm(['docs/fr/a.md'], dir)).toBe(0)
      expect(workersToWarm(['-c', 'other.json'], dir)).toBe(0)
      expect(workersToWarm(['--config=translint.config.json'], dir)).toBe(cores > 1 ? cores - 1 : 0)
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
