#!/usr/bin/env node
/**
 * Snapshot the JSON reports of the bundled documents, to check that a change
 * that should not change behaviour (a refactor) does not:
 *
 *   node scripts/snapshot.mjs <out-dir> [corpora-dir]
 *   # … change the code, `npm run build:lib` …
 *   node scripts/snapshot.mjs <out-dir-2> [corpora-dir]
 *   diff -r <out-dir> <out-dir-2>
 *
 * It checks the IWCA seeds (as `npm start` does), every file of fixtures/
 * against its source, and, given a directory of README translations laid out
 * as `the-art-of-command-line/` and `coding-interview-university/` (not part
 * of this repository), both corpora. `TRANSLINT_BIN` runs another build of
 * the CLI (for example one of an older commit). The reports name the
 * working directory (`cwd`): compare snapshots made by the same checkout's
 * script, or replace one checkout's path with the other's before diffing.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, writeFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = process.env.TRANSLINT_BIN ?? path.join(root, 'bin', 'translint.js')
const [out, corpora] = process.argv.slice(2)
if (!out) {
  console.error('usage: node scripts/snapshot.mjs <out-dir> [corpora-dir]')
  process.exit(2)
}
mkdirSync(out, {recursive: true})

/** Run the CLI in `cwd`, keep its stdout (the JSON report) and exit code. */
function snap(name, cwd, args) {
  const result = spawnSync(process.execPath, [bin, '--format', 'json', '--concurrency', '1', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  writeFileSync(path.join(out, name + '.json'), result.stdout)
  writeFileSync(path.join(out, name + '.exit'), String(result.status) + '\n' + result.stderr)
  console.log(name, result.status)
}

const fixtures = path.join(root, 'fixtures')
const txt = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt') && f !== 'en.txt').sort()

snap('seeds', root, ['--config', 'fixtures/iwca/translint.config.json'])
snap('broken', path.join(fixtures, 'iwca'), ['--source', 'en.txt', ...txt(path.join(fixtures, 'iwca', 'broken')).map((f) => 'broken/' + f)])
snap('languages', fixtures, ['--source', 'iwca/en.txt', ...txt(path.join(fixtures, 'languages')).map((f) => 'languages/' + f)])
for (const dir of ['headings', 'sections']) {
  snap(dir, path.join(fixtures, dir), ['--source', 'en.txt', ...txt(path.join(fixtures, dir))])
}

if (corpora) {
  const taocl = path.join(corpora, 'the-art-of-command-line')
  if (existsSync(taocl)) {
    snap('taocl', taocl, ['--source', 'README.md', ...readdirSync(taocl).filter((f) => /^README-.+\.md$/.test(f)).sort()])
  }
  const ciu = path.join(corpora, 'coding-interview-university')
  if (existsSync(ciu)) {
    const dir = path.join(ciu, 'translations')
    snap('ciu', ciu, ['--source', 'README.md', ...readdirSync(dir).filter((f) => /^README-.+\.md$/.test(f)).sort().map((f) => 'translations/' + f)])
  }
}
