/**
 * The command line. `run` takes arguments and streams and returns the exit
 * code, so tests can drive it without spawning; `bin/translint.js` calls it.
 *
 * Exit codes (ESLint's convention): 0 no error, 1 at least one error (or more
 * warnings than `--max-warnings`), 2 usage, configuration or I/O error.
 */
import fs from 'node:fs'
import path from 'node:path'
import {command, parseCommandLine} from './failure.js'
import {checkFiles, UsageError, ConfigError, type CheckFilesResult} from '../api.js'
import {resolveLanguage, LanguageError} from '../language/index.js'
import {reportJson} from '../report/json.js'
import {reportStylish} from '../report/stylish.js'
import {summarize, type FileResult} from '../lint/messages.js'
import {reportGithub} from '../report/github.js'
import {toSarif} from '../report/sarif.js'
import {rules} from '../../rules/index.js'
import {VERSION} from '../package.js'
import {parseShard, ShardError, type Shard} from '../run/shard.js'
import {runMerge} from './merge.js'
import {findConfig} from '../run/config.js'
import {display} from '../run/workspace.js'
import {reportHtml} from '../report/html.js'
import {SUPPRESSIONS_FILE, formatSuppressions, keyFor, suppressibleIds, pruneSuppressions, readSuppressions, recordSuppressions, withSuppressions, writeSuppressions, type Suppressions, type SuppressionsReport} from '../run/suppressions.js'

export interface CliIo {
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown}
  cwd: string
  env: Record<string, string | undefined>
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const

export const HELP = `Usage: translint [options] [files, directories or globs ...]
       translint merge [options] <report.json|report.sarif ...>   (see translint merge --help)

Lint translations against their source document.

Options:
  -s, --source <file>      the source document (default: "source" in the config)
  -l, --lang <tag>         language of the translations, a BCP 47 tag (sr, sr-Latn, tl, ...)
                           (default: the config's "languages", the file name, the content)
      --source-lang <tag>  language of the source (default: en)
  -c, --config <file>      configuration file (default: translint.config.json,
                           searched from the working directory upwards)
      --no-config          use no configuration file
  -f, --format <name>      stylish (default), json, sarif (SARIF 2.1.0),
                           github (workflow command annotations) or html
                           (a review page: source and translation side by
                           side, findings in place; write it to a file)
      --max-warnings <n>   exit 1 when there are more than n warnings
      --cache              reuse results of unchanged files (.translintcache)
      --cache-location <p> the cache file, or a directory for it
      --shard <i/n>        check only shard i of n (a stable hash of each path),
                           for a CI matrix; merge the reports with \`translint merge\`
      --suppress-all       record every error in translint-suppressions.json
                           (merged into it), so that only new ones fail
      --suppress-rule <id> the same for one rule's errors (repeatable)
      --prune-suppressions remove suppressions no longer needed
      --suppressions-location <file>
                           the suppressions file (default:
                           translint-suppressions.json beside the config)
      --no-suppressions    report suppressed errors as errors
      --concurrency <n>    worker threads for checking files: a number, or
                           auto (default: all cores when it pays, 1 = none)
  -q, --quiet              report errors only
      --color, --no-color  force or disable colour (default: on a TTY)
      --debug              show stack traces of unexpected failures
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings),
            2 usage, configuration or input/output error.

Examples:
  translint --source en.txt translations/*.txt
  translint --lang sr --format json mission.txt
  translint                 # files and source from translint.config.json`


export async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'merge') return runMerge(argv.slice(1), io)
  return command(io, {
    argv,
    parse,
    hint: 'Run `translint --help` for usage.',
    help: HELP,
    expected: (error, fail) => error instanceof ConfigError
      ? fail(`invalid configuration: ${error.message}`, 'See "Configuration" in the README.')
      : error instanceof UsageError ? fail(error.message) : undefined
  }, async ({values, positionals}, fail) => {
    if (values.version) {
      io.stdout.write(`${VERSION}\n`)
      return 0
    }
    const format = values.format ?? 'stylish'
    if (!(FORMATS as readonly string[]).includes(format)) {
      return fail(`unknown format \`${format}\`: expected one of ${FORMATS.join(', ')}`)
    }
    let maxWarnings: number | undefined
    if (values['max-warnings'] !== undefined) {
      maxWarnings = Number(values['max-warnings'])
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) return fail(`\`--max-warnings\` takes a whole number, not \`${values['max-warnings']}\``)
    }
    let shard: Shard | undefined
    if (values.shard !== undefined) {
      try {
        shard = parseShard(values.shard)
      } catch (error) {
        if (error instanceof ShardError) return fail(`--shard: ${error.message}`)
        throw error
      }
    }
    let concurrency: number | 'auto' = 'auto'
    if (values.concurrency !== undefined && values.concurrency !== 'auto') {
      concurrency = Number(values.concurrency)
      if (!Number.isInteger(concurrency) || concurrency < 1) return fail(`\`--concurrency\` takes a whole number of threads (1 or more) or \`auto\`, not \`${values.concurrency}\``)
    }
    const suppressRules = values['suppress-rule'] ?? []
    const suppress = values['suppress-all'] === true || suppressRules.length > 0
    const prune = values['prune-suppressions'] === true
    if (values['suppress-all'] && suppressRules.length > 0) return fail('`--suppress-all` and `--suppress-rule` cannot be used together')
    if (prune && suppress) return fail(`\`--prune-suppressions\` and \`${values['suppress-all'] ? '--suppress-all' : '--suppress-rule'}\` cannot be used together`)
    if (values['no-suppressions'] && (suppress || prune || values['suppressions-location'] !== undefined)) {
      return fail(`\`--no-suppressions\` and \`${suppress ? (values['suppress-all'] ? '--suppress-all' : '--suppress-rule') : prune ? '--prune-suppressions' : '--suppressions-location'}\` cannot be used together`)
    }
    const known = suppressibleIds(rules.map((rule) => rule.id))
    for (const id of suppressRules) {
      if (!known.includes(id)) return fail(`--suppress-rule: unknown rule \`${id}\`: expected one of ${known.join(', ')}`)
    }
    for (const key of ['lang', 'source-lang'] as const) {
      const tag = values[key]
      if (tag !== undefined) {
        try {
          resolveLanguage(tag)
        } catch (error) {
          if (error instanceof LanguageError) return fail(`--${key}: ${error.message}`)
          throw error
        }
      }
    }

    // Writing the suppressions file needs every error: the check runs
    // without suppressions, and they are applied once the file is written.
    let target: {file: string; shown: string; existing: Suppressions | undefined} | undefined
    if (suppress || prune) {
      const file = values['suppressions-location'] !== undefined
        ? path.resolve(io.cwd, values['suppressions-location'])
        : path.join(configFolder(io.cwd, values), SUPPRESSIONS_FILE)
      target = {file, shown: display(file, io.cwd), existing: await readSuppressions(file, {cwd: io.cwd})}
      if (prune && !target.existing) return fail(`cannot prune \`${target.shown}\`: there is no such file`)
    }
    const suppressions: string | false | undefined = suppress || prune || values['no-suppressions'] ? false : values['suppressions-location']
    let result: CheckFilesResult & {suppressions?: SuppressionsReport} = await checkFiles(positionals, {
      cwd: io.cwd,
      concurrency,
      ...(suppressions !== undefined ? {suppressions} : {}),
      ...(shard ? {shard} : {}),
      ...(values.cache ? {cache: true, ...(values['cache-location'] ? {cacheLocation: values['cache-location']} : {})} : {}),
      ...(format === 'html' ? {review: true} : {}),
      ...(values.source ? {source: values.source} : {}),
      ...(values.lang ? {lang: values.lang} : {}),
      ...(values['source-lang'] ? {sourceLang: values['source-lang']} : {}),
      ...(values['no-config'] ? {config: {}} : values.config ? {config: values.config} : {})
    })

    for (const warning of result.cache?.warnings ?? []) io.stderr.write(`translint: ${warning}\n`)
    if (target) {
      const {file, shown, existing} = target
      const directory = path.dirname(file)
      const keyOf = keyFor(directory, io.cwd)
      if (existing && prune) {
        const {data, pruned} = pruneSuppressions(result.files, existing, {keyOf, stale: (key) => !fs.existsSync(path.resolve(directory, key))})
        // Entries with a count of 0 (written by hand) are dropped too.
        if (pruned.length > 0 || formatSuppressions(data) !== formatSuppressions(existing)) await writeSuppressions(file, data)
        if (pruned.length === 0) {
          io.stderr.write(`translint: ${shown}: nothing to prune\n`)
        } else {
          const removed = pruned.reduce((total, entry) => total + entry.count - entry.found, 0)
          io.stderr.write(`translint: ${shown}: ${removed} ${removed === 1 ? 'suppression' : 'suppressions'} no longer needed, removed:\n`)
          for (const entry of pruned) io.stderr.write(`  ${entry.path}  ${entry.ruleId}  ${entry.found === 0 ? `${entry.count} (entry removed)` : `${entry.count} → ${entry.found}`}\n`)
        }
      } else {
        const recorded = recordSuppressions(result.files, {...(suppressRules.length > 0 ? {rules: suppressRules} : {}), ...(existing ? {existing} : {}), keyOf})
        await writeSuppressions(file, recorded.data)
        io.stderr.write(`translint: ${shown}: ${recorded.problems} ${recorded.problems === 1 ? 'problem' : 'problems'} in ${recorded.files} ${recorded.files === 1 ? 'file' : 'files'} suppressed\n`)
      }
      result = await withSuppressions(result, {file, cwd: io.cwd, root: directory})
    }
    let files: FileResult[] = result.files
    if (values.quiet) {
      files = files.map((file) => ({...file, messages: file.messages.filter((message) => message.severity === 'error'), warnings: 0, infos: 0}))
    }
    const summary = summarize(files)
    const color = values['no-color'] ? false : values.color ? true : Boolean(io.stdout.isTTY) && !io.env.NO_COLOR
    const output = format === 'json'
      ? reportJson(files, {cwd: io.cwd})
      : format === 'sarif'
        ? JSON.stringify(toSarif(files, {root: io.cwd, cwd: io.cwd, rules, version: VERSION}), null, 2)
        : format === 'github'
          ? reportGithub(files, {cwd: io.cwd})
          : format === 'html'
            ? reportHtml(files, summary, {...(result.project ? {project: result.project} : {})}).trimEnd()
            : reportStylish(files, summary, {color, ...(result.project ? {project: result.project} : {}), ...(result.suppressions ? {suppressions: {file: display(result.suppressions.file, io.cwd), unused: result.suppressions.unused}} : {})})
    if (output !== '') io.stdout.write(`${output}\n`)
    // Unused suppressions are a note, never a failure: the stylish report
    // has it; the other formats' output stays as their readers expect.
    const unused = result.suppressions?.unused ?? []
    if (unused.length > 0 && format !== 'stylish') {
      io.stderr.write(`translint: ${unused.length} unused ${unused.length === 1 ? 'suppression' : 'suppressions'} in ${display(result.suppressions!.file, io.cwd)} (fewer errors than recorded): remove with --prune-suppressions\n`)
    }

    if (result.ioErrors > 0) {
      io.stderr.write(`translint: ${result.ioErrors} ${result.ioErrors === 1 ? 'input' : 'inputs'} could not be read (see \`unreadable\` above)\n`)
      return 2
    }
    if (summary.errors > 0) return 1
    if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
      io.stderr.write(`translint: ${summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
      return 1
    }
    return 0
  })
}

function parse(argv: string[]) {
  return parseCommandLine(argv, {
    source: {type: 'string', short: 's'},
    lang: {type: 'string', short: 'l'},
    'source-lang': {type: 'string'},
    config: {type: 'string', short: 'c'},
    'no-config': {type: 'boolean'},
    format: {type: 'string', short: 'f'},
    'max-warnings': {type: 'string'},
    concurrency: {type: 'string'},
    cache: {type: 'boolean'},
    shard: {type: 'string'},
    'cache-location': {type: 'string'},
    'suppress-all': {type: 'boolean'},
    'suppress-rule': {type: 'string', multiple: true},
    'prune-suppressions': {type: 'boolean'},
    'suppressions-location': {type: 'string'},
    'no-suppressions': {type: 'boolean'},
    quiet: {type: 'boolean', short: 'q'},
    version: {type: 'boolean', short: 'v'}
  })
}

/** The folder of the config the run uses (as checkFiles finds it): the default suppressions file is there. */
function configFolder(cwd: string, values: {config?: string | undefined; 'no-config'?: boolean | undefined}): string {
  if (values['no-config']) return cwd
  if (values.config !== undefined) return path.dirname(path.resolve(cwd, values.config))
  const found = findConfig(cwd)
  return found ? path.dirname(found) : cwd
}
