/**
 * What every run needs before its first file: a resolved configuration and
 * the resources (dictionaries) the rules ask for.
 */
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
