/**
 * `npm run bench`: whole runs first (the four IWCA seeds cold, then 250,
 * 1,000 and 4,000 files), then dictionary and spelling performance per
 * language, with the native `hunspell` CLI measured in the same run as the
 * baseline, and nspell (retext-spell's backend) where it loads.
 *
 * Per language: dictionary load (hunspell in WebAssembly, in process: from
 * the files, and from a memory image), words checked per
 * second, suggestion time per misspelled word, then whole processes: a cold
 * `translint --lang xx` on the text against `hunspell -d <same files> -l` on
 * the same text, and their ratio. Medians of several runs.
 *
 * Last, the project benchmark (scripts/bench-project.ts, #13): a generated
 * docs site of 1,000 pages × 10 locales in git, checked cold with staleness
 * and again with `--cache` after one page changed.
 */
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {locateDictionary} from '../src/dictionaries/index.js'
import {createSpeller} from '../src/dictionaries/backend.js'
import {ImageStore, IMAGE_ENV} from '../src/dictionaries/images.js'
import {resolveLanguage} from '../src/language/index.js'
import {parse, outline} from '../src/document/index.js'
import {runProjectBench} from './bench-project.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

const texts: Array<[string, string]> = [
  ['en', 'fixtures/iwca/en.txt'],
  ['sr', 'fixtures/iwca/sr.txt'],
  ['tl', 'fixtures/iwca/tl.txt'],
  ['ca', 'fixtures/iwca/ca.txt'],
  ['af', 'fixtures/iwca/af.txt'],
  ...['es', 'fr', 'de', 'it', 'pt', 'nl', 'ru', 'hr'].map((lang): [string, string] => [lang, `fixtures/languages/${lang}.txt`])
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function timeProcess(command: string, args: string[], input?: string, extraEnv: Record<string, string> = {}): number {
  const start = performance.now()
  const result = spawnSync(command, args, {input, encoding: 'utf8', cwd: root, env: {...process.env, LANG: 'C.UTF-8', ...extraEnv}})
  const elapsed = performance.now() - start
  if (result.error) throw result.error
  return elapsed
}

function hasHunspell(): boolean {
  const result = spawnSync('hunspell', ['-v'], {encoding: 'utf8'})
  return !result.error && result.status === 0
}

/** Misspell a word: swap two inner letters. */
function misspell(word: string): string {
  const letters = [...word]
  const middle = letters.length >> 1
  ;[letters[middle - 1], letters[middle]] = [letters[middle]!, letters[middle - 1]!]
  return letters.join('')
}

const native = hasHunspell()

/**
 * Dictionary memory images (src/dictionaries/images.ts) for the bench's own
 * runs, in a folder of its own: made by one untimed run, then restored by
 * every timed one. The "first run" row gives each run an empty folder.
 */
const imageFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-bench-images-'))
const withImages = {[IMAGE_ENV]: imageFolder}
const freshImages = (): Record<string, string> => ({[IMAGE_ENV]: fs.mkdtempSync(path.join(os.tmpdir(), 'translint-bench-first-'))})

/** Wall time and peak RSS of a whole process (threads included). */
function measure(command: string, args: string[], input?: string, extraEnv: Record<string, string> = {}): {ms: number; rssMb?: number} {
  const timed = fs.existsSync('/usr/bin/time')
  const env = {...process.env, LANG: 'C.UTF-8', ...extraEnv}
  const start = performance.now()
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {input, encoding: 'utf8', cwd: root, env, maxBuffer: 1 << 30})
    : spawnSync(command, args, {input, encoding: 'utf8', cwd: root, env, maxBuffer: 1 << 30})
  const ms = performance.now() - start
  if (result.error) throw result.error
  const kb = timed ? Number(result.stderr.trim().split('\n').at(-1)) : Number.NaN
  return Number.isFinite(kb) ? {ms, rssMb: kb / 1024} : {ms}
}

const bin = path.join(root, 'bin', 'translint.js')
const seeds = ['sr', 'tl', 'ca', 'af'].map((tag) => path.join(root, 'fixtures', 'iwca', `${tag}.txt`))
const english = path.join(root, 'fixtures', 'iwca', 'en.txt')
const stems: Record<string, string> = {}
for (const tag of ['sr', 'tl', 'ca', 'af', 'en']) {
  const found = locateDictionary(resolveLanguage(tag), {}, root)
  if (found) stems[tag] = found.files
}
/** Native hunspell listing the misspellings of every file with the dictionary of its language. */
function hunspellArgs(files: Array<[string, string]>): Array<[string, string[]]> {
  const byLanguage = new Map<string, string[]>()
  for (const [tag, file] of files) byLanguage.set(tag, [...(byLanguage.get(tag) ?? []), file])
  return [...byLanguage].map(([tag, list]) => ['hunspell', ['-d', stems[tag]!, '-l', ...list]])
}
function wholeRun(name: string, files: Array<[string, string]>, extra: string[] = [], env: () => Record<string, string> = () => withImages): string[] {
  const ours: Array<{ms: number; rssMb?: number}> = []
  const theirs: number[] = []
  const args = [bin, '--no-config', '--source', english, '--format', 'json', ...extra, ...files.map(([, file]) => file)]
  // Untimed: fills the file cache (and makes the images, where kept).
  measure(process.execPath, args, undefined, env())
  for (let run = 0; run < RUNS; run++) {
    ours.push(measure(process.execPath, args, undefined, env()))
    if (native) theirs.push(hunspellArgs([...files, ['en', english]]).reduce((sum, [command, args]) => sum + measure(command, args).ms, 0))
  }
  const wall = median(ours.map((entry) => entry.ms))
  const rss = Math.max(...ours.map((entry) => entry.rssMb ?? Number.NaN))
  const baseline = theirs.length > 0 ? median(theirs) : undefined
  return [name, String(files.length), (wall / 1000).toFixed(2), baseline === undefined ? 'n/a' : (baseline / 1000).toFixed(2), baseline === undefined ? 'n/a' : `${(wall / baseline).toFixed(2)}x`, Number.isFinite(rss) ? rss.toFixed(0) : 'n/a']
}
function copies(count: number): Array<[string, string]> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'translint-bench-'))
  const files: Array<[string, string]> = []
  for (let index = 0; files.length < count; index++) {
    for (const seed of seeds) {
      if (files.length === count) break
      const file = path.join(directory, `${index}-${path.basename(seed)}`)
      fs.copyFileSync(seed, file)
      files.push([path.basename(seed, '.txt'), file])
    }
  }
  return files
}
const seedFiles = seeds.map((file): [string, string] => [path.basename(file, '.txt'), file])
const whole: string[][] = [
  wholeRun('IWCA seeds, cold', seedFiles),
  wholeRun('IWCA seeds, cold, --concurrency 1', seedFiles, ['--concurrency', '1']),
  wholeRun('IWCA seeds, first run (no images)', seedFiles, [], freshImages)
]
const scale: Array<[number, string[]]> = []
for (const count of [250, 1000, 4000]) {
  const row = wholeRun(`${count} files (seed copies)`, copies(count))
  whole.push(row)
  scale.push([count, row])
}
const table = (header: string[], body: string[][]): void => {
  const widths = header.map((name, index) => Math.max(name.length, ...body.map((row) => (row[index] ?? '').length)))
  const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`
  console.log(line(header))
  console.log(line(widths.map((width) => '-'.repeat(width))))
  for (const row of body) console.log(line(row))
}
console.log(`translint bench: ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, median of ${RUNS} runs`)
console.log('')
table(['case', 'files', 'wall s', 'hunspell -l s', 'ratio', 'peak RSS MB'], whole)
const growth = (from: number, to: number): string => {
  const a = scale.find(([count]) => count === from)?.[1]
  const b = scale.find(([count]) => count === to)?.[1]
  return a && b ? (Number(b[2]) / Number(a[2])).toFixed(2) : 'n/a'
}
console.log('')
console.log(`Growth: 250 → 1,000 files ${growth(250, 1000)}x the time; 1,000 → 4,000 files ${growth(1000, 4000)}x (4x the files).`)
console.log(native
  ? 'Baseline: the native hunspell CLI (`hunspell -d <same .aff/.dic> -l <files>`, one process per language, English source included), measured in the same run.'
  : 'Baseline: none, the native hunspell CLI is not installed (Debian: apt-get install hunspell).')
console.log('translint: `translint --no-config --source en.txt --format json <files>`, all rules, a whole cold process (a new process that restores the dictionary images an earlier run made; "first run": no images yet, so it parses the dictionaries and writes the images).')
console.log('')

// nspell (retext-spell's backend), in a child process per language with a time limit.
const nspellRows: string[][] = []
for (const tag of ['en', 'tl', 'af', 'sr', 'ca']) {
  const found = locateDictionary(resolveLanguage(tag), {}, root)
  if (!found) continue
  const script = `import fs from 'node:fs'; import nspell from 'nspell'; const t = performance.now(); const s = nspell({aff: fs.readFileSync(${JSON.stringify(`${found.files}.aff`)}), dic: fs.readFileSync(${JSON.stringify(`${found.files}.dic`)})}); const l = performance.now() - t; const words = fs.readFileSync(${JSON.stringify(tag === 'en' ? english : path.join(root, 'fixtures', 'iwca', `${tag}.txt`))}, 'utf8').match(/\\p{L}+/gu) ?? []; const c = performance.now(); for (const w of words) s.correct(w); console.log(JSON.stringify({load: l, check: performance.now() - c}))`
  const start = performance.now()
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, encoding: 'utf8', timeout: 60_000})
  const elapsed = performance.now() - start
  if (result.status === 0) {
    const {load, check} = JSON.parse(result.stdout) as {load: number; check: number}
    nspellRows.push([tag, load.toFixed(0), check.toFixed(0), (elapsed / 1000).toFixed(2)])
  } else {
    nspellRows.push([tag, result.signal ? 'over 60 s' : 'failed', '', ''])
  }
}
table(['lang', 'nspell load ms', 'nspell check ms', 'process s'], nspellRows)
console.log('nspell: loading the same .aff/.dic and checking the words of the seed; where it does not load within 60 s, it is no baseline.')
console.log('')

const rows: string[][] = []
for (const [tag, file] of texts) {
  const language = resolveLanguage(tag)
  const found = locateDictionary(language, {}, root)
  if (!found) {
    rows.push([tag, 'no dictionary', '', '', '', '', '', '', ''])
    continue
  }
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const words = outline(parse(text, 'text')).units.flatMap((unit) => unit.words.map((word) => word.value)).filter((word) => /^\p{L}+$/u.test(word))

  const loads: number[] = []
  const restores: number[] = []
  const rates: number[] = []
  const suggestions: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const data = await found.load()
    const start = performance.now()
    const speller = await createSpeller(tag, data)
    loads.push(performance.now() - start)
    const store = new ImageStore(imageFolder)
    if (run === 0) await createSpeller(tag, data, store)
    const restoreStart = performance.now()
    await createSpeller(tag, data, store)
    restores.push(performance.now() - restoreStart)
    // A fresh speller has an empty cache: every distinct word costs a lookup.
    const checkStart = performance.now()
    let checked = 0
    for (let pass = 0; pass < 5; pass++) {
      for (const word of words) {
        speller.correct(pass === 0 ? word : `${word}${pass}`.slice(0, word.length))
        checked++
      }
    }
    rates.push(checked / ((performance.now() - checkStart) / 1000))
    const targets = words.filter((word) => word.length > 6).slice(0, 3).map(misspell)
    const suggestStart = performance.now()
    for (const word of targets) speller.suggest(word)
    suggestions.push((performance.now() - suggestStart) / Math.max(1, targets.length))
  }

  const ours: number[] = []
  const theirs: number[] = []
  for (let run = 0; run < RUNS; run++) {
    ours.push(timeProcess(process.execPath, [bin, '--no-config', '--lang', tag, '--format', 'json', path.join(root, file)], undefined, withImages))
    if (native && found.files) theirs.push(timeProcess('hunspell', ['-d', found.files, '-l'], text))
  }
  const cold = median(ours)
  const baseline = theirs.length > 0 ? median(theirs) : undefined
  rows.push([
    tag,
    found.origin,
    median(loads).toFixed(0),
    median(restores).toFixed(0),
    Math.round(median(rates)).toLocaleString('en'),
    median(suggestions).toFixed(0),
    cold.toFixed(0),
    baseline === undefined ? 'n/a' : baseline.toFixed(0),
    baseline === undefined ? 'n/a' : `${(cold / baseline).toFixed(2)}x`
  ])
}

const header = ['lang', 'dictionary', 'load ms', 'restore ms', 'words/s', 'suggest ms', 'translint ms', 'hunspell -l ms', 'ratio']
const widths = header.map((name, index) => Math.max(name.length, ...rows.map((row) => (row[index] ?? '').length)))
const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`
console.log(line(header))
console.log(line(widths.map((width) => '-'.repeat(width))))
for (const row of rows) console.log(line(row))
console.log('')
console.log('load, restore, words/s, suggest: hunspell (WebAssembly) in this process. load: parsing the .aff/.dic (reading excluded); restore: from its memory image (reading the image and hashing the files for its key included); words/s on a fresh speller.')
console.log('translint ms: a whole cold process, `translint --no-config --lang xx --format json <text>` (all rules, no source).')
console.log(native
  ? 'hunspell -l ms: the native hunspell CLI on the same text with the same .aff/.dic, measured in the same run; ratio = translint / hunspell.'
  : 'hunspell -l: not installed, so there is no baseline (Debian: apt-get install hunspell).')

// The project benchmark (#13, item 6): 1,000 pages × 10 locales with a git
// history, cold with staleness, then `--cache` with one page changed.
console.log('')
const project = await runProjectBench({pages: 1000, locales: 10, commits: 300, runs: RUNS})
for (const text of project.lines) console.log(text)
