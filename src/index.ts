/**
 * translint: lint translations against their source document.
 *
 *     import {check, checkFiles, rules, loadConfig} from 'translint'
 */
import {rules} from '../rules/index.js'
import {loadConfig as loadConfigWith, resolveConfig, ConfigError, findConfig, CONFIG_NAME, type LoadConfigOptions} from './run/config.js'
import type {ResolvedConfig} from './config/schema.js'

export {check, checkFiles, UsageError} from './api.js'
export type {CheckOptions, CheckFilesOptions, CheckFilesResult} from './api.js'
export type {FileResult, CheckResult, LintMessage, Summary, MessagePlace} from './lint/messages.js'
export type {Rule, RuleContext, Report, Example, Severity, SeveritySetting} from './lint/rule.js'
export {defineRule} from './lint/rule.js'
export {fileResultSchema, messageSchema} from './lint/messages.js'
export type {Config, ResolvedConfig} from './config/schema.js'
export {configSchema} from './config/schema.js'
export {reportJson} from './report/json.js'
export {reportStylish} from './report/stylish.js'
export {reportHtml} from './report/html.js'
export type {HtmlOptions} from './report/html.js'
export type {Review, ReviewRow, ReviewSide, ReviewUnit} from './lint/review.js'
export {parse, outline, formatOf} from './document/index.js'
export type {ParsedDocument, Outline, Unit, Block, DocRoot} from './document/index.js'
export {resolveLanguage, languageFromPath} from './language/index.js'
export type {Language} from './language/index.js'
export {rules, ConfigError, findConfig, resolveConfig, CONFIG_NAME}

/** Load `translint.config.json` (searched upwards from `cwd`, or `path`), validated. */
export function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  return loadConfigWith(rules, options)
}
