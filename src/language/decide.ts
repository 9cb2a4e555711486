/**
 * Deciding the language of a translation: `--lang` first, then the config's
 * `languages`, then the file name, then identification of its prose.
 */
import {resolveLanguage, languageFromPath, identify, type Language, type LanguageSource} from './index.js'
import {scriptCounts} from '../text/scripts.js'

/** Decide the language of a translation and say how it was decided. */
export function decideLanguage(text: string, options: {lang?: string; configLang?: string; path?: string}): {language?: Language; source: LanguageSource} {
  if (options.lang) return {language: resolveLanguage(options.lang), source: 'option'}
  if (options.configLang) return {language: resolveLanguage(options.configLang), source: 'config'}
  const fromPath = options.path ? languageFromPath(options.path) : undefined
  if (fromPath) return {language: fromPath, source: 'filename'}
  // Identify on the prose only, in its main script: URLs, code and words in
  // other scripts say nothing about the language.
  const sample = text.slice(0, 20000)
  const counts = scriptCounts(sample)
  const script = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  const found = identify(sample, script).language
  if (found) return {language: found, source: 'content'}
  return {source: 'default'}
}
