/**
 * How many worker threads to start before the command has even loaded its
 * modules: only when the arguments name many files (or a directory or a
 * glob), or name none and the config has `documents` (a project), so
 * that a run on a few files never pays for a pool it will not use
 * (src/run/pool.ts: with 2 cores a pool pays from some 100 files). A
 * cheap reading of the arguments; the real parsing happens in `run`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {findConfig} from '../run/find-config.js'

/** Options that take a value (their value is not a file). */
const VALUED = new Set(['-s', '--source', '-l', '--lang', '--source-lang', '-c', '--config', '-f', '--format', '--max-warnings', '--concurrency', '--shard', '--cache-location', '--suppress-rule', '--suppressions-location'])
const GLOB = /[*?[\]{}!]/
/** Fewer named files than this are checked without workers started ahead. */
export const WARM_FROM_FILES = 64

export function workersToWarm(argv: string[], cwd: string): number {
  if (argv[0] === 'merge') return 0
  const positionals: string[] = []
  let concurrency: string | undefined
  let config: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1))
      break
    }
    if (['-h', '--help', '-v', '--version'].includes(arg)) return 0
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) as [string, string | undefined] : [arg, undefined]
    if (VALUED.has(name)) {
      const value = inline ?? argv[++index]
      if (name === '--concurrency') concurrency = value
      if (name === '-c' || name === '--config') config = value
    } else if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
    }
  }
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  const threads = concurrency === undefined || concurrency === 'auto' ? cores : Number.parseInt(concurrency, 10)
  if (!Number.isInteger(threads) || threads < 2) return 0
  // A directory or a glob may hold any number of files; else one lane per
  // file at most. This thread is one of the lanes: start the others.
  // No files named: a project's config (`documents`) names them all.
  const open = positionals.some((entry) => GLOB.test(entry) || isDirectory(path.resolve(cwd, entry))) ||
    (positionals.length === 0 && isProject(config === undefined ? findConfig(cwd) : path.resolve(cwd, config)))
  if (!open && positionals.length < WARM_FROM_FILES) return 0
  return Math.min(threads, open ? threads : positionals.length) - 1
}

/** Whether the config pairs documents (`documents`): a project of any size. */
function isProject(file: string | undefined): boolean {
  if (!file) return false
  try {
    const config = JSON.parse(fs.readFileSync(file, 'utf8')) as {documents?: unknown}
    return Array.isArray(config.documents) && config.documents.length > 0
  } catch {
    return false // The run reports it.
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory()
  } catch {
    return false
  }
}
