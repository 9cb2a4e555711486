/**
 * `translint merge`: combine the reports of shards (`translint --shard i/n
 * --format json|sarif`) into one report, and fail (exit 1) when it has
 * errors, so the last job of a matrix can annotate and fail the build.
 *
 * Exit codes: 0 no error in the merged report, 1 at least one error,
 * 2 usage or input/output error (an unreadable, invalid or overlapping
 * report, a format the reports cannot be printed in).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {command, parseCommandLine} from './failure.js'
import type {CliIo} from './index.js'
import {mergeParsed, readReport, countErrors, MergeError, type ParsedReport} from '../run/merge.js'
import {reportJson} from '../report/json.js'
import {reportStylish} from '../report/stylish.js'
import {reportGithub} from '../report/github.js'
import {summarize} from '../lint/messages.js'

const FORMATS = ['json', 'sarif', 'stylish', 'github'] as const
type MergeFormat = typeof FORMATS[number]

export const MERGE_HELP = `Usage: translint merge [options] <report> <report> ...

Merge the reports of shards (translint --shard i/n) into one report:
JSON reports (--format json) into one JSON report, files sorted by path;
SARIF logs (--format sarif) into one SARIF log with one run.
Shards must not overlap: a file in two reports is an error.

Options:
  -f, --format <name>      json or sarif (default: the kind of the reports);
                           JSON reports can also be printed as stylish or
                           github (workflow command annotations)
  -o, --output <file>      write the merged report to this file, not stdout
      --color, --no-color  force or disable colour in stylish output
                           (default: on a TTY)
      --debug              show stack traces of unexpected failures
  -h, --help               show this help

Exit codes: 0 no errors, 1 errors found in the merged report,
            2 usage or input/output error (an unreadable, invalid or
            overlapping report).

Examples:
  translint merge shard-*.json > report.json
  translint merge --format github shard-*.json
  translint merge -o translint.sarif shard-*.sarif`

/** Run `translint merge` with its arguments (after `merge`); resolves to the exit code. */
export async function runMerge(argv: string[], io: CliIo): Promise<number> {
  return command(io, {
    argv,
    parse,
    hint: 'Run `translint merge --help` for usage.',
    help: MERGE_HELP,
    expected: (error, fail) => error instanceof MergeError ? fail(error.message, '') : undefined
  }, async ({values, positionals}, fail) => {
    const requested = values.format
    if (requested !== undefined && !(FORMATS as readonly string[]).includes(requested)) {
      return fail(`unknown format \`${requested}\`: expected one of ${FORMATS.join(', ')}`)
    }
    if (positionals.length === 0) return fail('no reports to merge: give the JSON or SARIF reports of the shards')

    const reports: ParsedReport[] = []
    for (const name of positionals) {
      let bytes: Buffer
      try {
        bytes = await fs.readFile(path.resolve(io.cwd, name))
      } catch (error) {
        return fail(`cannot read report \`${name}\`: ${ioReason(error)}`, '')
      }
      const text = decode(bytes)
      if (text === undefined) return fail(`\`${name}\` is not UTF-8 or UTF-16 text: expected a JSON report or a SARIF log`, '')
      reports.push(readReport(text, name))
    }
    const merged = mergeParsed(reports)

    const format: MergeFormat = (requested as MergeFormat | undefined) ?? merged.kind
    let output: string
    if (merged.kind === 'sarif') {
      if (format !== 'sarif') return fail(`SARIF logs can only be merged into SARIF, not \`${format}\`: use --format sarif, or produce the shards with --format json`)
      output = JSON.stringify(merged.log, null, 2)
    } else if (format === 'sarif') {
      return fail('JSON reports cannot be merged into SARIF: produce the shards with --format sarif, or use --format json, stylish or github')
    } else {
      const color = values['no-color'] ? false : values.color ? true : values.output === undefined && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR
      output = format === 'json'
        ? reportJson(merged.files, {cwd: io.cwd})
        : format === 'github'
          ? reportGithub(merged.files, {cwd: io.cwd})
          : reportStylish(merged.files, summarize(merged.files), {color})
    }

    if (values.output !== undefined) {
      try {
        await fs.writeFile(path.resolve(io.cwd, values.output), output === '' ? '' : `${output}\n`)
      } catch (error) {
        return fail(`cannot write \`${values.output}\`: ${ioReason(error)}`, '')
      }
    } else if (output !== '') {
      io.stdout.write(`${output}\n`)
    }
    return countErrors(merged) > 0 ? 1 : 0
  })
}

/** Text of a report: UTF-8 (a byte order mark is dropped later) or UTF-16 with a byte order mark (as Windows PowerShell 5 redirects). */
function decode(bytes: Buffer): string | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', {fatal: true}).decode(bytes.subarray(2))
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', {fatal: true}).decode(bytes.subarray(2))
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    return undefined
  }
}

function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return (error as Error).message
}

function parse(argv: string[]) {
  return parseCommandLine(argv, {
    format: {type: 'string', short: 'f'},
    output: {type: 'string', short: 'o'}
  })
}
