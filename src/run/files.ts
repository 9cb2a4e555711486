/**
 * From what the user typed (paths, globs, directories) to the files to check.
 * Nothing is dropped silently: a missing path or a pattern that matches
 * nothing becomes an input that carries its error.
 */
import fs from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import picomatch from 'picomatch'

export interface Input {
  absolute: string
  /** Relative to the working directory when inside it. */
  display: string
  /** Whether the file came from a glob or a directory (not named itself). */
  fromPattern: boolean
  error?: string
  note?: string
}

/** Extensions checked when a directory is given. */
export const EXTENSIONS = ['txt', 'md', 'markdown']
export const IGNORE_FILE = '.translintignore'

function toDisplay(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file
}

/**
 * Patterns of a `.translintignore` (gitignore's syntax, without negation):
 * a name matches at any depth, a path with a slash is relative to the file,
 * a trailing slash means a directory and everything in it.
 */
async function readIgnoreFile(directory: string): Promise<string[]> {
  let text: string
  try {
    text = await fs.promises.readFile(path.join(directory, IGNORE_FILE), 'utf8')
  } catch {
    return []
  }
  const patterns: string[] = []
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue
    const anchored = line.startsWith('/')
    const pattern = line.replace(/^\/+/, '').replace(/\/+$/, '')
    if (pattern === '') continue
    const base = anchored || pattern.includes('/') ? pattern : `**/${pattern}`
    patterns.push(base, `${base}/**`)
  }
  return patterns
}

export async function expandInputs(entries: string[], cwd: string, ignore: string[] = [], fromConfig = false): Promise<Input[]> {
  const inputs: Input[] = []
  const seen = new Set<string>()
  const add = (input: Input): void => {
    if (seen.has(input.absolute)) return
    seen.add(input.absolute)
    inputs.push(input)
  }
  // Ignore patterns are matched on absolute paths, so patterns from the
  // working directory's .translintignore, the config and a searched
  // directory's .translintignore all apply wherever the files are found.
  const toPosix = (file: string): string => file.split(path.sep).join('/')
  const fromCwd = (await readIgnoreFile(cwd)).map((pattern) => toPosix(path.join(cwd, pattern)))
  const ignoredBy = (patterns: string[]): ((file: string) => boolean) => {
    const matchers = patterns.map((pattern) => picomatch(pattern, {dot: true}))
    return (file) => matchers.some((matches) => matches(toPosix(file)))
  }
  const ignored = ignoredBy([...ignore.map(toPosix), ...fromCwd])
  const SKIP = ['**/node_modules/**']

  for (const entry of entries) {
    const absolute = path.resolve(cwd, entry)
    const posix = absolute.split(path.sep).join('/')
    if (isDynamicPattern(entry.split(path.sep).join('/'))) {
      const found = (await glob(posix, {absolute: true, dot: false, ignore: SKIP, onlyFiles: true, followSymbolicLinks: true})).filter((file) => !ignored(file)).sort()
      if (found.length === 0) {
        add({absolute, display: entry, fromPattern: true, error: `No files match \`${entry}\``, note: 'Check the pattern (quote it so the shell does not expand it) or the working directory.'})
      }
      for (const file of found) add({absolute: path.resolve(file), display: toDisplay(file, cwd), fromPattern: true})
      continue
    }
    let stat: fs.Stats
    try {
      stat = await fs.promises.stat(absolute)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      add({
        absolute,
        display: toDisplay(absolute, cwd),
        fromPattern: fromConfig,
        error: code === 'ENOENT' ? 'No such file or directory' : code === 'ELOOP' ? 'Too many symbolic links (a loop?)' : code === 'EACCES' ? 'Permission denied' : `Cannot read it (${code ?? String(error)})`,
        note: code === 'ENOENT' ? 'Check the path.' : 'Check the path and its permissions.'
      })
      continue
    }
    if (stat.isDirectory()) {
      const local = ignoredBy((await readIgnoreFile(absolute)).map((pattern) => `${posix}/${pattern}`))
      const found = (await glob(`**/*.{${EXTENSIONS.join(',')}}`, {
        cwd: absolute,
        absolute: true,
        dot: false,
        ignore: SKIP,
        onlyFiles: true,
        followSymbolicLinks: false
      })).filter((file) => !ignored(file) && !local(file)).sort()
      if (found.length === 0) {
        add({absolute, display: toDisplay(absolute, cwd), fromPattern: false, error: `No ${EXTENSIONS.map((ext) => `.${ext}`).join(', ')} files in this directory`, note: 'Give the files to check, or a directory that holds them.'})
      }
      for (const file of found) add({absolute: path.resolve(file), display: toDisplay(file, cwd), fromPattern: true})
      continue
    }
    add({absolute, display: toDisplay(absolute, cwd), fromPattern: fromConfig})
  }
  return inputs
}
