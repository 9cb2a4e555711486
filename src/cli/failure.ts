/**
 * How the commands (`translint`, `translint merge`) fail: one line on stderr
 * that names the problem, a hint, exit code 2, and a stack trace only with
 * `--debug`.
 */
import {parseArgs} from 'node:util'
import type {CliIo} from './index.js'

export type Fail = (message: string, hint?: string) => number

/** A `fail` that writes `translint: <message>` and the hint (default `hint`), returning 2. */
export function failure(io: CliIo, hint: string): Fail {
  return (message, override = hint) => {
    io.stderr.write(`translint: ${message}\n${override ? `${override}\n` : ''}`)
    return 2
  }
}

/** The message of a node:util parseArgs error, without its advice on positionals. */
export function argumentError(error: unknown): string {
  return (error as Error).message.replace(/\. To specify a positional argument.*$/s, '')
}

/** An unexpected failure: a bug. Its stack with `--debug`, else a hint to use it. */
export function unexpected(io: CliIo, fail: Fail, error: unknown, debug: boolean): number {
  if (debug) io.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  return fail(`unexpected failure: ${(error as Error).message ?? String(error)}`, debug ? '' : 'This is a bug in translint; run again with --debug for details and report it.')
}

/** Parsed arguments, as node:util's parseArgs gives them. */
export interface Parsed<Values> {
  values: Values
  positionals: string[]
}

export interface CommandSpec<Values> {
  argv: string[]
  parse(argv: string[]): Parsed<Values>
  /** The hint after a usage error (`Run \`translint --help\` for usage.`). */
  hint: string
  /** What `--help` prints. */
  help: string
  /** The message for an error the command expects (a bad config): a usage failure, not a bug. */
  expected?(error: unknown, fail: Fail): number | undefined
}

/**
 * The frame of a command: parse the arguments (a usage error is one line
 * and exit code 2), print the help for `--help`, run `body`, and report what
 * it throws: an expected error as a usage failure, anything else as a bug
 * (its stack with `--debug`).
 */
export async function command<Values extends {help?: boolean; debug?: boolean}>(io: CliIo, spec: CommandSpec<Values>, body: (parsed: Parsed<Values>, fail: Fail) => Promise<number>): Promise<number> {
  const fail = failure(io, spec.hint)
  let parsed: Parsed<Values>
  try {
    parsed = spec.parse(spec.argv)
  } catch (error) {
    return fail(argumentError(error))
  }
  try {
    if (parsed.values.help) {
      io.stdout.write(`${spec.help}\n`)
      return 0
    }
    return await body(parsed, fail)
  } catch (error) {
    return spec.expected?.(error, fail) ?? unexpected(io, fail, error, parsed.values.debug === true)
  }
}

/** Options both commands take. */
const COMMON = {
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  debug: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

/** Parse a command's arguments strictly: its own options, the common ones, and positionals. */
export function parseCommandLine<const Options extends Record<string, {type: 'string' | 'boolean'; short?: string; multiple?: boolean}>>(argv: string[], options: Options): CommandLine<Options> {
  return parseArgs({args: argv, allowPositionals: true, strict: true, options: {...options, ...COMMON}})
}

type CommandLine<Options> = ReturnType<typeof parseArgs<{args: string[]; allowPositionals: true; strict: true; options: Options & typeof COMMON}>>
