/**
 * The command line. `run` takes arguments and streams and returns the exit
 * code, so tests can drive it without spawning; `bin/translint.js` calls it.
 *
 * Exit codes (ESLint's convention): 0 no error, 1 at least one error (or more
 * warnings than `--max-warnings`), 2 usage, configuration or I/O error.
 */
import {command, parseCommandLine} from './failure.js'
import {checkFiles, UsageError, ConfigError} from '../api.js'
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

export interface CliIo {
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown}
  cwd: string
  env: Record<string, string | undefined>
}

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const

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
  -f, --format <name>      stylish (default), json, sarif (SARIF 2.1.0)
                           or github (workflow command annotations)
      --max-warnings <n>   exit 1 when there are more than n warnings
      --cache              reuse results of unchanged files (.translintcache)
      --cache-location <p> the cache file, or a directory for it
      --shard <i/n>        check only shard i of n (a stable hash of each path),
                           for a CI matrix; merge the reports with \`translint merge\`
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

    const result = await checkFiles(positionals, {
      cwd: io.cwd,
      concurrency,
      ...(shard ? {shard} : {}),
      ...(values.cache ? {cache: true, ...(values['cache-location'] ? {cacheLocation: values['cache-location']} : {})} : {}),
      ...(values.source ? {source: values.source} : {}),
      ...(values.lang ? {lang: values.lang} : {}),
      ...(values['source-lang'] ? {sourceLang: values['source-lang']} : {}),
      ...(values['no-config'] ? {config: {}} : values.config ? {config: values.config} : {})
    })

    for (const warning of result.cache?.warnings ?? []) io.stderr.write(`translint: ${warning}\n`)
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
          : reportStylish(files, summary, {color})
    if (output !== '') io.stdout.write(`${output}\n`)

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
    quiet: {type: 'boolean', short: 'q'},
    version: {type: 'boolean', short: 'v'}
  })
}
