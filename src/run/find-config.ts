/**
 * Where `translint.config.json` is: a module of its own, without the
 * schema, so that the command can look before it loads the rest
 * (src/cli/warm.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

export const CONFIG_NAME = 'translint.config.json'

/** Walk up from `cwd` to the first directory holding a config file. */
export function findConfig(cwd: string): string | undefined {
  let directory = path.resolve(cwd)
  for (;;) {
    const candidate = path.join(directory, CONFIG_NAME)
    if (fs.existsSync(candidate)) return candidate
    const parent = path.dirname(directory)
    if (parent === directory) return undefined
    directory = parent
  }
}
