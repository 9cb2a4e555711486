/**
 * Paths of a run: confinement to a workspace (the Action's `root`), and
 * paths as reports show them (relative to the working directory).
 */
import fs from 'node:fs'
import path from 'node:path'

/** The real path of `file` (symbolic links resolved), or `file` when it does not exist. */
export function realpathOr(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return file
  }
}

/** Whether `file` is `root` or inside it. */
export function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** `file` relative to `cwd` (`/`-separated) when inside it, else as it is. */
export function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file
}

/** Text without a leading byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
