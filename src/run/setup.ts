/**
 * What every run needs before its first file: a resolved configuration, the
 * resources (dictionaries) the rules ask for, and the config's answers for
 * one file (its language from `languages`, whether `ignore` excludes it).
 */
import path from 'node:path'
import picomatch from 'picomatch'
import {rules as allRules} from '../../rules/index.js'
import type {Resources} from '../lint/rule.js'
import type {Config, ResolvedConfig} from '../config/schema.js'
import {resolveConfig} from './config.js'
import {sharedDictionaries} from '../dictionaries/index.js'

function isResolved(config: Config | ResolvedConfig): config is ResolvedConfig {
  return typeof (config as ResolvedConfig).root === 'string' && typeof (config as ResolvedConfig).rules === 'object' &&
    Object.values((config as ResolvedConfig).rules).every((value) => typeof value === 'object' && value !== null && 'severity' in value)
}

/** A config object as given (or none) resolved against `cwd`; a resolved one as it is. */
export function toResolved(config: Config | ResolvedConfig | undefined, cwd: string): ResolvedConfig {
  if (!config) return resolveConfig({}, allRules, cwd)
  return isResolved(config) ? config : resolveConfig(config, allRules, cwd)
}

/** Dictionaries shared by every file of the run (and by runs with the same dictionaries). */
export function resourcesFor(config: ResolvedConfig): Resources {
  const dictionaries = sharedDictionaries(config.dictionaries, config.root)
  return {speller: (language) => dictionaries.speller(language)}
}

/** The config's `languages`: exact paths first, then globs, relative to the config. */
export function languageMatcher(config: ResolvedConfig): (file: string) => string | undefined {
  const entries = Object.entries(config.languages).map(([pattern, tag]) => {
    const absolute = path.resolve(config.root, pattern)
    return {absolute, tag, test: picomatch(absolute.split(path.sep).join('/'), {dot: true})}
  })
  return (file) => {
    const exact = entries.find((entry) => entry.absolute === file)
    if (exact) return exact.tag
    const posix = file.split(path.sep).join('/')
    return entries.find((entry) => entry.test(posix))?.tag
  }
}

/** Whether the config's `ignore` patterns (relative to the config) exclude `file` (absolute). */
export function ignoredBy(config: ResolvedConfig, file: string): boolean {
  const posix = file.split(path.sep).join('/')
  return config.ignore.some((pattern) => picomatch(path.resolve(config.root, pattern).split(path.sep).join('/'), {dot: true})(posix))
}
