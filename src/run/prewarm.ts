/**
 * Worker threads started ahead of need. A worker takes about 0.2 s to load
 * translint; the command starts them before it loads its own modules when
 * the arguments name many files, a directory or a glob (src/cli/warm.ts),
 * so both load at once. The pool then
 * takes these workers instead of starting new ones; unused ones are
 * stopped at the end of the run.
 */
import Tinypool from 'tinypool'
import {compiledFile} from '../compiled.js'

/**
 * The compiled worker next to this module (build/src/run/worker.js, or
 * worker.js beside the bundle), or, running from TypeScript sources, the
 * compiled one in build/. Undefined when there is none: files are then
 * checked in the calling thread.
 */
export function workerFile(): string | undefined {
  return compiledFile([new URL('./worker.js', import.meta.url), new URL('../../build/src/run/worker.js', import.meta.url)])
}

const warm: Array<{filename: string; pool: Tinypool}> = []

/** Start `count` one-thread pools of `filename`. */
export function prewarm(filename: string, count: number): void {
  for (let index = 0; index < count; index++) warm.push({filename, pool: new Tinypool({filename, minThreads: 1, maxThreads: 1, idleTimeout: 0})})
}

/** How many started pools of `filename` are waiting. */
export function warmCount(filename: string): number {
  return warm.filter((entry) => entry.filename === filename).length
}

/** A started pool of `filename`, if one is waiting. */
export function takeWarm(filename: string): Tinypool | undefined {
  const index = warm.findIndex((entry) => entry.filename === filename)
  return index === -1 ? undefined : warm.splice(index, 1)[0]!.pool
}

/** Stop the workers nobody took. */
export async function releaseWarm(): Promise<void> {
  const left = warm.splice(0)
  await Promise.all(left.map((entry) => entry.pool.destroy()))
}
