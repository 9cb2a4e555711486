/**
 * Checking one translation given as a string (the library's `check`): no
 * files, no pool, no cache.
 */
import {rules as allRules} from '../../rules/index.js'
import type {Config, ResolvedConfig} from '../config/schema.js'
import {lintText, prepareSource, type HistoryInput} from '../lint/engine.js'
import type {FileResult} from '../lint/messages.js'
import {formatOf, type Format} from '../document/index.js'
import {agreementGroup, buildAgreement} from '../compare/agreement.js'
import {toResolved, resourcesFor} from './setup.js'
import {stripBom} from './workspace.js'

export interface CheckOptions {
  /** The source document's text (omit to check against `config.expect`). */
  source?: string
  /** The translation's text. */
  translation: string
  /** BCP 47 tag of the translation (else from `path`, else from the content). */
  lang?: string
  /** BCP 47 tag of the source (default: the config's `sourceLanguage`, `en`). */
  sourceLang?: string
  /** A configuration object (as in `translint.config.json`) or a loaded one. */
  config?: Config | ResolvedConfig
  /** A path for the translation: decides Markdown and may name the language. */
  path?: string
  /** `text` or `markdown` (default from `path`). */
  format?: Format
  /**
   * Other translations of the same source, as evidence of what translations
   * keep: with two or more other languages, a phrase they translate is an
   * error, one most of them keep is a term (`checkFiles` does this for the
   * files it checks).
   */
  others?: Array<{text: string; lang: string}>
  /**
   * How the source changed since the translation was brought up to date:
   * the source's text then, and the commits (the `stale` rule reports
   * what changed). `checkFiles` finds it in git for projects.
   */
  history?: HistoryInput
}

/** Check one translation given as a string. */
export async function check(options: CheckOptions): Promise<FileResult> {
  const config = toResolved(options.config, process.cwd())
  // The source is written in the same format as the translation.
  const format = options.format ?? formatOf(options.path)
  const group = agreementGroup({...(options.path ? {path: options.path} : {}), ...(options.lang ? {lang: options.lang} : {})})
  const agreement = options.source !== undefined && options.others && options.others.length > 0
    ? buildAgreement(stripBom(options.source), [
      {group, text: stripBom(options.translation)},
      ...options.others.map((other) => ({group: agreementGroup({lang: other.lang}), text: stripBom(other.text)}))
    ])
    : undefined
  const source = options.source === undefined ? undefined : prepareSource(stripBom(options.source), {
    language: options.sourceLang ?? config.sourceLanguage,
    format,
    ...(agreement && agreement.groups.length >= 3 ? {agreement} : {})
  })
  return lintText({
    text: stripBom(options.translation),
    ...(options.path ? {path: options.path} : {}),
    format,
    ...(options.lang ? {lang: options.lang} : {}),
    ...(source ? {source} : {}),
    ...(options.history ? {history: {...options.history, previousText: stripBom(options.history.previousText)}} : {}),
    config,
    rules: allRules,
    resources: resourcesFor(config)
  })
}
