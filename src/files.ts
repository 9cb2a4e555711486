/**
 * From what the user typed (paths, globs, directories) to the files to check.
 * Nothing is dropped silently: a missing path or a pattern that matches
 * nothing becomes an input that carries its error.
 */
import fs from 'node:fs'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

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

async function readIgnoreFile(directory: string): Promise<string[]> {
  try {
    const text = await fs.promises.readFile(path.join(directory, IGNORE_FILE), 'utf8')
    return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => (line.endsWith('/') ? `${line}**` : line)).map((line) => (line.includes('/') ? line.replace(/^\//, '') : `**/${line}`))
  } catch {
    return []
  }
}

export async function expandInputs(entries: string[], cwd: string, ignore: string[] = [], fromConfig = false): Promise<Input[]> {
  const inputs: Input[] = []
  const seen = new Set<string>()
  const add = (input: Input): void => {
    if (seen.has(input.absolute)) return
    seen.add(input.absolute)
    inputs.push(input)
  }
  const ignoreFromCwd = (await readIgnoreFile(cwd)).map((pattern) => path.join(cwd, pattern).split(path.sep).join('/'))
  const ignoreAll = ['**/node_modules/**', ...ignore.map((pattern) => pattern.split(path.sep).join('/')), ...ignoreFromCwd]

  for (const entry of entries) {
    const absolute = path.resolve(cwd, entry)
    const posix = absolute.split(path.sep).join('/')
    if (isDynamicPattern(entry.split(path.sep).join('/'))) {
      const found = (await glob(posix, {absolute: true, dot: false, ignore: ignoreAll, onlyFiles: true, followSymbolicLinks: true})).sort()
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
      const local = (await readIgnoreFile(absolute)).map((pattern) => `${posix}/${pattern}`)
      const found = (await glob(`**/*.{${EXTENSIONS.join(',')}}`, {
        cwd: absolute,
        absolute: true,
        dot: false,
        ignore: [...ignoreAll, ...local],
        onlyFiles: true,
        followSymbolicLinks: false
      })).sort()
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
