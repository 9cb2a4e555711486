/**
 * How the commands (`translint`, `translint merge`) fail: one line on stderr
 * that names the problem, a hint, exit code 2, and a stack trace only with
 * `--debug`.
 */
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
