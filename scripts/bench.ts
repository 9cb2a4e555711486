/**
 * `npm run bench`: dictionary and spelling performance per language, with
 * the native `hunspell` CLI measured in the same run as the baseline.
 *
 * Per language: dictionary load (hunspell-asm, in process), words checked per
 * second, suggestion time per misspelled word, then whole processes: a cold
 * `translint --lang xx` on the text against `hunspell -d <same files> -l` on
 * the same text, and their ratio. Medians of several runs.
 */
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {locateDictionary} from '../src/dictionaries/index.js'
import {createSpeller} from '../src/dictionaries/backend.js'
import {resolveLanguage} from '../src/language/index.js'
import {parse, outline} from '../src/parse/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

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

function timeProcess(command: string, args: string[], input?: string): number {
  const start = performance.now()
  const result = spawnSync(command, args, {input, encoding: 'utf8', cwd: root, env: {...process.env, LANG: 'C.UTF-8'}})
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
const rows: string[][] = []
for (const [tag, file] of texts) {
  const language = resolveLanguage(tag)
  const found = locateDictionary(language, {}, root)
  if (!found) {
    rows.push([tag, 'no dictionary', '', '', '', '', '', ''])
    continue
  }
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const words = outline(parse(text, 'text')).units.flatMap((unit) => unit.words.map((word) => word.value)).filter((word) => /^\p{L}+$/u.test(word))

  const loads: number[] = []
  const rates: number[] = []
  const suggestions: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const data = await found.load()
    const start = performance.now()
    const speller = await createSpeller(tag, data)
    loads.push(performance.now() - start)
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

  const bin = path.join(root, 'bin', 'translint.js')
  const ours: number[] = []
  const theirs: number[] = []
  for (let run = 0; run < RUNS; run++) {
    ours.push(timeProcess(process.execPath, [bin, '--no-config', '--lang', tag, '--format', 'json', path.join(root, file)]))
    if (native && found.files) theirs.push(timeProcess('hunspell', ['-d', found.files, '-l'], text))
  }
  const cold = median(ours)
  const baseline = theirs.length > 0 ? median(theirs) : undefined
  rows.push([
    tag,
    found.origin,
    median(loads).toFixed(0),
    Math.round(median(rates)).toLocaleString('en'),
    median(suggestions).toFixed(0),
    cold.toFixed(0),
    baseline === undefined ? 'n/a' : baseline.toFixed(0),
    baseline === undefined ? 'n/a' : `${(cold / baseline).toFixed(2)}x`
  ])
}

const header = ['lang', 'dictionary', 'load ms', 'words/s', 'suggest ms', 'translint ms', 'hunspell -l ms', 'ratio']
const widths = header.map((name, index) => Math.max(name.length, ...rows.map((row) => (row[index] ?? '').length)))
const line = (cells: string[]): string => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`
console.log(`translint spelling bench: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, median of ${RUNS} runs`)
console.log(line(header))
console.log(line(widths.map((width) => '-'.repeat(width))))
for (const row of rows) console.log(line(row))
console.log('')
console.log('load, words/s, suggest: hunspell-asm in this process (load excludes reading the files; words/s on a fresh speller).')
console.log('translint ms: a whole cold process, `translint --no-config --lang xx --format json <text>` (all rules, no source).')
console.log(native
  ? 'hunspell -l ms: the native hunspell CLI on the same text with the same .aff/.dic, measured in the same run; ratio = translint / hunspell.'
  : 'hunspell -l: not installed, so there is no baseline (Debian: apt-get install hunspell).')
