/**
 * Finding a compiled entry point for a thread: beside the calling module
 * (in a bundle, or in build/src), else, when running from the TypeScript
 * sources, in build/.
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The first of `candidates` that exists, as a path; undefined when none does. */
export function compiledFile(candidates: URL[]): string | undefined {
  for (const candidate of candidates) {
    const file = fileURLToPath(candidate)
    if (fs.existsSync(file)) return file
  }
  return undefined
}
