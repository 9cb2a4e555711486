/**
 * Personal words: the config's `allow` lists and `words` files (one word per
 * line, `#` starts a comment), per language tag and for every language (`*`).
 */
import fs from 'node:fs'
import type {ResolvedConfig} from '../config/schema.js'
import type {Language} from '../language/index.js'

const files = new Map<string, string[]>()

function readWords(file: string): string[] {
  let words = files.get(file)
  if (!words) {
    words = fs.readFileSync(file, 'utf8').split(/\r?\n|\r/).map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean)
    files.set(file, words)
  }
  return words
}

/** Lower-cased personal words that apply to a language. */
export function personalWords(config: ResolvedConfig, language: Language): Set<string> {
  const keys = [...new Set([language.tag, language.base, '*'])]
  const words: string[] = []
  for (const key of keys) {
    words.push(...(config.allow[key] ?? []))
    for (const file of config.words[key] ?? []) words.push(...readWords(file))
  }
  return new Set(words.map((word) => word.toLowerCase()))
}
